import { imagesWithRoles } from './image-names';
import { minPrice, totalStock } from './prepare';
import type { DataFile, FormatContext, PreparedListing } from './types';
import { toXlsx, yuan, type Column, type XlsxCell } from './xlsx';

/*
 * Taobao / Tmall: the fields of TOP `taobao.item.add` (channel-rules.md §1.2; Tmall publishes
 * through the same API). Prices in yuan with 2 decimals (§1.2 "price: 2 decimals"); `price` is the
 * lowest SKU price (it must lie inside the SKU price range) and `num` the sum of SKU quantities.
 * One row per SKU (see xlsx.ts): the sku_* cells hold that SKU's entry of the API's aligned comma
 * lists; `sku_properties` is written as "颜色:黑色;尺码:S" with names, as the pid:vid ids come from
 * taobao.itemprops.get for the chosen category. `cid` (leaf category id) is left for the merchant:
 * the listing keeps a category path, not Taobao's ids.
 * `pic`: main + gallery file names in images/, comma-separated, first = 主图 (§1.3: 5 main images).
 * `desc` is the description text (5–25000 chars, §1.2).
 */

export const TAOBAO_COLUMNS: Column[] = [
  { field: 'title', label: '宝贝标题' },
  { field: 'cid', label: '叶子类目ID' },
  { field: 'type', label: '出售方式' },
  { field: 'stuff_status', label: '新旧程度' },
  { field: 'price', label: '宝贝价格(元)', kind: 'yuan' },
  { field: 'num', label: '宝贝数量', kind: 'int' },
  { field: 'desc', label: '宝贝描述' },
  { field: 'outer_id', label: '商家编码' },
  { field: 'sku_properties', label: 'SKU销售属性' },
  { field: 'sku_prices', label: 'SKU价格(元)', kind: 'yuan' },
  { field: 'sku_quantities', label: 'SKU数量', kind: 'int' },
  { field: 'sku_outer_ids', label: 'SKU商家编码' },
  { field: 'sku_barcode', label: 'SKU条形码', kind: 'text' },
  { field: 'barcode', label: '商品条形码', kind: 'text' },
  { field: 'sell_point', label: '宝贝卖点' },
  { field: 'item_weight', label: '物流重量(kg)' },
  { field: 'pic', label: '宝贝主图' },
];

function rows(p: PreparedListing): XlsxCell[][] {
  const { listing } = p;
  const pics = imagesWithRoles(p.images, ['main', 'gallery']).map((i) => i.fileName).join(',');
  const spu: XlsxCell[] = [p.title, '', 'fixed', 'new', yuan(minPrice(p.skus)), totalStock(p.skus), p.description, listing.spuCode];
  return p.skus.map((sku) => [
    ...spu,
    listing.options.map((axis, a) => `${axis.name}:${sku.optionValues[a] ?? ''}`).join(';'),
    yuan(sku.priceCents),
    sku.stock,
    sku.code,
    sku.barcode,
    p.skus.length === 1 ? sku.barcode : '',
    p.subtitle,
    '',
    pics,
  ]);
}

export async function writeTaobao(listings: readonly PreparedListing[], ctx: FormatContext): Promise<DataFile[]> {
  return [{ name: `${ctx.channel}-items.xlsx`, bytes: await toXlsx('taobao.item.add', TAOBAO_COLUMNS, listings.flatMap(rows)) }];
}
