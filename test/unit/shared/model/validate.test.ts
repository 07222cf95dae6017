import { describe, expect, it } from 'vitest';
import { createEmptyCopy, createListing, effectiveStatus, generateSkus, validateListing, type Listing, type Sku } from '@shared/model';

function validListing(overrides: Partial<Listing> = {}): Listing {
  const skus = generateSkus('DR-100', [{ id: 'c', name: '颜色', values: ['红', '黑'] }], []).map((s, i) => ({
    ...s, price: '199', compareAtPrice: '299', cost: '80', stock: '10', barcode: i === 0 ? '6901234567892' : '',
  }));
  return createListing(0, {
    spuCode: 'DR-100', categoryPath: ['女装', '连衣裙'], brand: '山野',
    options: [{ id: 'c', name: '颜色', values: ['红', '黑'] }], skus,
    copy: { 'zh-CN': { ...createEmptyCopy(), title: '法式碎花连衣裙' } },
    ...overrides,
  });
}

function withSku(patch: Partial<Sku>, index = 0): Listing {
  const l = validListing();
  return { ...l, skus: l.skus.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

const codes = (l: Listing) => validateListing(l).map((i) => i.code);

describe('validateListing', () => {
  it('finds nothing wrong with a complete listing', () => {
    expect(validateListing(validListing())).toEqual([]);
  });

  it('requires the basics, pointing at the field that fixes each', () => {
    const issues = validateListing(createListing(0));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual(expect.arrayContaining([
      ['spuCode.required', 'spuCode'],
      ['category.required', 'categoryPath'],
      ['title.required', 'copy.zh-CN.title'],
      ['skus.none', 'skus'],
    ]));
    expect(issues.find((i) => i.code === 'brand.required')?.severity).toBe('warning');
  });

  it('flags missing, non-numeric and negative prices per SKU', () => {
    expect(codes(withSku({ price: '' }))).toEqual(['sku.price.required']);
    expect(codes(withSku({ price: '12元' }))).toEqual(['sku.price.invalid']);
    expect(codes(withSku({ price: '-5' }))).toEqual(['sku.price.negative']);
    expect(codes(withSku({ cost: '-1' }))).toEqual(['sku.cost.negative']);
    expect(codes(withSku({ compareAtPrice: 'abc' }))).toEqual(['sku.compareAtPrice.invalid']);
  });

  it('flags a sale price above the list price with both figures', () => {
    const [issue] = validateListing(withSku({ price: '399', compareAtPrice: '299' }));
    expect(issue).toMatchObject({ code: 'sku.price.aboveList', path: ['skus', 0, 'price'], params: { price: '399', list: '299' } });
  });

  it('accepts "¥1,299.00" style prices', () => {
    expect(codes(withSku({ price: '¥1,299.00', compareAtPrice: '1,499' }))).toEqual([]);
  });

  it('flags duplicate SKU codes case-insensitively, on the later row', () => {
    const l = validListing();
    const dup = { ...l, skus: l.skus.map((s) => ({ ...s, code: 'dr-100-x' })) };
    const issue = validateListing(dup).find((i) => i.code === 'sku.code.duplicate');
    expect(issue).toMatchObject({ path: ['skus', 1, 'code'], params: { row: 1 } });
  });

  it('checks EAN-13 and UPC-A check digits', () => {
    expect(codes(withSku({ barcode: '6901234567893' }))).toEqual(['sku.barcode.checkDigit']);
    expect(validateListing(withSku({ barcode: '6901234567893' }))[0]?.params.expected).toBe(2);
    expect(codes(withSku({ barcode: '036000291452' }))).toEqual([]);
    expect(codes(withSku({ barcode: '03600029145' }))).toEqual(['sku.barcode.length']);
  });

  it('rejects fractional and negative stock', () => {
    expect(codes(withSku({ stock: '2.5' }))).toEqual(['sku.stock.invalid']);
    expect(codes(withSku({ stock: '-1' }))).toEqual(['sku.stock.negative']);
  });

  it('keeps a listing with errors a draft even when marked ready', () => {
    const broken = { ...withSku({ price: '' }), status: 'ready' as const };
    expect(effectiveStatus(broken, validateListing(broken))).toBe('draft');
    const fine = { ...validListing(), status: 'ready' as const };
    expect(effectiveStatus(fine, validateListing(fine))).toBe('ready');
  });

  it('warns about non-numeric size chart cells but accepts ranges', () => {
    const l = validListing({ sizeChart: { unit: 'cm', sizes: ['S', 'M'], rows: [{ id: 'r', name: '胸围', values: ['84-88', '九十'] }] } });
    const issues = validateListing(l);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'sizeChart.value.invalid', severity: 'warning', path: ['sizeChart', 'rows', 0, 'values', 1] });
  });
});
