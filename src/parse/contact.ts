// Contact details: e-mail, phone (any country's format), links and profiles, location.
import type { Line } from '../types.js';
import { COUNTRIES, ORG_WORDS, SCHOOL_WORDS, TITLE_WORDS, US_STATES } from '../data/vocab.js';
import { isCityName, isRegionName } from './places.js';
import { FIELD_ICONS, ICON_NETWORKS } from '../data/icon-glyphs.js';

export const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
// A phone: optional +country, then 7–15 digits in groups separated by spaces, dots, dashes or brackets.
// After a country code ("+33", "(+86)") the first group may be one digit ("+33 6 39 98 12 45", "+31 6 1234 5678").
const PHONE_RE = /(?<![\w/.-])(?:(?:\+\s?\d{1,3}|\(\+\d{1,3}\))[\s.-]?(?:\(0\)\s?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}|(?:\(\d{1,5}\)[\s.-]?)?\d{2,5})(?:[\s.-]\d{2,8}){1,4}(?![\w/-])/g;
const URL_RE = /(?<![@\w])(?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|me|co|ai|app|edu|gov|info|xyz|tech|page|site|us|uk|de|in|ca|social|codes|blog|cc|ly|gg|so|sh|to|fm|tv|gl|se|nl|fr|es|it|ch|at|be|dk|no|fi|pl|pt|ie|au|nz|jp|cn|kr|br|mx|za|ng|ke|ph|my|sg|hk|tw|eu|cz|ro|hu|gr|tr|il|ae|ar|cl|co\.uk|design|studio|work|me\.uk)(?:\/[^\s|,;)]*)?/gi;

const NETWORKS: [RegExp, string][] = [
  [/linkedin\.com/i, 'LinkedIn'], [/github\.com|github\.io/i, 'GitHub'], [/gitlab\.com/i, 'GitLab'], [/twitter\.com|x\.com/i, 'Twitter'],
  [/stackoverflow\.com/i, 'Stack Overflow'], [/medium\.com/i, 'Medium'], [/dribbble\.com/i, 'Dribbble'], [/behance\.net/i, 'Behance'],
  [/youtube\.com/i, 'YouTube'], [/facebook\.com|fb\.co/i, 'Facebook'], [/instagram\.com/i, 'Instagram'], [/kaggle\.com/i, 'Kaggle'],
  [/orcid\.org/i, 'ORCID'], [/scholar\.google/i, 'Google Scholar'], [/quora\.com/i, 'Quora'], [/soundcloud\.com/i, 'SoundCloud'],
  [/mastodon|hachyderm|fosstodon|mstdn/i, 'Mastodon'], [/bitbucket\.org/i, 'Bitbucket'], [/leetcode\.com/i, 'LeetCode'],
];
/** Networks by the name printed beside a handle, lower case without spaces ("stackoverflow" → "Stack Overflow"). */
const NETWORK_NAMES: Record<string, string> = Object.fromEntries(
  [...NETWORKS.map(([, name]) => name), ...ICON_NETWORKS, 'X'].map((name) => [name.toLowerCase().replace(/\s+/g, ''), name]),
);
const NETWORK_LABEL = /^(linkedin|github|gitlab|twitter|x|stack ?overflow|medium|dribbble|behance|youtube|facebook|instagram|kaggle|orcid|google scholar|quora|soundcloud|mastodon|bitbucket|leetcode|website|web|homepage|portfolio|blog)\b/i;

/** A profile; `url` is absent when only a handle is printed, its network known from an icon. */
export interface Profile { network: string; username: string; url?: string }
export interface Contact {
  email?: string;
  phone?: string;
  url?: string;
  profiles: Profile[];
  location?: string;
}

export const findEmail = (s: string): string | undefined => EMAIL_RE.exec(s)?.[0]?.replace(/\.$/, '');

export function findPhones(s: string): string[] {
  const out: string[] = [];
  const text = s.replace(EMAIL_RE, ' ');
  for (const m of text.matchAll(PHONE_RE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    // Year ranges ("2019 - 2021") and dates are not phones.
    if (/^(19|20)\d\d\s*[-–]\s*(19|20)\d\d$/.test(m[0].trim())) continue;
    if (/^\d{4}$/.test(m[0].trim())) continue;
    if (/^\d{5}-\d{3}$/.test(m[0].trim())) continue; // a Brazilian postal code (CEP)
    // A Japanese postal code before its town ("〒155-0031 Tokyo", "155-0031 Tokyo, Setagaya-ku").
    if (/^\d{3}-\d{4}$/.test(m[0].trim()) && (/〒\s*$/.test(text.slice(0, m.index)) || /^\s*,?\s*\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length)))) continue;
    out.push(m[0].trim());
  }
  return out;
}

const networkOf = (url: string): string | undefined => NETWORKS.find(([re]) => re.test(url))?.[1];

export function profileFromUrl(url: string, label?: string): Profile {
  const clean = url.replace(/[.,;]+$/, '');
  const full = /^https?:\/\//i.test(clean) ? clean : `https://${clean}`;
  const path = full.replace(/^https?:\/\/[^/]+/i, '').replace(/\/+$/, '');
  const username = decodeURIComponent(path.split('/').filter(Boolean).pop() ?? '').replace(/^@/, '') || (label ?? '');
  return { network: networkOf(full) ?? (label ? cap(label) : 'Website'), username, url: full };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Links printed in a line: URLs as printed; handles next to a network label or carrying a link target; handles
 * after a network's icon (`network` set, `url` empty: nothing printed or linked gives the address).
 */
export function findLinks(line: Line): { url: string; printed: string; network?: string }[] {
  const out: { url: string; printed: string; network?: string }[] = [];
  const text = line.text.replace(EMAIL_RE, ' ');
  for (const m of text.matchAll(URL_RE)) {
    const printed = m[0].replace(/[.,;:]+$/, '');
    // (a bare name whose last part is capitalised is an abbreviation, "H.No 4-12" for a house number, not a site)
    if (!/^(?:https?:\/\/|www\.)/i.test(printed) && !printed.includes('/') && /\.[^.]*\p{Lu}[^.]*$/u.test(printed)) continue;
    // (the Europass site, printed in its template's footer, is nobody's own)
    if (/^(?:https?:\/\/)?(?:[\w-]+\.)*europa\.eu(?:\/|$)/i.test(printed)) continue;
    out.push({ url: /^https?:\/\//i.test(printed) ? printed : `https://${printed}`, printed });
  }
  // Handles whose URL is only in the link annotation ("rendercv" with an icon, "lena (Mastodon)").
  for (const r of line.runs) {
    if (!r.link || /^mailto:|^tel:/i.test(r.link)) continue;
    const t = r.text.trim().replace(/^[|·•,]+|[|·•,]+$/g, '').trim();
    if (!t || URL_RE.test(t)) { URL_RE.lastIndex = 0; continue; }
    URL_RE.lastIndex = 0;
    if (out.some((o) => o.url === r.link)) continue;
    if (/^[@\w.-]{2,40}$/.test(t) || NETWORK_LABEL.test(t)) out.push({ url: r.link, printed: t });
  }
  // "camille-lr (GitHub)", "GitHub: camille-lr", "github / tmokoena": a handle beside its network's name.
  for (const part of contactParts(text)) {
    const after = /^([@\w.-]{2,40})\s*\(([\p{L} ]{2,20})\)$/u.exec(part);
    const before = after ? null : /^([\p{L} ]{2,20}?)\s*(?::|\s\/)\s*([@\w.-]{2,40})$/u.exec(part);
    if (!after && !before) continue;
    const [handle, label] = after ? [after[1]!, after[2]!] : [before![2]!, before![1]!];
    const network = NETWORK_NAMES[label.trim().toLowerCase().replace(/\s+/g, '')];
    if (!network || /^\d+$/.test(handle) || out.some((o) => o.printed.includes(handle))) continue;
    out.push({ url: '', printed: handle, network });
  }
  for (const r of line.runs) {
    if (!r.icon || r.link || FIELD_ICONS.has(r.icon)) continue;
    const t = r.text.trim().replace(/^[|·•,]+|[|·•,]+$/g, '').trim();
    if (!/^@?[\w.-]{2,40}$/.test(t) || /^\d+$/.test(t) || out.some((o) => o.printed.includes(t))) continue;
    out.push({ url: '', printed: t, network: r.icon });
  }
  return out;
}

/** Canadian provinces and Australian states, printed after a city like US states. */
const REGIONS = new Set('ON QC BC AB MB SK NS NB NL PE YT NT NU NSW VIC QLD TAS ACT'.split(' '));

const CITY_STATE = new RegExp(`^[\\p{Lu}][\\p{L}.'’ -]{1,40},\\s*(?:[A-Z]{2})(?:\\s+\\d{5})?$`, 'u');

/**
 * A postal code printed after the place: a US ZIP ("OH 43215"), a UK postcode ("B91 3QT"), a Canadian one
 * ("T5J 0N3"), a Dutch one ("1012 AB"), a Brazilian CEP ("01304-001"), or 4 to 6 digits (Australia, India...).
 */
const TRAILING_POSTCODE = /(?<=\p{L}\.?)(?:\s*[-–,]\s*|\s+)(?:\d{4,6}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}\s?[A-Z]{2})$/u;

/** A country's name and nothing else. */
const COUNTRY_ONLY = new RegExp(`^${COUNTRIES.source}$`, 'i');

/**
 * True when the text reads as a place: "Austin, TX", "Berlin, Germany", "Remote", "Pune, Maharashtra 411001",
 * or a known town or city alone ("Birmingham"). A pair of names is a place only on evidence: a known region,
 * state or country last, or a known city first; "PhD, Epidemiology" and "Acme Corp, Lyon" are not places.
 */
export function isLocation(text: string): boolean {
  const t = text.trim().replace(/^[|·•,\s]+|[|·•,\s]+$/g, '').replace(TRAILING_POSTCODE, '');
  // Two places for one role: "Palo Alto, CA & Ithaca, NY".
  const both = /^(.+?)\s+(?:&|and|\/)\s+(.+)$/.exec(t);
  if (both && both[1]!.includes(',') && isLocation(both[1]!) && isLocation(both[2]!)) return true;
  if (!t || t.length > 60 || /\d{3,}|@|https?:|www\./.test(t)) return false;
  if (TITLE_WORDS.test(t)) return false;
  // ("Transport for NSW": an agency named for a state, not a town in it)
  if (/\s(?:for|by|with)\s/i.test(t)) return false;
  // ("Gender: Male": not Malé)
  if (/^(?:fe)?male$/i.test(t)) return false;
  if (CITY_STATE.test(t) && US_STATES.has(t.slice(-2)) && t.split(',')[0]!.trim().split(/\s+/).length <= 4 && !/\s[-–—]\s/.test(t)) return true;
  if (/^(remote|hybrid|on-?site)(\s*\(.*\))?$/i.test(t)) return true;
  // (a Dublin postal district, after a street or not: "Dublin 2", "Mary Street, Dublin 1", "Dublin 6W")
  if (/^(?:[\p{Lu}][\p{L}'’. -]{1,40},\s*)?Dublin\s+\d{1,2}W?$/u.test(t)) return true;
  // ("Hybrid – Leeds", "Remote, US": how the role is worked, then where)
  const mode = /^(?:remote|hybrid|on-?site)\s*(?:[–—,:-]|\s[–—-]\s)\s*(.+)$/i.exec(t);
  if (mode && isLocation(mode[1]!)) return true;
  // A Brazilian city and its state's two letters after a dash or a slash ("São Paulo – SP", "Campinas/SP").
  const uf = /^(.+?)\s*(?:\s[–—-]\s|\/)\s*([A-Z]{2})$/.exec(t);
  if (uf && isCityName(uf[1]!)) return true;
  if (t.length > 3 && COUNTRY_ONLY.test(t)) return true; // a country alone ("S.Korea")
  // A town and its country in brackets, as Europass prints them ("Leeds (United Kingdom)").
  const bracketed = /^([\p{Lu}][\p{L}.'’ -]{1,40})\s*\(([^()]+)\)$/u.exec(t);
  if (bracketed && COUNTRY_ONLY.test(bracketed[2]!.trim()) && bracketed[1]!.trim().split(/\s+/).length <= 4 && !ORG_WORDS.test(bracketed[1]!) && !SCHOOL_WORDS.test(bracketed[1]!)) return true;
  // (or its province or state, as Québec writes them: "Montréal (QC)", "Lévis (Québec)")
  const region = bracketed?.[2]!.trim();
  if (bracketed && region && (REGIONS.has(region) || US_STATES.has(region) || /^(?:Québec|Quebec|Ontario)$/.test(region)) && isCityName(bracketed[1]!.trim())) return true;
  if (!t.includes(',') && !ORG_WORDS.test(t) && !SCHOOL_WORDS.test(t) && isCityName(t)) return true;
  // An Australian suburb and state without a comma ("Milton QLD", "Richmond VIC 3121").
  // ("SA" is a company's legal form too, "Ticino Embedded SA": there the suburb must be a known town, "Adelaide SA")
  const au = /^([\p{Lu}][\p{L}' -]{1,30})\s(NSW|VIC|QLD|WA|SA|TAS|ACT|NT)$/u.exec(t);
  if (au && (au[2] !== 'SA' || isCityName(au[1]!))) return true;
  // A town and the first half of its UK postcode ("Cardiff CF14").
  const outward = /^(.+?)\s+[A-Z]{1,2}\d{1,2}[A-Z]?$/.exec(t);
  if (outward && isCityName(outward[1]!)) return true;
  const parts = t.split(/\s*,\s*/);
  const wordsOf = (p: string) => p.split(/\s+/).filter((w) => !/^(de|del|la|las|los|le|di|da|do|dos|das|van|von|der|am|im|upon|on)$/i.test(w)).length;
  // (a part with a spaced dash joins two things: "Ege Barındırma - İzmir, Türkiye" is an employer and a place)
  // (up to five words before a country's name: "Thành phố Hồ Chí Minh, Vietnam")
  const most = parts.length >= 2 && COUNTRY_ONLY.test(parts[parts.length - 1]!) ? 5 : 4;
  if (parts.length >= 2 && parts.length <= 3 && parts.every((p) => wordsOf(p) <= most && !/\s[-–—]\s/.test(p)) && parts.every((p) => /^[\p{Lu}][\p{L}.'’ -]*$/u.test(p) || US_STATES.has(p) || COUNTRIES.test(p))) {
    const last = parts[parts.length - 1]!;
    // "Meridian Medical Supplies, Denver, CO": three parts ending in a US state are a firm, a city and a state.
    if (parts.length === 3 && (US_STATES.has(last) || REGIONS.has(last) || /^(?:\p{Lu}\.){1,3}$/u.test(last)) && !isCityName(parts[0]!)) return false;
    // ("…, University of Nigeria": a school named after a country is no country)
    const region = US_STATES.has(last) || REGIONS.has(last) || (COUNTRIES.test(last) && !SCHOOL_WORDS.test(last) && !ORG_WORDS.test(last)) || /^(?:\p{Lu}\.){1,3}$/u.test(last) || isRegionName(last);
    // "Princeton University, Computer Science", "Westview Academy, Atlanta, GA": a school or a firm, not a place.
    if (parts.slice(0, region ? -1 : undefined).some((p) => SCHOOL_WORDS.test(p) || ORG_WORDS.test(p))) return false;
    if (region) return true;
    // "Barueri, SP"-style pairs whose region we do not know still need a known city first.
    return isCityName(parts[0]!) && (parts.length === 2 || isRegionName(parts[1]!) || isCityName(parts[1]!));
  }
  return false;
}

/** Splits a contact line into its parts ("a | b · c"). */
// (or by the symbols designed resumes print as icons before each part: "✉ a@b.com ☎ 555 0178 ⌂ Montréal, Canada")
export const contactParts = (text: string): string[] =>
  text.split(/\s+[|·•◦⋄∙]\s+|\s{2,}|\s*[|•]\s*|\s+(?:[-–—]|-{2,3})\s+|\s*[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u{1f300}-\u{1faff}]\ufe0f?\s*/u).map((s) => s.trim()).filter(Boolean);

/** A line naming a street or a flat with its number ("Flat 302, Sai Residency, Kukatpally"). */
export const isStreetLine = (s: string): boolean => STREET.test(s) && /\d/.test(s);

const STREET = /\b(street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|square|sq|parkway|pkwy|highway|hwy|terrace|circle|broadway|strasse|straße|str|rue|via|calle|apt|apartment|unit|suite|ste|floor|fl|flat|rua|avenida|av|travessa|alameda|estrada|rodovia|praça|apto|carrer|paseo|strada|piazza|viale|straat|laan|gasse|platz|ulica|ul)\b\.?/i;
const POSTAL = /^(?:[A-Z]{2}\s+)?\d{4,6}(?:-\d{3,4})?$|^\d{2}-\d{3}$|^[A-Z]\d[A-Z]\s?\d[A-Z]\d$|^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/i;

const HOUSE = /^(?:(?:house|h\.?\s*no|flat|plot|door|block|sector|phase|ward|gali|road|lane|street)\b|no\.\s*\d)|\b(?:sector|block|phase|nagar|colony|layout|cross|main road|marg)\b/i;

export interface PostalAddress { address?: string; postalCode?: string; city: string; region?: string; countryCode?: string }

/**
 * Reads a postal address printed on one line ("417 Maple Avenue, Apt 6, 98105, Seattle, Washington (US)"):
 * street parts, a postal code, then the city and region. Undefined when the text is not an address.
 */
export function postalAddress(text: string): PostalAddress | undefined {
  // (without an icon printed before it: "⌂ Via Guglielmo Marconi 41, Bologna")
  let t = text.trim().replace(/^[^\p{L}\p{N}]+(?=\p{L}|\p{N})/u, '');
  let countryCode: string | undefined;
  const cc = /\s*\(([A-Z]{2})\)\s*$/.exec(t);
  if (cc) { countryCode = cc[1]; t = t.slice(0, cc.index); }
  // ("Hillsboro, OR 97124 US": the country after a ZIP code)
  const us = /(\d{5}(?:-\d{4})?)\s+(?:US|USA|United States)$/.exec(t);
  if (us) { t = t.slice(0, us.index) + us[1]; countryCode ??= 'US'; }
  // ("Kolkata – 700064", "Dhaka-1205": a postcode set after its town with a dash)
  t = t.replace(/(\p{L})\s*[–—-]\s*(\d{4,6})\b/gu, '$1 $2');
  const parts = t.split(/\s*,\s*/).filter(Boolean);
  if (parts.length < 2 || parts.length > 8) return undefined;
  const street: string[] = [];
  let postalCode: string | undefined;
  const place: string[] = [];
  for (const p of parts) {
    // "75011 Paris", "54-203 Wrocław", "113 59 Stockholm" after the street
    const lead = street.length ? /^(\d{4,6}|\d{2}-\d{3}|\d{3} \d{2})\s+(\p{Lu}[^\d]*)$/u.exec(p) : null;
    // "Via Guglielmo Marconi 41 40122 Bologna": the street, its number, the postcode and the town in one part
    const whole = !street.length && !place.length ? /^(\p{L}[\p{L} .'’-]+\s\d{1,4}[a-z]?(?:\/\d+)?)\s+(\d{4,5}|\d{2}-\d{3}|\d{3} \d{2})\s+(\p{Lu}[\p{L} .'’-]*)$/u.exec(p) : null;
    if (whole) { street.push(whole[1]!); postalCode = whole[2]; place.push(whole[3]!); continue; }
    if (lead && !STREET.test(p)) { postalCode = lead[1]; place.push(lead[2]!); continue; }
    // "Lahore 54770", "Maharagama 10280": the town, then its postcode
    // (or a British postcode: "London EC2N 1DP")
    const trail = street.length ? /^(\p{Lu}[\p{L} .'’-]*?)\s+(\d{4,6}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$/u.exec(p) : null;
    if (trail && !STREET.test(p) && !postalCode && !POSTAL.test(p)) { postalCode = trail[2]; place.push(trail[1]!); continue; }
    // South Asian house and plot numbers and localities: "House No. 47-B", "No. 58/3", "Block C", "Sector 1",
    // "AE-214", "Baneshwor-10", "7/14"
    if (!place.length && !POSTAL.test(p) && (HOUSE.test(p) || /^[\p{L}]{0,14}[\s-]?\d+[\w/-]*$/u.test(p)) && p.split(/\s+/).length <= 5) { street.push(p); continue; }
    // "417 Maple Avenue", "Apt 6", or a house number after the street name ("Musterstraße 5").
    const street1 = /^\d+[A-Za-z]?\s+\S/.test(p) || STREET.test(p) || /^[\p{L}][\p{L} .'’-]+\s\d{1,4}[a-z]?$/u.test(p);
    if (!place.length && street1 && p.split(/\s+/).length <= 6) { street.push(p); continue; }
    // "Rua Augusta, 1500": the house number after a street name that has none.
    if (street.length && !place.length && /^\d{1,5}[A-Za-z]?$/.test(p) && !/\d/.test(street[street.length - 1]!)) { street.push(p); continue; }
    if (POSTAL.test(p)) {
      postalCode = p.replace(/^[A-Z]{2}\s+/i, '');
      // ("OR 97124": a US state before its ZIP code)
      const state = /^([A-Z]{2})\s+\d/.exec(p)?.[1];
      if (state && US_STATES.has(state) && place.length) place.push(state);
      continue;
    }
    if (!/^[\p{Lu}][\p{L}.'’ -]*$/u.test(p) || p.split(/\s+/).length > 4) return undefined;
    place.push(p);
  }
  if (!street.length || !place.length) return undefined;
  const out: PostalAddress = { address: street.join(', '), city: place[0]! };
  if (postalCode) out.postalCode = postalCode;
  if (place.length > 1) out.region = place.slice(1).join(', ');
  if (countryCode) out.countryCode = countryCode;
  return out;
}

