// Stylesheets for the HTML renderings of the "markdown" batch (all written for this batch, imitating the look of
// the tools developers use: GitHub's README view, a minimal serif resume.md stylesheet, the VS Code "Markdown PDF"
// export, a Typora-like table theme, a dark editor theme, Asciidoctor's default stylesheet).
import { esc } from './md.mjs';

export const page = ({ title, css, body, size = 'A4', margin = '0', bodyClass = '' }) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
@page { size: ${size}; margin: ${margin}; }
html, body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
${css}
</style>
</head>
<body class="${bodyClass}">
${body}
</body>
</html>
`;

export const GITHUB = `
body { margin: 0; }
.markdown-body { font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 10.5pt; line-height: 1.5; color: #1f2328; padding: 0 4px; }
.markdown-body h1, .markdown-body h2, .markdown-body h3 { font-weight: 600; line-height: 1.25; margin: 18px 0 10px; }
.markdown-body h1 { font-size: 2em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; margin-top: 0; }
.markdown-body h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; margin-top: 20px; }
.markdown-body h3 { font-size: 1.15em; margin: 14px 0 4px; }
.markdown-body p { margin: 0 0 10px; }
.markdown-body ul, .markdown-body ol { padding-left: 2em; margin: 0 0 10px; }
.markdown-body li + li { margin-top: .2em; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body strong { font-weight: 600; }
.markdown-body code { font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; font-size: 85%; padding: .2em .4em; background: #818b981f; border-radius: 6px; white-space: break-spaces; }
.markdown-body blockquote { margin: 0 0 10px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.markdown-body table { border-collapse: collapse; margin: 0 0 10px; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body hr { height: .25em; padding: 0; margin: 18px 0; background: #d1d9e0; border: 0; }
`;

export const SERIF = `
body { margin: 0; font-family: "Charis SIL", Georgia, serif; font-size: 10.5pt; line-height: 1.42; color: #222; }
h1 { font-size: 25pt; font-weight: normal; letter-spacing: .02em; text-align: center; margin: 0 0 4px; }
h1 + p { text-align: center; margin-top: 0; color: #444; }
hr { border: 0; border-top: .6pt solid #999; margin: 10px 0 4px; }
h2 { font-size: 13pt; font-weight: bold; margin: 16px 0 6px; padding-bottom: 2px; border-bottom: .5pt solid #bbb; color: #5a2a12; }
h3 { font-size: 11pt; font-weight: bold; margin: 10px 0 0; }
h3 + p { margin: 0 0 3px; color: #555; }
p { margin: 4px 0; }
ul { margin: 3px 0 6px; padding-left: 20px; }
li { margin: 1px 0; }
a { color: #222; text-decoration: none; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 88%; }
`;

// VS Code "Markdown PDF" extension look (its markdown.css), with the extension's default header (file name, date).
export const VSCODE = `
body { margin: 0; font-family: "Segoe WPC", "Segoe UI", "Ubuntu", "Droid Sans", "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.55; color: #333; }
h1 { font-size: 20pt; font-weight: 600; padding-bottom: .3em; border-bottom: 1px solid #ddd; margin: 0 0 8px; }
h2 { font-size: 13.5pt; font-weight: 600; padding-bottom: .2em; border-bottom: 1px solid #eee; margin: 18px 0 8px; }
p { margin: 6px 0; }
ul { margin: 2px 0 8px; padding-left: 22px; }
a { color: #0366d6; text-decoration: none; }
code { font-family: "Droid Sans Mono", "DejaVu Sans Mono", monospace; font-size: 90%; color: #a31515; }
.mdpdf-header { position: fixed; top: -12mm; left: 0; right: 0; display: flex; justify-content: space-between; font-size: 7.5pt; color: #555; }
`;

// Typora-like theme with a serif body and framed tables.
export const TABLES = `
body { margin: 0; font-family: "PT Serif", Georgia, serif; font-size: 10.2pt; line-height: 1.45; color: #2b2b2b; }
h1 { font-family: Lato, sans-serif; font-weight: 800; font-size: 24pt; margin: 0 0 2px; color: #1a3d5c; }
h2 { font-family: Lato, sans-serif; font-weight: 700; font-size: 13pt; margin: 16px 0 6px; color: #1a3d5c; text-transform: none; }
h3 { font-family: Lato, sans-serif; font-weight: 700; font-size: 11pt; margin: 10px 0 2px; }
h3 + p { margin: 0 0 3px; color: #555; }
p { margin: 5px 0; }
ul { margin: 2px 0 6px; padding-left: 20px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 8px; font-size: 9.5pt; }
th { background: #e8eef4; font-family: Lato, sans-serif; text-align: left; }
th, td { border: 1px solid #c3ced8; padding: 4px 8px; vertical-align: top; }
blockquote { margin: 6px 0; padding: 4px 12px; border-left: 4px solid #7a9cc0; background: #f5f8fb; color: #444; }
code { font-family: "JetBrains Mono", monospace; font-size: 85%; background: #eef1f4; padding: 1px 4px; border-radius: 3px; }
a { color: #1a5d9c; text-decoration: none; }
`;

// Dark editor export (light text on a dark page; the "#" markers of h2 are drawn by CSS, as live-preview themes do).
export const DARK = `
html, body { background: #1e1e2e; }
body { margin: 0; font-family: Inter, "Noto Sans", sans-serif; font-size: 9.8pt; line-height: 1.5; color: #cdd6f4; }
.sheet { padding: 13mm 16mm; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
h1 { font-family: "JetBrains Mono", monospace; font-size: 22pt; font-weight: 700; color: #cba6f7; margin: 0 0 4px; }
h2 { font-family: "JetBrains Mono", monospace; font-size: 12.5pt; font-weight: 700; color: #89b4fa; margin: 18px 0 6px; }
h2::before { content: "## "; color: #585b70; }
h3 { font-size: 11pt; font-weight: 600; color: #f9e2af; margin: 10px 0 2px; }
p { margin: 4px 0; }
strong { color: #f5e0dc; font-weight: 600; }
a { color: #94e2d5; text-decoration: none; }
ul { margin: 3px 0 6px; padding-left: 18px; }
ul ul { margin: 0; }
li::marker { color: #a6adc8; }
code { font-family: "JetBrains Mono", monospace; font-size: 85%; color: #a6e3a1; background: #313244; padding: 1px 5px; border-radius: 4px; }
`;

// Asciidoctor 2 default stylesheet (the parts a resume uses).
export const ASCIIDOC = `
body { margin: 0; font-family: "Noto Serif", "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.5; color: rgba(0,0,0,.8); }
#header, #content, #footer { max-width: 100%; }
h1, h2, h3 { font-family: "Open Sans", "DejaVu Sans", sans-serif; font-weight: 300; color: #ba3925; line-height: 1.2; }
#header > h1 { font-size: 26pt; color: rgba(0,0,0,.85); border-bottom: 1px solid #dddddf; padding-bottom: 8px; margin: 0 0 6px; }
#header .details { font-size: 9.5pt; color: rgba(0,0,0,.6); line-height: 1.45; padding-bottom: 6px; border-bottom: 1px solid #dddddf; margin-bottom: 10px; }
#header .details a { color: #2156a5; text-decoration: none; }
h2 { font-size: 17pt; margin: 16px 0 6px; border-bottom: 1px solid #e7e7e9; padding-bottom: 4px; }
h3 { font-size: 13pt; margin: 10px 0 2px; }
p { margin: 0 0 6px; }
a { color: #2156a5; text-decoration: underline; }
.ulist ul { margin: 0 0 8px; padding-left: 22px; }
.ulist li p { margin: 0 0 2px; }
.quoteblock blockquote { margin: 6px 0 10px; padding: 2px 14px; border-left: 5px solid #e7e7e9; font-style: italic; color: rgba(0,0,0,.85); font-size: 10pt; }
.hdlist table { border-collapse: collapse; }
.hdlist td { vertical-align: top; padding: 2px 14px 2px 0; }
.hdlist1 { font-weight: bold; color: rgba(0,0,0,.85); white-space: nowrap; }
.dlist dt { font-weight: bold; margin-top: 4px; }
.dlist dd { margin: 0 0 4px 20px; }
#footer { margin-top: 16px; padding: 8px 0; background: rgba(0,0,0,.8); }
#footer-text { color: rgba(255,255,255,.8); font-size: 8.5pt; padding-left: 10px; }
`;
