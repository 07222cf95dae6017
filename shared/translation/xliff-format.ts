import { COPY_LOCALES, type CopyLocale } from '../model/ids';
import type { FieldKey } from './fields';
import { childElements, type XmlElement } from './xml-read';
import { escapeText, XML_FORBIDDEN } from './xml-write';

/*
 * The XLIFF 2.0 file ShelfReady writes and reads back: one <file> per listing (id = listing id),
 * one <unit> per field (id = field key), one <segment>. The hash of the source text the unit was
 * exported from rides on the unit as sr:sourceHash; XLIFF 2.0 allows attributes from other
 * namespaces on <unit>, and CAT tools keep them. Problems are values with stable codes that map to
 * the i18n key `translation:problems.<code>`.
 */

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const SHELFREADY_NS = 'urn:shelfready:xliff:1';
/** 2.1 keeps the 2.0 core namespace and is backward compatible, so files saved as 2.1 read the same. */
export const XLIFF_VERSIONS = ['2.0', '2.1'] as const;

export const XLIFF_PROBLEM_CODES = [
  'xliff.badXml', // not well-formed XML, or not an XLIFF document at all
  'xliff.wrongVersion', // XLIFF, but 1.2 or a version this reader does not know
  'xliff.langMismatch', // srcLang/trgLang missing, unknown, equal, or not the pair asked for
  'xliff.unknownListing', // a <file> whose id is no listing in the catalogue
  'xliff.unknownField', // a <unit> whose id is no translatable field
  'xliff.sourceChanged', // the listing's source text changed since export: not applied
  'xliff.duplicate', // a second <file> or <unit> with the same id: not applied
  'xliff.unsupportedContent', // inline markup other than <cp/>, which ShelfReady copy cannot hold
] as const;
export type XliffProblemCode = (typeof XLIFF_PROBLEM_CODES)[number];

export interface XliffProblem {
  code: XliffProblemCode;
  listingId?: string;
  field?: string;
  /** What the message needs: expected/found languages or version, the parser's error and offset. */
  params?: Record<string, string | number>;
}

export interface XliffFieldUpdate {
  text: string;
  /** The hash of the source text the translation was made from (equal to the current one). */
  sourceHash: string;
}

export function toCopyLocale(tag: string | undefined): CopyLocale | undefined {
  // BCP 47 tags compare case-insensitively; tools write "en-us" as often as "en-US".
  const folded = tag?.toLowerCase();
  return COPY_LOCALES.find((l) => l.toLowerCase() === folded);
}

/**
 * Text content for <source>/<target>. Characters XML cannot carry become XLIFF's <cp hex="…"/>, the
 * spec's own escape for them, so a stray control character pasted into copy survives the round trip.
 * Lone surrogates are not Unicode scalar values, but emitting them as <cp/> too keeps export total.
 */
export function encodeContent(text: string): string {
  let out = '';
  let plain = '';
  for (const char of text) {
    if (XML_FORBIDDEN.test(char)) {
      out += escapeText(plain) + `<cp hex="${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}"/>`;
      plain = '';
    } else plain += char;
  }
  return out + escapeText(plain);
}

/** The inverse of encodeContent over a parsed element; null when it holds markup copy cannot hold. */
export function decodeContent(element: XmlElement): string | null {
  let text = '';
  for (const child of element.children) {
    if (typeof child === 'string') text += child;
    else if (child.ns === XLIFF_NS && child.local === 'cp' && childElements(child).length === 0) {
      const hex = child.attributes.find((a) => a.ns === '' && a.local === 'hex')?.value ?? '';
      const code = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
      if (!(code <= 0x10ffff)) return null;
      // fromCharCode, not fromCodePoint, below 0x10000: it keeps a lone surrogate as one unit.
      text += code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);
    } else return null;
  }
  return text;
}

export type XliffUpdates = Record<string, Partial<Record<FieldKey, XliffFieldUpdate>>>;
