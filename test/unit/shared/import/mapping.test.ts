import { describe, expect, it } from 'vitest';
import { hasKnownColumn, suggestMapping } from '../../../../shared/import/mapping';
import { parseHeader, resolveLocale } from '../../../../shared/import/template';

describe('suggestMapping', () => {
  it('maps the canonical template headers', () => {
    const { columns, unknown } = suggestMapping(['spu', 'title.zh-CN', 'bullets.en-US', 'spec.材质', 'option.颜色', 'sku', 'price', 'compareAtPrice', 'cost', 'stock', 'barcode', 'brand', 'category', 'currency', 'status', 'tags']);
    expect(unknown).toEqual([]);
    expect(columns.map((c) => c.target)).toEqual([
      { kind: 'listing', field: 'spu' },
      { kind: 'copy', field: 'title', locale: 'zh-CN' },
      { kind: 'copy', field: 'bullets', locale: 'en-US' },
      { kind: 'spec', name: '材质', unit: '' },
      { kind: 'option', axis: '颜色' },
      { kind: 'sku', field: 'code' },
      { kind: 'sku', field: 'price' },
      { kind: 'sku', field: 'compareAtPrice' },
      { kind: 'sku', field: 'cost' },
      { kind: 'sku', field: 'stock' },
      { kind: 'sku', field: 'barcode' },
      { kind: 'listing', field: 'brand' },
      { kind: 'listing', field: 'category' },
      { kind: 'listing', field: 'currency' },
      { kind: 'listing', field: 'status' },
      { kind: 'listing', field: 'tags' },
    ]);
    expect(columns.map((c) => c.index)).toEqual(columns.map((_, i) => i));
  });

  it('accepts Chinese aliases, other spellings and full-width text', () => {
    const { columns, unknown } = suggestMapping(['商品编码', 'SKU编码', '价格', '库存', '条码', '划线价', '标题.中文', '标题.英文', '规格.尺码', '参数.重量（g）', 'Compare At Price', 'primary_keywords.en_us', 'ＳＫＵ编码']);
    expect(unknown).toEqual([]);
    expect(columns.map((c) => c.target)).toEqual([
      { kind: 'listing', field: 'spu' },
      { kind: 'sku', field: 'code' },
      { kind: 'sku', field: 'price' },
      { kind: 'sku', field: 'stock' },
      { kind: 'sku', field: 'barcode' },
      { kind: 'sku', field: 'compareAtPrice' },
      { kind: 'copy', field: 'title', locale: 'zh-CN' },
      { kind: 'copy', field: 'title', locale: 'en-US' },
      { kind: 'option', axis: '尺码' },
      { kind: 'spec', name: '重量', unit: 'g' },
      { kind: 'ignore' }, // second compare-at price column
      { kind: 'copy', field: 'primaryKeywords', locale: 'en-US' },
      { kind: 'ignore' }, // full-width duplicate of SKU编码
    ]);
  });

  it('reports unknown, duplicate and unknown-locale headers; blank headers pass silently', () => {
    const s = suggestMapping(['spu', 'Supplier', '', 'price', '价格', 'title.fr-CA', 'spec.']);
    expect(s.unknown).toEqual(['Supplier', 'spec.']);
    expect(s.duplicates).toEqual(['价格']);
    expect(s.unknownLocales).toEqual(['title.fr-CA']);
    expect(s.columns[5]?.target).toEqual({ kind: 'copy', field: 'title', locale: 'fr-CA' });
    expect(s.columns[2]?.target).toEqual({ kind: 'ignore' });
  });

  it('reads a copy column without a locale as the default locale', () => {
    expect(parseHeader('标题')).toEqual({ kind: 'copy', field: 'title', locale: 'zh-CN' });
    expect(parseHeader('description', 'en-US')).toEqual({ kind: 'copy', field: 'description', locale: 'en-US' });
    expect(resolveLocale('JA_jp')).toBe('ja-JP');
    expect(resolveLocale('xx')).toBeUndefined();
  });

  it('tells a sheet without a header row', () => {
    expect(hasKnownColumn(suggestMapping(['DR-2407', '299', '50']).columns)).toBe(false);
    expect(hasKnownColumn(suggestMapping(['spu']).columns)).toBe(true);
  });
});
