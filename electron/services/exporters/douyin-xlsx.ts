import { imagesWithRoles } from './image-names';
import type { DataFile, PreparedListing } from './types';
import { toXlsx, type Column, type XlsxCell } from './xlsx';

/*
 * Douyin shop (抖店): the fields of `/product/addV2` (channel-rules.md §4); the entries of the
 * `spec_prices` JSON are flattened into "spec_prices." columns (one row per SKU, see xlsx.ts).
 * Amounts in 分 (integers): `spec_prices.price`, and `reference_price` = highest list price (or
 * highest price). `specs` is the API's own string, "颜色|黑色,白色^尺码|S,M,L".
 * Images (file names, "|"-separated as the API takes them): `pic` = main + gallery (≤5, first =
 * main), `white_back_ground_pic_url` = the white-background image, `main_image_three_to_four` = 3:4
 * images (≤5), `description` = detail images (Douyin descriptions are images only), `spec_pic` =
 * variant image per option value. category_leaf_id / freight_id are the merchant's Douyin ids.
 */

export const DOUYIN_COLUMNS: Column[] = [
  { field: 'name', label: '商品标题' },
  { field: 'category_leaf_id', label: '叶子类目ID' },
  { field: 'outer_product_id', label: '外部商品编码' },
  { field: 'recommend_remark', label: '商家推荐语' },
  { field: 'pic', label: '主图' },
  { field: 'white_back_ground_pic_url', label: '白底图' },
  { field: 'main_image_three_to_four', label: '3:4主图' },
  { field: 'description', label: '商品详情' },
  { field: 'specs', label: '规格' },
  { field: 'reference_price', label: '划线价(分)', kind: 'fen' },
  { field: 'spec_prices.spec_detail_name1', label: '规格值1' },
  { field: 'spec_prices.spec_detail_name2', label: '规格值2' },
  { field: 'spec_prices.spec_detail_name3', label: '规格值3' },
  { field: 'spec_prices.price', label: '售价(分)', kind: 'fen' },
  { field: 'spec_prices.stock_num', label: '库存', kind: 'int' },
  { field: 'spec_prices.code', label: 'SKU编码' },
  { field: 'spec_pic', label: '规格图' },
];

/** "颜色|黑色,白色^尺码|S,M,L" — values keep the listing's axis order. */
export function douyinSpecs(options: PreparedListing['listing']['options']): string {
  return options.map((o) => `${o.name}|${o.values.join(',')}`).join('^');
}

function rows(p: PreparedListing): XlsxCell[][] {
  const reference = Math.max(...p.skus.map((s) => Math.max(s.compareAtCents, s.priceCents)));
  const names = (roles: Parameters<typeof imagesWithRoles>[1], max = 50) => imagesWithRoles(p.images, roles).slice(0, max).map((i) => i.fileName).join('|');
  const spu: XlsxCell[] = [
    p.title, '', p.listing.spuCode, p.subtitle, names(['main', 'gallery'], 5), names(['white'], 1), names(['portrait'], 5), names(['detail']),
    douyinSpecs(p.listing.options), reference,
  ];
  const specPics = names(['variant']);
  return p.skus.map((sku) => [...spu, sku.optionValues[0] ?? '', sku.optionValues[1] ?? '', sku.optionValues[2] ?? '', sku.priceCents, sku.stock, sku.code, specPics]);
}

export async function writeDouyin(listings: readonly PreparedListing[]): Promise<DataFile[]> {
  return [{ name: 'douyin-products.xlsx', bytes: await toXlsx('product.addV2', DOUYIN_COLUMNS, listings.flatMap(rows)) }];
}
