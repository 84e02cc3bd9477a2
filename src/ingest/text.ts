// Plain text and Markdown as the document model: one line per non-empty source line, with Markdown
// headings, emphasis, lists and links turned into line properties and runs, and the markup removed.
import type { Document, Line, Repair, Run } from '../types.js';
import { CELL_SEPARATOR, cleanChars, noFixes } from './docx/normalize.js';

const ATX_HEADING = /^(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT = /^\s{0,3}(=+|-{2,})\s*$/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST_ITEM = /^([-*+•●▪◦‣–]|\d{1,2}[.)])\s+(.*)$/;
const TABLE_SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;
const FENCE = /^\s{0,3}(```|~~~)/;
/** Markdown inline syntax: image, link, autolink, bold, italic, code. */
const INLINE =
  /!\[([^\]]*)\]\([^)]*\)|\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<((?:https?:\/\/|mailto:)[^>\s]+)>|\*\*(.+?)\*\*|__(.+?)__|(?<![\w*])\*(?![\s*])(.+?)(?<![\s*])\*(?![\w*])|(?<![\w_])_(?![\s_])(.+?)(?<![\s_])_(?![\w_])|`([^`]+)`/g;

interface Style {
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

/** Splits Markdown inline markup into runs; counts images (which are dropped). */
function parseInline(src: string, style: Style, out: Run[], counts: { images: number }): Run[] {
  const push = (text: string, s: Style) => {
    if (!text) return;
    const run: Run = { text };
    if (s.bold) run.bold = true;
    if (s.italic) run.italic = true;
    if (s.link) run.link = s.link;
    out.push(run);
  };
  const re = new RegExp(INLINE.source, 'g');
  let last = 0;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    push(src.slice(last, m.index), style);
    last = m.index + m[0].length;
    if (m[0].startsWith('!')) counts.images++;
    else if (m[2] !== undefined) parseInline(m[2], { ...style, link: m[3]! }, out, counts);
    else if (m[4] !== undefined) push(m[4], { ...style, link: m[4] });
    else if (m[5] !== undefined || m[6] !== undefined) parseInline((m[5] ?? m[6])!, { ...style, bold: true }, out, counts);
    else if (m[7] !== undefined || m[8] !== undefined) parseInline((m[7] ?? m[8])!, { ...style, italic: true }, out, counts);
    else push(m[9]!, style);
  }
  push(src.slice(last), style);
  return out;
}

const indentWidth = (s: string) => {
  let w = 0;
  for (const c of s) {
    if (c === ' ') w++;
    else if (c === '\t') w += 4 - (w % 4);
    else break;
  }
  return w;
};

/** Reads plain text or Markdown. `bytes` is the size of the original file. */
export function readText(text: string, bytes: number): Document {
  const source = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const lines: Line[] = [];
  const repairs: Repair[] = [];
  const counts = { images: 0 };
  const glyphs = { ligatures: 0, privateUse: 0, softHyphens: 0 };
  let blank = 0;
  let listIndents: number[] = [];
  let inFence = false;
  let prevPlain = false; // the previous source line was a plain paragraph line (a setext heading candidate)

  for (const rawLine of source) {
    if (FENCE.test(rawLine)) {
      inFence = !inFence;
      prevPlain = false;
      continue;
    }
    if (rawLine.trim() === '') {
      blank++;
      prevPlain = false;
      continue;
    }
    const prev = lines[lines.length - 1];
    if (!inFence && prevPlain && prev && SETEXT.test(rawLine)) {
      prev.heading = rawLine.trim().startsWith('=') ? 1 : 2;
      prevPlain = false;
      continue;
    }
    if (!inFence && THEMATIC_BREAK.test(rawLine)) {
      prevPlain = false;
      continue;
    }
    if (!inFence && TABLE_SEPARATOR.test(rawLine.trim()) && rawLine.includes('|')) continue;

    const indent = indentWidth(rawLine);
    let content = rawLine.trim();
    let heading: number | undefined;
    let bullet: string | undefined;
    let listLevel: number | undefined;
    let cells: string[] | undefined;

    const atx = inFence ? null : ATX_HEADING.exec(content);
    if (atx) {
      heading = atx[1]!.length;
      content = (atx[2] ?? '').trim();
      if (!content) continue;
    } else if (!inFence) {
      content = content.replace(/^>\s?/, '');
      const item = LIST_ITEM.exec(content);
      if (item && item[2]!.trim()) {
        bullet = item[1]!;
        content = item[2]!.replace(/^\[[ xX]\]\s+/, '');
        while (listIndents.length && listIndents[listIndents.length - 1]! > indent) listIndents.pop();
        if (!listIndents.length || listIndents[listIndents.length - 1]! < indent) listIndents.push(indent);
        listLevel = listIndents.length - 1;
      } else if (indent === 0) listIndents = [];
      if (content.startsWith('|') && content.endsWith('|') && content.length > 1) {
        cells = content.slice(1, -1).split('|').map((c) => c.trim());
      }
    }

    // Cells: Markdown table cells, or parts separated by tabs or three or more spaces.
    const runs: Run[] = [];
    const parts = (cells ?? content.split(/\t| {3,}/)).filter((p) => p.trim() !== '');
    const partTexts: string[] = [];
    const fixes = noFixes();
    for (const part of parts) {
      const partRuns = parseInline(part.trim(), {}, [], counts)
        .map((r) => ({ ...r, text: cleanChars(r.text, fixes).replace(/\s+/g, ' ') }))
        .filter((r) => r.text !== '');
      const partText = partRuns.map((r) => r.text).join('').replace(/\s+/g, ' ').trim();
      if (!partText) continue;
      if (partRuns[0]) partRuns[0].text = partRuns[0].text.trimStart();
      if (partRuns.length) partRuns[partRuns.length - 1]!.text = partRuns[partRuns.length - 1]!.text.trimEnd();
      runs.push(...partRuns.filter((r) => r.text !== ''));
      partTexts.push(partText);
    }
    if (partTexts.length === 0) {
      prevPlain = false;
      continue;
    }

    const index = lines.length;
    const line: Line = { text: partTexts.join(CELL_SEPARATOR), runs, page: 1, index, region: 'body' };
    if (partTexts.length > 1) line.cells = partTexts;
    const letters = runs.reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0);
    if (letters > 0) {
      const share = (pick: (r: Run) => boolean | undefined) =>
        Math.round((runs.filter(pick).reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0) / letters) * 100) / 100;
      line.bold = share((r) => r.bold);
      line.italic = share((r) => r.italic);
    }
    if (heading !== undefined) line.heading = heading;
    if (bullet !== undefined) line.bullet = bullet;
    if (listLevel !== undefined) line.listLevel = listLevel;
    line.gapBefore = blank;
    line.blockStart = index === 0 || blank > 0 || heading !== undefined || bullet !== undefined;
    lines.push(line);

    glyphs.ligatures += fixes.ligatures;
    glyphs.softHyphens += fixes.softHyphens;
    glyphs.privateUse += fixes.privateUse;
    const before = rawLine.trim();
    if (fixes.ligatures) repairs.push({ kind: 'ligature', page: 1, line: index, before, after: line.text, count: fixes.ligatures });
    if (fixes.softHyphens) repairs.push({ kind: 'soft-hyphen', page: 1, line: index, before, after: line.text, count: fixes.softHyphens });
    if (fixes.privateUse) repairs.push({ kind: 'private-use-glyph', page: 1, line: index, before, after: line.text, count: fixes.privateUse });

    blank = 0;
    prevPlain = !inFence && heading === undefined && bullet === undefined && cells === undefined && partTexts.length === 1;
  }

  return { kind: 'text', pages: [{ number: 1, columns: 1, images: counts.images }], lines, repairs, meta: { bytes, glyphs } };
}
