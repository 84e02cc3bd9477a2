// Helpers of held-out LaTeX batch 3: batches 1–2's (LaTeX escaping, printed dates, answer-key builders), plus
// German and Spanish printed dates, year-only ranges and a key helper for free-form printed ranges.
export * from '../latex2/lib.mjs';

const ES = ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'];

/** German CV range: "seit 03/2020" for a current role, "07/2016 – 02/2020" otherwise. */
export const deRange = (r, sep = ' -- ') => (r.end ? `${mm(r.start)}${sep}${mm(r.end)}` : `seit ${mm(r.start)}`);
const mm = (iso) => `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Spanish abbreviated month date: "ago. 2021". */
export const esDate = (iso) => `${ES[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
export const esRange = (r, sep = ' -- ', now = 'Actualidad') => `${esDate(r.start)}${sep}${r.end ? esDate(r.end) : now}`;

/** Year-only range "2017 – 2021" / "2021 – now"; equal years print once. */
export const yRange = (r, sep = ' -- ', now = 'Present') => {
  const a = r.start.slice(0, 4), b = r.end ? r.end.slice(0, 4) : now;
  return a === b ? a : `${a}${sep}${b}`;
};

/** Strips LaTeX dashes for the key ("602--615" -> "602–615"). */
export const unTeX = (s) => String(s).replace(/---/g, '—').replace(/--/g, '–');
