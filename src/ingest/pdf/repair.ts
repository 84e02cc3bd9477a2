// Rewrites a damaged PDF into one pdf.js can open, the way `qpdf` or a viewer's "repair" does: for files pdf.js
// refuses (no usable trailer or root, a page tree that lies, streams without endstream, truncated or corrupt
// Flate data), not for healthy ones. Browser-safe: bytes in, bytes out.
//
// What it does:
// - drops anything before "%PDF-";
// - finds every "N G obj" in the file (the last definition of a number wins, as in an incremental update),
//   each stream's data ending at its "endstream" (or at its "endobj", or the next object, when that is missing),
//   and unpacks object streams it can inflate;
// - gives every stream its real /Length; inflates, as far as it goes, Flate data that does not inflate whole
//   (a truncated or damaged stream keeps the text before the damage) and stores it uncompressed;
// - picks the document catalog (the trailer's /Root if it is a catalog, else the last catalog in the file, else a
//   new one), and gives it a flat page tree of the pages its tree really reaches (cycles and missing kids
//   skipped), or of every page object in the file when the tree reaches none;
// - writes the objects out again with a fresh xref table and trailer (keeping /Encrypt and /ID, so an encrypted
//   file still decrypts; its streams are then left as they are).

import { unzlibSync } from 'fflate';
import { fileText, FLATE_ONLY, inflatePartly, latin1, lastTrailer, MAX_INFLATED, REF, refOf, scanObjects, toBytes, TYPE, unpackObjectStreams, type Obj } from './objects.js';

export interface Repaired {
  bytes: Uint8Array;
  /** Pages in the rewritten page tree. */
  pages: number;
}

const MAX_FLATE_IN = 4 * 1024 * 1024;

/** The pages a page tree reaches from `root`, in order (cycles and missing kids skipped). */
function reachablePages(objects: Map<number, Obj>, root: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const walk = (n: number, depth: number): void => {
    if (seen.has(n) || depth > 64 || out.length > 100_000) return;
    seen.add(n);
    const o = objects.get(n);
    if (!o || o.data !== undefined) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o.body);
    if (TYPE('Page').test(o.body) || (!kids && /\/Contents|\/MediaBox|\/Resources/.test(o.body))) {
      out.push(n);
      return;
    }
    if (!kids) return;
    for (const k of kids[1]!.matchAll(/(\d+)\s+\d+\s+R/g)) walk(Number(k[1]), depth + 1);
  };
  walk(root, 0);
  return out;
}

/**
 * Returns the rewritten file, or undefined when there is nothing to rewrite it from (no objects, or no page
 * anywhere).
 */
export function repairPdf(input: Uint8Array): Repaired | undefined {
  const s = fileText(input);
  const { objects, order } = scanObjects(s);
  if (objects.size === 0) return undefined;

  const trailer = lastTrailer(s, objects);
  const encrypt = REF('Encrypt').exec(trailer);
  const id = /\/ID\s*\[[^\]]*\]/.exec(trailer)?.[0];
  if (!encrypt) unpackObjectStreams(objects, order);
  for (const [n, o] of objects) if (TYPE('XRef').test(o.body) || (o.data !== undefined && TYPE('ObjStm').test(o.body))) objects.delete(n);

  // Flate data that does not inflate whole: keep what inflates, uncompressed. (Not in an encrypted file, whose
  // streams are encrypted before they are compressed.)
  let budget = MAX_INFLATED;
  if (!encrypt) {
    for (const o of objects.values()) {
      if (o.data === undefined || !FLATE_ONLY.test(o.body) || /\/DecodeParms|\/DP\b|\/Subtype\s*\/Image|\/Length[123]\b/.test(o.body)) continue;
      if (o.data.length > MAX_FLATE_IN || budget <= 0) continue;
      const raw = toBytes(o.data);
      try {
        unzlibSync(raw);
        continue;
      } catch {
        // damaged: inflate what can be
      }
      const partial = inflatePartly(raw, budget);
      if (!partial) continue;
      budget -= partial.length;
      o.data = latin1(partial);
      o.body = o.body.replace(/\/Filter\s*(?:\[[^\]]*\]|\/[A-Za-z]+)/, '');
    }
  }

  // The catalog, and a page tree that tells the truth.
  const isCatalog = (n: number | undefined): boolean => n !== undefined && !!objects.get(n) && TYPE('Catalog').test(objects.get(n)!.body);
  let root = refOf(trailer, 'Root');
  if (!isCatalog(root)) root = [...objects.values()].filter((o) => o.data === undefined && TYPE('Catalog').test(o.body)).pop()?.num;
  let next = Math.max(...objects.keys()) + 1;
  const newObjects: Obj[] = [];
  let rootPages = root !== undefined ? refOf(objects.get(root)!.body, 'Pages') : undefined;
  let pages = rootPages !== undefined ? reachablePages(objects, rootPages) : [];
  if (pages.length === 0) {
    // A tree that reaches no page: every page object in the file, in file order.
    pages = order.filter((n) => {
      const o = objects.get(n);
      return !!o && o.data === undefined && TYPE('Page').test(o.body);
    });
    if (pages.length === 0) {
      // Or a tree node without a parent.
      const top = [...objects.values()].find((o) => o.data === undefined && TYPE('Pages').test(o.body) && refOf(o.body, 'Parent') === undefined);
      if (top) pages = reachablePages(objects, top.num);
    }
  }
  if (pages.length === 0) return undefined;
  const treeCount = rootPages !== undefined ? Number(/\/Count\s+(\d+)/.exec(objects.get(rootPages)?.body ?? '')?.[1]) : NaN;
  const treeKids = rootPages !== undefined ? /\/Kids\s*\[([^\]]*)\]/.exec(objects.get(rootPages)?.body ?? '')?.[1] : undefined;
  const flat = treeKids !== undefined && treeKids.replace(/(\d+)\s+\d+\s+R/g, '$1').trim().split(/\s+/).map(Number).join(' ') === pages.join(' ');
  if (!(flat && treeCount === pages.length)) {
    // A new root node listing the pages directly (their /Parent still leads to what they inherit).
    rootPages = next++;
    newObjects.push({ num: rootPages, gen: 0, body: `<</Type /Pages /Kids [${pages.map((n) => `${n} ${objects.get(n)!.gen} R`).join(' ')}] /Count ${pages.length}>>` });
  }
  if (root === undefined) {
    root = next++;
    newObjects.push({ num: root, gen: 0, body: `<</Type /Catalog /Pages ${rootPages} 0 R>>` });
  } else {
    const cat = objects.get(root)!;
    const pagesRef = `/Pages ${rootPages} ${objects.get(rootPages!)?.gen ?? 0} R`;
    cat.body = REF('Pages').test(cat.body) ? cat.body.replace(REF('Pages'), pagesRef) : cat.body.replace(/^<</, `<<${pagesRef} `);
  }
  for (const o of newObjects) objects.set(o.num, o);

  // Write it out.
  const parts: string[] = ['%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'];
  let offset = parts[0]!.length;
  const offsets = new Map<number, number>();
  for (const o of [...objects.values()].sort((a, b) => a.num - b.num)) {
    let text: string;
    if (o.data !== undefined) {
      const dict = o.body.replace(/\/Length\s+(?:\d+\s+\d+\s+R|[-+]?[\d.]+)/, '').replace(/^<<\s*/, `<</Length ${o.data.length} `);
      text = `${o.num} ${o.gen} obj\n${dict}\nstream\n${o.data}\nendstream\nendobj\n`;
    } else text = `${o.num} ${o.gen} obj\n${o.body}\nendobj\n`;
    offsets.set(o.num, offset);
    parts.push(text);
    offset += text.length;
  }
  const size = Math.max(...objects.keys()) + 1;
  let xref = `xref\n0 ${size}\n`;
  for (let n = 0; n < size; n++) {
    const at = offsets.get(n);
    xref += at === undefined ? `0000000000 ${n === 0 ? '65535' : '00000'} f\r\n` : `${String(at).padStart(10, '0')} ${String(objects.get(n)!.gen).padStart(5, '0')} n\r\n`;
  }
  const info = refOf(trailer, 'Info');
  const extra = [
    info !== undefined && objects.has(info) ? ` /Info ${info} ${objects.get(info)!.gen} R` : '',
    encrypt ? ` /Encrypt ${encrypt[1]} ${encrypt[2]} R` : '',
    id ? ` ${id}` : '',
  ].join('');
  parts.push(`${xref}trailer\n<</Size ${size} /Root ${root} ${objects.get(root)!.gen} R${extra}>>\nstartxref\n${offset}\n%%EOF\n`);
  return { bytes: toBytes(parts.join('')), pages: pages.length };
}
