import { imagesWithRoles, variantImageFor } from './image-names';
import type { DataFile, PreparedListing } from './types';
import { toXlsx, type Column, type XlsxCell } from './xlsx';

/*
 * Pinduoduo: the fields of `pdd.goods.add` (channel-rules.md §3); `sku_list[]` fields prefixed
 * "sku_list." (one row per SKU, see xlsx.ts). All amounts in 分 (integers), as the API takes them:
 * `market_price` (参考价) = highest list price (or highest price), `sku_list.price` (单买价) and
 * `sku_list.multi_price` (拼单价) both = the SKU's selling price — the listing has one price; the
 * merchant raises 单买价 if the shop prices solo buys higher. `sku_list.spec` holds the option values
 * as text ("黑色 S"): the API's spec_id_list comes from pdd.goods.spec.id.get.
 * carousel_gallery = main + gallery, detail_gallery = detail images, sku_list.thumb_url = the
 * colour's variant image; file names, comma-separated, in order. cat_id / cost_template_id are the
 * merchant's PDD ids.
 */

export const PDD_COLUMNS: Column[] = [
  { field: 'goods_name', label: '商品标题' },
  { field: 'cat_id', label: '叶子类目ID' },
  { field: 'cost_template_id', label: '运费模板ID' },
  { field: 'out_goods_id', label: '商品外部编码' },
  { field: 'goods_desc', label: '商品描述' },
  { field: 'market_price', label: '参考价(分)', kind: 'fen' },
  { field: 'carousel_gallery', label: '轮播图' },
  { field: 'detail_gallery', label: '详情图' },
  { field: 'sku_list.spec', label: 'SKU规格' },
  { field: 'sku_list.price', label: '单买价(分)', kind: 'fen' },
  { field: 'sku_list.multi_price', label: '拼单价(分)', kind: 'fen' },
  { field: 'sku_list.quantity', label: 'SKU库存', kind: 'int' },
  { field: 'sku_list.out_sku_sn', label: 'SKU外部编码' },
  { field: 'sku_list.thumb_url', label: 'SKU预览图' },
];

function rows(p: PreparedListing): XlsxCell[][] {
  const market = Math.max(...p.skus.map((s) => Math.max(s.compareAtCents, s.priceCents)));
  const names = (roles: Parameters<typeof imagesWithRoles>[1]) => imagesWithRoles(p.images, roles).map((i) => i.fileName).join(',');
  const goods: XlsxCell[] = [p.title, '', '', p.listing.spuCode, p.description, market, names(['main', 'gallery']), names(['detail'])];
  return p.skus.map((sku) => [
    ...goods,
    sku.optionValues.join(' '),
    sku.priceCents,
    sku.priceCents,
    sku.stock,
    sku.code,
    variantImageFor(p.images, sku.optionValues)?.fileName ?? '',
  ]);
}

export async function writePinduoduo(listings: readonly PreparedListing[]): Promise<DataFile[]> {
  return [{ name: 'pinduoduo-goods.xlsx', bytes: await toXlsx('pdd.goods.add', PDD_COLUMNS, listings.flatMap(rows)) }];
}
