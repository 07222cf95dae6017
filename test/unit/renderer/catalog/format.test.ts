import { describe, expect, it } from 'vitest';
import { createCatalogFormat } from '../../../../renderer/src/features/catalog/format';

const now = new Date(2026, 8, 15, 16, 0).getTime();

describe('catalog formats', () => {
  it('formats counts and prices in the UI language with a plain ¥', () => {
    const zh = createCatalogFormat('zh-CN', now);
    const en = createCatalogFormat('en', now);
    expect(zh.number(10000)).toBe('10,000');
    expect(zh.price('1299', 'CNY')).toBe('¥1,299');
    expect(en.price('89.9', 'CNY')).toBe('¥89.9');
    expect(en.price('12', 'USD')).toBe('$12');
    expect(en.price('', 'CNY')).toBe('');
  });

  it('shows the time for today, the day this year and the full date before that', () => {
    const en = createCatalogFormat('en', now);
    expect(en.updated(new Date(2026, 8, 15, 9, 5).getTime())).toMatch(/09:05/);
    expect(en.updated(new Date(2026, 2, 3, 9, 5).getTime())).toBe('Mar 3');
    expect(en.updated(new Date(2025, 11, 30).getTime())).toBe('12/30/2025');
    const zh = createCatalogFormat('zh-CN', now);
    expect(zh.updated(new Date(2026, 2, 3, 9, 5).getTime())).toBe('3月3日');
    expect(zh.updatedFull(new Date(2026, 2, 3, 9, 5).getTime())).toContain('2026年3月3日');
  });
});
