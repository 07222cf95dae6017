import { describe, expect, it } from 'vitest';
import { effectiveAdTerms } from '@shared/rules/ad-law-terms';
import {
  applyBrands, applyOwnTerms, enableAllBuiltIn, isBuiltInTermOff, parseMarginPercent, toggleBuiltInTerm,
} from '../../../../renderer/src/features/settings/checklist-edits';

const none = { added: [], removed: [] };
const active = (adTerms: { added: string[]; removed: string[] }) => effectiveAdTerms(adTerms).map((t) => t.term);

describe('built-in 广告法 terms', () => {
  it('turns a term off and on again', () => {
    const off = toggleBuiltInTerm(none, '最新');
    expect(off).toEqual({ added: [], removed: ['最新'] });
    expect(isBuiltInTermOff(off, '最新')).toBe(true);
    expect(active(off)).not.toContain('最新');
    const on = toggleBuiltInTerm(off, '最新');
    expect(on).toEqual(none);
    expect(active(on)).toContain('最新');
  });

  it('turning off also drops the term from the own list, where an addition would win over the removal', () => {
    const off = toggleBuiltInTerm({ added: ['最新', '秒杀'], removed: [] }, '最新');
    expect(off).toEqual({ added: ['秒杀'], removed: ['最新'] });
    expect(active(off)).not.toContain('最新');
  });

  it('turns every built-in term on again, keeping own terms', () => {
    expect(enableAllBuiltIn({ added: ['秒杀'], removed: ['最', '第一'] })).toEqual({ added: ['秒杀'], removed: [] });
  });
});

describe('own terms', () => {
  it('adds new terms, trimmed and without case-insensitive duplicates', () => {
    expect(applyOwnTerms(none, [' 秒杀 ', 'Best', 'best'])).toEqual({ adTerms: { added: ['秒杀', 'Best'], removed: [] }, notes: [] });
  });

  it('does not add a built-in term: says so, or turns it on again when it was off', () => {
    expect(applyOwnTerms(none, ['最佳'])).toEqual({ adTerms: none, notes: [{ kind: 'alreadyBuiltIn', term: '最佳' }] });
    expect(applyOwnTerms({ added: [], removed: ['最佳'] }, ['最佳'])).toEqual({ adTerms: none, notes: [{ kind: 'reenabled', term: '最佳' }] });
  });

  it('refuses over-long terms and keeps removals', () => {
    const long = 'x'.repeat(101);
    expect(applyOwnTerms({ added: ['a', 'b'], removed: [] }, ['b', long])).toEqual({ adTerms: { added: ['b'], removed: [] }, notes: [{ kind: 'tooLong', term: long }] });
  });

  it('cleans the competitor brand list', () => {
    expect(applyBrands([' Uniqlo ', '', 'x'.repeat(101)])).toEqual({ brands: ['Uniqlo'], notes: [{ kind: 'tooLong', term: 'x'.repeat(101) }] });
  });
});

describe('parseMarginPercent', () => {
  it.each([
    ['15', 15], ['0', 0], ['95', 95], ['12.5', 12.5], ['12,5', 12.5], [' 20 % ', 20], ['20％', 20],
    ['96', null], ['-1', null], ['', null], ['abc', null], ['1e2', null], ['Infinity', null],
  ])('%j → %j', (text, expected) => {
    expect(parseMarginPercent(text)).toBe(expected);
  });
});
