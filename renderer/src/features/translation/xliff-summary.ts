import type { XliffImport } from '@shared/translation/xliff-import';
import type { XliffProblem } from '@shared/translation/xliff-format';

/** What an XLIFF import did to the listings it was applied to, for the result panel. */
export interface XliffSummary {
  /** Fields written and recorded as translated from their current source. */
  applied: number;
  /** Units not applied because the source changed since export: a new round is needed for these. */
  sourceChanged: XliffProblem[];
  untranslated: number;
  /** Everything else (unknown listing or field, duplicates, markup ShelfReady cannot hold). */
  other: XliffProblem[];
  /** A problem with the whole file: nothing was applied. */
  fatal?: XliffProblem;
}

const FATAL = new Set(['xliff.badXml', 'xliff.wrongVersion', 'xliff.langMismatch']);

export function summarizeXliffImport(imported: XliffImport): XliffSummary {
  const fatal = imported.problems.find((p) => FATAL.has(p.code));
  const applied = Object.values(imported.updates).reduce((n, fields) => n + Object.keys(fields ?? {}).length, 0);
  return {
    applied: fatal ? 0 : applied,
    sourceChanged: imported.problems.filter((p) => p.code === 'xliff.sourceChanged'),
    untranslated: imported.untranslated.length,
    other: imported.problems.filter((p) => p.code !== 'xliff.sourceChanged' && !FATAL.has(p.code)),
    fatal,
  };
}

/** A file name translators can tell apart: SPU code (or "listings"), languages, date. */
/** Characters Windows refuses in file names, and control characters. */
function isUnsafe(char: string): boolean {
  return '\\/:*?"<>|'.includes(char) || char.charCodeAt(0) < 0x20;
}

export function xliffFileName(spuCodes: readonly string[], source: string, target: string, day: string): string {
  const [only] = spuCodes;
  const safe = only === undefined ? '' : [...only].map((c) => (isUnsafe(c) ? '_' : c)).join('').replace(/_+/g, '_').trim().slice(0, 80);
  const base = spuCodes.length === 1 ? safe || 'listing' : `${spuCodes.length}-listings`;
  return `${base}_${source}_${target}_${day}.xlf`;
}
