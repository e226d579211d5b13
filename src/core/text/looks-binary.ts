/** The replacement character and lone surrogates. */
const UNDECODABLE = /[\uFFFD\p{Cs}]/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/;

/** More than this share of junk characters marks a text as binary. */
const MAX_JUNK_SHARE = 0.02;
/** Fewer than this share of letters among the visible characters marks a text as non-text. */
const MIN_LETTER_SHARE = 0.5;

/**
 * True when a text looks like binary data rather than writing: it holds a NUL byte, many control or
 * replacement characters, or mostly characters that are not letters.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let junk = 0;
  let letters = 0;
  let visible = 0;
  for (const ch of text) {
    if (isJunk(ch)) junk++;
    if (SPACE.test(ch)) continue;
    visible++;
    if (LETTER.test(ch)) letters++;
  }
  const total = junk + visible;
  return total > 0 && (junk / total > MAX_JUNK_SHARE || letters / visible < MIN_LETTER_SHARE);
}

/** Control characters (C0 other than tab and line breaks, DEL, C1) and undecodable characters. */
function isJunk(ch: string): boolean {
  const code = ch.charCodeAt(0);
  const control = code < 0x20 ? code < 0x09 || code > 0x0d : code >= 0x7f && code <= 0x9f;
  return control || UNDECODABLE.test(ch);
}
