import type { CopyLocale } from '../model/ids';
import type { Listing } from '../model/listing';
import { isFieldKey, readField, writeField, type FieldKey } from './fields';
import { fieldHash } from './hash';
import { recordHashes } from './outdated';
import { decodeContent, SHELFREADY_NS, toCopyLocale, XLIFF_NS, XLIFF_VERSIONS, type XliffProblem, type XliffUpdates } from './xliff-format';
import { attributeOf, childElements, parseXml, XML_NS, type XmlElement } from './xml-read';

/*
 * Reading a translated XLIFF file back. Whole-file problems (not XML, not XLIFF 2, wrong languages)
 * stop everything; otherwise each unit stands alone: what is sound is returned as an update, what is
 * not is a problem naming the listing and field. A unit is applied only if the listing's current
 * source text is the one it was translated from (sr:sourceHash, or the <source> text itself when a
 * tool dropped the attribute); otherwise it is 'xliff.sourceChanged' and left for a new round.
 */

export interface XliffImport {
  source?: CopyLocale;
  target?: CopyLocale;
  /** Per listing id, per field key: the translated text to write. */
  updates: XliffUpdates;
  /** Units that came back without a (complete) target; not a problem, just not done yet. */
  untranslated: Array<{ listingId: string; field: FieldKey }>;
  problems: XliffProblem[];
}

export interface XliffImportExpect {
  source?: CopyLocale;
  target?: CopyLocale;
}

export function importXliff(xml: string, listings: readonly Listing[], expect: XliffImportExpect = {}): XliffImport {
  const result: XliffImport = { updates: {}, untranslated: [], problems: [] };
  const parsed = parseXml(xml);
  if (!parsed.ok) return fatal(result, { code: 'xliff.badXml', params: { error: parsed.error, offset: parsed.offset } });
  const root = parsed.root;
  if (root.local !== 'xliff') return fatal(result, { code: 'xliff.badXml', params: { error: 'not an XLIFF document' } });
  const version = attributeOf(root, '', 'version') ?? '';
  if (root.ns !== XLIFF_NS || !XLIFF_VERSIONS.some((v) => v === version)) {
    return fatal(result, { code: 'xliff.wrongVersion', params: { found: version || root.ns, expected: '2.0' } });
  }
  const srcLang = attributeOf(root, '', 'srcLang') ?? '';
  const trgLang = attributeOf(root, '', 'trgLang') ?? '';
  const source = toCopyLocale(srcLang);
  const target = toCopyLocale(trgLang);
  const wanted = { source: expect.source ?? source, target: expect.target ?? target };
  if (!source || !target || source === target || source !== wanted.source || target !== wanted.target) {
    return fatal(result, { code: 'xliff.langMismatch', params: { srcLang, trgLang, expectedSource: wanted.source ?? '', expectedTarget: wanted.target ?? '' } });
  }
  result.source = source;
  result.target = target;

  const byId = new Map(listings.map((l) => [l.id, l]));
  const seenFiles = new Set<string>();
  for (const file of childElements(root).filter((e) => e.ns === XLIFF_NS && e.local === 'file')) {
    const listingId = attributeOf(file, '', 'id') ?? '';
    const listing = byId.get(listingId);
    if (seenFiles.has(listingId)) result.problems.push({ code: 'xliff.duplicate', listingId });
    else if (!listing) result.problems.push({ code: 'xliff.unknownListing', listingId });
    else readFile(file, listing, source, target, result);
    seenFiles.add(listingId);
  }
  return result;
}

function readFile(file: XmlElement, listing: Listing, source: CopyLocale, target: CopyLocale, result: XliffImport): void {
  const listingId = listing.id;
  const seen = new Set<string>();
  for (const unit of unitsOf(file)) {
    const field = attributeOf(unit, '', 'id') ?? '';
    const duplicate = seen.has(field);
    seen.add(field);
    if (duplicate) {
      // The first one may already be in updates; neither is trustworthy now.
      if (isFieldKey(field)) delete result.updates[listingId]?.[field];
      result.problems.push({ code: 'xliff.duplicate', listingId, field });
      continue;
    }
    if (!isFieldKey(field)) {
      result.problems.push({ code: 'xliff.unknownField', listingId, field });
      continue;
    }
    const content = unitContent(unit, target);
    if (content === 'unsupported') result.problems.push({ code: 'xliff.unsupportedContent', listingId, field });
    else if (content === 'langMismatch') result.problems.push({ code: 'xliff.langMismatch', listingId, field });
    else {
      const currentHash = fieldHash(readField(listing.copy[source], field) ?? '');
      const exportedHash = attributeOf(unit, SHELFREADY_NS, 'sourceHash') ?? fieldHash(content.source);
      if (exportedHash !== currentHash) result.problems.push({ code: 'xliff.sourceChanged', listingId, field });
      else if (content.target === null) result.untranslated.push({ listingId, field });
      else (result.updates[listingId] ??= {})[field] = { text: content.target, sourceHash: currentHash };
    }
  }
}

/** Units directly in the file or in (possibly nested) groups a CAT tool may have added. */
function unitsOf(container: XmlElement): XmlElement[] {
  return childElements(container).flatMap((e) => {
    if (e.ns !== XLIFF_NS) return [];
    if (e.local === 'unit') return [e];
    return e.local === 'group' ? unitsOf(e) : [];
  });
}

type UnitContent = { source: string; target: string | null } | 'unsupported' | 'langMismatch';

/**
 * A unit's source and target as the concatenation of its segments and ignorables in order (a tool
 * may have split our one segment into sentences). The target is null unless every segment has one;
 * an <ignorable> without a target stands for itself, as the spec says. No segment at all is untranslated.
 */
function unitContent(unit: XmlElement, target: CopyLocale): UnitContent {
  let source = '';
  let translated = '';
  let isComplete = true;
  let hasSegment = false;
  for (const part of childElements(unit)) {
    if (part.ns !== XLIFF_NS || (part.local !== 'segment' && part.local !== 'ignorable')) continue;
    const sourceEl = childElements(part).find((e) => e.ns === XLIFF_NS && e.local === 'source');
    const targetEl = childElements(part).find((e) => e.ns === XLIFF_NS && e.local === 'target');
    const sourceText = sourceEl ? decodeContent(sourceEl) : '';
    const targetText = targetEl ? decodeContent(targetEl) : part.local === 'ignorable' ? sourceText : '';
    if (sourceText === null || targetText === null) return 'unsupported';
    // A reordering attribute would need inline-code bookkeeping ShelfReady's plain text has no use for.
    if (targetEl && attributeOf(targetEl, '', 'order') !== undefined) return 'unsupported';
    const lang = targetEl ? attributeOf(targetEl, XML_NS, 'lang') : undefined;
    if (lang !== undefined && toCopyLocale(lang) !== target) return 'langMismatch';
    if (part.local === 'segment') hasSegment = true;
    if (!targetEl && part.local === 'segment') isComplete = false;
    source += sourceText;
    translated += targetText;
  }
  return { source, target: isComplete && hasSegment ? translated : null };
}

function fatal(result: XliffImport, problem: XliffProblem): XliffImport {
  result.problems.push(problem);
  return result;
}

/**
 * A new listing with the import's updates for it written into the target copy and recorded as
 * translated from the source text they were made from, so they are not outdated. Unchanged when the
 * import has nothing for it. updatedAt and revision are left to the save, as for every edit.
 */
export function applyXliffImport(listing: Listing, imported: XliffImport, now: number): Listing {
  const { source, target } = imported;
  const updates = imported.updates[listing.id];
  if (!source || !target || !updates) return listing;
  const entries = Object.entries(updates).filter((e): e is [FieldKey, NonNullable<(typeof e)[1]>] => isFieldKey(e[0]) && e[1] !== undefined);
  if (entries.length === 0) return listing;
  let copy = listing.copy[target];
  for (const [field, update] of entries) copy = writeField(copy, field, update.text);
  const withCopy: Listing = { ...listing, copy: { ...listing.copy, [target]: copy } };
  return recordHashes(withCopy, target, source, entries.map(([field, update]) => [field, update.sourceHash] as const), now);
}
