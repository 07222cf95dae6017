import { describe, expect, it } from 'vitest';
import type { Listing } from '@shared/model/listing';
import { readField, writeField, type FieldKey } from '@shared/translation/fields';
import { fieldHash } from '@shared/translation/hash';
import { outdatedFields } from '@shared/translation/outdated';
import { applyXliffImport, exportXliff, importXliff, XLIFF_NS } from '@shared/translation/xliff';
import { attributeOf, childElements, parseXml, type XmlElement } from '@shared/translation/xml-read';
import { copy, listingWith } from './listing-fixture';

const TRICKY = {
  title: '<b>Tom & Jerry</b> "quoted" \'single\' ]]> 👗🏽',
  subtitle: '  leading and trailing  ',
  description: 'Line 1\nLine 2\r\nLine 3\rend\ttab',
  bullets: ['纯棉面料，亲肤透气', '', '控制字符\u0001\u001F与\uFFFF', '&amp; literally', 'a\u2028b'],
  overrides: { amazon: 'ＡＢＣ　全角', taobao: '' },
};

function zhListing(id = 'L1'): Listing {
  return listingWith(id, {
    'zh-CN': copy({ title: '法式碎花连衣裙', subtitle: '夏季 新款', description: '第一行\n第二行', bullets: ['纯棉', '可机洗', '不起球', '显瘦', '百搭'], titleOverrides: { amazon: '亚马逊标题', taobao: '淘宝标题' } }),
    'en-US': copy({ title: 'Old English title' }),
  });
}

/** What a translator's tool does: fill or replace every <target>, touching nothing else. */
function fillTargets(xml: string, targets: Partial<Record<FieldKey, string>>): string {
  return xml.replace(/(<unit id="([^"]+)"[\s\S]*?<\/source>)(?:\n\s*<target>[\s\S]*?<\/target>)?/g, (_m, head: string, id: FieldKey) => {
    const text = targets[id];
    return text === undefined ? head : `${head}\n        <target>${encodeForTest(text)}</target>`;
  });
}

/** An independent, deliberately naive encoder, so the test does not just mirror the writer. */
function encodeForTest(text: string): string {
  return [...text]
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      if ((code < 0x20 && c !== '\t' && c !== '\n') || code === 0xffff) return c === '\r' ? '&#13;' : `<cp hex="${code.toString(16)}"/>`;
      return ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' } as Record<string, string>)[c] ?? c;
    })
    .join('');
}

const TARGETS: Partial<Record<FieldKey, string>> = {
  title: TRICKY.title,
  subtitle: TRICKY.subtitle,
  description: TRICKY.description,
  'bullets.0': TRICKY.bullets[0],
  'bullets.1': TRICKY.bullets[1],
  'bullets.2': TRICKY.bullets[2],
  'bullets.3': TRICKY.bullets[3],
  'bullets.4': TRICKY.bullets[4],
  'titleOverrides.amazon': TRICKY.overrides.amazon,
  'titleOverrides.taobao': TRICKY.overrides.taobao,
};

function parsed(xml: string): XmlElement {
  const result = parseXml(xml);
  if (!result.ok) throw new Error(`${result.error} at ${result.offset}`);
  return result.root;
}

describe('exportXliff', () => {
  const xml = exportXliff([zhListing('L1'), zhListing('L2')], { source: 'zh-CN', target: 'en-US' });

  it('writes a well-formed XLIFF 2.0 document', () => {
    const root = parsed(xml);
    expect(root).toMatchObject({ ns: XLIFF_NS, local: 'xliff' });
    expect(attributeOf(root, '', 'version')).toBe('2.0');
    expect(attributeOf(root, '', 'srcLang')).toBe('zh-CN');
    expect(attributeOf(root, '', 'trgLang')).toBe('en-US');
    const files = childElements(root);
    expect(files.map((f) => attributeOf(f, '', 'id'))).toEqual(['L1', 'L2']);
    const units = childElements(files[0] ?? root);
    expect(units.map((u) => attributeOf(u, '', 'id'))).toEqual([
      'title', 'subtitle', 'bullets.0', 'bullets.1', 'bullets.2', 'bullets.3', 'bullets.4', 'description', 'titleOverrides.taobao', 'titleOverrides.amazon',
    ]);
  });

  it('has the expected structure', () => {
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" xmlns:sr="urn:shelfready:xliff:1" version="2\.0" srcLang="zh-CN" trgLang="en-US">/);
    expect(xml).toMatch(/<file id="L1" sr:spuCode="SPU-L1">\n {4}<unit id="title" xml:space="preserve" sr:sourceHash="[0-9a-f]{16}">\n {6}<segment state="translated">\n {8}<source>法式碎花连衣裙<\/source>\n {8}<target>Old English title<\/target>/);
    expect(xml).toMatch(/<unit id="subtitle"[^>]*>\n\s*<segment state="initial">\n\s*<source>夏季 新款<\/source>\n\s*<\/segment>/);
    expect(xml).not.toContain('CDATA');
  });

  it('escapes without CDATA and writes XML-forbidden characters as <cp/>', () => {
    const listing = listingWith('L9', { 'zh-CN': copy({ title: 'a<b>&"c"]]>\u0001\r\n' }) });
    const out = exportXliff([listing], { source: 'zh-CN', target: 'en-US' });
    expect(out).toContain('<source>a&lt;b&gt;&amp;"c"]]&gt;<cp hex="0001"/>&#xD;\n</source>');
    expect(parseXml(out).ok).toBe(true);
  });

  it('carries even a lone surrogate through <cp/> and back', () => {
    const broken = 'half \uD83D pair';
    const listing = listingWith('L9', { 'zh-CN': copy({ title: broken }), 'en-US': copy({ title: broken }) });
    const out = exportXliff([listing], { source: 'zh-CN', target: 'en-US' });
    expect(out).toContain('<cp hex="D83D"/>');
    expect(importXliff(out, [listing]).updates['L9']?.title?.text).toBe(broken);
  });

  it('leaves out empty source fields, listings without source copy and ids that are no NMTOKEN', () => {
    const out = exportXliff(
      [listingWith('A', { 'zh-CN': copy({ title: 'x' }) }), listingWith('B', { 'en-US': copy({ title: 'y' }) }), listingWith('bad id', { 'zh-CN': copy({ title: 'z' }) })],
      { source: 'zh-CN', target: 'en-US', fields: ['title', 'bullets'] },
    );
    expect(out.match(/<file /g)).toHaveLength(1);
    expect(out.match(/<unit /g)).toHaveLength(1);
  });
});

describe('importXliff', () => {
  it('round-trips tricky texts losslessly and marks them reviewed', () => {
    const listings = [zhListing('L1'), zhListing('L2')];
    const translated = fillTargets(exportXliff(listings, { source: 'zh-CN', target: 'en-US' }), TARGETS);
    const result = importXliff(translated, listings, { source: 'zh-CN', target: 'en-US' });
    expect(result.problems).toEqual([]);
    expect(result.untranslated).toEqual([]);
    for (const listing of listings) {
      const applied = applyXliffImport(listing, result, 500);
      for (const [field, text] of Object.entries(TARGETS)) expect(readField(applied.copy['en-US'], field as FieldKey)).toBe(text);
      expect(applied.copy['en-US']?.bullets).toEqual(TRICKY.bullets);
      expect(applied.copy['en-US']?.titleOverrides).toEqual(TRICKY.overrides);
      expect(applied.copy['zh-CN']).toEqual(listing.copy['zh-CN']);
      expect(outdatedFields(applied, 'en-US')).toEqual([]);
    }
  });

  it('changes nothing on a second export/import round', () => {
    const listings = [zhListing()];
    const exported = exportXliff(listings, { source: 'zh-CN', target: 'en-US' });
    const applied = applyXliffImport(listings[0] ?? zhListing(), importXliff(fillTargets(exported, TARGETS), listings), 1);
    const again = exportXliff([applied], { source: 'zh-CN', target: 'en-US' });
    const reimported = importXliff(again, [applied]);
    expect(applyXliffImport(applied, reimported, 2).copy).toEqual(applied.copy);
  });

  it('flags a unit whose source changed since export and applies the rest', () => {
    const listing = zhListing();
    const xml = fillTargets(exportXliff([listing], { source: 'zh-CN', target: 'en-US' }), { title: 'New title', 'bullets.0': 'Cotton' });
    const edited = { ...listing, copy: { ...listing.copy, 'zh-CN': writeField(listing.copy['zh-CN'], 'title', '法式碎花连衣裙2026') } };
    const result = importXliff(xml, [edited]);
    expect(result.problems).toEqual([{ code: 'xliff.sourceChanged', listingId: 'L1', field: 'title' }]);
    const applied = applyXliffImport(edited, result, 9);
    expect(applied.copy['en-US']?.title).toBe('Old English title');
    expect(applied.copy['en-US']?.bullets[0]).toBe('Cotton');
    expect(result.untranslated.map((u) => u.field)).toContain('subtitle');
  });

  it('falls back to comparing the <source> text when a tool dropped the hash', () => {
    const listing = zhListing();
    const xml = fillTargets(exportXliff([listing], { source: 'zh-CN', target: 'en-US' }), { title: 'T' }).replace(/ sr:sourceHash="[0-9a-f]+"/g, '');
    expect(importXliff(xml, [listing]).updates['L1']?.title?.text).toBe('T');
    const edited = { ...listing, copy: { ...listing.copy, 'zh-CN': writeField(listing.copy['zh-CN'], 'title', '改了') } };
    expect(importXliff(xml, [edited]).problems).toEqual([{ code: 'xliff.sourceChanged', listingId: 'L1', field: 'title' }]);
  });

  it('reads segments a tool split, groups and CDATA', () => {
    const xml = `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="zh-cn" trgLang="en-us"><file id="L1"><group id="g"><unit id="title">
      <segment><source>法式碎花</source><target>French floral</target></segment><ignorable><source> </source></ignorable>
      <segment><source>连衣裙</source><target><![CDATA[<dress>]]></target></segment></unit></group></file></xliff>`;
    const spaced = listingWith('L1', { 'zh-CN': copy({ title: '法式碎花 连衣裙' }) });
    const result = importXliff(xml, [spaced]);
    expect(result.problems).toEqual([]);
    // The ignorable's space has no target, so it stands for itself in the target too.
    expect(result.updates['L1']?.title?.text).toBe('French floral <dress>');
    // Without sr:sourceHash the joined <source> is compared: the unsplit title no longer matches.
    expect(importXliff(xml, [zhListing()]).problems.map((p) => p.code)).toEqual(['xliff.sourceChanged']);
  });

  it.each([
    ['bad XML', '<xliff><file>', 'xliff.badXml'],
    ['not XLIFF', '<html/>', 'xliff.badXml'],
    ['XLIFF 1.2', '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file/></xliff>', 'xliff.wrongVersion'],
    ['version 3.0', `<xliff xmlns="${XLIFF_NS}" version="3.0" srcLang="zh-CN" trgLang="en-US"/>`, 'xliff.wrongVersion'],
    ['unknown language', `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="zh-CN" trgLang="pt-BR"/>`, 'xliff.langMismatch'],
    ['no trgLang', `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="zh-CN"/>`, 'xliff.langMismatch'],
  ])('stops at %s', (_name, xml, code) => {
    const result = importXliff(xml, [zhListing()]);
    expect(result.problems.map((p) => p.code)).toEqual([code]);
    expect(result.updates).toEqual({});
  });

  it('reports a language pair other than the one asked for', () => {
    const xml = exportXliff([zhListing()], { source: 'zh-CN', target: 'en-US' });
    expect(importXliff(xml, [zhListing()], { target: 'ja-JP' }).problems.map((p) => p.code)).toEqual(['xliff.langMismatch']);
  });

  it('reports unknown listings and fields, duplicates, foreign markup and target languages, and applies the rest', () => {
    const xml = `<xliff xmlns="${XLIFF_NS}" xmlns:sr="urn:shelfready:xliff:1" version="2.0" srcLang="zh-CN" trgLang="en-US">
      <file id="GONE"><unit id="title"><segment><source>x</source><target>y</target></segment></unit></file>
      <file id="L1">
        <unit id="keywords"><segment><source>x</source><target>y</target></segment></unit>
        <unit id="bullets.0"><segment><source>纯棉</source><target>Cotton</target></segment></unit>
        <unit id="bullets.1"><segment><source>可机洗</source><target>A</target></segment></unit>
        <unit id="bullets.1"><segment><source>可机洗</source><target>B</target></segment></unit>
        <unit id="bullets.2"><segment><source>不起球</source><target><pc id="1">No</pc> pilling</target></segment></unit>
        <unit id="bullets.3"><segment><source>显瘦</source><target xml:lang="ja-JP">細見え</target></segment></unit>
        <unit id="bullets.4" sr:sourceHash="0000000000000000"></unit>
        <unit id="description" sr:sourceHash="${fieldHash('第一行\n第二行')}"><notes><note>no segment</note></notes></unit>
      </file></xliff>`;
    const result = importXliff(xml, [zhListing()]);
    expect(result.problems).toEqual([
      { code: 'xliff.unknownListing', listingId: 'GONE' },
      { code: 'xliff.unknownField', listingId: 'L1', field: 'keywords' },
      { code: 'xliff.duplicate', listingId: 'L1', field: 'bullets.1' },
      { code: 'xliff.unsupportedContent', listingId: 'L1', field: 'bullets.2' },
      { code: 'xliff.langMismatch', listingId: 'L1', field: 'bullets.3' },
      { code: 'xliff.sourceChanged', listingId: 'L1', field: 'bullets.4' },
    ]);
    expect(result.untranslated).toEqual([{ listingId: 'L1', field: 'description' }]);
    expect(result.updates).toEqual({ L1: { 'bullets.0': { text: 'Cotton', sourceHash: expect.stringMatching(/^[0-9a-f]{16}$/) } } });
  });
});
