// Projects printed as labelled blocks, as resumes from Indian IT services firms print them:
//   Project #1 / Project Title : Claims Processing Modernization / Client : Northbridge Mutual Insurance, USA /
//   Company : Trivexa Consulting Services Pvt. Ltd. / Role : Java Developer / Environment : Java 11, Spring Boot /
//   Description: … / Roles & Responsibilities: • Developed …
import type { Line } from '../types.js';
import { joinWrapped } from './entries.js';

export interface ProjectBlock {
  name?: string;
  client?: string;
  company?: string;
  role?: string;
  keywords: string[];
  description?: string;
  highlights: string[];
  line: Line;
}

const FIELD = /^(project(?:\s+(?:title|name))?|title|client|customer|company|organi[sz]ation|employer|role|designation|team\s+size|environment|technologies|tech(?:nology)?\s+stack|tools(?:\s+used)?|platform|duration|period)$/i;
const HEAD = /^project\s*(?:#\s*)?\d+\s*:?$/i;
const DESCRIPTION = /^(?:project\s+)?(?:description|overview|summary|abstract)\s*:?$/i;
const DUTIES = /^(?:roles?\s*(?:&|and)\s*)?(?:responsibilities|contributions?|duties)\s*:?$/i;

/** "Client    : Northbridge Mutual" (two cells; a Word table's two cells need no colon) or "Client: Northbridge Mutual". */
function field(l: Line): [string, string] | undefined {
  if (l.cells?.length === 2 && FIELD.test(l.cells[0]!.trim()) && (/^:/.test(l.cells[1]!.trim()) || !!l.table)) return [l.cells[0]!.trim(), l.cells[1]!.trim().replace(/^:\s*/, '')];
  const m = /^([^:]{2,30}?)\s*:\s*(\S.*)$/.exec(l.text.trim());
  return m && FIELD.test(m[1]!) ? [m[1]!, m[2]!.trim()] : undefined;
}

/** The blocks of a projects section printed so, or undefined when the section is not printed so. */
export function projectBlocks(input: Line[]): ProjectBlock[] | undefined {
  const lines = tableRows(input);
  const out: ProjectBlock[] = [];
  let cur: ProjectBlock | undefined;
  let mode: 'fields' | 'description' | 'duties' = 'fields';
  const open = (l: Line) => { cur = { keywords: [], highlights: [], line: l }; out.push(cur); mode = 'fields'; return cur; };
  for (const l of lines) {
    const text = l.text.trim();
    if (HEAD.test(text)) { open(l); continue; }
    const f = field(l);
    if (f) {
      const k = f[0].toLowerCase();
      const isName = /^(?:project(?:\s+(?:title|name))?|title)$/.test(k);
      // (a second name, or a field after the block's prose, starts the next block)
      const block = !cur || (isName && cur.name) || mode !== 'fields' ? open(l) : cur;
      if (isName) block.name = f[1];
      else if (/^(?:client|customer)$/.test(k)) block.client = f[1];
      else if (/^(?:company|organi[sz]ation|employer)$/.test(k)) block.company = f[1];
      else if (/^(?:role|designation)$/.test(k)) block.role = f[1];
      else if (/^(?:environment|technologies|tech(?:nology)?\s+stack|tools(?:\s+used)?|platform)$/.test(k)) block.keywords.push(...f[1].split(/\s*[,;|]\s*/).filter(Boolean));
      continue;
    }
    if (!cur) return undefined;
    // ("Description | Northbridge Mutual is …", "Responsibilities | • Developed …": a label cell beside its text)
    const label = l.cells?.length === 2 && l.table ? l.cells[0]!.trim() : text;
    const value = label === text ? '' : l.cells![1]!.trim();
    if (DESCRIPTION.test(label)) { mode = 'description'; if (value) cur.description = value; continue; }
    if (DUTIES.test(label)) { mode = 'duties'; if (value) cur.highlights.push(value); continue; }
    if (mode === 'description') cur.description = cur.description ? joinWrapped(cur.description, text) : text;
    else if (mode === 'duties') {
      const starts = !!l.bullet || l.blockStart !== false || !cur.highlights.length;
      if (starts) cur.highlights.push(text);
      else cur.highlights[cur.highlights.length - 1] = joinWrapped(cur.highlights[cur.highlights.length - 1]!, text);
    } else return undefined;
  }
  // (a block needs a name and some of the labelled fields around it)
  return out.length && out.every((b) => b.name && (b.client || b.company || b.role || b.keywords.length)) ? out : undefined;
}

/**
 * A Word table's row read as one line of cells: the label cell, then the first paragraph of the cell beside it
 * (the cell's later paragraphs, "• Implemented …", follow as lines of their own).
 */
function tableRows(lines: Line[]): Line[] {
  const out: Line[] = [];
  let lastCell = -1;
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev?.table && l.table && l.table.table === prev.table.table && l.table.row === prev.table.row && l.table.cell !== lastCell && !prev.cells) {
      out[out.length - 1] = { ...prev, cells: [prev.text, l.text], text: `${prev.text}    ${l.text}` };
    } else out.push(l);
    lastCell = l.table?.cell ?? -1;
  }
  return out;
}
