import type { CopyLocale } from '../model/ids';
import type { Listing } from '../model/listing';
import { FIELD_KINDS, fieldKeysOf, readField, type FieldKind } from './fields';
import { fieldHash } from './hash';
import { encodeContent, SHELFREADY_NS, XLIFF_NS } from './xliff-format';
import { escapeAttribute, XML_FORBIDDEN } from './xml-write';

export interface XliffExportOptions {
  source: CopyLocale;
  target: CopyLocale;
  /** Which kinds of field to send; all by default. */
  fields?: readonly FieldKind[];
}

/** The SPU code is only a hint for the translator, so characters XML cannot carry are dropped from it. */
const FORBIDDEN_ALL = new RegExp(XML_FORBIDDEN.source, 'gu');

/** XLIFF ids are NMTOKENs; ShelfReady's ids (UUIDs) always are. */
const NMTOKEN = /^[-.:\w\u00B7\u00C0-\uFFFF]+$/;

/** Whether a listing can be a <file> (its id is an NMTOKEN); the UI can warn before exporting. */
export function canExportListing(listing: Pick<Listing, 'id'>): boolean {
  return NMTOKEN.test(listing.id);
}

/**
 * An XLIFF 2.0 document with the source's text for every non-empty field of the chosen kinds and
 * the target's current text where it has one. Empty source fields are left out: there is nothing
 * to translate. Listings with nothing to translate, or an id that is not an NMTOKEN, get no <file>.
 * xml:space="preserve" on each unit keeps leading and trailing spaces and line breaks intact.
 */
export function exportXliff(listings: readonly Listing[], options: XliffExportOptions): string {
  const { source, target } = options;
  const kinds = options.fields ?? FIELD_KINDS;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NS}" xmlns:sr="${SHELFREADY_NS}" version="2.0" srcLang="${escapeAttribute(source)}" trgLang="${escapeAttribute(target)}">`,
  ];
  for (const listing of listings) {
    const sourceCopy = listing.copy[source];
    if (!sourceCopy || !canExportListing(listing)) continue;
    const targetCopy = listing.copy[target];
    const units: string[] = [];
    for (const key of fieldKeysOf(sourceCopy, kinds)) {
      const sourceText = readField(sourceCopy, key) ?? '';
      if (sourceText === '') continue;
      const targetText = readField(targetCopy, key) ?? '';
      const hasTarget = targetText !== '';
      units.push(
        `    <unit id="${escapeAttribute(key)}" xml:space="preserve" sr:sourceHash="${fieldHash(sourceText)}">`,
        `      <segment state="${hasTarget ? 'translated' : 'initial'}">`,
        `        <source>${encodeContent(sourceText)}</source>`,
        ...(hasTarget ? [`        <target>${encodeContent(targetText)}</target>`] : []),
        '      </segment>',
        '    </unit>',
      );
    }
    if (units.length === 0) continue;
    lines.push(`  <file id="${escapeAttribute(listing.id)}" sr:spuCode="${escapeAttribute(listing.spuCode.replace(FORBIDDEN_ALL, ''))}">`, ...units, '  </file>');
  }
  lines.push('</xliff>', '');
  return lines.join('\n');
}
