import { describe, expect, it } from 'vitest';
import { hasImageExtension, matchImageName } from '../../../../shared/images/naming';

describe('matchImageName', () => {
  it.each([
    ['WM26F-00164_1.jpg', { code: 'WM26F-00164', role: 'main', order: 1 }],
    ['WM26F-00164_01.JPG', { code: 'WM26F-00164', role: 'main', order: 1 }],
    ['WM26F-00164_2.png', { code: 'WM26F-00164', role: 'gallery', order: 2 }],
    ['WM26F-00164_05.webp', { code: 'WM26F-00164', role: 'gallery', order: 5 }],
    ['WM26F-00164_燕麦色_1.jpg', { code: 'WM26F-00164', role: 'variant', order: 1, colour: '燕麦色' }],
    ['WM26F-00164_藏青_3.jpeg', { code: 'WM26F-00164', role: 'variant', order: 3, colour: '藏青' }],
    ['ABC123_Navy_2.webp', { code: 'ABC123', role: 'variant', order: 2, colour: 'Navy' }],
    ['ABC123_light_blue_1.png', { code: 'ABC123', role: 'variant', order: 1, colour: 'light_blue' }],
    ['WM26F-00164_detail_3.jpg', { code: 'WM26F-00164', role: 'detail', order: 3 }],
    ['WM26F-00164_DETAIL_10.Tiff', { code: 'WM26F-00164', role: 'detail', order: 10 }],
    ['WM26F-00164_white.png', { code: 'WM26F-00164', role: 'white', order: 1 }],
    ['WM26F-00164_White.JPEG', { code: 'WM26F-00164', role: 'white', order: 1 }],
    ['WM26F-00164_white_2.png', { code: 'WM26F-00164', role: 'white', order: 2 }],
    ['WM26F-00164_34_1.jpg', { code: 'WM26F-00164', role: 'portrait', order: 1 }],
    ['WM26F-00164_3x4_2.jpg', { code: 'WM26F-00164', role: 'portrait', order: 2 }],
    ['WM26F-00164_3X4_2.avif', { code: 'WM26F-00164', role: 'portrait', order: 2 }],
    ['WM26F-00164_3×4_1.heic', { code: 'WM26F-00164', role: 'portrait', order: 1 }],
    ['WM26F-00164_1.gif', { code: 'WM26F-00164', role: 'main', order: 1 }],
    ['WM26F-00164_1.tif', { code: 'WM26F-00164', role: 'main', order: 1 }],
    ['WM26F-00164_1.svg', { code: 'WM26F-00164', role: 'main', order: 1 }],
    ['wm26f-00164_1.jpg', { code: 'wm26f-00164', role: 'main', order: 1 }],
    ['SKU.2026.7_1.jpg', { code: 'SKU.2026.7', role: 'main', order: 1 }],
  ])('%s', (name, expected) => {
    expect(matchImageName(name)).toEqual(expected);
  });

  it('folds full-width characters, including the full-width underscore, hyphen and dot', () => {
    expect(matchImageName('ＷＭ２６Ｆ－００１６４＿１．ＪＰＧ')).toEqual({ code: 'WM26F-00164', role: 'main', order: 1 });
    expect(matchImageName('WM26F-00164＿燕麦色＿２.jpg')).toEqual({ code: 'WM26F-00164', role: 'variant', order: 2, colour: '燕麦色' });
    expect(matchImageName('WM26F-00164_ｄｅｔａｉｌ_1.png')).toEqual({ code: 'WM26F-00164', role: 'detail', order: 1 });
  });

  it('reads only the last path segment', () => {
    expect(matchImageName('C:\\设计\\2026秋\\WM26F-00164_2.jpg')).toEqual({ code: 'WM26F-00164', role: 'gallery', order: 2 });
    expect(matchImageName('/Users/ann/Drop/WM26F-00164_white.png')).toMatchObject({ role: 'white' });
  });

  it('accepts - as the separator when the name has no _ and the tail is unambiguous', () => {
    expect(matchImageName('ABC123-1.jpg')).toEqual({ code: 'ABC123', role: 'main', order: 1 });
    expect(matchImageName('WM26F-00164-2.jpg')).toEqual({ code: 'WM26F-00164', role: 'gallery', order: 2 });
    expect(matchImageName('WM26F-00164-detail-2.jpg')).toEqual({ code: 'WM26F-00164', role: 'detail', order: 2 });
    expect(matchImageName('WM26F-00164-white.png')).toEqual({ code: 'WM26F-00164', role: 'white', order: 1 });
    expect(matchImageName('WM26F-00164-3x4-1.png')).toEqual({ code: 'WM26F-00164', role: 'portrait', order: 1 });
    expect(matchImageName('WM26F-00164-燕麦色-1.jpg')).toEqual({ code: 'WM26F-00164', role: 'variant', order: 1, colour: '燕麦色' });
  });

  it('does not guess when - is ambiguous', () => {
    // The code alone: 00164 is part of the code, not gallery image 164.
    expect(matchImageName('WM26F-00164.jpg')).toBeNull();
    // Could be code ABC-red, main image.
    expect(matchImageName('ABC-red-1.jpg')).toEqual({ code: 'ABC-red', role: 'main', order: 1 });
    // 34 could end a code.
    expect(matchImageName('WM26F-34-1.jpg')).toEqual({ code: 'WM26F-34', role: 'main', order: 1 });
  });

  it.each([
    'WM26F-00164.jpg',
    'WM26F-00164_.jpg',
    'WM26F-00164__1.jpg',
    '_1.jpg',
    'WM26F-00164_0.jpg',
    'WM26F-00164_1.txt',
    'WM26F-00164_1.jpg.part',
    'WM26F-00164_1',
    '.jpg',
    'WM26F-00164_燕麦色.jpg',
    'IMG_20240101_1.jpg',
    'WM26F-00164_1 copy.jpg',
    'WM26F-00164_detail_x.jpg',
    'WM26F-00164_1234.jpg',
    'readme.md',
    '',
  ])('%s is unmatched', (name) => {
    expect(matchImageName(name)).toBeNull();
  });
});

describe('hasImageExtension', () => {
  it('accepts the image extensions in any case', () => {
    for (const name of ['a.jpg', 'a.JPEG', 'a.Png', 'a.webp', 'a.GIF', 'a.tif', 'a.TIFF', 'a.avif', 'a.HEIC', 'a.svg', 'ａ．ＪＰＧ']) {
      expect(hasImageExtension(name), name).toBe(true);
    }
    for (const name of ['a.txt', 'a.jpg.tmp', 'jpg', '.DS_Store', 'a.psd']) expect(hasImageExtension(name), name).toBe(false);
  });
});
