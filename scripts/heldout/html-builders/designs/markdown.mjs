// Imitates a resume written in Markdown and rendered with a GitHub-flavoured look (README.md / gist /
// VS Code preview printed to PDF): h1 name, a contact paragraph with " · " separators and links, a blockquote
// summary, h2 sections with a bottom rule, h3 "Position — Company" headings, italic date/location lines
// ("Since Apr 2022", "Sep 2019 – Mar 2022"), bullet lists, inline `code` spans for technologies and a GFM
// skills table. The Markdown source is written first and converted by the small renderer below.
import { esc, range, fullName, Key, page } from '../lib.mjs';

// ---- a tiny Markdown renderer: headings, paragraphs (two trailing spaces = <br>), lists, blockquote, tables,
// hr, **bold**, *italic*, `code`, [links](url)
function inline(s) {
  return esc(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>')
    .replace(/ {2}$/gm, '<br>');
}
export function md(src) {
  const lines = src.split('\n'); const out = []; let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (!l.trim()) { i++; continue; }
    let m;
    if ((m = /^(#{1,3}) (.*)$/.exec(l))) { out.push(`<h${m[1].length}>${inline(m[2])}</h${m[1].length}>`); i++; continue; }
    if (/^---+$/.test(l)) { out.push('<hr>'); i++; continue; }
    if (l.startsWith('- ')) { const items = []; while (i < lines.length && lines[i].startsWith('- ')) items.push(`<li>${inline(lines[i++].slice(2))}</li>`); out.push(`<ul>${items.join('')}</ul>`); continue; }
    if (l.startsWith('> ')) { const p = []; while (i < lines.length && lines[i].startsWith('> ')) p.push(lines[i++].slice(2)); out.push(`<blockquote><p>${inline(p.join(' '))}</p></blockquote>`); continue; }
    if (l.startsWith('|')) {
      const rows = []; while (i < lines.length && lines[i].startsWith('|')) rows.push(lines[i++]);
      const cells = (r) => r.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      out.push(`<table><thead><tr>${cells(rows[0]).map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${rows.slice(2).map((r) => `<tr>${cells(r).map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
      continue;
    }
    const p = []; while (i < lines.length && lines[i].trim() && !/^(#|- |> |\||---)/.test(lines[i])) p.push(lines[i++]);
    out.push(`<p>${inline(p.join('\n'))}</p>`);
  }
  return out.join('\n');
}

const CSS = `
@page { size: A4; margin: 16mm 18mm; }
body { margin: 0; font-family: 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.5; color: #1f2328; }
h1, h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; font-weight: 600; }
h1 { font-size: 2em; margin: 0 0 12px; }
h2 { font-size: 1.45em; margin: 20px 0 10px; break-after: avoid; }
h3 { font-size: 1.12em; margin: 14px 0 4px; font-weight: 600; break-after: avoid; }
p { margin: 0 0 8px; }
a { color: #0969da; text-decoration: none; }
ul { margin: 0 0 8px; padding-left: 2em; }
li + li { margin-top: .2em; }
code { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-size: 85%; background: #eff1f3; border-radius: 4px; padding: .15em .35em; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
blockquote { margin: 0 0 10px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
table { border-collapse: collapse; margin: 0 0 10px; }
th, td { border: 1px solid #d1d9e0; padding: 4px 12px; text-align: left; }
th { font-weight: 600; }
tr:nth-child(2n) td { background: #f6f8fa; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
hr { border: 0; height: 3px; background: #d1d9e0; margin: 16px 0; }
`;

// technologies that get `code` spans in the bullets
const TECH = /\b(Kafka|Java|Spring Boot|Testcontainers|React|TypeScript|Jest|Express|SQL|JavaScript|Google Sheets|IBM MQ)\b/g;

export default {
  id: 'markdown',
  imitates: 'a Markdown resume rendered with a GitHub-flavoured stylesheet and printed from the browser',
  stresses: 'h3 headings that join position and company with an em dash, italic date lines with "Since Apr 2022", a blockquote summary, inline code spans inside bullets (monospace runs with padding), a GFM table whose first column holds group labels, link text that is the printed URL, a horizontal rule',
  render(P) {
    const k = new Key();
    const name = k.set('name', fullName(P));
    k.set('label', P.label);
    const where = k.set('location', `${P.city}, ${P.country}`);
    k.set('email', P.email); k.set('phone', P.phone);
    const gh = k.profile(`github.com/${P.github}`), li = k.profile(`linkedin.com/in/${P.linkedin}`);
    const L = [];
    L.push(`# ${name}`, '');
    L.push(`**${P.label}** · ${where}  `, `[${P.email}](mailto:${P.email}) · ${P.phone} · [${gh}](https://${gh}) · [${li}](https://${li})`, '');
    L.push(`> ${P.summary}`, '');
    k.set('summary', P.summary);
    const style = 'MMM YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' – ', since: 'Since' });
    L.push(`## ${k.section('Experience')}`, '');
    for (const w of P.work) {
      L.push(`### ${w.position} — ${w.company}`, `*${dr(w.start, w.end)} · ${w.location}*`, '');
      for (const b of w.bullets) L.push(`- ${b.replace(TECH, '`$1`')}`);
      L.push('');
      k.addWork(w, { style, location: true });
    }
    if (P.projects.length) {
      L.push(`## ${k.section('Projects')}`, '');
      for (const p of P.projects) {
        L.push(`- **${p.name}**${p.url ? ` ([${p.url}](https://${p.url}))` : ''}: ${p.description}. ${p.keywords.map((x) => `\`${x}\``).join(' ')}`);
        k.addProject(p, { keywords: true, url: true });
      }
      L.push('');
    }
    L.push(`## ${k.section('Education')}`, '');
    for (const e of P.education) {
      L.push(`### ${e.studyType} ${e.area} — ${e.institution}`, `*${dr(e.start, e.end)}*`, '');
      k.addEdu(e, { style });
    }
    L.push(`## ${k.section('Skills')}`, '', '| Area | Skills |', '| --- | --- |');
    for (const g of P.skillGroups) { L.push(`| ${g.group} | ${g.items.join(', ')} |`); k.skill(...g.items); }
    L.push('');
    if (P.certs.length) {
      L.push(`## ${k.section('Certifications')}`, '', ...P.certs.map((c) => `- ${c.name} (${c.issuer}, ${c.year})`), '');
      k.other('Certifications', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
    }
    L.push(`## ${k.section('Languages')}`, '', P.languages.map((l) => `${l.name} (${l.level.toLowerCase()})`).join(' · '), '');
    k.other('Languages', P.languages.map((l) => `${l.name} (${l.level.toLowerCase()})`));
    L.push('---', '', `*References available on request.*`);
    k.layout.notes = 'GitHub-flavoured Markdown look (the .md source is in the generator). h3 = "Position — Company" for roles and "Degree Area — Institution" for education; italic line = dates · location; "Since MMM YYYY" = present. Technologies in bullets are inline code spans. Skills table: first column is the group label (not a skill).';
    const source = L.join('\n');
    return { html: page({ title: `${name} — resume.md`, css: `.markdown-body{max-width:none}\n${CSS}`, body: `<article class="markdown-body">\n${md(source)}\n</article>` }), key: k, notes: ['Markdown source (as converted):', '```markdown\n' + source + '\n```'] };
  },
};
