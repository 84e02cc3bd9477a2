// Shared pieces of the held-out layout fixtures (scripts/make-layouts.mjs): date printing and the answer key.
//
// Every case is one resume as data (JSON Resume field names, ISO dates) plus a renderer that lays it out.
// The answer key (expected.json) is read off the same data, so the key and the page cannot drift apart.
// Keys starting with "_" are render hints (printed date text, ...) and never reach the key.

export const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Prints one ISO date ("2019-01", "2019", or undefined for "present") in a style:
 * short "Jan 2019", long "January 2019", num "01/2019", year "2019".
 */
export function printDate(iso, style = 'short', present = 'Present') {
  if (!iso) return present;
  const [y, m] = iso.split('-');
  if (!m || style === 'year') return y;
  const i = Number(m) - 1;
  if (style === 'long') return `${LONG[i]} ${y}`;
  if (style === 'num') return `${m}/${y}`;
  return `${SHORT[i]} ${y}`;
}

/** A printed range: an explicit _dates text wins, else start – end in a style. */
export function printRange(entry, { style = 'short', sep = ' – ', present = 'Present' } = {}) {
  if (entry._dates) return entry._dates;
  if (!entry.startDate) return printDate(entry.endDate, style, present);
  return `${printDate(entry.startDate, style, present)}${sep}${printDate(entry.endDate, style, present)}`;
}

/** A deep copy without render hints (keys starting with "_") and without empty values. */
function clean(v) {
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      if (k.startsWith('_') || x === undefined || x === null || (Array.isArray(x) && !x.length)) continue;
      out[k] = clean(x);
    }
    return out;
  }
  return v;
}

/** The answer key of a case, in the shape of ../shared/eval/parse/<case>/expected.json. */
export function expectedOf(r) {
  return clean({
    basics: r.basics,
    work: r.work,
    education: r.education,
    projects: r.projects,
    skills: r.skills,
    sections: r.sections,
    otherSections: r.otherSections,
    layout: r.layout,
  });
}
