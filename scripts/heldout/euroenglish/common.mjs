// Small shared pieces used by every design: address forms, entry ordering, grade lines.
export const addrFull = (p) => `${p.street}, ${p.postcode} ${p.city}, ${p.country}`;
export const addrLines = (p) => [p.street, `${p.postcode} ${p.city}`, p.country];
export const degreeLine = (e) => (e.area ? `${e.studyType} in ${e.area}` : e.studyType);
// juniors put education first
export const order = (p) => (p.junior ? ['education', 'work'] : ['work', 'education']);
// records a degree in the key: the fields are the parts printed in degreeLine / its own lines
export function eduKey(k, e, { location } = {}) {
  const o = { institution: e.institution, studyType: e.studyType };
  if (e.area) o.area = e.area;
  if (e.score) o.score = e.score;
  if (location) o.location = location;
  return k.edu(o);
}
export function workKey(k, w, location) {
  const o = { name: w.name, position: w.position };
  if (location) o.location = location;
  return k.work(o);
}
export const allSkills = (p) => p.skillGroups.flatMap(([, l]) => l);
