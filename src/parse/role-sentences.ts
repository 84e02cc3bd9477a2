// Roles written as sentences, one to a line or item, as many Indian resumes print them: "Working as Software
// Engineer in Trivexa Consulting Services Pvt. Ltd., Hyderabad from Jun 2022 to Till Date."
import type { Line } from '../types.js';
import { findDateRange, type DateRange } from './dates.js';
import { isLocation } from './contact.js';
import { joinWrapped } from './entries.js';

export interface RoleSentence { title: string; org: string; location?: string; dates?: DateRange; line: Line }

const SENTENCE = /^(?:currently\s+|presently\s+|previously\s+)?(?:working|worked|employed|served)\s+as\s+(?:an?\s+)?(.+?)\s+(?:in|at|with|for)\s+(.+?)\s+(?:from|since|during)\s+(.+?)\.?$/i;

/**
 * The roles of a section written as sentences, or undefined when not every paragraph of the section reads so.
 * A paragraph is a line and the lines that continue it (printed close under it, not starting a block).
 */
export function roleSentences(lines: Line[]): RoleSentence[] | undefined {
  const paragraphs: { text: string; line: Line }[] = [];
  for (const l of lines) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && l.blockStart === false && !l.bullet) last.text = joinWrapped(last.text, l.text.trim());
    else paragraphs.push({ text: l.text.trim(), line: l });
  }
  if (!paragraphs.length) return undefined;
  const out: RoleSentence[] = [];
  for (const p of paragraphs) {
    const m = SENTENCE.exec(p.text);
    const dates = m ? findDateRange(m[3]!) : undefined;
    if (!m || !dates) return undefined;
    const role: RoleSentence = { title: m[1]!.trim(), org: m[2]!.trim(), dates, line: p.line };
    // ("Trivexa Consulting Services Pvt. Ltd., Hyderabad": the place after the last comma)
    const place = /^(.+),\s*([^,]+)$/.exec(role.org);
    if (place && isLocation(place[2]!)) { role.org = place[1]!.trim(); role.location = place[2]!.trim(); }
    out.push(role);
  }
  return out;
}
