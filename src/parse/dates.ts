// Dates as printed on resumes → ISO "YYYY-MM" or "YYYY"; ranges → { start, end } (end undefined = current).

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
  // The months of French, German, Spanish and Portuguese resumes, where they differ from English.
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12,
  januar: 1, februar: 2, märz: 3, maerz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, marco: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, dezembro: 12,
  // Their short forms ("Janv. 2012", "Févr. 2022", "Mär 2020", "Dic 2019", "Set 2018").
  janv: 1, févr: 2, fevr: 2, fév: 2, fev: 2, avr: 4, juil: 7, déc: 12, mär: 3, mrz: 3, okt: 10, dez: 12, ene: 1, abr: 4, ago: 8, dic: 12, set: 9, out: 10,
};
const SEASONS = 'spring|summer|fall|autumn|winter';
const MONTH_RE = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
  + '|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|januar|februar|m(?:ä|ae)rz|juni|juli|oktober|dezember'
  + '|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro'
  + '|janv|f[ée]vr?|avr|juil|d[ée]c|m[äa]r|mrz|okt|dez|ene|abr|ago|dic|set|out';
const YEAR = '(?:19[5-9]\\d|20[0-4]\\d)';
/** Words that open a range still running ("since March 2021", "seit Mai 2020"). */
const SINCE = 'since|from|depuis|seit|desde';
const PRESENT = 'pr[ée]sent|current|currently|till now|until now|now|today|ongoing|till date|to date|date|actuel|actuellement|en cours|aujourd[’\'‘]hui|heute|aktuell|presente|atual|atualmente|actualidad|hoy|oggi';

/** One date: "Jan 2020", "January, 2020", "Jan. 2020", "01/2020", "01/09/2020" (a day first, or a month when the second number cannot be one), "2020-01", "2020-01-15", "2020-Jan", "2020", "Summer 2012", "Q3 2020". */
const ONE = `(?:(?:${MONTH_RE})\\.?[,/]?\\s*'?${YEAR}|(?:${MONTH_RE})\\.?\\s*['’‘]\\d{2}(?!\\d)|(?:${SEASONS})\\s+${YEAR}|Q[1-4]\\s*${YEAR}|(?:0?[1-9]|[12]\\d|3[01])[/.](?:0?[1-9]|[12]\\d|3[01])[/.]${YEAR}|(?:0?[1-9]|[12]\\d|3[01])-(?:0?[1-9]|[12]\\d|3[01])-${YEAR}|(?:0?[1-9]|1[0-2])\\s*[/.]\\s*${YEAR}|${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?![\\d])|${YEAR}-(?:${MONTH_RE})(?![a-z])|${YEAR}\\s*[-/.]\\s*(?:0[1-9]|1[0-2])(?![\\d])|${YEAR})`;
// ("2014 a 2018", "2019 bis 2021", "de 2016 à 2019": the word for "to" in Portuguese, Spanish, German, French)
const SEP = '\\s*(?:-{1,3}|[–—−~→⟶]|->|to|until|till|through|\\s(?:a|à|al|au|bis|até|hasta)\\s|\\s/\\s|\\s)\\s*';
// ("2014–16": the end year in two figures, after a dash)
const RANGE_RE = new RegExp(`(?<![\\w])(?:(?:exp(?:ected)?\\.?|${SINCE})\\s+)?(${ONE})(?:${SEP}(${ONE}|${PRESENT})|(\\s*[-–—]\\s*$)|\\s*[-–—]\\s*(\\d{2})(?![\\d%]))?(?![\\w])`, 'i');
const RANGE_RE_G = new RegExp(RANGE_RE.source, 'gi');

export interface DateRange {
  start?: string;
  end?: string;
  current: boolean;
  /** Character span of the printed range in the text. */
  span: [number, number];
  text: string;
}

// (compiled once: dates are read on every line)
const MONTH_YEAR = new RegExp(`^(${MONTH_RE})\\.?[,/]?\\s*(${YEAR})$`, 'i');
const MONTH_YY = new RegExp(`^(${MONTH_RE})\\.?\\s*(\\d{2})$`, 'i');
const SEASON_YEAR = new RegExp(`^(?:${SEASONS}|q[1-4])\\s*(${YEAR})$`);
const NUM_MONTH_YEAR = new RegExp(`^(0?[1-9]|1[0-2])\\s*[/.]\\s*(${YEAR})$`);
const YEAR_NUM_MONTH = new RegExp(`^(${YEAR})\\s*[-/.]\\s*(0[1-9]|1[0-2])(?:-\\d{2})?$`);
const YEAR_ONLY = new RegExp(`^(${YEAR})$`);
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2(${YEAR})$`);
const YEAR_MONTH_NAME = new RegExp(`^(${YEAR})-(${MONTH_RE})$`, 'i');
const SINCE_START = new RegExp(`^(?:${SINCE})\\b`, 'i');
const PRESENT_ONLY = new RegExp(`^(?:${PRESENT})$`, 'i');
/** A word for "still running" alone ("Present", "Current"): the end of a range wrapped onto a line of its own. */
export const isPresentWord = (s: string): boolean => PRESENT_ONLY.test(s.trim().replace(/\.$/, ''));

/** "2019-06" for a month name and a year; the year alone when the name is not known. */
function withMonth(name: string, year: string): string {
  const k = name.replace(/\.$/, '');
  const mon = MONTHS[k] ?? MONTHS[k.slice(0, 3)];
  return mon ? `${year}-${String(mon).padStart(2, '0')}` : year;
}

/** Converts one printed date to ISO; undefined when it is not a date. */
export function isoDate(s: string): string | undefined {
  const t = s.trim().toLowerCase().replace(/[’']/g, '');
  let m = MONTH_YEAR.exec(t);
  if (m) return withMonth(m[1]!, m[2]!);
  // "Jun'19": a two-digit year (the apostrophe was taken out above); up to '40 is this century.
  m = MONTH_YY.exec(t);
  if (m) return withMonth(m[1]!, Number(m[2]) <= 40 ? `20${m[2]}` : `19${m[2]}`);
  m = SEASON_YEAR.exec(t);
  if (m) return m[1];
  // ("01/09/2020" is 1 September, as most of the world writes it; "09/21/2020" can only be 21 September)
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const month = b > 12 ? a : b;
    return month >= 1 && month <= 12 ? `${m[4]}-${String(month).padStart(2, '0')}` : undefined;
  }
  m = NUM_MONTH_YEAR.exec(t);
  if (m) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  m = YEAR_NUM_MONTH.exec(t);
  if (m) return `${m[1]}-${m[2]}`;
  m = YEAR_MONTH_NAME.exec(t);
  if (m) return withMonth(m[2]!, m[1]!);
  m = YEAR_ONLY.exec(t);
  return m ? m[1] : undefined;
}

function toRange(m: RegExpExecArray): DateRange {
  const start = isoDate(m[1]!);
  const endText = m[2];
  const current = !!endText && PRESENT_ONLY.test(endText.trim());
  const r: DateRange = { current, span: [m.index, m.index + m[0].length], text: m[0] };
  if (start) r.start = start;
  if (endText && !current) {
    const e = isoDate(endText);
    if (e) r.end = e;
  }
  const yy = m[4];
  if (yy && start && /^\d{4}$/.test(start)) {
    // ("1998–02": over a century's turn)
    let end = Math.floor(Number(start) / 100) * 100 + Number(yy);
    if (end < Number(start)) end += 100;
    r.end = end - Number(start) <= 30 ? String(end) : start;
    return r;
  }
  // "Since March 2021", "2021 –": still current. Otherwise a single printed date stands for both ends (a
  // one-off role, or a graduation).
  if (!endText && start && (SINCE_START.test(m[0]) || m[3])) r.current = true;
  else if (!endText && start) r.end = start;
  return r;
}

/** Two months of one year, the year printed once: "Jun – Sep 2024", "June to August, 2023". */
const SAME_YEAR_RE = new RegExp(`(?<![\\w])(${MONTH_RE})\\.?${SEP}(${MONTH_RE})\\.?,?\\s*(${YEAR})(?![\\w])`, 'i');

/** The first date or date range in the text. */
export function findDateRange(text: string): DateRange | undefined {
  const m = RANGE_RE.exec(text);
  // (only where the first date found is a month and year alone, with something before it: the regular expression
  // is slow, and dates are read on every line)
  const from = m && !m[2] && m.index > 0 ? Math.max(0, m.index - 24) : -1;
  const y = from >= 0 ? SAME_YEAR_RE.exec(text.slice(from, m!.index + m![0].length)) : null;
  if (y) {
    y.index += from;
    const end = withMonth(y[2]!.toLowerCase(), y[3]!);
    let start = withMonth(y[1]!.toLowerCase(), y[3]!);
    // ("Nov – Feb 2024": the winter before)
    if (start > end) start = withMonth(y[1]!.toLowerCase(), String(Number(y[3]) - 1));
    return { start, end, current: false, span: [y.index, y.index + y[0].length], text: y[0] };
  }
  return m ? toRange(m) : undefined;
}

/** Every date or date range in the text. */
export function findDateRanges(text: string): DateRange[] {
  return [...text.matchAll(RANGE_RE_G)].map((m) => toRange(m as RegExpExecArray));
}

/** True when the text is essentially only a date range (with separators or a duration note). */
export function isDateOnly(text: string): boolean {
  const r = findDateRange(text);
  if (!r) return false;
  const rest = (text.slice(0, r.span[0]) + text.slice(r.span[1])).replace(DURATION_ANY, '').replace(/[\s|,;:·•()[\]–—-]+/g, '');
  return rest.length === 0;
}

/**
 * A length of service printed beside the dates: "(2 yrs 3 mos)", "4 years", "4 ans 9 mois", "1 an", "2 Jahre
 * 3 Monate", "3 años", "2 anos e 4 meses" (or of use, beside a skill: "(10+ yrs)").
 */
const YEARS_WORD = '(?:yrs?|years?|ans?|années?|jahre?n?|años?|anos?)';
const MONTHS_WORD = '(?:mos?|months?|mois|monate?n?|meses?)';
const DURATION_SRC = `\\(?\\d+\\+?\\s*(?:${YEARS_WORD}|${MONTHS_WORD})(?:\\s*,?\\s*(?:et|und|y|e|and)?\\s*\\d+\\s*${MONTHS_WORD})?\\.?\\)?`;
const DURATION_ANY = new RegExp(`${DURATION_SRC}(?![\\p{L}])`, 'giu');
const DURATION_ONLY = new RegExp(`^${DURATION_SRC}$`, 'iu');
/** True when the text is only a length of service. */
export const isDuration = (text: string): boolean => DURATION_ONLY.test(text.trim());
/** The text without the lengths of service in it. */
export const withoutDurations = (text: string): string => text.replace(DURATION_ANY, '');

const SIGN_OFF = new RegExp(`^\\p{Lu}[\\p{L} .'’-]{1,30},\\s*(?:(?:den|le|am|il|el)\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:${MONTH_RE})\\.?,?\\s+${YEAR}|(?:${MONTH_RE})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR}|\\d{1,2}[./]\\d{1,2}[./]${YEAR}|${YEAR}-\\d{2}-\\d{2})$`, 'iu');
/**
 * The place and day a European CV is signed, printed at its end ("Stockholm, 20 January 2025", "München,
 * 12.03.2024"): not part of the section above it.
 */
export const isSignOff = (text: string): boolean => SIGN_OFF.test(text.trim());
