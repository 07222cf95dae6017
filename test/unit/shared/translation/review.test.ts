import { describe, expect, it } from 'vitest';
import type { Listing } from '@shared/model/listing';
import { writeField, type FieldKey } from '@shared/translation/fields';
import { markReviewed } from '@shared/translation/outdated';
import { recordFreshTranslations, reviewStates, sourceLocaleOf } from '@shared/translation/review';
import { copy, listingWith } from './listing-fixture';

function edit(listing: Listing, locale: 'zh-CN' | 'en-US', key: FieldKey, text: string): Listing {
  return { ...listing, copy: { ...listing.copy, [locale]: writeField(listing.copy[locale], key, text) } };
}

/** What the editor does on a keystroke in a target field. */
function typeInTarget(listing: Listing, key: FieldKey, text: string): Listing {
  return recordFreshTranslations(listing, edit(listing, 'en-US', key, text), 'en-US', 'zh-CN', 1000);
}

function twoLocales(): Listing {
  return listingWith('L1', { 'zh-CN': copy({ title: '法式碎花连衣裙', bullets: ['纯棉'] }), 'en-US': copy() });
}

describe('source locale', () => {
  it('is the recorded source, else the preferred locale if present, else the first locale', () => {
    const listing = twoLocales();
    expect(sourceLocaleOf(listing)).toBe('zh-CN');
    expect(sourceLocaleOf(listing, 'en-US')).toBe('en-US');
    expect(sourceLocaleOf(listing, 'ja-JP')).toBe('zh-CN');
    const recorded = markReviewed(listing, 'zh-CN', ['title'], 1, 'en-US');
    expect(sourceLocaleOf(recorded, 'ja-JP')).toBe('en-US');
    expect(sourceLocaleOf(listingWith('E', {}))).toBeUndefined();
  });
});

describe('editing a translation in the editor', () => {
  it('counts a translation typed against the current source as up to date, and marks it after a source edit', () => {
    let listing = typeInTarget(twoLocales(), 'title', 'French floral dress');
    expect(reviewStates(listing, 'en-US', 'zh-CN').size).toBe(0);
    listing = edit(listing, 'zh-CN', 'title', '法式碎花连衣裙 2026新款');
    expect([...reviewStates(listing, 'en-US', 'zh-CN')]).toEqual([['title', 'outdated']]);
  });

  it('keeps the mark when the outdated translation is edited, and clears it on review', () => {
    let listing = typeInTarget(twoLocales(), 'title', 'French floral dress');
    listing = edit(listing, 'zh-CN', 'title', '法式碎花连衣裙 2026新款');
    listing = typeInTarget(listing, 'title', 'French floral dress, typo fixed');
    expect(reviewStates(listing, 'en-US', 'zh-CN').get('title')).toBe('outdated');
    listing = markReviewed(listing, 'en-US', ['title'], 2000, 'zh-CN');
    expect(reviewStates(listing, 'en-US', 'zh-CN').size).toBe(0);
  });

  it('calls target text that arrived without a review (an import) unreviewed, not outdated', () => {
    const imported = listingWith('L2', { 'zh-CN': copy({ title: '连衣裙' }), 'en-US': copy({ title: 'Dress' }) });
    expect([...reviewStates(imported, 'en-US', 'zh-CN')]).toEqual([['title', 'unreviewed']]);
  });

  it('records nothing for the source itself, for empty text, or for unchanged fields', () => {
    const listing = twoLocales();
    expect(recordFreshTranslations(listing, edit(listing, 'zh-CN', 'title', '新'), 'zh-CN', 'zh-CN', 1).translations).toBeUndefined();
    expect(typeInTarget(listing, 'title', '').translations).toBeUndefined();
    const once = typeInTarget(listing, 'bullets.0', '100% cotton');
    expect(Object.keys(once.translations?.['en-US']?.fields ?? {})).toEqual(['bullets.0']);
  });
});
