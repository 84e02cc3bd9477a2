// Helpers shared by the held-out LaTeX case generators (copied from scripts/heldout/latex/lib.mjs): LaTeX escaping, printed dates, and answer-key
// entries built from the same persona data that is typeset, so the key says what the page prints.

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONDOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Escapes text for LaTeX (the persona text holds no backslashes or braces). */
export const esc = (s) => String(s).replace(/([&%$#_])/g, '\\$1');

/** A printed date. Styles: mon 'Feb 2023', mondot 'Feb. 2023', month 'February 2023', mmyyyy '02/2023',
 *  yyyymm '2023.02' (Korean/Japanese order), yyyy '2023'. */
export function dt(iso, style) {
  const [y, m] = iso.split('-');
  const i = Number(m) - 1;
  switch (style) {
    case 'mon': return `${MON[i]} ${y}`;
    case 'mondot': return `${MONDOT[i]} ${y}`;
    case 'month': return `${MONTH[i]} ${y}`;
    case 'mmyyyy': return `${m}/${y}`;
    case 'yyyymm': return `${y}.${m}`;
    case 'yyyy': return y;
    default: throw new Error(`unknown date style ${style}`);
  }
}

/** A printed range; `now` is the word printed for a current role. */
export const rng = (start, end, style, now = 'Present', sep = ' -- ') =>
  (end && dt(start, style) === dt(end, style) ? dt(start, style) : `${dt(start, style)}${sep}${end ? dt(end, style) : now}`);

/** The key date at the printed granularity. */
export const kd = (iso, style) => (style === 'yyyy' ? iso.slice(0, 4) : iso);

/** Answer-key work entry for a typeset role. */
export function wk(r, style, { loc = true, bullets = r.bullets, name = r.company, position = r.position, location = r.location } = {}) {
  const e = { name, position };
  if (loc) e.location = location;
  e.startDate = kd(r.start, style);
  e.endDate = r.end ? kd(r.end, style) : 'present';
  if (bullets && bullets.length) e.highlights = [...bullets];
  return e;
}

/** Answer-key education entry. `dates`: 'both' | 'end' | 'none'. */
export function ek(e, style, { loc = false, score = false, dates = 'both', studyType = e.studyType, area = e.area, institution = e.institution } = {}) {
  const o = { institution, studyType, area };
  if (dates === 'both') o.startDate = kd(e.start, style);
  if (dates !== 'none') o.endDate = kd(e.end, style);
  if (score && e.score) o.score = e.score;
  if (loc) o.location = e.location;
  return o;
}

export const fullName = (p) => `${p.first} ${p.last}`;
export const flatSkills = (p, groups = p.skillGroups) => groups.flatMap(([, ks]) => ks);

/** LaTeX list items for bullets. */
export const items = (xs) => xs.map((b) => `\\item ${esc(b)}`).join('\n');
/** "Name (level)" strings for spoken languages. */
export const langs = (p, f = ([l, lv]) => `${l} (${lv})`) => p.languages.map(f);
