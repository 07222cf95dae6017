import { describe, expect, it } from 'vitest';
import { checkBarcode, listingSchema, validateListing } from '@shared/model';
import { ean13CheckDigit, generateSampleListings, SAMPLE_NOW } from '@shared/sample/generate';

describe('generateSampleListings', () => {
  const listings = generateSampleListings(2000, { seed: 7 });

  it('is deterministic for a seed, ids included, and differs between seeds', () => {
    expect(generateSampleListings(50, { seed: 7 })).toEqual(listings.slice(0, 50));
    const other = generateSampleListings(50, { seed: 8 });
    expect(other.map((l) => l.id)).not.toEqual(listings.slice(0, 50).map((l) => l.id));
  });

  it('makes exactly the number asked for, with unique ids and SPU codes', () => {
    expect(generateSampleListings(0)).toEqual([]);
    expect(listings).toHaveLength(2000);
    expect(new Set(listings.map((l) => l.id)).size).toBe(2000);
    expect(new Set(listings.map((l) => l.spuCode)).size).toBe(2000);
  });

  it('makes listings that match the stored schema and pass validation without errors', () => {
    for (const l of listings) {
      expect(listingSchema.safeParse(l).success).toBe(true);
      const errors = validateListing(l).filter((i) => i.severity === 'error');
      expect(errors, l.spuCode).toEqual([]);
    }
  });

  it('varies like a real catalog', () => {
    const skuCounts = listings.map((l) => l.skus.length);
    expect(Math.min(...skuCounts)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...skuCounts)).toBeLessThanOrEqual(12);
    expect(new Set(skuCounts).size).toBeGreaterThan(5);
    expect(new Set(listings.map((l) => l.categoryPath[0])).size).toBeGreaterThanOrEqual(6);
    expect(new Set(listings.map((l) => l.brand)).size).toBeGreaterThan(5);
    expect(listings.some((l) => l.options.length === 1)).toBe(true);
    expect(listings.some((l) => l.options.length === 2)).toBe(true);
    expect(listings.some((l) => l.sizeChart !== null)).toBe(true);
    const byStatus = (s: string) => listings.filter((l) => l.status === s).length / listings.length;
    expect(byStatus('draft')).toBeGreaterThan(0.4);
    expect(byStatus('ready')).toBeGreaterThan(0.25);
    expect(byStatus('archived')).toBeGreaterThan(0.02);
    expect(byStatus('archived')).toBeLessThan(0.15);
    const tags = new Set(listings.flatMap((l) => l.tags));
    for (const t of ['新品', '秋冬', '爆款', '直播', 'cross-border']) expect(tags).toContain(t);
  });

  it('writes bilingual copy', () => {
    const first = listings[0];
    expect(first?.copy['zh-CN']?.title).toMatch(/[\u4e00-\u9fff]/);
    const withEnglish = listings.filter((l) => l.copy['en-US']?.title);
    expect(withEnglish.length / listings.length).toBeGreaterThan(0.85);
    for (const l of withEnglish) expect(l.copy['en-US']?.title).toMatch(/^[\x20-\x7e’]+$/);
  });

  it('gives valid, unique EAN-13 barcodes and sane prices', () => {
    const skus = listings.flatMap((l) => l.skus);
    const barcodes = skus.map((s) => s.barcode).filter(Boolean);
    expect(barcodes.length).toBeGreaterThan(skus.length / 2);
    expect(new Set(barcodes).size).toBe(barcodes.length);
    for (const b of barcodes) expect(checkBarcode(b)).toEqual({ ok: true, kind: 'EAN-13' });
    for (const s of skus) {
      if (s.compareAtPrice) expect(Number(s.compareAtPrice)).toBeGreaterThanOrEqual(Number(s.price));
      expect(Number(s.cost)).toBeLessThan(Number(s.price));
    }
  });

  it('keeps times in the 180 days before now', () => {
    const now = SAMPLE_NOW + 1000;
    for (const l of generateSampleListings(200, { now })) {
      expect(l.createdAt).toBeLessThanOrEqual(l.updatedAt);
      expect(l.updatedAt).toBeLessThanOrEqual(now);
      expect(l.createdAt).toBeGreaterThan(now - 181 * 86_400_000);
    }
  });

  it('computes GS1 check digits', () => {
    expect(ean13CheckDigit('690123456789')).toBe(2);
    expect(ean13CheckDigit('400638133393')).toBe(1);
  });
});
