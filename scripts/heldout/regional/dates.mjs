// Date formats of the regional batch. d is ISO '2022-06' or '2022'.
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const FRFULL = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const PT = ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'];
const hasMonth = (d) => d.length >= 7;
// styles: mon "Jun 2022", month "June 2022", apos "Jun'22", mm/yyyy "06/2022", yyyy "2022", fr "sept. 2019",
// frfull "mars 2021", pt "jan/2020", num "6/2022"
export function fmt(d, st) {
  const y = d.slice(0, 4);
  if (!hasMonth(d) || st === 'yyyy') return y;
  const i = +d.slice(5, 7) - 1, mm = d.slice(5, 7);
  switch (st) {
    case 'mon': return `${MON[i]} ${y}`;
    case 'month': return `${MONTH[i]} ${y}`;
    case 'apos': return `${MON[i]}'${y.slice(2)}`;
    case 'mm/yyyy': return `${mm}/${y}`;
    case 'fr': return `${FR[i]} ${y}`;
    case 'frfull': return `${FRFULL[i]} ${y}`;
    case 'pt': return `${PT[i]}/${y}`;
    case 'num': return `${i + 1}/${y}`;
    default: throw new Error('date style ' + st);
  }
}
export const keyDate = (d, st) => (!hasMonth(d) || st === 'yyyy' ? d.slice(0, 4) : d.slice(0, 7));
export const monthName = (d) => MONTH[+d.slice(5, 7) - 1];
