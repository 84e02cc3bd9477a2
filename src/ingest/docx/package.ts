// The OPC package around a DOCX: parts by name, relationships, and which zip is not a DOCX at all.
import { ResumeError } from '../../errors.js';
import type { Limits } from '../../types.js';
import { inflateEntry, listZipEntries, type InflateBudget, type ZipEntry } from './zip.js';
import { children, decodePart, parseXml, type XmlElement } from './xml.js';

export interface Rel {
  type: string;
  /** Absolute part path for internal targets ("word/header1.xml"), the raw target for external ones. */
  target: string;
  external: boolean;
}

export const REL = {
  officeDocument: '/officeDocument',
  styles: '/styles',
  numbering: '/numbering',
  header: '/header',
  footer: '/footer',
  hyperlink: '/hyperlink',
  coreProperties: '/core-properties',
  extendedProperties: '/extended-properties',
} as const;

/** Does this relationship type end with the given suffix (transitional and strict URIs differ in the prefix)? */
export const relIs = (rel: Rel, suffix: string) => rel.type.endsWith(suffix);

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolvePartPath(sourcePart: string, target: string): string {
  const parts = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** What kind of zip this is when it is not a DOCX, from its part names alone. */
export function describeNonDocxZip(names: Iterable<string>): string {
  const set = new Set(Array.from(names, (n) => n.toLowerCase()));
  const tail = 'Save your resume as DOCX or PDF and upload that.';
  if (set.has('xl/workbook.xml')) return `This is an Excel spreadsheet (XLSX), not a Word document. ${tail}`;
  if (set.has('ppt/presentation.xml')) return `This is a PowerPoint presentation (PPTX), not a Word document. ${tail}`;
  if (set.has('content.xml') && set.has('mimetype')) return `This is an OpenDocument file (for example LibreOffice .odt), which we do not read. ${tail}`;
  if (set.has('index/document.iwa')) return `This is an Apple Pages file, which we do not read. In Pages, choose File › Export To › Word or PDF.`;
  if (set.has('meta-inf/container.xml')) return `This is an e-book (EPUB), not a resume document. ${tail}`;
  return `This is a ZIP archive, not a Word (DOCX) document. ${tail}`;
}

export class DocxPackage {
  readonly entries: Map<string, ZipEntry>;
  private readonly budget: InflateBudget;

  constructor(private readonly bytes: Uint8Array, limits: Limits) {
    this.entries = listZipEntries(bytes);
    this.budget = { used: 0, limit: limits.maxUnzippedBytes };
  }

  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }

  /** The part's text, or undefined if the package has no such part. Counts against the unzip budget. */
  text(path: string): string | undefined {
    const entry = this.entries.get(path.toLowerCase());
    return entry ? decodePart(inflateEntry(this.bytes, entry, this.budget)) : undefined;
  }

  xml(path: string): XmlElement | undefined {
    const text = this.text(path);
    return text === undefined ? undefined : parseXml(text, path);
  }

  /** Relationships of a part ("" for the package itself), by id. */
  rels(partPath: string): Map<string, Rel> {
    const slash = partPath.lastIndexOf('/');
    const relsPath = `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
    const map = new Map<string, Rel>();
    const root = this.xml(relsPath);
    for (const r of children(root, 'rel:Relationship')) {
      const id = r.attrs['Id'];
      const target = r.attrs['Target'];
      if (!id || target === undefined) continue;
      const external = r.attrs['TargetMode'] === 'External';
      map.set(id, { type: r.attrs['Type'] ?? '', external, target: external ? target : resolvePartPath(partPath, target) });
    }
    return map;
  }

  /** The main document part: from the package relationships, else the conventional name. Throws if none. */
  mainDocument(): string {
    for (const rel of this.rels('').values()) {
      if (relIs(rel, REL.officeDocument) && !rel.external && this.has(rel.target)) return rel.target;
    }
    if (this.has('word/document.xml')) return 'word/document.xml';
    throw new ResumeError('UNSUPPORTED_TYPE', describeNonDocxZip(Array.from(this.entries.values(), (e) => e.name)));
  }
}
