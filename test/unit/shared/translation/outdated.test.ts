import { describe, expect, it } from 'vitest';
import { listingSchema, type Listing } from '@shared/model/listing';
import { writeField, type FieldKey } from '@shared/translation/fields';
import { markReviewed, outdatedFields } from '@shared/translation/outdated';
import { copy, listingWith } from './listing-fixture';

function base(): Listing {
  return listingWith('L1', {
    'zh-CN': copy({ title: '法式碎花连衣裙', subtitle: '夏季新款', bullets: ['纯棉', '可机洗'], titleOverrides: { taobao: '淘宝标题' } }),
    'en-US': copy({ title: 'French floral dress', subtitle: 'Summer', bullets: ['100% cotton', 'Machine washable'], titleOverrides: { amazon: 'Amazon title' } }),
  });
}

function edit(listing: Listing, locale: 'zh-CN' | 'en-US', key: FieldKey, text: string): Listing {
  return { ...listing, copy: { ...listing.copy, [locale]: writeField(listing.copy[locale], key, text) } };
}

const ALL: FieldKey[] = ['title', 'subtitle', 'bullets.0', 'bullets.1', 'description', 'titleOverrides.taobao'];

describe('outdated translations', () => {
  it('counts target text never reviewed against the source as outdated, empty target fields as not', () => {
    expect(outdatedFields(base(), 'en-US', 'zh-CN')).toEqual(['title', 'subtitle', 'bullets.0', 'bullets.1']);
  });

  it('is empty without a source to compare against', () => {
    expect(outdatedFields(base(), 'en-US')).toEqual([]);
    expect(outdatedFields(base(), 'ja-JP', 'zh-CN')).toEqual([]);
  });

  it('clears on review and reappears after a source edit, for that field only', () => {
    const reviewed = markReviewed(base(), 'en-US', ALL, 100, 'zh-CN');
    expect(outdatedFields(reviewed, 'en-US')).toEqual([]);
    expect(reviewed.translations?.['en-US']?.fields['title']?.reviewedAt).toBe(100);

    const edited = edit(reviewed, 'zh-CN', 'title', '法式碎花连衣裙 2026新款');
    expect(outdatedFields(edited, 'en-US')).toEqual(['title']);
    expect(outdatedFields(markReviewed(edited, 'en-US', ['title'], 200), 'en-US')).toEqual([]);
  });

  it('is not cleared by editing the target alone', () => {
    const edited = edit(markReviewed(base(), 'en-US', ALL, 100, 'zh-CN'), 'zh-CN', 'bullets.1', '可机洗，不可烘干');
    const targetFixed = edit(edited, 'en-US', 'bullets.1', 'Machine washable, do not tumble dry');
    expect(outdatedFields(targetFixed, 'en-US')).toEqual(['bullets.1']);
  });

  it('is not raised by editing a reviewed target', () => {
    const reviewed = markReviewed(base(), 'en-US', ALL, 100, 'zh-CN');
    expect(outdatedFields(edit(reviewed, 'en-US', 'title', 'French Floral Dress'), 'en-US')).toEqual([]);
  });

  it('flags a target bullet whose source bullet was removed, and a new source override', () => {
    const reviewed = markReviewed(base(), 'en-US', ALL, 100, 'zh-CN');
    const zh = reviewed.copy['zh-CN'];
    const removed = { ...reviewed, copy: { ...reviewed.copy, 'zh-CN': zh && { ...zh, bullets: ['纯棉'] } } };
    expect(outdatedFields(removed, 'en-US')).toEqual(['bullets.1']);
    // Amazon is overridden only in en-US: authored there, never compared.
    expect(outdatedFields(reviewed, 'en-US')).not.toContain('titleOverrides.amazon');
  });

  it('starts afresh when the source locale changes', () => {
    const reviewed = markReviewed(base(), 'en-US', ALL, 100, 'zh-CN');
    const viaJa = { ...reviewed, copy: { ...reviewed.copy, 'ja-JP': copy({ title: 'フレンチ花柄ワンピース' }) } };
    expect(outdatedFields(viaJa, 'en-US', 'ja-JP')).toEqual(['title', 'subtitle', 'bullets.0', 'bullets.1']);
    const switched = markReviewed(viaJa, 'en-US', ['title'], 300, 'ja-JP');
    expect(switched.translations?.['en-US']).toEqual({ source: 'ja-JP', fields: { title: { sourceHash: expect.any(String), reviewedAt: 300 } } });
  });

  it('keeps listings without the field parsing and round-trips the record through the schema', () => {
    const { translations: _omitted, ...old } = base();
    expect(listingSchema.parse(old).translations).toBeUndefined();
    const reviewed = markReviewed(base(), 'en-US', ALL, 100, 'zh-CN');
    expect(listingSchema.parse(JSON.parse(JSON.stringify(reviewed)))).toEqual(reviewed);
  });
});
