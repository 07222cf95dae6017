import { describe, expect, it } from 'vitest';
import { attributeOf, childElements, parseXml, XML_NS } from '@shared/translation/xml-read';
import { escapeAttribute, escapeText } from '@shared/translation/xml-write';

function root(xml: string) {
  const result = parseXml(xml);
  if (!result.ok) throw new Error(`${result.error} at ${result.offset}`);
  return result.root;
}

describe('parseXml', () => {
  it('resolves namespaces, entities, character references and CDATA', () => {
    const r = root(`<?xml version="1.0" encoding="utf-8"?>\r\n<!-- c --><a xmlns="urn:x" xmlns:p="urn:p" p:k='1 &amp; "2"' xml:space="preserve">x &lt;&#x4E2D;&#25991;<![CDATA[<raw>]]><p:b/>\r\ny</a>`);
    expect(r).toMatchObject({ ns: 'urn:x', local: 'a' });
    expect(attributeOf(r, 'urn:p', 'k')).toBe('1 & "2"');
    expect(attributeOf(r, XML_NS, 'space')).toBe('preserve');
    expect(r.children).toEqual(['x <中文<raw>', { ns: 'urn:p', local: 'b', attributes: [], children: [] }, '\ny']);
    expect(childElements(r)).toHaveLength(1);
  });

  it('normalizes literal whitespace in attributes but keeps referenced whitespace', () => {
    expect(attributeOf(root('<a k="1\n2&#xA;3&#x9;"/>'), '', 'k')).toBe('1 2\n3\t');
  });

  it('reads back what the escapers write', () => {
    const tricky = ' <&>"\' ]]> \r\n\t 中文 👗 ';
    const r = root(`<a k="${escapeAttribute(tricky)}">${escapeText(tricky)}</a>`);
    expect(attributeOf(r, '', 'k')).toBe(tricky);
    expect(r.children).toEqual([tricky]);
  });

  it.each([
    ['unclosed', '<a><b></a>'],
    ['two roots', '<a/><b/>'],
    ['text after root', '<a/>x'],
    ['DOCTYPE', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['bare ampersand', '<a>a & b</a>'],
    ['forbidden char reference', '<a>&#1;</a>'],
    ['raw control character', '<a>\u0001</a>'],
    ['lt in attribute', '<a k="<"/>'],
    ['duplicate attribute', '<a k="1" k="2"/>'],
    ['duplicate expanded attribute', '<a xmlns:p="u" xmlns:q="u" p:k="1" q:k="2"/>'],
    ['undeclared prefix', '<p:a/>'],
    ['unquoted attribute', '<a k=1/>'],
    [']]> in text', '<a>]]></a>'],
    ['non-UTF-8 encoding', '<?xml version="1.0" encoding="ISO-8859-1"?><a/>'],
    ['late declaration', '<a><?xml version="1.0"?></a>'],
    ['empty', ''],
  ])('refuses %s', (_name, xml) => {
    expect(parseXml(xml).ok).toBe(false);
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(parseXml('<a>'.repeat(10000) + '</a>'.repeat(10000)).ok).toBe(false);
  });
});

describe('escaping', () => {
  it('writes no CDATA and refuses characters XML cannot carry', () => {
    expect(escapeText('a]]>b')).toBe('a]]&gt;b');
    expect(() => escapeText('a\u0000')).toThrow(RangeError);
    expect(() => escapeAttribute('\uFFFF')).toThrow(RangeError);
  });
});
