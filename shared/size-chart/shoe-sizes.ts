import { assertNever } from '../ipc/result';

/*
 * Shoe size conversion, keyed by foot length in mm (Mondopoint, ISO 9407).
 *
 * - CN: GB/T 3293.1-1998 《鞋号》 numbers shoes by Mondopoint, foot length in mm in 5 mm steps
 *   (235, 240, …), so the CN size is the key itself.
 * - JP: JIS S 5037 sizes shoes by foot length in cm (24, 24.5, …), i.e. key / 10.
 * - EU / US / UK have no single formula that brands agree on (EU Paris points count the last, not
 *   the foot; UK/US barleycorns differ for men and women), so those columns are copied from one
 *   published brand chart rather than computed: Nike's men's and women's footwear size charts
 *   (nike.com/size-fit/mens-footwear, /womens-footwear; the Chinese site lists the same rows with
 *   "中国码" = foot length in mm). The rows were checked against two independent open-source copies of
 *   those charts (keyed by KR/JP mm and cm), which agree with each other row for row. [3P: nike.com
 *   itself could not be opened here.]
 * Brands differ by up to half a size; the editor and outputs label these columns as a guide.
 */

export const SHOE_SYSTEMS = ['cn', 'eu', 'us', 'uk', 'jp'] as const;
export type ShoeSystem = (typeof SHOE_SYSTEMS)[number];
export const SHOE_GENDERS = ['men', 'women'] as const;
export type ShoeGender = (typeof SHOE_GENDERS)[number];

export interface ShoeSizeRow {
  /** Foot length in mm = CN size (GB/T 3293.1) = JP size × 10 (JIS S 5037). */
  mm: number;
  eu: number;
  us: number;
  uk: number;
}

// [mm, EU, US, UK] as in the charts above.
const MEN: readonly (readonly [number, number, number, number])[] = [
  [240, 38.5, 6, 5.5], [245, 39, 6.5, 6], [250, 40, 7, 6], [255, 40.5, 7.5, 6.5], [260, 41, 8, 7],
  [265, 42, 8.5, 7.5], [270, 42.5, 9, 8], [275, 43, 9.5, 8.5], [280, 44, 10, 9], [285, 44.5, 10.5, 9.5],
  [290, 45, 11, 10], [295, 45.5, 11.5, 10.5], [300, 46, 12, 11], [310, 47.5, 13, 12], [320, 48.5, 14, 13],
];
const WOMEN: readonly (readonly [number, number, number, number])[] = [
  [220, 35.5, 5, 2.5], [225, 36, 5.5, 3], [230, 36.5, 6, 3.5], [235, 37.5, 6.5, 4], [240, 38, 7, 4.5],
  [245, 38.5, 7.5, 5], [250, 39, 8, 5.5], [255, 40, 8.5, 6], [260, 40.5, 9, 6.5], [265, 41, 9.5, 7],
  [270, 42, 10, 7.5], [275, 42.5, 10.5, 8], [280, 43, 11, 8.5],
];

const toRows = (table: typeof MEN): ShoeSizeRow[] => table.map(([mm, eu, us, uk]) => ({ mm, eu, us, uk }));
export const SHOE_SIZE_TABLE: Readonly<Record<ShoeGender, readonly ShoeSizeRow[]>> = { men: toRows(MEN), women: toRows(WOMEN) };

/** Half a 5 mm step: a foot length further than this from every row has no published equivalent. */
const SNAP_MM = 2.5;

/** The chart row for a foot length, snapped to the nearest 5 mm; undefined outside the chart. */
export function shoeRowForFootLength(mm: number, gender: ShoeGender): ShoeSizeRow | undefined {
  if (!Number.isFinite(mm)) return undefined;
  let best: ShoeSizeRow | undefined;
  for (const row of SHOE_SIZE_TABLE[gender]) {
    if (Math.abs(row.mm - mm) <= SNAP_MM && (!best || Math.abs(row.mm - mm) < Math.abs(best.mm - mm))) best = row;
  }
  return best;
}

/**
 * The row whose size in `system` is `size` exactly (sizes are half steps, so no rounding). Where
 * the chart prints a size twice (men's UK 6 is US 6.5 and US 7), the smaller shoe is taken.
 */
export function shoeRowFor(system: ShoeSystem, size: number, gender: ShoeGender): ShoeSizeRow | undefined {
  return SHOE_SIZE_TABLE[gender].find((row) => shoeSizeIn(row, system) === size);
}

export function shoeSizeIn(row: ShoeSizeRow, system: ShoeSystem): number {
  switch (system) {
    case 'cn':
      return row.mm;
    case 'jp':
      return row.mm / 10;
    case 'eu':
      return row.eu;
    case 'us':
      return row.us;
    case 'uk':
      return row.uk;
    default:
      return assertNever(system);
  }
}

/** Converts a size between systems; undefined when the size is not a row of the published chart. */
export function convertShoeSize(size: number, from: ShoeSystem, to: ShoeSystem, gender: ShoeGender): number | undefined {
  const row = from === 'cn' || from === 'jp' ? shoeRowForFootLength(from === 'jp' ? size * 10 : size, gender) : shoeRowFor(from, size, gender);
  return row ? shoeSizeIn(row, to) : undefined;
}
