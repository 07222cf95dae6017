import { useMemo, type ReactNode } from 'react';
import type { CopyLocale } from '@shared/model/ids';
import type { Listing } from '@shared/model/listing';
import type { FieldKey } from '@shared/translation/fields';
import { markReviewed } from '@shared/translation/outdated';
import { recordFreshTranslations, reviewStates, sourceLocaleOf, type ReviewState } from '@shared/translation/review';
import { useAppSettings } from '../../lib/app-settings';
import type { EditFn } from '../editor/use-editor-history';
import type { Recipe } from '../editor/listing-edits';
import { ReviewMark } from './review-mark';
import './translation.css';

export interface TranslationReview {
  /** The language the others are translated from; undefined for a listing without copy. */
  source: CopyLocale | undefined;
  states(locale: CopyLocale): ReadonlyMap<FieldKey, ReviewState>;
  /** The mark for one field of a target locale (nothing for the source or a field that is fine). */
  markFor(locale: CopyLocale, key: FieldKey, fieldName: string): ReactNode;
  /** Like `edit`, and a target field typed for the first time counts as translated from the current source. */
  editIn(locale: CopyLocale): EditFn;
  reviewAll(locale: CopyLocale): void;
}

/**
 * Review state for the copy section. The merchant's first market says which language is the
 * source when the listing has no record yet (a Chinese brand writes Chinese first).
 */
export function useTranslationReview(listing: Listing, edit: EditFn): TranslationReview {
  const { markets } = useAppSettings();
  const source = sourceLocaleOf(listing, markets[0]?.locale);
  const byLocale = useMemo(() => {
    const map = new Map<CopyLocale, Map<FieldKey, ReviewState>>();
    if (!source) return map;
    for (const locale of Object.keys(listing.copy) as CopyLocale[]) {
      if (locale !== source) map.set(locale, reviewStates(listing, locale, source));
    }
    return map;
  }, [listing, source]);
  const none = new Map<FieldKey, ReviewState>();

  function review(locale: CopyLocale, keys: readonly FieldKey[]): void {
    if (!source || keys.length === 0) return;
    edit(null, (l) => markReviewed(l, locale, keys, Date.now(), source));
  }

  return {
    source,
    states: (locale) => byLocale.get(locale) ?? none,
    markFor: (locale, key, fieldName) => (
      <ReviewMark state={byLocale.get(locale)?.get(key)} fieldName={fieldName} onReviewed={() => review(locale, [key])} />
    ),
    editIn: (locale) => (key: string | null, recipe: Recipe) => {
      if (!source || locale === source) return edit(key, recipe);
      edit(key, (before) => recordFreshTranslations(before, recipe(before), locale, source, Date.now()));
    },
    reviewAll: (locale) => review(locale, [...(byLocale.get(locale)?.keys() ?? [])]),
  };
}
