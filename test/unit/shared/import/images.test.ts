import { describe, expect, it } from 'vitest';
import { matchImages } from '../../../../shared/import/images';
import { attachImages, resolvePendingImages } from '../../../../shared/import/pending-images';
import { createListing } from '../../../../shared/model/factory';

const dress = createListing(1, {
  id: 'dress',
  spuCode: 'DR-2407',
  options: [
    { id: 'c', name: '颜色', values: ['燕麦色', 'Navy Blue'] },
    { id: 's', name: 'Size', values: ['S', 'M'] },
  ],
});
const dressPlus = createListing(1, { id: 'dress-plus', spuCode: 'DR-2407-1' });
const mug = createListing(1, { id: 'mug', spuCode: 'mug_0815' });

describe('matchImages', () => {
  it('reads main, gallery, white, detail, portrait and colour images by name', () => {
    const files = [
      'DR-2407_main.JPG', 'dr-2407_2.png', 'DR-2407_1.jpg', 'DR-2407_white.jpeg', 'DR-2407_detail_2.webp', 'DR-2407_detail_1.jpg',
      'DR-2407_燕麦色.jpg', 'DR-2407_navy blue_2.jpg', 'DR-2407_Navy Blue_1.jpg', 'DR-2407_3x4_1.jpg',
    ];
    const { listings, unmatched } = matchImages(files, [dress]);
    expect(unmatched).toEqual([]);
    expect(listings).toEqual([{
      listingId: 'dress',
      spuCode: 'DR-2407',
      images: [
        { file: 'DR-2407_main.JPG', role: 'main', order: 0 },
        { file: 'DR-2407_1.jpg', role: 'gallery', order: 0 },
        { file: 'dr-2407_2.png', role: 'gallery', order: 1 },
        { file: 'DR-2407_3x4_1.jpg', role: 'portrait', order: 0 },
        { file: 'DR-2407_white.jpeg', role: 'white', order: 0 },
        { file: 'DR-2407_detail_1.jpg', role: 'detail', order: 0 },
        { file: 'DR-2407_detail_2.webp', role: 'detail', order: 1 },
        { file: 'DR-2407_燕麦色.jpg', role: 'variant', order: 0, variantValue: '燕麦色' },
        { file: 'DR-2407_Navy Blue_1.jpg', role: 'variant', order: 0, variantValue: 'Navy Blue' },
        { file: 'DR-2407_navy blue_2.jpg', role: 'variant', order: 1, variantValue: 'Navy Blue' },
      ],
    }]);
  });

  it('takes <spu>.jpg as main, and <spu>_1 as main only when no main is named', () => {
    const bare = matchImages(['DR-2407.jpg', 'DR-2407_1.jpg'], [dress]).listings[0]?.images;
    expect(bare?.map((i) => [i.file, i.role, i.order])).toEqual([['DR-2407.jpg', 'main', 0], ['DR-2407_1.jpg', 'gallery', 0]]);
    const numbered = matchImages(['DR-2407_3.jpg', 'DR-2407_1.jpg', 'DR-2407_2.jpg'], [dress]).listings[0]?.images;
    expect(numbered?.map((i) => [i.file, i.role, i.order])).toEqual([['DR-2407_1.jpg', 'main', 0], ['DR-2407_2.jpg', 'gallery', 0], ['DR-2407_3.jpg', 'gallery', 1]]);
  });

  it('picks the longest matching code and accepts codes with "_" and "-" separators', () => {
    const { listings, unmatched } = matchImages(['DR-2407-1_2.jpg', 'DR-2407-1.jpg', 'MUG_0815-white.png', 'DR-2407-S.jpg'], [dress, dressPlus, mug]);
    expect(unmatched).toEqual([]);
    expect(listings.map((l) => [l.listingId, l.images.map((i) => `${i.file}:${i.role}:${i.variantValue ?? ''}`)])).toEqual([
      ['dress', ['DR-2407-S.jpg:variant:S']],
      ['dress-plus', ['DR-2407-1.jpg:main:', 'DR-2407-1_2.jpg:gallery:']],
      ['mug', ['MUG_0815-white.png:white:']],
    ]);
  });

  it('lists files it cannot place, with why', () => {
    const { listings, unmatched } = matchImages(
      ['DR-2407_红色.jpg', 'OTHER_1.jpg', 'DR-2407_1.gif', 'notes.txt', 'DR-2407_main.jpg', 'DR-2407.png', 'DR-24071.jpg'],
      [dress],
    );
    expect(listings[0]?.images).toEqual([{ file: 'DR-2407_main.jpg', role: 'main', order: 0 }]);
    expect(unmatched).toEqual([
      { file: 'DR-2407_红色.jpg', reason: 'unknown-role' },
      { file: 'OTHER_1.jpg', reason: 'unknown-code' },
      { file: 'DR-2407_1.gif', reason: 'extension' },
      { file: 'notes.txt', reason: 'extension' },
      { file: 'DR-24071.jpg', reason: 'unknown-code' },
      { file: 'DR-2407.png', reason: 'duplicate' },
    ]);
  });
});

describe('pending images', () => {
  it('attaches placeholders, then swaps them for hashes and drops the files that failed', () => {
    const { listings } = matchImages(['DR-2407_1.jpg', 'DR-2407_2.jpg', 'DR-2407_3.jpg', 'DR-2407_燕麦色.jpg'], [dress]);
    const ids = new Map<string, string>();
    const attached = attachImages(dress, listings[0]?.images ?? [], (file) => {
      const id = `pending:${ids.size + 1}`;
      ids.set(file, id);
      return id;
    });
    expect(attached.images.map((r) => r.assetId)).toEqual(['pending:1', 'pending:2', 'pending:3', 'pending:4']);
    const [resolved] = resolvePendingImages([attached], new Map([['pending:1', 'h1'], ['pending:3', 'h3'], ['pending:4', 'h4']]));
    expect(resolved?.images).toEqual([
      { assetId: 'h1', role: 'main', order: 0 },
      { assetId: 'h3', role: 'gallery', order: 0 },
      { assetId: 'h4', role: 'variant', order: 0, variantValue: '燕麦色' },
    ]);
  });
});
