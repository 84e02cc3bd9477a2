// The committed fixtures are exactly what scripts/make-fixtures.mjs generates, and pdf.js reads in them what
// the expected.json files say.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PDF_DIR = join(ROOT, 'test/fixtures/pdf');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe('generated fixtures', () => {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'passthebot-fixtures-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/make-fixtures.mjs'), '--out', out, '--quiet'], { cwd: ROOT, stdio: 'pipe' });
  });
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('are byte-identical to the committed files (run `npm run fixtures` after changing the generator)', () => {
    const generated = walk(out).map((f) => relative(out, f)).sort();
    expect(generated.length).toBeGreaterThan(20);
    const drifted = generated.filter((rel) => {
      const committed = join(ROOT, rel);
      return !existsSync(committed) || !readFileSync(committed).equals(readFileSync(join(out, rel)));
    });
    expect(drifted).toEqual([]);
  });

  it('leave no stale files in the generated folders', () => {
    const generated = new Set(walk(out).map((f) => relative(out, f)));
    const committed = [...walk(PDF_DIR), ...walk(join(ROOT, 'examples'))].map((f) => relative(ROOT, f));
    expect(committed.filter((rel) => !generated.has(rel))).toEqual([]);
  });

  it('stay small', () => {
    const total = walk(out).reduce((n, f) => n + statSync(f).size, 0);
    expect(total).toBeLessThan(200 * 1024);
  });
});

// ---------------------------------------------------------------------------------------------------------
// pdf.js reads the PDFs

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: PdfJs;

interface Item {
  str: string;
  x: number;
  /** Top of the em box, from the top of the page (as the writer's API takes it). */
  y: number;
  width: number;
  size: number;
  font: string;
}
interface PageRead {
  items: Item[];
  text: string;
  glyphs: string[];
  fonts: string[];
  links: string[];
  images: number;
}

const load = (data: Uint8Array, password?: string) =>
  pdfjs.getDocument({ data: new Uint8Array(data), password, isEvalSupported: false, disableFontFace: true, verbosity: 0, useSystemFonts: false }).promise;

async function readPdf(file: string, password?: string): Promise<PageRead[]> {
  const doc = await load(readFileSync(file), password);
  const pages: PageRead[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.view[3]!;
    const ops = await page.getOperatorList();
    const fontNames = new Map<string, string>();
    const glyphs: string[] = [];
    let images = 0;
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[];
      if (fn === pdfjs.OPS.setFont) {
        const ref = args[0] as string;
        fontNames.set(ref, (page.commonObjs.get(ref) as { name: string }).name);
      } else if (fn === pdfjs.OPS.showText) {
        for (const g of args[0] as unknown[]) if (g && typeof g === 'object' && 'unicode' in g) glyphs.push(String((g as { unicode: string }).unicode));
      } else if (fn === pdfjs.OPS.paintImageXObject) images++;
    });
    const content = await page.getTextContent({ disableNormalization: true });
    const items: Item[] = [];
    for (const it of content.items) {
      if (!('str' in it) || !it.str.trim()) continue;
      const [, , , , x, baseline] = it.transform as number[];
      items.push({ str: it.str, x: x!, y: height - baseline! - it.height, width: it.width, size: it.height, font: fontNames.get(it.fontName) ?? it.fontName });
    }
    const links = (await page.getAnnotations()).filter((a) => a.subtype === 'Link').map((a) => String(a.url));
    pages.push({ items, text: items.map((i) => i.str).join('\n'), glyphs, fonts: [...new Set(fontNames.values())], links, images });
  }
  await doc.destroy();
  return pages;
}

interface Expected {
  pages: number;
  basics: { name: string; email?: string; phone?: string };
  sections: string[];
  work: { name: string; position: string; startDate: string; endDate: string; bullets: number }[];
  links: string[];
  glyphs: { ligatures: number; privateUse: number; softHyphens: number };
  hidden?: string[];
}

const expectedOf = (name: string): Expected => JSON.parse(readFileSync(join(PDF_DIR, `${name}.expected.json`), 'utf8')) as Expected;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const printed = (d: string) => (d === 'present' ? 'Present' : `${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`);
const squash = (s: string) => s.replace(/\s+/g, '');

/** Offsets in the xref table point at the objects they name. */
function checkXref(bytes: Buffer) {
  const s = bytes.toString('latin1');
  const at = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(s)?.[1]);
  expect(s.slice(at, at + 5)).toBe('xref\n');
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(s.slice(at))!;
  expect(Number(first)).toBe(0);
  const entries = s.slice(at).split('\n').slice(2, 2 + Number(count));
  entries.forEach((e, n) => {
    expect(e).toMatch(/^\d{10} \d{5} [nf] $/);
    if (n > 0) expect(s.slice(Number(e.slice(0, 10))).startsWith(`${n} 0 obj\n`)).toBe(true);
  });
  expect(s).toContain(`/Size ${count}`);
}

describe('pdf.js reads the fixtures', () => {
  beforeAll(async () => {
    const g = globalThis as { DOMMatrix?: unknown };
    g.DOMMatrix ??= class DOMMatrix {};
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  });

  const normal = readdirSync(PDF_DIR).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', ''));

  it('has the normal fixtures', () => {
    expect(normal.sort()).toEqual(['company-first', 'dates-gutter', 'hazards', 'header-footer', 'mislabelled', 'multi-role', 'single-column', 'two-column']);
  });

  for (const name of normal) {
    it(`${name}: pages, contacts, headings, roles and links`, async () => {
      const file = join(PDF_DIR, name === 'mislabelled' ? 'mislabelled.docx' : `${name}.pdf`);
      checkXref(readFileSync(file));
      const exp = expectedOf(name);
      const pages = await readPdf(file);
      expect(pages.length).toBe(exp.pages);
      const text = pages.map((p) => p.text).join('\n');
      expect(text).toContain(exp.basics.name);
      if (exp.basics.email) expect(text).toContain(exp.basics.email);
      if (exp.basics.phone) expect(text).toContain(exp.basics.phone);
      // Letter-spaced headings come out as "S U M M A R Y".
      for (const h of exp.sections) expect(squash(text)).toContain(squash(h));
      for (const w of exp.work) {
        expect(text).toContain(w.position);
        expect(text).toContain(w.name);
        expect(text).toContain(`${printed(w.startDate)} – ${printed(w.endDate)}`);
      }
      expect([...new Set(pages.flatMap((p) => p.links))].sort()).toEqual([...exp.links].sort());
      // The glyphs in the operator list are the ones the expected file counts.
      const glyphs = pages.flatMap((p) => p.glyphs).join('');
      expect({
        ligatures: glyphs.match(/[\uFB00-\uFB06]/g)?.length ?? 0,
        privateUse: glyphs.match(/[\uE000-\uF8FF]/g)?.length ?? 0,
        softHyphens: glyphs.match(/\u00AD/g)?.length ?? 0,
      }).toEqual(exp.glyphs);
    });
  }

  it('single-column: positions, widths and font names', async () => {
    const [page] = await readPdf(join(PDF_DIR, 'single-column.pdf'));
    const { textWidth } = await import('../scripts/lib/pdf-writer.mjs');
    const title = page!.items.find((i) => i.str === 'Data Engineer' && i.font === 'Times-Bold')!;
    expect(title.x).toBeCloseTo(60, 2);
    expect(title.size).toBe(11.5);
    const dates = page!.items.find((i) => i.str === 'Feb 2020 – Present')!;
    expect(dates.font).toBe('Times-Roman');
    expect(dates.x + dates.width).toBeCloseTo(552, 1); // right-aligned at the right margin
    expect(dates.width).toBeCloseTo(textWidth('Feb 2020 – Present', 'Times-Roman', 11), 2);
    // Same baseline as the title, although the sizes differ.
    expect(dates.y + dates.size).toBeCloseTo(title.y + title.size, 2);
    expect(page!.items.find((i) => i.str.startsWith('Larkspur Insurance'))!.font).toBe('Times-Italic');
    expect(page!.fonts.sort()).toEqual(['Times-Bold', 'Times-Italic', 'Times-Roman']);
  });

  it('sample resume: two pages, links, hyphenated line break', async () => {
    const pages = await readPdf(join(ROOT, 'examples/sample-resume.pdf'));
    expect(pages.length).toBe(2);
    expect(pages[0]!.links).toContain('https://www.linkedin.com/in/tomas-ferreira-dev');
    expect(pages[0]!.links).toContain('mailto:tomas.ferreira@example.com');
    expect(pages[0]!.text).toMatch(/recon-\nciliation/);
    expect(pages[0]!.items.filter((i) => i.str === '•').length).toBeGreaterThanOrEqual(12);
  });

  it('two-column: the sidebar and the main column do not overlap', async () => {
    const [page] = await readPdf(join(PDF_DIR, 'two-column.pdf'));
    const sidebar = page!.items.filter((i) => i.x < 184);
    const main = page!.items.filter((i) => i.x >= 184);
    expect(sidebar.every((i) => i.x + i.width < 184)).toBe(true);
    expect(main.every((i) => i.x >= 210)).toBe(true);
    expect(sidebar.map((i) => i.str)).toContain('PostgreSQL');
    expect(main.map((i) => i.str)).toContain('Senior Full-Stack Engineer');
  });

  it('header-footer: the header band repeats and the footers count pages', async () => {
    const pages = await readPdf(join(PDF_DIR, 'header-footer.pdf'));
    pages.forEach((p, i) => {
      const band = p.items.filter((it) => it.y < 46).map((it) => it.str);
      expect(band).toContain('Owen Castellanos');
      expect(band.join(' ')).toContain('owen.castellanos@example.com');
      expect(p.items.filter((it) => it.y > 752).map((it) => it.str)).toEqual([`Page ${i + 1} of 2`]);
    });
  });

  it('hazards: ligatures, private-use glyphs and soft hyphens are in the glyphs; hidden text is in the text layer', async () => {
    const [page] = await readPdf(join(PDF_DIR, 'hazards.pdf'));
    const glyphs = page!.glyphs.join('');
    for (const c of ['\uFB01', '\uFB02', '\uFB03', '\uF0B7', '\uF0E0', '\u00AD']) expect(glyphs).toContain(c);
    expect(page!.text).toContain('certiﬁed');
    expect(page!.text).toContain('S U M M A R Y');
    expect(page!.text).toContain('E X P E R I E N C E');
    expect(page!.text).toMatch(/distrib-\nuted/);
    for (const h of expectedOf('hazards').hidden!) expect(page!.text).toContain(h);
    // Spaces written as TJ gaps still come out as spaces.
    expect(page!.text).toContain('Western Washington University — Bellingham, WA');
  });

  it('dates-gutter: each date sits in the gutter left of its title', async () => {
    const [page] = await readPdf(join(PDF_DIR, 'dates-gutter.pdf'));
    const date = page!.items.find((i) => i.str === 'Sep 2021 – Present')!;
    const title = page!.items.find((i) => i.str === 'Machine Learning Engineer' && i.font === 'Helvetica-Bold')!;
    expect(date.x + date.width).toBeCloseTo(150, 1);
    expect(title.x).toBe(160);
    expect(date.y + date.size).toBeCloseTo(title.y + title.size, 2);
  });

  it('encrypted: needs the password', async () => {
    const data = readFileSync(join(PDF_DIR, 'encrypted.pdf'));
    await expect(load(data)).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(load(data, 'wrong')).rejects.toMatchObject({ name: 'PasswordException' });
    const pages = await readPdf(join(PDF_DIR, 'encrypted.pdf'), 'secret');
    expect(pages[0]!.text).toContain('Carmen Ibáñez');
    expect(data.toString('latin1')).toMatch(/\/Filter \/Standard \/V 2 \/R 3 \/Length 128/);
  });

  it('image-only: one image, no text', async () => {
    const pages = await readPdf(join(PDF_DIR, 'image-only.pdf'));
    expect(pages.length).toBe(1);
    expect(pages[0]!.items).toEqual([]);
    expect(pages[0]!.images).toBe(1);
  });

  it('broken files do not open', async () => {
    for (const name of ['truncated.pdf', 'not-a-pdf.pdf', 'empty.pdf']) {
      await expect(load(readFileSync(join(PDF_DIR, name))), name).rejects.toThrow();
    }
    expect(readFileSync(join(PDF_DIR, 'empty.pdf')).length).toBe(0);
    expect(readFileSync(join(PDF_DIR, 'not-a-pdf.pdf')).length).toBe(4096);
    expect(readFileSync(join(PDF_DIR, 'mislabelled.docx')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('generated layout fixtures', () => {
  // The held-out batches are frozen: their kits share code, so an edit to one must not change another's files.
  it.each([['layouts', 'make-layouts.mjs'], ['layouts2', 'make-layouts2.mjs'], ['layouts3', 'make-layouts3.mjs'], ['layouts4', 'make-layouts4.mjs']])(
    '%s: byte-identical to the committed files (rerun scripts/%s after changing a layout)', (set, script) => {
    const out = mkdtempSync(join(tmpdir(), 'passthebot-layouts-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts', script), '--out', out], { cwd: ROOT, stdio: 'pipe' });
      const generated = walk(out).map((f) => relative(out, f)).sort();
      expect(generated.length).toBeGreaterThan(20);
      const committedDir = join(ROOT, 'test/fixtures', set);
      const drifted = generated.filter((rel) => !existsSync(join(committedDir, rel)) || !readFileSync(join(committedDir, rel)).equals(readFileSync(join(out, rel))));
      expect(drifted).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
