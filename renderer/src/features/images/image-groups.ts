import type { ImageRef, Listing, OptionAxis } from '@shared/model/listing';

/*
 * A listing's images in groups: one per role, and one per colour for variant images. Within a group
 * `order` is the position (0, 1, 2 …); every recipe here renumbers, so positions stay dense.
 */

export type ImageRole = ImageRef['role'];
export const ROLE_ORDER: readonly ImageRole[] = ['main', 'gallery', 'portrait', 'white', 'detail', 'variant'];

export function groupKey(ref: Pick<ImageRef, 'role' | 'variantValue'>): string {
  return ref.role === 'variant' ? `variant:${ref.variantValue ?? ''}` : ref.role;
}

/** Refs of one group, by position. */
export function refsIn(images: readonly ImageRef[], role: ImageRole, variantValue?: string): ImageRef[] {
  const key = groupKey({ role, variantValue });
  return images.filter((r) => groupKey(r) === key).sort((a, b) => a.order - b.order);
}

/** Rebuilds the list with each group renumbered 0…n-1, groups in role order. */
export function normalizeImages(images: readonly ImageRef[]): ImageRef[] {
  const groups = new Map<string, ImageRef[]>();
  for (const r of images) groups.set(groupKey(r), [...(groups.get(groupKey(r)) ?? []), r]);
  const keys = [...groups.keys()].sort((a, b) => {
    const ra = ROLE_ORDER.indexOf(a.split(':')[0] as ImageRole);
    const rb = ROLE_ORDER.indexOf(b.split(':')[0] as ImageRole);
    return ra - rb || a.localeCompare(b);
  });
  return keys.flatMap((k) =>
    (groups.get(k) ?? []).sort((a, b) => a.order - b.order).map((r, order) => (r.order === order ? r : { ...r, order })),
  );
}

/** Colour axis first (by name), otherwise the first axis: variant images belong to its values. */
const COLOUR_NAME = /^(colou?r|颜色|顏色|色|颜色分类|カラー|색상)$/i;
export function colourAxis(options: readonly OptionAxis[]): OptionAxis | undefined {
  return options.find((o) => COLOUR_NAME.test(o.name.trim())) ?? options[0];
}

export function colourValues(listing: Listing): string[] {
  return (colourAxis(listing.options)?.values ?? []).filter((v) => v.trim() !== '');
}

/** The listing's own spelling of a colour token from a file name, compared case-insensitively. */
export function findColour(listing: Listing, token: string): string | undefined {
  const wanted = token.normalize('NFKC').trim().toLocaleLowerCase();
  return colourValues(listing).find((v) => v.normalize('NFKC').trim().toLocaleLowerCase() === wanted);
}

export interface Placement {
  assetId: string;
  role: ImageRole;
  variantValue?: string;
  /** 0-based position the file name asks for; undefined = at the end. */
  position?: number;
}

/**
 * Puts images into their groups: a position that is taken is replaced (a designer re-exporting
 * `DR-2407_3.jpg` means "this is photo 3 now"), an image already in its group is left alone (the
 * same drop twice changes nothing), main holds one image.
 */
export function placeImages(images: readonly ImageRef[], placements: readonly Placement[]): ImageRef[] {
  let next = normalizeImages(images);
  for (const p of placements) {
    const group = refsIn(next, p.role, p.variantValue);
    if (group.some((r) => r.assetId === p.assetId)) continue;
    const position = p.role === 'main' ? 0 : p.position;
    const ref: ImageRef = { assetId: p.assetId, role: p.role, order: 0, ...(p.variantValue === undefined ? {} : { variantValue: p.variantValue }) };
    let updated: ImageRef[];
    if (position !== undefined && position < group.length) updated = group.map((r, i) => (i === position ? { ...ref, order: i } : r));
    else updated = [...group, { ...ref, order: group.length + (position ?? 0) }];
    const key = groupKey(ref);
    next = normalizeImages([...next.filter((r) => groupKey(r) !== key), ...updated]);
  }
  return next;
}

export function removeImage(images: readonly ImageRef[], target: ImageRef): ImageRef[] {
  return normalizeImages(images.filter((r) => r !== target && !(groupKey(r) === groupKey(target) && r.order === target.order)));
}

/** Moves an image to the end of another group; moving one to main puts the old main first in the gallery. */
export function changeRole(images: readonly ImageRef[], target: ImageRef, role: ImageRole, variantValue?: string): ImageRef[] {
  const rest = images.filter((r) => !(groupKey(r) === groupKey(target) && r.order === target.order));
  const demoted = role === 'main' ? rest.map((r) => (r.role === 'main' ? { ...r, role: 'gallery' as const, order: -1 } : r)) : rest;
  const end = refsIn(demoted, role, variantValue).length;
  const moved: ImageRef = { assetId: target.assetId, role, order: end, ...(role === 'variant' && variantValue !== undefined ? { variantValue } : {}) };
  return normalizeImages([...demoted, moved]);
}

/** Moves one image within its group to position `to`. */
export function moveImage(images: readonly ImageRef[], target: ImageRef, to: number): ImageRef[] {
  const group = refsIn(images, target.role, target.variantValue);
  const from = group.findIndex((r) => r.order === target.order);
  if (from < 0 || to < 0 || to >= group.length || from === to) return [...images];
  const moved = [...group];
  const [item] = moved.splice(from, 1);
  if (!item) return [...images];
  moved.splice(to, 0, item);
  const key = groupKey(target);
  return normalizeImages([...images.filter((r) => groupKey(r) !== key), ...moved.map((r, order) => ({ ...r, order }))]);
}

/** Swaps the image in a slot for another asset, keeping its role and position. */
export function replaceImage(images: readonly ImageRef[], target: ImageRef, assetId: string): ImageRef[] {
  return images.map((r) => (groupKey(r) === groupKey(target) && r.order === target.order ? { ...r, assetId } : r));
}
