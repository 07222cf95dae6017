import { describe, expect, it } from 'vitest';
import { checkImage, findDuplicatePhotos, hammingDistance, isPassing, passesImageRule } from '../../../../shared/images/checks';
import type { ImageMeta, ImageRule } from '../../../../shared/images/types';
import { IMAGE_RULES, findImageRule } from '../../../../shared/rules/image-rules';

function meta(over: Partial<ImageMeta> = {}): ImageMeta {
  return {
    hash: 'h', bytes: 1000, format: 'jpeg', width: 2400, height: 2400, space: 'srgb', bitDepth: 8, hasAlpha: false,
    orientation: 1, pages: 1, phash: '0000000000000000', border: { r: 255, g: 255, b: 255, uniformity: 1 }, productFill: 0.9,
    ...over,
  };
}

function ruleOf(channel: Parameters<typeof findImageRule>[0], slot: Parameters<typeof findImageRule>[1]): ImageRule {
  const r = findImageRule(channel, slot);
  if (!r) throw new Error(`no rule ${channel}.${slot}`);
  return r;
}

const fits = { bytes: 100_000, quality: 90, fitsByteLimit: true };
const codes = (checks: ReturnType<typeof checkImage>) => checks.map((c) => `${c.code}:${c.level}`);

describe('checkImage', () => {
  it('passes a large white square photo for Amazon main with no checks', () => {
    const checks = checkImage(meta(), ruleOf('amazon', 'main'), fits);
    expect(checks).toEqual([]);
    expect(isPassing(checks)).toBe(true);
  });

  it('fails too-small below minSourcePx and warns too-small-for-zoom between min and zoom', () => {
    expect(codes(checkImage(meta({ width: 400, height: 300 }), ruleOf('pinduoduo', 'main'), fits))).toContain('too-small:fail');
    expect(codes(checkImage(meta({ width: 900, height: 800 }), ruleOf('amazon', 'main'), fits))).toContain('too-small-for-zoom:warn');
    expect(codes(checkImage(meta({ width: 650, height: 650 }), ruleOf('taobao', 'main'), fits))).toContain('too-small-for-zoom:warn');
    expect(codes(checkImage(meta({ width: 1200, height: 700 }), ruleOf('amazon', 'main'), fits))).not.toContain('too-small-for-zoom:warn');
  });

  it('carries rule id, source and confidence on every check', () => {
    const rule = ruleOf('pinduoduo', 'main');
    const [check] = checkImage(meta({ width: 100, height: 100 }), rule, fits);
    expect(check).toMatchObject({ ruleId: rule.id, source: rule.source, confidence: 'verified', params: { min: 480 } });
  });

  it('checks aspect only for contain rules that set one', () => {
    const rule: ImageRule = { ...ruleOf('taobao', 'main'), fit: 'contain' };
    expect(codes(checkImage(meta({ width: 2000, height: 1000 }), rule, fits))).toContain('wrong-aspect:fail');
    expect(codes(checkImage(meta({ width: 2000, height: 1000 }), ruleOf('taobao', 'main'), fits))).not.toContain('wrong-aspect:fail');
    expect(codes(checkImage(meta({ width: 2000, height: 2020 }), rule, fits))).not.toContain('wrong-aspect:fail');
  });

  it('fails background-not-white on a grey or uneven border only where white is required', () => {
    const grey = meta({ border: { r: 200, g: 200, b: 200, uniformity: 1 } });
    expect(codes(checkImage(grey, ruleOf('taobao', 'white'), fits))).toContain('background-not-white:fail');
    expect(codes(checkImage(grey, ruleOf('taobao', 'main'), fits))).toEqual([]);
    const uneven = meta({ border: { r: 250, g: 250, b: 250, uniformity: 0.5 } });
    expect(codes(checkImage(uneven, ruleOf('amazon', 'main'), fits))).toContain('background-not-white:fail');
  });

  it('fails product-fill-low under 85 % for Amazon main', () => {
    const checks = checkImage(meta({ productFill: 0.3 }), ruleOf('amazon', 'main'), fits);
    expect(checks.find((c) => c.code === 'product-fill-low')).toMatchObject({ level: 'fail', params: { fill: 30, min: 85 } });
  });

  it('fails over-byte-limit and notes quality-lowered', () => {
    const rule = ruleOf('douyin', 'main');
    expect(codes(checkImage(meta(), rule, { bytes: 2_000_000, quality: 50, fitsByteLimit: false }))).toEqual(['over-byte-limit:fail']);
    expect(codes(checkImage(meta(), rule, { bytes: 900_000, quality: 70, fitsByteLimit: true }))).toEqual(['quality-lowered:note']);
  });

  it('notes conversions: animation, CMYK, 16-bit, alpha', () => {
    const m = meta({ pages: 3, space: 'cmyk', bitDepth: 16, hasAlpha: true });
    expect(codes(checkImage(m, ruleOf('shopify', 'main'), fits))).toEqual([
      'animated-first-frame:note', 'converted-cmyk:note', 'converted-16bit:note', 'flattened-alpha:note',
    ]);
  });

  it('downgrades fails to warnings on unverified rules', () => {
    const rule = ruleOf('jd', 'white');
    expect(rule.confidence).toBe('unverified');
    const checks = checkImage(meta({ width: 100, height: 100, border: { r: 0, g: 0, b: 0, uniformity: 1 } }), rule, { bytes: 9e6, quality: 60, fitsByteLimit: false });
    expect(checks.length).toBe(3);
    expect(checks.every((c) => c.level === 'warn')).toBe(true);
    expect(isPassing(checks)).toBe(true);
  });
});

describe('findDuplicatePhotos', () => {
  it('counts differing bits', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('000000000000000f', '0000000000000001')).toBe(3);
    expect(hammingDistance('00', '000')).toBe(12);
  });

  it('pairs near-identical photos on different variants only', () => {
    const items = [
      { key: 'red-1', variantValue: 'red', phash: 'f0f0f0f0f0f0f0f0' },
      { key: 'red-2', variantValue: 'red', phash: 'f0f0f0f0f0f0f0f1' },
      { key: 'blue-1', variantValue: 'blue', phash: 'f0f0f0f0f0f0f0f3' },
      { key: 'green-1', variantValue: 'green', phash: '0f0f0f0f0f0f0f0f' },
    ];
    expect(findDuplicatePhotos(items)).toEqual([
      { a: 'red-1', b: 'blue-1', distance: 2 },
      { a: 'red-2', b: 'blue-1', distance: 1 },
    ]);
    expect(findDuplicatePhotos(items, 1)).toEqual([{ a: 'red-2', b: 'blue-1', distance: 1 }]);
  });
});

describe('passesImageRule (the checklist fast path)', () => {
  it('agrees with isPassing(checkImage) for every rule on originals of many shapes', () => {
    const sides = [300, 500, 799, 800, 1000, 1200, 1600, 2400];
    const borders = [
      { r: 255, g: 255, b: 255, uniformity: 1 },
      { r: 250, g: 250, b: 250, uniformity: 0.85 },
      { r: 210, g: 210, b: 210, uniformity: 0.95 },
    ];
    let compared = 0;
    let failing = 0;
    for (const rule of IMAGE_RULES) {
      for (const width of sides) {
        for (const height of sides) {
          for (const border of borders) {
            for (const productFill of [0.5, 0.86, 0.9]) {
              const m = meta({ width, height, border, productFill });
              const expected = isPassing(checkImage(m, rule));
              expect(passesImageRule(m, rule), `${rule.id} ${width}×${height} ${JSON.stringify(border)} fill ${productFill}`).toBe(expected);
              compared += 1;
              if (!expected) failing += 1;
            }
          }
        }
      }
    }
    // Both outcomes occur, so the comparison is not vacuous.
    expect(failing).toBeGreaterThan(0);
    expect(failing).toBeLessThan(compared);
  });
});
