// styles.xml: paragraph and character styles with basedOn chains, and the document defaults. Resolves the
// properties the reader needs: heading level, list membership, spacing, alignment and run formatting.
import { child, type XmlElement } from './xml.js';

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  font?: string;
  hidden?: boolean;
}

export interface ParaProps {
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  /** Spacing before, points. */
  before?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  pageBreakBefore?: boolean;
}

export interface Style {
  id: string;
  name: string;
  type: string;
  basedOn?: string;
  pPr: ParaProps;
  rPr: RunProps;
}

export interface Styles {
  byId: Map<string, Style>;
  defaults: { pPr: ParaProps; rPr: RunProps };
  defaultParagraph?: string;
}

export interface ResolvedParagraph {
  styleName?: string;
  heading?: number;
  numId?: string;
  ilvl: number;
  before: number;
  align?: ParaProps['align'];
  pageBreakBefore: boolean;
  /** Run properties every run of the paragraph starts from (docDefaults, then the paragraph style chain). */
  runBase: RunProps;
}

const MAX_CHAIN = 16;

/** A toggle or on/off property: `<w:b/>` is on, `w:val="false"|"0"|"off"|"none"` is off. */
function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !/^(false|0|off|none)$/i.test(v);
}

function int(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

export function readRunProps(rPr: XmlElement | undefined): RunProps {
  const p: RunProps = {};
  if (!rPr) return p;
  const b = onOff(child(rPr, 'w:b'));
  if (b !== undefined) p.bold = b;
  const i = onOff(child(rPr, 'w:i'));
  if (i !== undefined) p.italic = i;
  const hidden = onOff(child(rPr, 'w:vanish'));
  if (hidden !== undefined) p.hidden = hidden;
  const sz = int(child(rPr, 'w:sz')?.attrs['w:val']);
  if (sz !== undefined && sz > 0) p.size = sz / 2;
  const font = child(rPr, 'w:rFonts')?.attrs['w:ascii'];
  if (font) p.font = font;
  return p;
}

const ALIGN: Record<string, ParaProps['align']> = {
  left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'justify', distribute: 'justify',
};

export function readParaProps(pPr: XmlElement | undefined): ParaProps {
  const p: ParaProps = {};
  if (!pPr) return p;
  const styleId = child(pPr, 'w:pStyle')?.attrs['w:val'];
  if (styleId) p.styleId = styleId;
  const numPr = child(pPr, 'w:numPr');
  if (numPr) {
    const numId = child(numPr, 'w:numId')?.attrs['w:val'];
    if (numId !== undefined) p.numId = numId;
    const ilvl = int(child(numPr, 'w:ilvl')?.attrs['w:val']);
    if (ilvl !== undefined) p.ilvl = ilvl;
  }
  const outline = int(child(pPr, 'w:outlineLvl')?.attrs['w:val']);
  if (outline !== undefined) p.outlineLvl = outline;
  const before = int(child(pPr, 'w:spacing')?.attrs['w:before']);
  if (before !== undefined) p.before = before / 20;
  const jc = child(pPr, 'w:jc')?.attrs['w:val'];
  if (jc && ALIGN[jc]) p.align = ALIGN[jc];
  const pb = onOff(child(pPr, 'w:pageBreakBefore'));
  if (pb !== undefined) p.pageBreakBefore = pb;
  return p;
}

export function parseStyles(root: XmlElement | undefined): Styles {
  const styles: Styles = { byId: new Map(), defaults: { pPr: {}, rPr: {} } };
  if (!root) return styles;
  const defaults = child(root, 'w:docDefaults');
  styles.defaults.rPr = readRunProps(child(child(defaults, 'w:rPrDefault'), 'w:rPr'));
  styles.defaults.pPr = readParaProps(child(child(defaults, 'w:pPrDefault'), 'w:pPr'));
  for (const el of root.children) {
    if (typeof el === 'string' || el.name !== 'w:style') continue;
    const id = el.attrs['w:styleId'];
    if (!id) continue;
    const style: Style = {
      id,
      name: child(el, 'w:name')?.attrs['w:val'] ?? id,
      type: el.attrs['w:type'] ?? 'paragraph',
      pPr: readParaProps(child(el, 'w:pPr')),
      rPr: readRunProps(child(el, 'w:rPr')),
    };
    const basedOn = child(el, 'w:basedOn')?.attrs['w:val'];
    if (basedOn) style.basedOn = basedOn;
    styles.byId.set(id, style);
    if (style.type === 'paragraph' && /^(1|true|on)$/.test(el.attrs['w:default'] ?? '')) styles.defaultParagraph = id;
  }
  return styles;
}

/** The style and its basedOn ancestors, nearest first (cycle- and depth-guarded). */
export function styleChain(styles: Styles, id: string | undefined): Style[] {
  const chain: Style[] = [];
  for (let s = id ? styles.byId.get(id) : undefined; s && chain.length < MAX_CHAIN && !chain.includes(s); s = s.basedOn ? styles.byId.get(s.basedOn) : undefined) {
    chain.push(s);
  }
  return chain;
}

/** Heading level from a style's name ("Title", "heading 2") or its outline level. */
function headingOf(style: Style): number | undefined {
  const name = style.name.trim().toLowerCase();
  if (name === 'title') return 1;
  const m = /^heading\s*([1-9])$/.exec(name);
  if (m) return Number(m[1]);
  if (style.pPr.outlineLvl !== undefined && style.pPr.outlineLvl < 9) return style.pPr.outlineLvl + 1;
  return undefined;
}

/** Merges run properties: later layers win where they say something. */
export function mergeRun(...layers: RunProps[]): RunProps {
  return Object.assign({}, ...layers) as RunProps;
}

export function resolveParagraph(styles: Styles, direct: ParaProps): ResolvedParagraph {
  const chain = styleChain(styles, direct.styleId ?? styles.defaultParagraph);
  // Layers from the farthest (docDefaults) to the nearest (direct formatting).
  const layers: ParaProps[] = [styles.defaults.pPr, ...chain.map((s) => s.pPr).reverse(), direct];
  const pick = <K extends keyof ParaProps>(k: K): ParaProps[K] => {
    for (let i = layers.length - 1; i >= 0; i--) if (layers[i]![k] !== undefined) return layers[i]![k];
    return undefined;
  };
  let heading: number | undefined;
  if (direct.outlineLvl !== undefined && direct.outlineLvl < 9) heading = direct.outlineLvl + 1;
  for (const s of chain) {
    if (heading !== undefined) break;
    heading = headingOf(s);
  }
  const out: ResolvedParagraph = {
    ilvl: pick('ilvl') ?? 0,
    before: pick('before') ?? 0,
    pageBreakBefore: pick('pageBreakBefore') ?? false,
    runBase: mergeRun(styles.defaults.rPr, ...chain.map((s) => s.rPr).reverse()),
  };
  if (chain[0]) out.styleName = chain[0].name;
  if (heading !== undefined) out.heading = heading;
  const numId = pick('numId');
  if (numId !== undefined && numId !== '0') out.numId = numId;
  const align = pick('align');
  if (align) out.align = align;
  return out;
}

/** Run properties of a run: the paragraph's base, then the character style chain, then direct formatting. */
export function resolveRun(styles: Styles, base: RunProps, rStyle: string | undefined, direct: RunProps): RunProps {
  if (!rStyle) return mergeRun(base, direct);
  const chain = styleChain(styles, rStyle);
  return mergeRun(base, ...chain.map((s) => s.rPr).reverse(), direct);
}
