// A small, safe XML-to-tree step on top of saxes. Element and attribute names are rewritten to fixed
// prefixes by namespace URI ("w:p", "r:id", "mc:Choice"), so the reader does not depend on the prefixes a
// producer happened to choose. Any DOCTYPE is refused: Word never writes one, and it is where entity
// expansion attacks ("billion laughs") live. saxes itself never expands entities beyond the XML five.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ResumeError } from '../../errors.js';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const PREFIX_BY_URI: Record<string, string | undefined> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties': 'ep',
  'http://purl.org/dc/elements/1.1/': 'dc',
};

/** Deeper nesting than any real document: the tree is walked recursively, so refuse it rather than overflow the stack. */
const MAX_DEPTH = 512;

/** Elements whose whitespace-only text matters (a run of " " between two words). */
const KEEPS_SPACE = new Set(['w:t', 'w:delText', 'w:instrText']);

export const isElement = (n: XmlNode | undefined): n is XmlElement => typeof n === 'object' && n !== null;

/** Our fixed prefixes: a producer's own prefix that collides with one of them, for another URI, is renamed. */
const FIXED = new Set(Object.values(PREFIX_BY_URI));

interface Scope {
  map: Map<string, string>;
  /** Every prefix maps to itself: names can be used as they are (the usual case, and the fast path). */
  identity: boolean;
}

/**
 * Maps the prefixes a part declares to our fixed ones. Namespaces are resolved by hand (saxes' own
 * namespace mode is several times slower): a scope is pushed only by elements that declare namespaces.
 */
class Names {
  private scopes: Scope[] = [{ map: new Map([['xml', 'xml']]), identity: true }];
  private cache = new Map<string, string>();
  identity = true;

  /** Opens the scope of an element that declares namespaces. */
  open(attrs: Record<string, string>): void {
    const map = new Map(this.scopes[this.scopes.length - 1]!.map);
    for (const key in attrs) {
      if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
      const prefix = key === 'xmlns' ? '' : key.slice(6);
      const fixed = PREFIX_BY_URI[attrs[key]!];
      map.set(prefix, fixed ?? (FIXED.has(prefix) ? `${prefix}~` : prefix));
    }
    let identity = true;
    for (const [prefix, fixed] of map) if (prefix !== fixed) identity = false;
    this.scopes.push({ map, identity });
    this.identity = identity;
    this.cache.clear();
  }

  close(): void {
    this.scopes.pop();
    this.identity = this.scopes[this.scopes.length - 1]!.identity;
    this.cache.clear();
  }

  /** "ns0:p" bound to the WordprocessingML URI → "w:p". Unprefixed attributes are in no namespace and stay. */
  name(raw: string, isAttribute: boolean): string {
    const colon = raw.indexOf(':');
    if (colon < 0 && isAttribute) return raw;
    let out = this.cache.get(raw);
    if (out !== undefined) return out;
    const mapped = this.scopes[this.scopes.length - 1]!.map.get(colon < 0 ? '' : raw.slice(0, colon));
    const local = raw.slice(colon + 1);
    out = mapped === undefined ? raw : mapped ? `${mapped}:${local}` : local;
    this.cache.set(raw, out);
    return out;
  }
}

/** Parses one part into a tree. `part` names the part in error details. */
export function parseXml(text: string, part: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const names = new Names();
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const scoped: boolean[] = [];
  // Set by the attribute event, so that only elements that declare namespaces pay for a scope.
  let declares = false;
  parser.on('attribute', (a) => {
    if (a.name.charCodeAt(0) === 120 /* x */ && (a.name === 'xmlns' || a.name.startsWith('xmlns:'))) declares = true;
  });
  parser.on('doctype', () => {
    throw new ResumeError(
      'CORRUPT',
      'This DOCX contains an XML document type declaration (DOCTYPE), which Word never writes and which can hide an entity-expansion attack, so it was not read. Export the resume again from your editor.',
      `DOCTYPE in ${part}`,
    );
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const raw = tag.attributes;
    scoped.push(declares);
    if (declares) names.open(raw);
    declares = false;
    let attrs = raw;
    let name = tag.name;
    if (!names.identity) {
      attrs = {};
      for (const k in raw) attrs[names.name(k, true)] = raw[k]!;
      name = names.name(name, false);
    }
    const el: XmlElement = { name, attrs, children: [] };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
    if (stack.length > MAX_DEPTH) throw new ResumeError('CORRUPT', 'This DOCX is nested far more deeply than any real document, so it was not read. Export the resume again from your editor.', `${part}: depth over ${MAX_DEPTH}`);
  });
  parser.on('closetag', () => {
    stack.pop();
    if (scoped.pop()) names.close();
  });
  const onText = (t: string) => {
    const top = stack[stack.length - 1]!;
    if (KEEPS_SPACE.has(top.name) || t.trim() !== '') top.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof ResumeError) throw e;
    throw new ResumeError('CORRUPT', 'This DOCX file is damaged (one of its XML parts is not well-formed) and cannot be read. Save or export it again from your editor.', `${part}: ${(e as Error).message}`);
  }
  const top = root.children.find(isElement);
  if (!top) throw new ResumeError('CORRUPT', undefined, `${part}: no root element`);
  return top;
}

/** First child element with this name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** All child elements with this name. */
export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (el) for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** Concatenated text of an element and its descendants. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

/** Decodes a part's bytes: UTF-16 by BOM, otherwise UTF-8 (BOM dropped by TextDecoder). */
export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
