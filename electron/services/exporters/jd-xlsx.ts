import { imagesWithRoles } from './image-names';
import { minPrice } from './prepare';
import type { DataFile, PreparedListing } from './types';
import { toXlsx, yuan, type Column, type XlsxCell } from './xlsx';

/*
 * JD: the fields of `jingdong.ware.write.add` (channel-rules.md §2): `ware` fields as named there,
 * `skus[]` fields prefixed "skus." (one row per SKU, see xlsx.ts). Prices in yuan with 2 decimals;
 * ware `jdPrice` = lowest SKU price, `marketPrice` = highest list price (or highest price when the
 * listing has no list price). categoryId / brandId / transportId are JD ids the merchant fills in.
 * `images`: main + gallery file names, comma-separated, imgIndex order (first = 主图);
 * `skus.saleAttrs` as "颜色:黑色;尺码:S" (JD's attrId/attrValues come from its category API).
 */

export const JD_COLUMNS: Column[] = [
  { field: 'title', label: '商品名称' },
  { field: 'categoryId', label: '类目ID' },
  { field: 'brandId', label: '品牌ID' },
  { field: 'transportId', label: '运费模板ID' },
  { field: 'outerId', label: '商品货号' },
  { field: 'adWords', label: '广告词' },
  { field: 'jdPrice', label: '京东价(元)', kind: 'yuan' },
  { field: 'marketPrice', label: '市场价(元)', kind: 'yuan' },
  { field: 'introduction', label: '商品介绍' },
  { field: 'images', label: '商品图片' },
  { field: 'skus.outerId', label: 'SKU商家编码' },
  { field: 'skus.saleAttrs', label: 'SKU销售属性' },
  { field: 'skus.jdPrice', label: 'SKU京东价(元)', kind: 'yuan' },
  { field: 'skus.stockNum', label: 'SKU库存', kind: 'int' },
  { field: 'skus.barCode', label: 'SKU条形码', kind: 'text' },
];

function rows(p: PreparedListing): XlsxCell[][] {
  const { listing } = p;
  const market = Math.max(...p.skus.map((s) => Math.max(s.compareAtCents, s.priceCents)));
  const images = imagesWithRoles(p.images, ['main', 'gallery']).map((i) => i.fileName).join(',');
  const ware: XlsxCell[] = [p.title, '', '', '', listing.spuCode, p.subtitle, yuan(minPrice(p.skus)), yuan(market), p.description, images];
  return p.skus.map((sku) => [
    ...ware,
    sku.code,
    listing.options.map((axis, a) => `${axis.name}:${sku.optionValues[a] ?? ''}`).join(';'),
    yuan(sku.priceCents),
    sku.stock,
    sku.barcode,
  ]);
}

export async function writeJd(listings: readonly PreparedListing[]): Promise<DataFile[]> {
  return [{ name: 'jd-wares.xlsx', bytes: await toXlsx('jingdong.ware.write.add', JD_COLUMNS, listings.flatMap(rows)) }];
}
