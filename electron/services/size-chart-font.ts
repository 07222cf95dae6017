/*
 * A minimal TrueType reader that turns text into SVG path data, so the size-chart image draws its
 * letters as shapes. librsvg (sharp's SVG renderer) would otherwise look fonts up through
 * fontconfig, which cannot be pointed at a bundled file and falls back silently to whatever the
 * user's machine has (or to tofu boxes). Paths render the same everywhere.
 *
 * Reads what drawing needs and nothing else (from a .ttf or the first font of a .ttc): cmap (formats 4 and 12), head, hhea, hmtx, loca and
 * glyf (simple and composite glyphs, quadratic outlines). No kerning or shaping: CJK, Latin and
 * digits in a size chart need neither. Characters the font lacks draw as glyph 0 (.notdef).
 */

export interface Font {
  unitsPerEm: number;
  ascender: number;
  descender: number;
  glyphIndex(codePoint: number): number;
  advance(glyph: number): number;
  /** Outline in font units, y up, as SVG path data ('' for blank glyphs such as space). */
  glyphPath(glyph: number): string;
}

export class FontFormatError extends Error {}

interface Point { x: number; y: number; on: boolean }

export function parseFont(bytes: Uint8Array): Font {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => view.getUint16(o);
  const i16 = (o: number) => view.getInt16(o);
  const u32 = (o: number) => view.getUint32(o);
  if (bytes.byteLength < 12) throw new FontFormatError('font file too short');
  const tag = (o: number) => String.fromCharCode(...bytes.subarray(o, o + 4));

  // A collection (.ttc) holds several fonts sharing tables; the first is the regular face.
  const sfnt = tag(0) === 'ttcf' ? u32(12) : 0;
  const tables = new Map<string, number>();
  for (let i = 0, n = u16(sfnt + 4); i < n; i++) {
    const rec = sfnt + 12 + 16 * i;
    tables.set(tag(rec), u32(rec + 8));
  }
  const table = (tag: string): number => {
    const at = tables.get(tag);
    if (at === undefined) throw new FontFormatError(`font has no ${tag} table (only TrueType outlines are supported)`);
    return at;
  };

  const head = table('head');
  const unitsPerEm = u16(head + 18);
  const isLongLoca = i16(head + 50) === 1;
  const hhea = table('hhea');
  const numHMetrics = u16(hhea + 34);
  const hmtx = table('hmtx');
  const loca = table('loca');
  const glyf = table('glyf');
  const numGlyphs = u16(table('maxp') + 4);
  const cmapLookup = readCmap(view, table('cmap'));

  const glyphOffset = (g: number): [number, number] =>
    isLongLoca ? [u32(loca + 4 * g), u32(loca + 4 * g + 4)] : [u16(loca + 2 * g) * 2, u16(loca + 2 * g + 2) * 2];

  function contours(glyph: number, depth: number): Point[][] {
    if (glyph < 0 || glyph >= numGlyphs || depth > 8) return [];
    const [start, end] = glyphOffset(glyph);
    if (end <= start) return [];
    const at = glyf + start;
    const count = i16(at);
    return count >= 0 ? simpleGlyph(view, at, count) : compositeGlyph(at, depth);
  }

  function compositeGlyph(at: number, depth: number): Point[][] {
    const out: Point[][] = [];
    let p = at + 10;
    for (;;) {
      const flags = u16(p);
      const component = u16(p + 2);
      p += 4;
      let dx = 0;
      let dy = 0;
      if (flags & 1) { dx = i16(p); dy = i16(p + 2); p += 4; } else { dx = view.getInt8(p); dy = view.getInt8(p + 1); p += 2; }
      // Point-matched placement (ARGS_ARE_XY_VALUES unset) is rare in CJK fonts; such parts stay unshifted.
      if (!(flags & 2)) { dx = 0; dy = 0; }
      let [a, b, c, d] = [1, 0, 0, 1];
      const f2 = (o: number) => i16(o) / 16384;
      if (flags & 8) { a = d = f2(p); p += 2; } else if (flags & 0x40) { a = f2(p); d = f2(p + 2); p += 4; } else if (flags & 0x80) { a = f2(p); b = f2(p + 2); c = f2(p + 4); d = f2(p + 6); p += 8; }
      for (const contour of contours(component, depth + 1)) {
        out.push(contour.map((pt) => ({ x: a * pt.x + c * pt.y + dx, y: b * pt.x + d * pt.y + dy, on: pt.on })));
      }
      if (!(flags & 0x20)) return out;
    }
  }

  const pathCache = new Map<number, string>();
  return {
    unitsPerEm,
    ascender: i16(hhea + 4),
    descender: i16(hhea + 6),
    glyphIndex: (cp) => cmapLookup(cp),
    advance: (g) => u16(hmtx + 4 * Math.min(g, numHMetrics - 1)),
    glyphPath(g) {
      let path = pathCache.get(g);
      if (path === undefined) {
        path = contours(g, 0).map(contourPath).join('');
        pathCache.set(g, path);
      }
      return path;
    },
  };
}

function readCmap(view: DataView, cmap: number): (cp: number) => number {
  let format4 = -1;
  let format12 = -1;
  for (let i = 0, n = view.getUint16(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const sub = cmap + view.getUint32(rec + 4);
    const format = view.getUint16(sub);
    if (format === 12 && (platform === 0 || (platform === 3 && encoding === 10))) format12 = sub;
    if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) format4 = sub;
  }
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = format12 + 16 + 12 * mid;
        if (cp < view.getUint32(g)) hi = mid - 1;
        else if (cp > view.getUint32(g + 4)) lo = mid + 1;
        else return view.getUint32(g + 8) + cp - view.getUint32(g);
      }
      return 0;
    };
  }
  if (format4 < 0) throw new FontFormatError('font has no Unicode cmap');
  const segX2 = view.getUint16(format4 + 6);
  const ends = format4 + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segX2; s += 2) {
      if (cp > view.getUint16(ends + s)) continue;
      const start = view.getUint16(starts + s);
      if (cp < start) return 0;
      const rangeOffset = view.getUint16(ranges + s);
      if (rangeOffset === 0) return (cp + view.getInt16(deltas + s)) & 0xffff;
      const g = view.getUint16(ranges + s + rangeOffset + 2 * (cp - start));
      return g === 0 ? 0 : (g + view.getInt16(deltas + s)) & 0xffff;
    }
    return 0;
  };
}

function simpleGlyph(view: DataView, at: number, count: number): Point[][] {
  const endPts: number[] = [];
  for (let i = 0; i < count; i++) endPts.push(view.getUint16(at + 10 + 2 * i));
  const total = count > 0 ? (endPts[count - 1] ?? -1) + 1 : 0;
  let p = at + 10 + 2 * count;
  p += 2 + view.getUint16(p);
  const flags: number[] = [];
  while (flags.length < total) {
    const f = view.getUint8(p++);
    flags.push(f);
    if (f & 8) for (let r = view.getUint8(p++); r > 0; r--) flags.push(f);
  }
  const coords = (short: number, same: number): number[] => {
    const out: number[] = [];
    let v = 0;
    for (const f of flags.slice(0, total)) {
      if (f & short) { const d = view.getUint8(p++); v += f & same ? d : -d; } else if (!(f & same)) { v += view.getInt16(p); p += 2; }
      out.push(v);
    }
    return out;
  };
  const xs = coords(2, 16);
  const ys = coords(4, 32);
  const result: Point[][] = [];
  let first = 0;
  for (const last of endPts) {
    const contour: Point[] = [];
    for (let i = first; i <= last; i++) contour.push({ x: xs[i] ?? 0, y: ys[i] ?? 0, on: ((flags[i] ?? 0) & 1) === 1 });
    if (contour.length > 0) result.push(contour);
    first = last + 1;
  }
  return result;
}

const r = (n: number) => Math.round(n * 10) / 10;
const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, on: true });

/** Quadratic TrueType contour → SVG path; two off-curve points in a row imply an on-curve midpoint. */
function contourPath(points: Point[]): string {
  const n = points.length;
  const firstOn = points.findIndex((pt) => pt.on);
  const startPoint = firstOn >= 0 ? points[firstOn] : undefined;
  const origin = startPoint ?? mid(points[0] ?? { x: 0, y: 0, on: true }, points[n - 1] ?? { x: 0, y: 0, on: true });
  const offset = firstOn >= 0 ? firstOn : 0;
  let d = `M${r(origin.x)} ${r(origin.y)}`;
  let control: Point | undefined;
  // With no on-curve point the synthetic origin is between the last and first points, so every point is visited.
  for (let k = firstOn >= 0 ? 1 : 0; k <= n; k++) {
    const pt = k === n && firstOn < 0 ? origin : points[(offset + k) % n];
    if (!pt) continue;
    if (pt.on) {
      d += control ? `Q${r(control.x)} ${r(control.y)} ${r(pt.x)} ${r(pt.y)}` : `L${r(pt.x)} ${r(pt.y)}`;
      control = undefined;
    } else if (control) {
      const m = mid(control, pt);
      d += `Q${r(control.x)} ${r(control.y)} ${r(m.x)} ${r(m.y)}`;
      control = pt;
    } else {
      control = pt;
    }
  }
  if (control) d += `Q${r(control.x)} ${r(control.y)} ${r(origin.x)} ${r(origin.y)}`;
  return `${d}Z`;
}
