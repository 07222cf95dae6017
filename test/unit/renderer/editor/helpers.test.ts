import { describe, expect, it } from 'vitest';
import { createListing, generateSkus, validateListing, type OptionAxis } from '@shared/model';
import { fieldId, sectionOf } from '../../../../renderer/src/features/editor/field-id';
import { indexIssues } from '../../../../renderer/src/features/editor/issue-index';
import { addChips, endsWithSeparator, splitChipText } from '../../../../renderer/src/components/chip-text';
import { hasTypedData, isMatrixStale, planSkus } from '../../../../renderer/src/features/editor/variant-plan';
import { historyShortcut } from '../../../../renderer/src/features/editor/shortcuts';

describe('fieldId', () => {
  it('maps validation paths to stable DOM ids', () => {
    expect(fieldId(['skus', 2, 'price'])).toBe('f-skus-2-price');
    expect(fieldId(['copy', 'zh-CN', 'title'])).toBe('f-copy-zh-CN-title');
    expect(fieldId(['sizeChart', 'rows', 0, 'values', 3])).toBe('f-sizeChart-rows-0-values-3');
    expect(fieldId(['copy', 'en-US', 'titleOverrides', 'own-mall'])).toBe('f-copy-en-US-titleOverrides-own-mall');
  });

  it('never produces characters that break an id selector', () => {
    expect(fieldId(['tags', 'a b.c#d'])).toBe('f-tags-a_b_c_d');
  });

  it('knows the section of every path', () => {
    expect(sectionOf(['spuCode'])).toBe('basics');
    expect(sectionOf(['categoryPath'])).toBe('basics');
    expect(sectionOf(['options', 0, 'name'])).toBe('variants');
    expect(sectionOf(['skus', 1, 'barcode'])).toBe('skus');
    expect(sectionOf(['sizeChart', 'rows', 0, 'values', 1])).toBe('sizeChart');
    expect(sectionOf(['copy', 'en-US', 'title'])).toBe('copy');
  });
});

describe('indexIssues', () => {
  it('groups issues per field and counts them per section', () => {
    const l = createListing(0, { brand: '', skus: generateSkus('X', [], []) });
    const index = indexIssues(validateListing(l));
    expect(index.byField.get('f-spuCode')?.map((i) => i.code)).toEqual(['spuCode.required']);
    expect(index.byField.get('f-skus-0-price')?.map((i) => i.code)).toEqual(['sku.price.required']);
    expect(index.bySection.basics).toEqual({ errors: 2, warnings: 1 });
    expect(index.bySection.skus.errors).toBe(1);
    expect(index.bySection.copy.errors).toBe(1);
    expect(index.total).toEqual({ errors: 4, warnings: 1 });
  });
});

describe('chip text', () => {
  it('splits on half- and full-width commas, 、, semicolons and new lines', () => {
    expect(splitChipText('红色, 黑色，白色、蓝色;灰色\n 米色 ')).toEqual(['红色', '黑色', '白色', '蓝色', '灰色', '米色']);
    expect(splitChipText(' , ')).toEqual([]);
  });

  it('adds only values that are new, ignoring case', () => {
    expect(addChips(['Red', 'S'], ['red', 'Blue', 'blue', 'M'])).toEqual(['Red', 'S', 'Blue', 'M']);
  });

  it('recognises a typed separator', () => {
    expect(endsWithSeparator('红色，')).toBe(true);
    expect(endsWithSeparator('红色')).toBe(false);
  });
});

describe('SKU generation plan', () => {
  const colour: OptionAxis = { id: 'c', name: '颜色', values: ['红', '黑'] };
  const size: OptionAxis = { id: 's', name: '尺码', values: ['S', 'M'] };

  it('keeps typed rows for surviving combinations and counts what changes', () => {
    const first = planSkus('DR', [colour], []);
    expect(first).toMatchObject({ added: 2, kept: 0, removed: [] });
    const priced = first.next.map((s) => ({ ...s, price: '99' }));
    const second = planSkus('DR', [{ ...colour, values: ['红'] }], priced);
    expect(second.kept).toBe(1);
    expect(second.next[0]?.price).toBe('99');
    expect(second.removed.map((s) => s.optionValues)).toEqual([['黑']]);
    expect(second.removed.every(hasTypedData)).toBe(true);
  });

  it('tells when the table no longer matches the options', () => {
    const skus = planSkus('DR', [colour, size], []).next;
    expect(isMatrixStale([colour, size], skus)).toBe(false);
    expect(isMatrixStale([colour, { ...size, values: ['S', 'M', 'L'] }], skus)).toBe(true);
    expect(isMatrixStale([colour], skus)).toBe(true);
    expect(isMatrixStale([], [])).toBe(false);
  });
});

describe('history shortcuts', () => {
  const key = (k: Partial<Parameters<typeof historyShortcut>[0]>) => ({
    key: 'z', code: 'KeyZ', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, isComposing: false, ...k,
  });

  it('uses Ctrl on Windows/Linux and Cmd on macOS', () => {
    expect(historyShortcut(key({ ctrlKey: true }), false)).toBe('undo');
    expect(historyShortcut(key({ ctrlKey: true, shiftKey: true, key: 'Z' }), false)).toBe('redo');
    expect(historyShortcut(key({ ctrlKey: true, key: 'y', code: 'KeyY' }), false)).toBe('redo');
    expect(historyShortcut(key({ metaKey: true }), true)).toBe('undo');
    expect(historyShortcut(key({ metaKey: true, shiftKey: true }), true)).toBe('redo');
    expect(historyShortcut(key({ ctrlKey: true }), true)).toBeNull();
    expect(historyShortcut(key({ metaKey: true }), false)).toBeNull();
  });

  it('ignores plain typing, IME composition and other letters', () => {
    expect(historyShortcut(key({}), false)).toBeNull();
    expect(historyShortcut(key({ ctrlKey: true, isComposing: true }), false)).toBeNull();
    expect(historyShortcut(key({ ctrlKey: true, key: 'c', code: 'KeyC' }), false)).toBeNull();
  });

  it('follows the letter on Latin layouts and the physical key on others', () => {
    // AZERTY: the key labelled Z sits where QWERTY has W.
    expect(historyShortcut(key({ ctrlKey: true, key: 'z', code: 'KeyW' }), false)).toBe('undo');
    expect(historyShortcut(key({ ctrlKey: true, key: 'w', code: 'KeyZ' }), false)).toBeNull();
    expect(historyShortcut(key({ ctrlKey: true, key: 'я', code: 'KeyZ' }), false)).toBe('undo');
  });
});

