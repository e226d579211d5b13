// Characters XML 1.0 forbids anywhere, even as references: C0 controls but tab, LF and CR; lone
// surrogates; U+FFFE and U+FFFF. Importers reject the whole file over one of them, so they are dropped.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
};

/**
 * Escapes text for XML element content or a double- or single-quoted attribute: `& < > " '` become
 * entities, CR a character reference (a parser would turn a raw CR into LF), and characters XML
 * cannot hold are dropped. Everything else, all of Unicode included, is kept as is.
 *
 * @example
 * escapeXml('Tom & "Jerry" <3'); // 'Tom &amp; &quot;Jerry&quot; &lt;3'
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"'\r]/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Escapes text for an XML attribute value, also keeping line breaks and tabs (a parser would turn
 * them into spaces in an attribute).
 *
 * @example
 * escapeXmlAttribute('a\nb'); // 'a&#10;b'
 */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
