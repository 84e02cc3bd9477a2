// Roles as the USAJOBS resume builder exports them, and as federal resumes written after it print them: the
// employer and its address, then the dates alone on a line, pay and hours rows ("Salary: …", "Hours per week: 40",
// "Series: 2210  Pay Plan: GS  Grade: 12"), the job title, and "Duties, Accomplishments and Related Skills:" over
// the duties; "Supervisor: …" and "Okay to contact this Supervisor: Yes" close the role.
import type { Line } from '../types.js';
import { findDateRange, isDateOnly, type DateRange } from './dates.js';
import { isLocation, isStreetLine } from './contact.js';
import { joinWrapped } from './entries.js';

export interface FederalRole { org?: string; title?: string; location?: string; dates?: DateRange; line: Line; items: string[] }

/** Rows of pay and hours printed between a federal role's dates and its title. */
const PAY_ROW = /^(?:salary|hours per week|series|pay plan|grade|series\s*\/\s*grade)\s*:/i;
/** Rows that close a role: its supervisor and whether they may be contacted. */
const CLOSING = /^(?:supervisor|okay to contact|may contact|reason for leaving)\b[^:]{0,40}:/i;
/** Labels over the duties ("Duties, Accomplishments and Related Skills:", "Accomplishments:"), alone on their line. */
const DUTY_LABEL = /^(?:(?:key\s+)?(?:duties|accomplishments|responsibilities|related skills)(?:\s*(?:,|and|&)\s*)?)+\s*:\s*$/i;
/** The same labels with the text after them on the line ("Duties: Prepared …"). */
const INLINE_LABEL = /^(?:(?:key\s+)?(?:duties|accomplishments|responsibilities)(?:\s*(?:,|and|&)\s*)?)+\s*:\s*(?=\S)/i;

const text = (l: Line): string => l.text.trim();

/**
 * The roles of a work section printed this way, or undefined when it has none. A role is found at a line holding
 * only its dates with a pay or hours row under it; the title is the first line after those rows.
 */
export function federalRoles(lines: Line[]): FederalRole[] | undefined {
  const anchors: { at: number; title: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isDateOnly(text(lines[i]!)) || !PAY_ROW.test(text(lines[i + 1] ?? lines[i]!))) continue;
    let j = i + 1;
    while (j < lines.length && PAY_ROW.test(text(lines[j]!))) j++;
    const title = lines[j];
    if (!title || DUTY_LABEL.test(text(title)) || CLOSING.test(text(title)) || title.bullet || text(title).split(/\s+/).length > 12) continue;
    anchors.push({ at: i, title: j });
  }
  if (!anchors.length) return undefined;
  // Each role's employer block: the short lines over its dates, back to the previous role's last line.
  const starts = anchors.map((a, k) => {
    const floor = k ? anchors[k - 1]!.title + 1 : 0;
    let s = a.at;
    while (s > floor && a.at - s < 4 && isEmployerLine(lines[s - 1]!)) s--;
    return s;
  });
  const out: FederalRole[] = [];
  anchors.forEach((a, k) => {
    const block = lines.slice(starts[k], a.at).map(text);
    const role: FederalRole = { title: text(lines[a.title]!), line: lines[starts[k]!] ?? lines[a.at]!, items: [] };
    const dates = findDateRange(text(lines[a.at]!));
    if (dates) role.dates = dates;
    for (const b of block) {
      const place = b.replace(/\s+(?:United States(?: of America)?|USA?)$/, '');
      if (!role.org) role.org = b;
      else if (!role.location && isLocation(place)) role.location = place;
      else if (!role.location && !isStreetLine(b) && !/^\d/.test(b)) role.org = `${role.org}, ${b}`;
    }
    // The duties: paragraphs and items up to the next role's employer block, labels and closing rows left out.
    const end = k + 1 < anchors.length ? starts[k + 1]! : lines.length;
    let open = false;
    for (const l of lines.slice(a.title + 1, end)) {
      const t = text(l);
      if (DUTY_LABEL.test(t) || CLOSING.test(t) || PAY_ROW.test(t)) { open = false; continue; }
      const body = t.replace(INLINE_LABEL, '');
      if (open && !l.bullet && l.blockStart === false) role.items[role.items.length - 1] = joinWrapped(role.items[role.items.length - 1]!, body);
      else role.items.push(body);
      open = true;
    }
    out.push(role);
  });
  return out;
}

/** A line of an employer's name and address: short, no label, no item, not a sentence. */
function isEmployerLine(l: Line): boolean {
  const t = text(l);
  // (a full stop ends a sentence, or an abbreviation in a name: "Kittredge & Vale Engineers, Inc.")
  return !l.bullet && !CLOSING.test(t) && !PAY_ROW.test(t) && !DUTY_LABEL.test(t) && t.split(/\s+/).length <= 10 && !/[;:]$/.test(t)
    && !(/\.$/.test(t) && !/\b(?:inc|co|ltd|corp|llc|l\.l\.c|jr|sr|st|dept)\.$/i.test(t)) && !findDateRange(t);
}
