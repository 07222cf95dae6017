import { describe, expect, it } from 'vitest';
import { containsTerm, glossaryMisses, type GlossaryEntry } from '@shared/translation/glossary';

const glossary: GlossaryEntry[] = [
  { term: '纯棉', translations: { 'en-US': '100% cotton', 'ja-JP': '綿100%' } },
  { term: '真丝', translations: { 'zh-CN': '真丝', 'en-US': 'mulberry silk', 'ja-JP': 'シルク' } },
  { term: 'machine washable', translations: { 'zh-CN': '可机洗', 'en-US': 'machine washable', 'ja-JP': '洗濯機可' } },
  { term: 'USB', translations: { 'en-US': 'USB', 'ja-JP': 'USB' } },
  { term: 'silk', translations: { 'en-US': 'silk', 'ja-JP': '絹' } },
  { term: '无译法', translations: {} },
];

describe('glossaryMisses', () => {
  it('zh → en: finds source terms by substring and requires their agreed form', () => {
    const misses = glossaryMisses('法式纯棉真丝连衣裙，可机洗', 'French pure cotton dress in mulberry silk, Machine Washable', glossary, 'zh-CN', 'en-US');
    expect(misses).toEqual([{ term: '纯棉', found: '纯棉', expected: '100% cotton' }]);
  });

  it('zh → en: all present, case-insensitively', () => {
    expect(glossaryMisses('纯棉T恤', 'T-shirt, 100% COTTON', glossary, 'zh-CN', 'en-US')).toEqual([]);
  });

  it('en → ja: word boundaries in English, substrings in Japanese', () => {
    const misses = glossaryMisses('Silky dress, machine washable, USB-C', '洗濯機可のワンピース', glossary, 'en-US', 'ja-JP');
    // "silk" is not in "Silky"; "USB" is (hyphen is a boundary); 洗濯機可 is present inside a word.
    expect(misses).toEqual([{ term: 'USB', found: 'USB', expected: 'USB' }]);
    expect(glossaryMisses('Pure silk scarf', 'シルクのスカーフ', glossary, 'en-US', 'ja-JP')).toEqual([{ term: 'silk', found: 'silk', expected: '絹' }]);
  });

  it('en → ja: width-folded matches count', () => {
    expect(glossaryMisses('USB fan', 'ＵＳＢ扇風機', glossary, 'en-US', 'ja-JP')).toEqual([]);
  });

  it('ignores terms with no form for the target locale', () => {
    expect(glossaryMisses('无译法', 'anything', glossary, 'zh-CN', 'en-US')).toEqual([]);
  });

  it('sees Latin terms next to CJK as whole words', () => {
    expect(containsTerm('usb接口', 'usb')).toBe(true);
    expect(containsTerm('usbc', 'usb')).toBe(false);
    expect(containsTerm('café', 'caf')).toBe(false);
  });
});
