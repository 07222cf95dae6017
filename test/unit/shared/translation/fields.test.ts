import { describe, expect, it } from 'vitest';
import { fieldKeysOf, isFieldKey, readField, writeField } from '@shared/translation/fields';
import { copy } from './listing-fixture';

describe('field keys', () => {
  it('lists a copy’s translatable fields in editor order', () => {
    const c = copy({ title: 't', bullets: ['a', 'b'], titleOverrides: { amazon: 'A', taobao: 'T' } });
    expect(fieldKeysOf(c)).toEqual(['title', 'subtitle', 'bullets.0', 'bullets.1', 'description', 'titleOverrides.taobao', 'titleOverrides.amazon']);
    expect(fieldKeysOf(c, ['bullets'])).toEqual(['bullets.0', 'bullets.1']);
  });

  it('accepts only real keys', () => {
    for (const key of ['title', 'bullets.0', 'bullets.99', 'titleOverrides.own-mall']) expect(isFieldKey(key)).toBe(true);
    for (const key of ['keywords', 'bullets.01', 'bullets.100', 'bullets.-1', 'titleOverrides.ebay', 'titleOverrides.', '__proto__']) expect(isFieldKey(key)).toBe(false);
  });

  it('reads and writes, padding bullets', () => {
    const c = writeField(copy({ bullets: ['a'] }), 'bullets.2', 'c');
    expect(c.bullets).toEqual(['a', '', 'c']);
    expect(readField(c, 'bullets.5')).toBeUndefined();
    expect(writeField(undefined, 'titleOverrides.amazon', 'X').titleOverrides).toEqual({ amazon: 'X' });
  });
});
