// Bold / italic from a PDF font's PostScript name (and pdf.js's flags when it sets them).
// Browser-safe: no Node built-ins.

/** What we know about one loaded font. */
export interface FontStyle {
  /** PostScript name without the "ABCDEF+" subset prefix, e.g. "LiberationSans-Bold". */
  name?: string;
  bold: boolean;
  italic: boolean;
}

const SUBSET_PREFIX = /^[A-Z]{6}\+/;

// Weight words in the usual "Family-Weight" names, plus the short forms some foundries use
// ("Arial-Bd", "Foo-B", "Arial,Bold" from Word's non-embedded TrueType names).
const BOLD_WORDS = /bold|black|heavy|semibold|demi(?!light)|\bBd\b|-B$|-BI$|-BdIt$|,Bold/i;
// URW/Nimbus call their bold weight "Medi" (NimbusRomNo9L-Medi, -MediItal).
const NIMBUS_BOLD = /-Medi(?:Ital)?$/;
// TeX fonts: Computer Modern / EC / CM-Super short names ("CMBX12", "CMSSBX10", "SFBX1000", "ECRB1200").
const TEX_BOLD = /^(?:CMBX|CMB\d|CMSSBX|CMSSDC|CMBXTI|CMBXSL|EC(?:BX|RB|SX|BI|BL)|SF(?:BX|RB|SX|BI|BL))/;

const ITALIC_WORDS = /italic|oblique|slanted|kursiv/i;
// Short forms, case-sensitive: "MinionPro-It", "MinionPro-BoldIt", "Arial-BdIt", "Foo-I", "Foo-BI".
const ITALIC_SHORT = /\bIt\b|(?:Bold|Semibold|SemiBold|Light|Medium|Regular|Book|Black|Heavy|Demi|Bd|Thin|Cn)It$|-B?I$/;
// "Ital" as a name part (URWPalladioL-Ital, NimbusRomNo9L-MediItal); case-sensitive so "Digital" does not match.
const ITAL_PART = /Ital(?![a-z])/;
const TEX_ITALIC = /^(?:CMTI|CMBXTI|CMSL|CMBXSL|CMSSI|CMITT|CMMI|EC(?:TI|BI|SL|BL|SI|SO|IT)|SF(?:TI|BI|SL|BL|SI|SO|IT))/;

/** Removes the six-letter subset tag ("UJPAAF+CMBX12" → "CMBX12"). */
export function stripSubset(name: string): string {
  return SUBSET_PREFIX.test(name) ? name.slice(7) : name;
}

export function isBoldName(name: string): boolean {
  return BOLD_WORDS.test(name) || NIMBUS_BOLD.test(name) || TEX_BOLD.test(name);
}

export function isItalicName(name: string): boolean {
  return ITALIC_WORDS.test(name) || ITALIC_SHORT.test(name) || ITAL_PART.test(name) || TEX_ITALIC.test(name);
}

/** The shape of pdf.js's font object in `page.commonObjs` that we read (all optional: be defensive). */
export interface PdfjsFontLike {
  name?: unknown;
  fallbackName?: unknown;
  bold?: unknown;
  black?: unknown;
  italic?: unknown;
}

/** Style of a pdf.js font object: name first, pdf.js's own flags as a fallback. */
export function fontStyleOf(font: PdfjsFontLike | null | undefined): FontStyle {
  const raw = typeof font?.name === 'string' && font.name ? font.name : typeof font?.fallbackName === 'string' ? font.fallbackName : '';
  const name = raw ? stripSubset(raw) : '';
  const style: FontStyle = {
    bold: font?.bold === true || font?.black === true || (name !== '' && isBoldName(name)),
    italic: font?.italic === true || (name !== '' && isItalicName(name)),
  };
  if (name) style.name = name;
  return style;
}
