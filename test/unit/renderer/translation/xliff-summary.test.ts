import { describe, expect, it } from 'vitest';
import { createEmptyCopy, createListing } from '@shared/model/factory';
import { exportXliff, importXliff } from '@shared/translation/xliff';
import { writeField } from '@shared/translation/fields';
import { summarizeXliffImport, xliffFileName } from '../../../../renderer/src/features/translation/xliff-summary';

const listing = createListing(1, {
  id: 'L1',
  spuCode: 'DR-1',
  copy: { 'zh-CN': { ...createEmptyCopy(), title: '连衣裙', subtitle: '夏季' }, 'en-US': createEmptyCopy() },
});

describe('XLIFF import summary', () => {
  it('counts applied units, lists source-changed ones apart from other problems', () => {
    const xml = exportXliff([listing], { source: 'zh-CN', target: 'en-US' })
      .replace(/(<source>连衣裙<\/source>)/, '$1<target>Dress</target>')
      .replace(/(<source>夏季<\/source>)/, '$1<target>Summer</target>');
    const changed = { ...listing, copy: { ...listing.copy, 'zh-CN': writeField(listing.copy['zh-CN'], 'title', '新连衣裙') } };
    const summary = summarizeXliffImport(importXliff(xml, [changed]));
    expect(summary.applied).toBe(1);
    expect(summary.sourceChanged.map((p) => p.field)).toEqual(['title']);
    expect(summary.other).toEqual([]);
    expect(summary.fatal).toBeUndefined();
  });

  it('a broken file is fatal and applies nothing', () => {
    const summary = summarizeXliffImport(importXliff('not xml', [listing]));
    expect(summary.fatal?.code).toBe('xliff.badXml');
    expect(summary.applied).toBe(0);
  });

  it('counts units that came back untranslated', () => {
    const summary = summarizeXliffImport(importXliff(exportXliff([listing], { source: 'zh-CN', target: 'en-US' }), [listing]));
    expect(summary).toMatchObject({ applied: 0, untranslated: 2 });
  });
});

describe('XLIFF file name', () => {
  it('names one listing by its SPU code with unsafe characters replaced, many by their count', () => {
    expect(xliffFileName(['DR/1:a'], 'zh-CN', 'en-US', '2026-11-25')).toBe('DR_1_a_zh-CN_en-US_2026-11-25.xlf');
    expect(xliffFileName(['A', 'B', 'C'], 'zh-CN', 'ja-JP', '2026-11-25')).toBe('3-listings_zh-CN_ja-JP_2026-11-25.xlf');
    expect(xliffFileName([''], 'zh-CN', 'en-US', '2026-11-25')).toBe('listing_zh-CN_en-US_2026-11-25.xlf');
  });
});
