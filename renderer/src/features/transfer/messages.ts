import type { TFunction } from 'i18next';
import type { BundleProblemPayload, RowErrorPayload } from './types';

/** Option names i18next reads itself; a problem's params must not turn into them. */
const RESERVED = new Set(['count', 'context', 'defaultValue', 'lng', 'lngs', 'ns', 'returnObjects', 'ordinal']);

function safeParams(params: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).filter(([k]) => !RESERVED.has(k)));
}

export function rowErrorMessage(t: TFunction<'transfer'>, error: RowErrorPayload): string {
  // Two rows of one product in a sheet without option columns repeat the empty combination.
  if (error.code === 'import.duplicateVariant' && error.params.values === '') return t('sheetResult.duplicateRow', safeParams(error.params));
  return t(error.code, safeParams(error.params));
}

export function bundleProblemMessage(t: TFunction<'transfer'>, problem: BundleProblemPayload): string {
  return t(problem.code, safeParams(problem.params));
}

const DETAIL_KEYS = ['file', 'path', 'id', 'index', 'assetId', 'field'] as const;

/** Where a problem is: "path images/a.jpg · listing id 42"; what the message did not already say. */
export function bundleProblemDetail(t: TFunction<'transfer'>, problem: BundleProblemPayload, message: string): string {
  return DETAIL_KEYS.flatMap((key) => {
    const raw = problem.params[key];
    if (raw === undefined || raw === '') return [];
    const value = key === 'index' && typeof raw === 'number' ? String(raw + 1) : String(raw);
    return message.includes(value) ? [] : [`${t(`detail.${key}`)} ${value}`];
  }).join(' · ');
}
