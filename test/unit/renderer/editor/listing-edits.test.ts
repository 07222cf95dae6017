import { describe, expect, it } from 'vitest';
import { createEmptyCopy, createListing } from '@shared/model';
import {
  addCopyLocale, createSku, describeSku, hasCopyText, moveItem, removeCopyLocale, setSkuField, setTitleOverride, updateAxis, updateCopy, updateSpec,
} from '../../../../renderer/src/features/editor/listing-edits';

describe('listing edits', () => {
  it('moves items and ignores moves past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });

  it('sets one SKU field without touching the others or the input', () => {
    const l = createListing(0, { skus: [createSku(2), createSku(2)] });
    const next = setSkuField(1, 'price', '199')(l);
    expect(next.skus[1]?.price).toBe('199');
    expect(next.skus[0]).toBe(l.skus[0]);
    expect(l.skus[1]?.price).toBe('');
    expect(setSkuField(5, 'price', '1')(l)).toBe(l);
    expect(l.skus[0]?.optionValues).toEqual(['', '']);
  });

  it('updates axes, specs and copy by index or locale, and leaves unknown ones alone', () => {
    const l = createListing(0, { options: [{ id: 'a', name: '', values: [] }], specs: [{ id: 's', name: '', value: '', unit: '' }] });
    expect(updateAxis(0, { name: '颜色' })(l).options[0]?.name).toBe('颜色');
    expect(updateSpec(0, { unit: 'g' })(l).specs[0]?.unit).toBe('g');
    expect(updateCopy('en-US', { title: 'Dress' })(l).copy['en-US']?.title).toBe('Dress');
    expect(updateCopy('ja-JP', { title: 'x' })(l)).toBe(l);
  });

  it('adds and removes copy locales', () => {
    const l = createListing(0);
    const withJa = addCopyLocale('ja-JP')(l);
    expect(Object.keys(withJa.copy)).toEqual(['zh-CN', 'en-US', 'ja-JP']);
    expect(addCopyLocale('ja-JP')(withJa)).toBe(withJa);
    expect(Object.keys(removeCopyLocale('zh-CN')(withJa).copy)).toEqual(['en-US', 'ja-JP']);
  });

  it('sets and clears per-channel title overrides', () => {
    const l = setTitleOverride('zh-CN', 'taobao', '短标题')(createListing(0));
    expect(l.copy['zh-CN']?.titleOverrides).toEqual({ taobao: '短标题' });
    expect(setTitleOverride('zh-CN', 'taobao', undefined)(l).copy['zh-CN']?.titleOverrides).toEqual({});
  });

  it('knows when copy holds text worth confirming before removal', () => {
    expect(hasCopyText(createEmptyCopy())).toBe(false);
    expect(hasCopyText({ ...createEmptyCopy(), bullets: [''] })).toBe(false);
    expect(hasCopyText({ ...createEmptyCopy(), keywords: ['连衣裙'] })).toBe(true);
    expect(hasCopyText({ ...createEmptyCopy(), titleOverrides: { jd: 'x' } })).toBe(true);
  });

  it('names SKUs by code, then option values, then row', () => {
    const sku = { ...createSku(2), optionValues: ['红', 'S'] };
    expect(describeSku({ ...sku, code: 'DR-RED-S' }, 0)).toBe('DR-RED-S');
    expect(describeSku(sku, 0)).toBe('红 / S');
    expect(describeSku(createSku(0), 3)).toBe('#4');
  });
});
