// Content helpers shared by all designs: each returns the printed strings and records the matching key fields.
import { range } from './lib.mjs';

// Work item: records name / position / location / dates; highlights are recorded by the design as it prints them.
export function job(K, j, style, locText) {
  const r = range(K, j, style);
  const w = K.work({ name: j.org, position: j.position, location: locText ?? j.city, startDate: r.startDate, endDate: r.endDate });
  return { w, r };
}
// NYSC printed as a work item.
export function nyscJob(K, n, style) {
  const r = range(K, n, style);
  const w = K.work({ name: n.org, position: n.position, location: n.placeCity, startDate: r.startDate, endDate: r.endDate });
  return { w, r };
}
// Education: style.endOnly prints only the year of completion.
export function school(K, e, style) {
  if (style.endOnly) {
    const y = K.date(e.end.slice(0, 4));
    K.edu({ institution: e.inst, studyType: e.degree, area: e.area, endDate: y, score: e.score });
    return { text: y };
  }
  const r = range(K, e, style);
  K.edu({ institution: e.inst, studyType: e.degree, area: e.area, startDate: r.startDate, endDate: r.endDate, score: e.score });
  return r;
}
// "B.Eng. (Hons) Petroleum Engineering" / "B.Sc. in Civil Engineering"
export const qual = (e, joiner = ' ') => (e.area ? `${e.degree}${joiner}${e.area}` : e.degree);
export const allSkills = (P) => P.skills.flatMap(([, items]) => items);
export const personalItems = (P, skip = []) => P.personal.filter(([l]) => !skip.includes(l)).map(([label, value]) => ({ label, value }));
export const langLine = ([l, lvl], fmt = 'paren') => (fmt === 'paren' ? `${l} (${lvl})` : fmt === 'dash' ? `${l} – ${lvl}` : `${l}: ${lvl}`);
// Referee printed lines
export const refLines = (r, tel = 'Tel: ') => [r.name, r.role, `${tel}${r.phone}`];
// The NYSC year of service as Nigerians print it ("2012/2013").
export const nyscYears = (n) => `${n.start.slice(0, 4)}/${n.end.slice(0, 4)}`;
