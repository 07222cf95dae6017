import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../../shared/import/mapping';
import { rowsToListings } from '../../../../shared/import/rows-to-listings';
import { ROW_ERROR_CODES, type RowErrorCode } from '../../../../shared/import/errors';
import { listingSchema } from '../../../../shared/model/listing';
import { hasErrors, validateListing } from '../../../../shared/model/validate';

/** Imports a sheet given as its header and data rows (header = row 1). */
function load(headers: string[], rows: string[][]) {
  return rowsToListings(rows, suggestMapping(headers).columns, { now: 1000 });
}

const HEAD = ['spu', 'title.zh-CN', 'title.en-US', 'brand', 'category', 'option.颜色', 'option.Size', 'sku', 'price', 'stock', 'barcode'];

describe('rowsToListings: grouping and fields', () => {
  it('groups variant rows into one listing with option axes built from the option columns', () => {
    const { listings, errors } = load(HEAD, [
      ['DR-1', '连衣裙', 'Dress', 'Lin', '女装 > 连衣裙', '红色', 'S', 'DR-1-R-S', '99', '5', '6901234567014'],
      ['DR-1', '', '', '', '', '红色', 'M', 'DR-1-R-M', '¥99', '6', ''],
      ['DR-1', '', '', '', '', '蓝色', 'S', 'DR-1-B-S', '99.00', '7', ''],
      ['MUG-2', '杯子', '', 'Kiln', '家居', '', '', 'MUG-2', '1,299.50', '', ''],
    ]);
    expect(errors).toEqual([]);
    expect(listings).toHaveLength(2);
    const [dress, mug] = listings;
    expect(dress?.spuCode).toBe('DR-1');
    expect(dress?.categoryPath).toEqual(['女装', '连衣裙']);
    expect(dress?.options.map((o) => [o.name, o.values])).toEqual([['颜色', ['红色', '蓝色']], ['Size', ['S', 'M']]]);
    expect(dress?.skus.map((s) => [s.code, s.optionValues, s.price, s.stock])).toEqual([
      ['DR-1-R-S', ['红色', 'S'], '99', '5'],
      ['DR-1-R-M', ['红色', 'M'], '99', '6'],
      ['DR-1-B-S', ['蓝色', 'S'], '99.00', '7'],
    ]);
    expect(dress?.copy['zh-CN']?.title).toBe('连衣裙');
    expect(dress?.copy['en-US']?.title).toBe('Dress');
    // A listing without option values sells one SKU with no axes.
    expect(mug?.options).toEqual([]);
    expect(mug?.skus.map((s) => [s.optionValues, s.price])).toEqual([[[], '1299.50']]);
    for (const l of listings) {
      expect(listingSchema.parse(l)).toEqual(l);
      expect(hasErrors(validateListing(l))).toBe(false);
    }
  });

  it('groups same SPU rows anywhere in the sheet, case-insensitively, and lets a blank SPU continue the row above', () => {
    const { listings, errors } = load(HEAD, [
      ['A-1', 'A', '', '', '', 'Red', '', 'A-1-R', '1', '', ''],
      ['', '', '', '', '', 'Blue', '', 'A-1-B', '1', '', ''],
      ['B-2', 'B', '', '', '', '', '', 'B-2', '2', '', ''],
      ['', '', '', '', '', '', '', '', '', '', ''],
      ['a-1', '', '', '', '', 'Green', '', 'A-1-G', '1', '', ''],
    ]);
    expect(errors).toEqual([]);
    expect(listings.map((l) => [l.spuCode, l.skus.map((s) => s.code)])).toEqual([
      ['A-1', ['A-1-R', 'A-1-B', 'A-1-G']],
      ['B-2', ['B-2']],
    ]);
  });

  it('reads every locale column, specs with units, tags, bullets and keywords', () => {
    const headers = ['spu', 'title.zh-CN', 'title.ja-JP', 'subtitle.en-US', 'description.zh-CN', 'bullets.zh-CN', 'bullets.en-US', 'keywords.zh-CN', 'primaryKeywords.zh-CN', 'spec.材质', 'spec.重量(g)', 'tags', 'currency', 'status'];
    const { listings, errors } = load(headers, [
      ['X-1', '标题', 'タイトル', 'Sub', '描述', '一\n二\r\n三', 'One | Two', '甲；乙，丙、甲', '主', '棉', '180', '新品;热卖，新品', 'usd', '就绪'],
    ]);
    expect(errors).toEqual([]);
    const l = listings[0];
    expect(Object.keys(l?.copy ?? {})).toEqual(['zh-CN', 'en-US', 'ja-JP']);
    expect(l?.copy['ja-JP']?.title).toBe('タイトル');
    expect(l?.copy['en-US']?.subtitle).toBe('Sub');
    expect(l?.copy['zh-CN']?.bullets).toEqual(['一', '二', '三']);
    expect(l?.copy['en-US']?.bullets).toEqual(['One', 'Two']);
    expect(l?.copy['zh-CN']?.keywords).toEqual(['甲', '乙', '丙']);
    expect(l?.copy['zh-CN']?.primaryKeywords).toEqual(['主']);
    expect(l?.specs.map((s) => [s.name, s.value, s.unit])).toEqual([['材质', '棉', ''], ['重量', '180', 'g']]);
    expect(l?.tags).toEqual(['新品', '热卖']);
    expect(l?.currency).toBe('USD');
    expect(l?.status).toBe('ready');
  });

  it('fills a blank SKU code with the suggested one and defaults currency and status', () => {
    const { listings } = rowsToListings([['C-3', 'T', 'Red'], ['C-3', '', 'Navy Blue']], suggestMapping(['spu', 'title', 'option.Colour']).columns, { now: 1, defaultCurrency: 'EUR' });
    expect(listings[0]?.skus.map((s) => s.code)).toEqual(['C-3-RED', 'C-3-NAVYBLUE']);
    expect(listings[0]?.currency).toBe('EUR');
    expect(listings[0]?.status).toBe('draft');
  });

  it('treats option values that differ only in case as one value', () => {
    const { listings, errors } = load(HEAD, [
      ['D-4', 'T', '', '', '', 'Red', 'S', 'D-4-1', '1', '', ''],
      ['D-4', '', '', '', '', 'red', 'M', 'D-4-2', '1', '', ''],
    ]);
    expect(errors).toEqual([]);
    expect(listings[0]?.options[0]?.values).toEqual(['Red']);
    expect(listings[0]?.skus[1]?.optionValues).toEqual(['Red', 'M']);
  });
});

describe('rowsToListings: errors', () => {
  const codesOf = (errors: readonly { code: RowErrorCode }[]) => errors.map((e) => e.code);

  it('leaves out a listing with one bad row entirely while the others import', () => {
    const { listings, errors, rejected } = load(HEAD, [
      ['GOOD-1', 'Good', '', '', '', '', '', 'G-1', '10', '', ''],
      ['BAD-1', 'Bad', '', '', '', 'Red', '', 'B-1', '10', '', ''],
      ['BAD-1', '', '', '', '', 'Blue', '', 'B-2', 'ten', '', ''],
      ['BAD-1', '', '', '', '', 'Green', '', 'B-3', '10', 'many', '123'],
    ]);
    expect(listings.map((l) => l.spuCode)).toEqual(['GOOD-1']);
    expect(rejected).toEqual([{ spuCode: 'BAD-1', rows: [3, 4, 5] }]);
    expect(errors).toEqual([
      { row: 4, column: 'price', code: 'import.badPrice', params: { spu: 'BAD-1', value: 'ten', field: 'price' } },
      { row: 5, column: 'stock', code: 'import.badStock', params: { spu: 'BAD-1', value: 'many' } },
      { row: 5, column: 'barcode', code: 'import.badBarcode', params: { spu: 'BAD-1', value: '123', reason: 'length', expected: '' } },
    ]);
  });

  it('uses the caller’s first row number', () => {
    const { errors } = rowsToListings([['X', 'T', '-5']], suggestMapping(['spu', 'title', 'price']).columns, { now: 1, firstRow: 7 });
    expect(errors).toMatchObject([{ row: 7, code: 'import.badPrice' }]);
  });

  it('reports conflicting listing-level values in later rows, but not the same value written differently', () => {
    const { listings, errors } = load(['spu', 'title', 'brand', 'category', 'option.Size', 'price'], [
      ['E-5', 'T', 'Lin', '女装 > 连衣裙', 'S', '1'],
      ['E-5', 'T', 'Lin', '女装>连衣裙', 'M', '1'],
      ['E-5', 'Other title', 'Lin', '', 'L', '1'],
      ['E-5', '', 'Ling', '', 'XL', '1'],
    ]);
    expect(listings).toEqual([]);
    expect(errors).toEqual([
      { row: 4, column: 'title', code: 'import.conflict', params: { spu: 'E-5', value: 'Other title', expected: 'T', firstRow: 2 } },
      { row: 5, column: 'brand', code: 'import.conflict', params: { spu: 'E-5', value: 'Ling', expected: 'Lin', firstRow: 2 } },
    ]);
  });

  it('reports rows that repeat a variant once, not again as a duplicate suggested SKU code', () => {
    const { errors } = load(['spu', 'title', 'option.Size'], [['V-1', 'T', 'S'], ['V-1', '', 's'], ['V-1', '', 'M']]);
    expect(errors).toEqual([{ row: 3, column: 'option.Size', code: 'import.duplicateVariant', params: { spu: 'V-1', values: 'S', firstRow: 2 } }]);
  });

  it('reports a SKU code used twice, within a listing or across listings, on the later row', () => {
    const { listings, errors } = load(HEAD, [
      ['F-6', 'T', '', '', '', 'Red', '', 'SAME', '1', '', ''],
      ['G-7', 'T', '', '', '', '', '', 'same', '1', '', ''],
      ['H-8', 'T', '', '', '', '', '', 'H-8', '1', '', ''],
    ]);
    expect(listings.map((l) => l.spuCode)).toEqual(['F-6', 'H-8']);
    expect(errors).toEqual([{ row: 3, column: 'sku', code: 'import.duplicateSku', params: { spu: 'G-7', code: 'same', firstRow: 2 } }]);
  });

  it('raises every row error code', () => {
    const headers = ['spu', 'title.zh-CN', 'title.xx-YY', 'currency', 'status', 'option.a', 'option.b', 'option.c', 'option.d', 'sku', 'price', 'stock', 'barcode'];
    const { errors, listings } = load(headers, [
      ['', 'orphan', '', '', '', '', '', '', '', 'O', '1', '', ''], // no SPU and nothing above
      ['M-1', '', '', '', '', '', '', '', '', 'M-1', '1', '', ''], // no title
      ['P-1', 'T', '', '', '', '', '', '', '', 'P-1', 'abc', '', ''],
      ['S-1', 'T', '', '', '', '', '', '', '', 'S-1', '1', '-2', ''],
      ['BC-1', 'T', '', '', '', '', '', '', '', 'BC-1', '1', '', '6901234567015'],
      ['CU-1', 'T', '', 'Bitcoin', '', '', '', '', '', 'CU-1', '1', '', ''],
      ['ST-1', 'T', '', '', 'live', '', '', '', '', 'ST-1', '1', '', ''],
      ['CF-1', 'T', '', '', '', '', '', '', '', 'CF-1', '1', '', ''],
      ['CF-1', 'U', '', '', '', '', '', '', '', 'CF-2', '1', '', ''], // conflict (and duplicate variant)
      ['DS-1', 'T', '', '', '', '', '', '', '', 'CF-1', '1', '', ''], // duplicate SKU
      ['MO-1', 'T', '', '', '', 'x', '', '', '', 'MO-1', '1', '', ''],
      ['MO-1', '', '', '', '', '', '', '', '', 'MO-2', '1', '', ''], // missing option value
      ['TM-1', 'T', '', '', '', '1', '2', '3', '4', 'TM-1', '1', '', ''], // four axes
      ['UL-1', 'T', 'titre', '', '', '', '', '', '', 'UL-1', '1', '', ''], // unknown locale
    ]);
    expect(listings).toEqual([]);
    expect(new Set(codesOf(errors))).toEqual(new Set(ROW_ERROR_CODES));
    expect(errors.find((e) => e.code === 'import.missingSpu')).toEqual({ row: 2, column: 'spu', code: 'import.missingSpu', params: {} });
    expect(errors.find((e) => e.code === 'import.missingTitle')).toMatchObject({ row: 3, column: 'title.zh-CN', params: { spu: 'M-1' } });
    expect(errors.find((e) => e.code === 'import.badBarcode')).toMatchObject({ params: { reason: 'check-digit', expected: 4 } });
    expect(errors.find((e) => e.code === 'import.tooManyOptions')).toMatchObject({ row: 14, column: 'option.d', params: { max: 3 } });
    expect(errors.find((e) => e.code === 'import.unknownLocale')).toMatchObject({ row: 15, column: 'title.xx-YY', params: { locale: 'xx-YY' } });
    expect(errors.find((e) => e.code === 'import.missingOption')).toMatchObject({ row: 13, column: 'option.a', params: { axis: 'a' } });
    expect(errors.find((e) => e.code === 'import.duplicateSku')).toMatchObject({ row: 11, params: { code: 'CF-1', firstRow: 9 } });
    // Sorted by row, so the preview lists them in sheet order.
    expect(errors.map((e) => e.row)).toEqual([...errors.map((e) => e.row)].sort((a, b) => a - b));
  });

  it('reports every row with text in an unknown-locale column', () => {
    const { errors } = load(['spu', 'title', 'title.klingon'], [['K-1', 'T', 'a'], ['K-1', '', 'b']]);
    expect(errors.filter((e) => e.code === 'import.unknownLocale').map((e) => e.row)).toEqual([2, 3]);
  });

  it('reports a missing SPU column on every row', () => {
    const { errors, listings } = load(['title', 'price'], [['T', '1'], ['U', '2']]);
    expect(listings).toEqual([]);
    expect(errors.map((e) => [e.row, e.code])).toEqual([[2, 'import.missingSpu'], [3, 'import.missingSpu']]);
  });
});
