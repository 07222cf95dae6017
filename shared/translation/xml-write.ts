/*
 * Escaping for the XML this folder writes. No CDATA: a "]]>" inside a text would end it early, and
 * escaped text is one rule that always works. Characters XML 1.0 cannot carry at all (most C0
 * controls, U+FFFE/U+FFFF, lone surrogates; not even as &#…;) are refused here: the XLIFF writer
 * turns them into XLIFF's <cp/> element before it gets this far, so reaching the check is a bug.
 */

/** Code points XML 1.0 forbids, plus lone surrogates (which UTF-8 cannot encode). */
// With the u flag a surrogate range matches only unpaired halves; pairs are one code point.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

export function escapeText(text: string): string {
  assertXmlChars(text);
  // ">" too, so "]]>" can never appear; CR as a reference because parsers turn a literal CR into LF.
  return text.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

export function escapeAttribute(text: string): string {
  assertXmlChars(text);
  // Tab and line breaks as references: attribute normalization would otherwise turn them into spaces.
  return text.replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#x9;',
  '\n': '&#xA;',
};

function assertXmlChars(text: string): void {
  const bad = XML_FORBIDDEN.exec(text);
  if (bad) throw new RangeError(`U+${bad[0].charCodeAt(0).toString(16).toUpperCase()} cannot be written in XML`);
}
