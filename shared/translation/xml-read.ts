import { XML_FORBIDDEN } from './xml-write';

/*
 * A small, strict XML reader for files that come back from translators' tools. shared/ has no
 * DOMParser and the project adds no dependencies, so this reads the XML 1.0 + Namespaces subset such
 * files use: declaration, elements, attributes, the five predefined entities, character references,
 * comments, processing instructions and CDATA (which tools may emit although we never do).
 * A DOCTYPE is refused outright: no DTD means no entity expansion (billion laughs, external files).
 * Anything malformed is an error value with its offset, never a guess. Name characters are checked
 * exactly for ASCII and leniently beyond it, which no well-formed file can tell apart.
 */

export interface XmlAttribute {
  ns: string;
  local: string;
  value: string;
}

export interface XmlElement {
  /** Namespace URI, "" for none. */
  ns: string;
  local: string;
  attributes: XmlAttribute[];
  /** Text (entities resolved, adjacent runs merged) and child elements in document order. */
  children: Array<XmlElement | string>;
}

export type XmlParseResult = { ok: true; root: XmlElement } | { ok: false; error: string; offset: number };

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Deep enough for any real document, shallow enough that recursion cannot overflow the stack. */
const MAX_DEPTH = 64;

const NAME = /[A-Za-z_\u00C0-\uFFFF][-.\w\u00B7\u00C0-\uFFFF]*(?::[A-Za-z_\u00C0-\uFFFF][-.\w\u00B7\u00C0-\uFFFF]*)?/y;
const SPECIAL = /[<&]|\]\]>/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class XmlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseXml(input: string): XmlParseResult {
  // Line-end normalization (XML 1.0 §2.11) before anything else, so &#xD; alone survives as CR.
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const forbidden = XML_FORBIDDEN.exec(text);
  if (forbidden) return { ok: false, error: 'character not allowed in XML', offset: forbidden.index };
  try {
    return { ok: true, root: new Reader(text).document() };
  } catch (error) {
    if (error instanceof XmlError) return { ok: false, error: error.message, offset: error.offset };
    throw error;
  }
}

export function attributeOf(element: XmlElement, ns: string, local: string): string | undefined {
  return element.attributes.find((a) => a.ns === ns && a.local === local)?.value;
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string');
}

type Scope = ReadonlyMap<string, string>;

class Reader {
  private pos = 0;

  constructor(private readonly text: string) {}

  document(): XmlElement {
    if (/^<\?xml[\s?]/.test(this.text)) this.declaration();
    this.misc();
    if (this.text.startsWith('<!DOCTYPE', this.pos)) this.fail('DOCTYPE is not accepted');
    if (this.text[this.pos] !== '<') this.fail('expected the root element');
    const root = this.element(new Map([['xml', XML_NS]]), 1);
    this.misc();
    if (this.pos < this.text.length) this.fail('content after the root element');
    return root;
  }

  private declaration(): void {
    const end = this.text.indexOf('?>');
    if (end === -1) this.fail('unterminated XML declaration');
    const body = this.text.slice(5, end);
    if (!/^\s+version\s*=\s*(["'])1\.[0-9]\1/.test(body)) this.fail('unsupported XML version');
    const encoding = /\sencoding\s*=\s*(["'])([^"']*)\1/.exec(body);
    if (encoding && !/^utf-?8$/i.test(encoding[2] ?? '')) this.fail('only UTF-8 is accepted');
    this.pos = end + 2;
  }

  /** Whitespace, comments and processing instructions outside the root. */
  private misc(): void {
    for (;;) {
      const before = this.pos;
      while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
      if (this.text.startsWith('<!--', this.pos)) this.comment();
      else if (this.text.startsWith('<?', this.pos)) this.instruction();
      if (this.pos === before) return;
    }
  }

  private element(parentScope: Scope, depth: number): XmlElement {
    if (depth > MAX_DEPTH) this.fail('elements nested too deeply');
    this.pos++; // "<"
    const qname = this.name();
    const raw: Array<{ qname: string; value: string; at: number }> = [];
    for (;;) {
      const hadSpace = this.skipSpace();
      if (this.text.startsWith('/>', this.pos) || this.text[this.pos] === '>') break;
      if (!hadSpace) this.fail('expected whitespace before an attribute');
      const at = this.pos;
      const name = this.name();
      if (raw.some((a) => a.qname === name)) this.fail(`duplicate attribute ${name}`);
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      raw.push({ qname: name, value: this.attributeValue(), at });
    }
    const scope = new Map(parentScope);
    for (const a of raw) {
      if (a.qname === 'xmlns') scope.set('', a.value);
      else if (a.qname.startsWith('xmlns:')) {
        if (!a.value) this.fail('a namespace prefix cannot be undeclared', a.at);
        scope.set(a.qname.slice(6), a.value);
      }
    }
    const [prefix, local] = splitName(qname);
    const element: XmlElement = { ns: this.resolve(scope, prefix, true), local, attributes: [], children: [] };
    for (const a of raw) {
      const [p, l] = splitName(a.qname);
      const ns = a.qname === 'xmlns' || p === 'xmlns' ? XMLNS_NS : p ? this.resolve(scope, p, false, a.at) : '';
      if (element.attributes.some((b) => b.ns === ns && b.local === l)) this.fail(`duplicate attribute ${a.qname}`, a.at);
      element.attributes.push({ ns, local: l, value: a.value });
    }
    if (this.text.startsWith('/>', this.pos)) {
      this.pos += 2;
      return element;
    }
    this.pos++; // ">"
    this.content(element, qname, scope, depth);
    return element;
  }

  private content(element: XmlElement, qname: string, scope: Scope, depth: number): void {
    let buffer = '';
    const flush = (): void => {
      if (buffer) element.children.push(buffer);
      buffer = '';
    };
    for (;;) {
      if (this.pos >= this.text.length) this.fail(`<${qname}> is not closed`);
      const c = this.text[this.pos];
      if (c === '<') {
        if (this.text.startsWith('</', this.pos)) {
          this.pos += 2;
          const at = this.pos;
          if (this.name() !== qname) this.fail(`expected </${qname}>`, at);
          this.skipSpace();
          this.expect('>');
          flush();
          return;
        }
        if (this.text.startsWith('<!--', this.pos)) this.comment();
        else if (this.text.startsWith('<![CDATA[', this.pos)) buffer += this.cdata();
        else if (this.text.startsWith('<?', this.pos)) this.instruction();
        else if (this.text.startsWith('<!', this.pos)) this.fail('declarations are not accepted');
        else {
          flush();
          element.children.push(this.element(scope, depth + 1));
        }
      } else if (c === '&') buffer += this.reference();
      else {
        // Take the whole run up to the next markup at once; "]]>" ends a run so it can be refused.
        SPECIAL.lastIndex = this.pos;
        const next = SPECIAL.exec(this.text);
        const end = next ? next.index : this.text.length;
        if (end === this.pos) this.fail('"]]>" is not allowed in text');
        buffer += this.text.slice(this.pos, end);
        this.pos = end;
      }
    }
  }

  private attributeValue(): string {
    const quote = this.text[this.pos];
    if (quote !== '"' && quote !== "'") this.fail('expected a quoted attribute value');
    this.pos++;
    let value = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) this.fail('unterminated attribute value');
      if (c === quote) break;
      if (c === '<') this.fail('"<" in an attribute value');
      if (c === '&') value += this.reference();
      else {
        // Attribute-value normalization: literal whitespace becomes a space; references keep theirs.
        value += c === '\t' || c === '\n' ? ' ' : c;
        this.pos++;
      }
    }
    this.pos++;
    return value;
  }

  private reference(): string {
    const start = this.pos;
    const end = this.text.indexOf(';', start);
    const body = end === -1 ? '' : this.text.slice(start + 1, end);
    let value: string | undefined = PREDEFINED[body];
    const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(body);
    if (numeric) {
      const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
      value = code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
      if (value !== undefined && XML_FORBIDDEN.test(value)) value = undefined;
    }
    if (value === undefined) this.fail(`unknown or invalid reference &${body.slice(0, 12)};`, start);
    this.pos = end + 1;
    return value;
  }

  private comment(): void {
    const end = this.text.indexOf('-->', this.pos + 4);
    if (end === -1) this.fail('unterminated comment');
    if (this.text.slice(this.pos + 4, end).includes('--')) this.fail('"--" inside a comment');
    this.pos = end + 3;
  }

  private instruction(): void {
    const end = this.text.indexOf('?>', this.pos + 2);
    if (end === -1) this.fail('unterminated processing instruction');
    this.pos += 2;
    if (/^xml$/i.test(this.name())) this.fail('XML declaration not at the start');
    this.pos = end + 2;
  }

  private cdata(): string {
    const start = this.pos + 9;
    const end = this.text.indexOf(']]>', start);
    if (end === -1) this.fail('unterminated CDATA section');
    this.pos = end + 3;
    return this.text.slice(start, end);
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.text);
    if (!match) this.fail('expected a name');
    this.pos += match[0].length;
    return match[0];
  }

  private resolve(scope: Scope, prefix: string, isElement: boolean, at = this.pos): string {
    // Unprefixed attributes are in no namespace; unprefixed elements take the default one.
    if (!prefix && !isElement) return '';
    const ns = scope.get(prefix);
    if (ns === undefined) {
      if (!prefix) return '';
      this.fail(`undeclared namespace prefix ${prefix}`, at);
    }
    return ns;
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (/[ \t\n]/.test(this.text[this.pos] ?? '')) this.pos++;
    return this.pos > start;
  }

  private expect(token: string): void {
    if (!this.text.startsWith(token, this.pos)) this.fail(`expected "${token}"`);
    this.pos += token.length;
  }

  private fail(message: string, offset = this.pos): never {
    throw new XmlError(message, offset);
  }
}

function splitName(qname: string): [prefix: string, local: string] {
  const colon = qname.indexOf(':');
  return colon === -1 ? ['', qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}
