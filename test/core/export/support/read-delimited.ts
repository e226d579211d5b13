/**
 * An independent RFC 4180 reader: fields split at the delimiter, records at CRLF or LF; a field that
 * starts with `"` runs to the next lone `"` and may hold delimiters, quotes (doubled) and line breaks.
 * Throws on text after a closing quote or an unclosed quote, as a strict importer would.
 */
export function readDelimited(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          field += text[i];
          i += 1;
        }
      }
    } else {
      while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
        field += text[i];
        i += 1;
      }
    }
    record.push(field);
    if (text[i] === delimiter) {
      i += 1;
    } else if (text.startsWith('\r\n', i) || text[i] === '\n' || i >= text.length) {
      i += text[i] === '\r' ? 2 : 1;
      records.push(record);
      record = [];
    } else {
      throw new Error(`unexpected ${JSON.stringify(text[i])} after a quoted field at ${i}`);
    }
  }
  return records;
}
