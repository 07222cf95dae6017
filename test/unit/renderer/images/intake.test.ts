import { describe, expect, it } from 'vitest';
import { createListing } from '@shared/model';
import type { Listing } from '@shared/model/listing';
import { attachRecipe, codesIn, indexByCode, mergePlans, planIntake, summarize, type ImportResult } from '../../../../renderer/src/features/images/intake';
import { fakeMeta } from './fake-meta';

const ok = (name: string, hash = name): ImportResult => ({ name, path: `/drop/${name}`, ok: true, meta: fakeMeta(hash), isNew: true });

const dress = createListing(1000, {
  spuCode: 'DR-2407',
  options: [{ id: 'c', name: '颜色', values: ['Navy', '燕麦色'] }, { id: 's', name: 'Size', values: ['S', 'M'] }],
});
const coat = createListing(2000, { spuCode: 'CT-1', options: [] });

describe('planIntake by the file-name convention', () => {
  const byCode = indexByCode([dress, coat]);

  it('attaches main, gallery, detail, white, 3:4 and colour images to the listing the code names', () => {
    const plan = planIntake(
      [ok('DR-2407_3.jpg'), ok('dr-2407_1.jpg'), ok('DR-2407_2.jpg'), ok('DR-2407_detail_1.jpg'), ok('DR-2407_white.png'), ok('DR-2407_34_1.jpg'), ok('DR-2407_navy_1.jpg'), ok('DR-2407_燕麦色_1.jpg'), ok('CT-1_1.jpg')],
      byCode,
    );
    expect(summarize(plan)).toEqual({ attached: 9, listings: 2, unmatched: 0, failed: 0 });
    const a = plan.attachments.find((x) => x.listing.id === dress.id);
    if (!a) throw new Error('no attachment for the dress');
    const images = attachRecipe(a.placements)(dress).images;
    expect(images.map((r) => [r.role, r.order, r.assetId, r.variantValue])).toEqual([
      ['main', 0, 'dr-2407_1.jpg', undefined],
      ['gallery', 0, 'DR-2407_2.jpg', undefined],
      ['gallery', 1, 'DR-2407_3.jpg', undefined],
      ['portrait', 0, 'DR-2407_34_1.jpg', undefined],
      ['white', 0, 'DR-2407_white.png', undefined],
      ['detail', 0, 'DR-2407_detail_1.jpg', undefined],
      ['variant', 0, 'DR-2407_navy_1.jpg', 'Navy'],
      ['variant', 0, 'DR-2407_燕麦色_1.jpg', '燕麦色'],
    ]);
  });

  it('lists files it cannot place and failed files, never dropping them', () => {
    const plan = planIntake(
      [ok('holiday.jpg'), ok('XX-9_1.jpg'), ok('DR-2407_red_1.jpg'), { name: 'shot.heic', path: '/drop/shot.heic', ok: false, error: 'unsupported-format' }],
      byCode,
    );
    expect(plan.attachments).toEqual([]);
    expect(plan.unmatched).toEqual([
      { name: 'holiday.jpg', reason: 'no-code' },
      { name: 'XX-9_1.jpg', reason: 'unknown-code', code: 'XX-9' },
      { name: 'DR-2407_red_1.jpg', reason: 'unknown-colour', code: 'DR-2407', colour: 'red' },
    ]);
    expect(plan.failed).toEqual([{ name: 'shot.heic', error: 'unsupported-format' }]);
    // Unmatched files were still imported: their metadata is kept.
    expect(plan.assets).toHaveLength(3);
  });

  it('on a listing, files that name no known code go to its gallery at the end', () => {
    const withGallery: Listing = { ...dress, images: [{ assetId: 'old', role: 'gallery', order: 0 }] };
    const plan = planIntake([ok('holiday.jpg'), ok('XX-9_1.jpg'), ok('CT-1_2.jpg')], byCode, withGallery);
    const mine = plan.attachments.find((a) => a.listing.id === dress.id);
    if (!mine) throw new Error('nothing attached to the target');
    expect(attachRecipe(mine.placements)(withGallery).images.map((r) => r.assetId)).toEqual(['old', 'holiday.jpg', 'XX-9_1.jpg']);
    expect(plan.attachments.find((a) => a.listing.id === coat.id)?.names).toEqual(['CT-1_2.jpg']);
  });

  it('replaces the image at a position the name asks for, and the same drop twice changes nothing', () => {
    const first = planIntake([ok('DR-2407_1.jpg', 'h1'), ok('DR-2407_2.jpg', 'h2')], byCode);
    const once = attachRecipe(first.attachments[0]?.placements ?? [])(dress);
    expect(attachRecipe(first.attachments[0]?.placements ?? [])(once)).toBe(once);
    const again = planIntake([ok('DR-2407_2.jpg', 'h2b')], byCode);
    const replaced = attachRecipe(again.attachments[0]?.placements ?? [])(once);
    expect(replaced.images.map((r) => [r.role, r.assetId])).toEqual([['main', 'h1'], ['gallery', 'h2b']]);
  });

  it('finds codes case-insensitively and prefers a listing that is not archived', () => {
    const archived = createListing(5000, { spuCode: 'dr-2407', status: 'archived' });
    expect(indexByCode([archived, dress]).get('dr-2407')?.id).toBe(dress.id);
    expect(codesIn([ok('DR-2407_1.jpg'), ok('holiday.jpg'), { name: 'CT-1_1.jpg', path: '', ok: false, error: 'truncated' }])).toEqual(['DR-2407']);
  });

  it('merges reports of files that arrive one by one', () => {
    const first = planIntake([ok('DR-2407_1.jpg'), ok('holiday.jpg')], byCode);
    const second = planIntake([ok('DR-2407_2.jpg'), ok('CT-1_1.jpg'), { name: 'x.heic', path: '', ok: false, error: 'unsupported-format' }], byCode);
    const merged = mergePlans(first, second);
    expect(summarize(merged)).toEqual({ attached: 3, listings: 2, unmatched: 1, failed: 1 });
    expect(merged.attachments.find((a) => a.listing.id === dress.id)?.names).toEqual(['DR-2407_1.jpg', 'DR-2407_2.jpg']);
  });
});
