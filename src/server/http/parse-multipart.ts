/** A parsed multipart/form-data body: text fields, and uploaded files as text. */
export type MultipartFields = Record<string, string>;

function boundaryOf(contentType: string): string | null {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

function parsePart(part: Buffer): [string, string] | null {
  const headerEnd = part.indexOf('\r\n\r\n');
  if (headerEnd < 0) return null;
  const headers = part.subarray(0, headerEnd).toString('utf8');
  const name = /name="([^"]*)"/i.exec(headers)?.[1];
  if (name === undefined) return null;
  const content = part.subarray(headerEnd + 4, part.length - 2);
  return [name, content.toString('utf8')];
}

/**
 * Parses a small multipart/form-data body (the create form with its .txt upload). Files are
 * decoded as UTF-8; the article check then rejects anything that is not text.
 *
 * @example
 * parseMultipart(body, 'multipart/form-data; boundary=x'); // { title: '…', file: '…' }
 */
export function parseMultipart(body: Buffer, contentType: string): MultipartFields | null {
  const boundary = boundaryOf(contentType);
  if (!boundary) return null;
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: MultipartFields = {};
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const parsed = parsePart(body.subarray(start + delimiter.length + 2, next));
    if (parsed) fields[parsed[0]] = parsed[1];
    start = next;
  }
  return fields;
}
