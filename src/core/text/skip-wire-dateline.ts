/**
 * A wire-service dateline that opens a news body: the place in capitals, then an optional region,
 * date or agency, then a dash ("LAKEPORT, May 25 - ", "SAN JOSE, Calif., Oct. 14 - ",
 * "LONDON (Reuters) - "). It names where the story was filed, not a fact of the story.
 */
const WIRE_DATELINE =
  /^\p{Lu}[\p{Lu}.'-]*(?: \p{Lu}[\p{Lu}.'-]*)*(?:,? [^\n!?]{1,40}?)?(?: \([^)\n]{1,30}\))? [-–—] (?=\p{Lu}|\d|")/u;

/** Where the body's first sentence starts once a wire dateline at `bodyStart` is skipped. */
export function skipWireDateline(text: string, bodyStart: number): number {
  let start = bodyStart;
  while (start < text.length && /\s/.test(text.charAt(start))) start++;
  const line = text.slice(start, start + 120);
  const match = WIRE_DATELINE.exec(line);
  // A capitalised heading word alone ("NOTE - …") is not a place: require two capitals.
  if (!match || !/^\p{Lu}{2}/u.test(line)) return bodyStart;
  return start + match[0].length;
}
