// LaTeX helpers for the students batch (pdflatex, UTF-8 input, T1 fonts).

// Escape printed text for LaTeX. En dashes stay as UTF-8 (inputenc maps them to \textendash).
export function tx(s) {
  return String(s)
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([&%$#_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/µ/g, '\\textmu{}')
    .replace(/³/g, '\\textthreesuperior{}')
    .replace(/\. /g, '.\\ ');
}
// A URL for \href (escape only what breaks the argument).
export const turl = (u) => String(u).replace(/([%#])/g, '\\$1');
