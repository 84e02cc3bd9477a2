// Types for pdfjs-classic.mjs (used by the TypeScript tests).

/** The name of the classic script's one parameter, which stands for `import.meta.url`. */
export const PARAM: string;

/**
 * An ES module build of pdf.js as a classic script: `(function (importMetaUrl) { ...; return exports; })`, ASCII
 * only. Throws on anything it does not expect (other imports or exports, top-level await, non-ASCII outside
 * literals).
 */
export function toClassicScript(source: string, name: string): string;

/** Escapes non-ASCII characters inside string, template and regular expression literals; throws on one elsewhere. */
export function escapeNonAscii(code: string, name: string): string;
