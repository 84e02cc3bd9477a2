// readDocx: a DOCX resume as the document model. Headers first, then the body, then footers; every line
// from a header, footer, text box or table gets a repair record so that a later stage can warn that ATS
// parsers often drop such text.
import { DEFAULT_LIMITS, ResumeError, tooLarge } from '../../errors.js';
import type { Document, Limits, Line, Repair } from '../../types.js';
import { BodyReader, type Context, type Draft } from './body.js';
import { parseNumbering } from './numbering.js';
import { isOle, oleError } from './ole.js';
import { describeNonDocxZip, DocxPackage, REL, relIs, type Rel } from './package.js';
import { parseStyles } from './styles.js';
import { child, children, textOf, type XmlElement } from './xml.js';
import { looksLikeZip } from './zip.js';

const NOTES = {
  'header-footer': 'Text in the page header or footer: many ATS parsers skip headers and footers.',
  'text-box': 'Text in a text box: many ATS parsers skip text boxes or read them out of order.',
  table: 'Text in a table: many ATS parsers read tables out of order or merge their cells.',
} as const;

interface Section {
  headers: string[];
  footers: string[];
  columns: number;
  width?: number;
  height?: number;
}

function firstRel(rels: Map<string, Rel>, suffix: string): string | undefined {
  for (const rel of rels.values()) if (!rel.external && relIs(rel, suffix)) return rel.target;
  return undefined;
}

/** Section properties in document order: pPr/sectPr ends a section, the body's own sectPr is the last one. */
function readSections(body: XmlElement, rels: Map<string, Rel>): Section[] {
  const sectPrs: XmlElement[] = [];
  for (const el of body.children) {
    if (typeof el === 'string') continue;
    if (el.name === 'w:p') {
      const s = child(child(el, 'w:pPr'), 'w:sectPr');
      if (s) sectPrs.push(s);
    } else if (el.name === 'w:sectPr') sectPrs.push(el);
  }
  return sectPrs.map((s) => {
    const titlePage = child(s, 'w:titlePg');
    const showFirst = titlePage !== undefined && !/^(false|0|off)$/i.test(titlePage.attrs['w:val'] ?? 'true');
    const refs = (name: string) => {
      const byType = new Map<string, string>();
      for (const ref of children(s, name)) {
        const target = rels.get(ref.attrs['r:id'] ?? '')?.target;
        if (target) byType.set(ref.attrs['w:type'] ?? 'default', target);
      }
      // The first-page variant shows only with "different first page"; even-page variants are ignored.
      return [showFirst ? byType.get('first') : undefined, byType.get('default')].filter((t): t is string => t !== undefined);
    };
    const pgSz = child(s, 'w:pgSz');
    const section: Section = {
      headers: refs('w:headerReference'),
      footers: refs('w:footerReference'),
      columns: Math.max(1, Number.parseInt(child(s, 'w:cols')?.attrs['w:num'] ?? '1', 10) || 1),
    };
    const w = Number(pgSz?.attrs['w:w']);
    const h = Number(pgSz?.attrs['w:h']);
    if (w > 0 && h > 0) {
      section.width = w / 20;
      section.height = h / 20;
    }
    return section;
  });
}

function readMeta(pkg: DocxPackage, packageRels: Map<string, Rel>): Document['meta'] {
  const meta: Document['meta'] = { bytes: 0 };
  const field = (root: XmlElement | undefined, name: string) => textOf(child(root, name)).trim() || undefined;
  try {
    const core = pkg.xml(firstRel(packageRels, REL.coreProperties) ?? 'docProps/core.xml');
    const title = field(core, 'dc:title');
    const creator = field(core, 'dc:creator');
    if (title) meta.title = title;
    if (creator) meta.creator = creator;
    const app = pkg.xml(firstRel(packageRels, REL.extendedProperties) ?? 'docProps/app.xml');
    const producer = field(app, 'ep:Application');
    if (producer) meta.producer = producer;
  } catch (e) {
    // Metadata is optional: a damaged properties part does not make the resume unreadable. A bomb still is.
    if (!(e instanceof ResumeError) || e.code !== 'CORRUPT') throw e;
  }
  return meta;
}

/** Reads a DOCX file. Throws ResumeError: CORRUPT, ENCRYPTED, TOO_LARGE, UNSUPPORTED_TYPE (a zip that is not a DOCX). */
export function readDocx(bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): Document {
  if (bytes.length > limits.maxBytes) throw tooLarge(bytes.length, limits.maxBytes);
  if (isOle(bytes)) throw oleError(bytes);
  if (!looksLikeZip(bytes)) throw new ResumeError('CORRUPT', 'This file is not a valid DOCX (it is not a zip package). Export it again from your editor.');

  const pkg = new DocxPackage(bytes, limits);
  const main = pkg.mainDocument();
  const docRels = pkg.rels(main);
  const styles = parseStyles(pkg.xml(firstRel(docRels, REL.styles) ?? 'word/styles.xml'));
  const numbering = () => parseNumbering(pkg.xml(firstRel(docRels, REL.numbering) ?? 'word/numbering.xml'));
  const root = pkg.xml(main);
  if (root?.name !== 'w:document') throw new ResumeError('UNSUPPORTED_TYPE', describeNonDocxZip(Array.from(pkg.entries.values(), (e) => e.name)));
  const body = child(root, 'w:body');
  if (!body) throw new ResumeError('CORRUPT', undefined, `${main} has no w:body`);

  const sections = readSections(body, docRels);
  const reader = new BodyReader(styles, numbering);
  // Each distinct header (or footer) once: by part, and by content when sections repeat the same text.
  const readMargins = (parts: string[], region: 'header' | 'footer') => {
    const seenText = new Set<string>();
    for (const part of new Set(parts)) {
      const xml = pkg.xml(part);
      if (!xml) continue;
      const start = reader.drafts.length;
      reader.page = 1;
      reader.readPart(xml, { region, rels: pkg.rels(part) });
      const signature = reader.drafts.slice(start).map((d) => d.text).join('\n');
      if (seenText.has(signature)) reader.drafts.length = start;
      else seenText.add(signature);
    }
  };

  readMargins(sections.flatMap((s) => s.headers), 'header');
  reader.page = 1;
  reader.readPart(body, { region: 'body', rels: docRels } satisfies Context);
  const pageCount = reader.page;
  readMargins(sections.flatMap((s) => s.footers), 'footer');

  const { lines, repairs } = commit(reader.drafts);
  repairs.push(...reader.looseRepairs);

  const first = sections[0];
  const columns = Math.max(1, ...sections.map((s) => s.columns));
  const pages: Document['pages'] = [];
  for (let n = 1; n <= pageCount; n++) {
    const page: Document['pages'][number] = { number: n, columns, images: reader.images.get(n) ?? 0 };
    if (first?.width) {
      page.width = first.width;
      page.height = first.height;
    }
    pages.push(page);
  }
  const meta = readMeta(pkg, pkg.rels(''));
  meta.bytes = bytes.length;
  meta.glyphs = reader.glyphs;
  return { kind: 'docx', pages, lines, repairs, meta };
}

/** Numbers the drafts and turns their pending repairs, and their region, into repair records. */
function commit(drafts: Draft[]): { lines: Line[]; repairs: Repair[] } {
  const lines: Line[] = [];
  const repairs: Repair[] = [];
  for (const draft of drafts) {
    const { pending, ...rest } = draft;
    const index = lines.length;
    lines.push({ ...rest, index });
    for (const r of pending) repairs.push({ ...r, line: index });
    const kind = rest.region === 'header' || rest.region === 'footer' ? 'header-footer' : rest.region === 'textbox' ? 'text-box' : rest.region === 'table' ? 'table' : undefined;
    if (kind) repairs.push({ kind, page: rest.page, line: index, note: NOTES[kind] });
  }
  return { lines, repairs };
}
