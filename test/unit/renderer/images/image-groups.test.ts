import { describe, expect, it } from 'vitest';
import type { ImageRef } from '@shared/model/listing';
import { changeRole, moveImage, removeImage, replaceImage } from '../../../../renderer/src/features/images/image-groups';

const images: ImageRef[] = [
  { assetId: 'm', role: 'main', order: 0 },
  { assetId: 'g1', role: 'gallery', order: 0 },
  { assetId: 'g2', role: 'gallery', order: 1 },
  { assetId: 'g3', role: 'gallery', order: 2 },
];
const ids = (list: ImageRef[]) => list.map((r) => `${r.role}:${r.order}:${r.assetId}`);

describe('image groups', () => {
  it('moves within a group and renumbers', () => {
    const g3 = images[3];
    if (!g3) throw new Error('fixture');
    expect(ids(moveImage(images, g3, 0))).toEqual(['main:0:m', 'gallery:0:g3', 'gallery:1:g1', 'gallery:2:g2']);
    expect(ids(moveImage(images, g3, 5))).toEqual(ids(images));
  });

  it('removes, replaces, and changes role (a new main sends the old one to the front of the gallery)', () => {
    const [m, g1, g2] = images;
    if (!m || !g1 || !g2) throw new Error('fixture');
    expect(ids(removeImage(images, g1))).toEqual(['main:0:m', 'gallery:0:g2', 'gallery:1:g3']);
    expect(ids(replaceImage(images, g2, 'new'))).toEqual(['main:0:m', 'gallery:0:g1', 'gallery:1:new', 'gallery:2:g3']);
    expect(ids(changeRole(images, g2, 'main'))).toEqual(['main:0:g2', 'gallery:0:m', 'gallery:1:g1', 'gallery:2:g3']);
    const toVariant = changeRole(images, g1, 'variant', 'Navy');
    expect(toVariant.at(-1)).toEqual({ assetId: 'g1', role: 'variant', order: 0, variantValue: 'Navy' });
    expect(ids(changeRole(images, m, 'detail'))).toEqual(['gallery:0:g1', 'gallery:1:g2', 'gallery:2:g3', 'detail:0:m']);
  });
});
