// Markdown-source designs of the "markdown" batch. Each design writes a resume.md for a persona, recording every
// printed field in the Key at the moment it writes it (Key methods return their argument), and says how the
// Markdown is rendered: md.mjs -> HTML + a theme CSS (printed by Chromium), or docx.mjs -> DOCX.
import { dates } from './lib.mjs';

const mailto = (e) => `[${e}](mailto:${e})`;
const https = (u) => (u.startsWith('http') ? u : `https://${u}`);
const bare = (u) => u.replace(/^https?:\/\//, '');

// ---------------------------------------------------------------- 1. GitHub README
// o: {d (date options), h (headings), contact: 'emoji' | 'dots', skills: 'tags' | 'rows', projects}
export function readme(p, k, o) {
  const L = [];
  const d = o.d;
  L.push(`# ${k.b('name', p.name)}`, '');
  if (o.contact === 'emoji') {
    L.push(`**${k.b('label', p.label)}** · 📍 ${k.b('location', p.location)}  `);
    const c = [`📧 ${mailto(k.b('email', p.email))}`];
    if (p.phone) c.push(`📞 ${k.b('phone', p.phone)}`);
    if (p.github) c.push(`🐙 [${k.profile(p.github)}](${https(p.github)})`);
    if (p.linkedin) c.push(`💼 [${k.profile(p.linkedin)}](${https(p.linkedin)})`);
    L.push(c.join(' · '), '');
  } else {
    L.push(`${k.b('label', p.label)} based in ${k.b('location', p.location)}.`, '');
    const c = [k.b('email', p.email)];
    if (p.phone) c.push(k.b('phone', p.phone));
    if (p.url) c.push(`[${k.b('url', bare(p.url))}](${p.url})`);
    if (p.github) c.push(`[${k.profile(p.github)}](${https(p.github)})`);
    if (p.linkedin) c.push(`[${k.profile(p.linkedin)}](${https(p.linkedin)})`);
    L.push(c.join(' • '), '');
  }
  L.push(`## ${k.section(o.h.summary)}`, '', k.b('summary', p.summary), '');
  L.push(`## ${k.section(o.h.work)}`, '');
  for (const w of p.work) {
    const [dt, kd] = dates(w, d);
    L.push(`### ${w.company}`, `**${w.position}** · ${w.location} · *${dt}*`, '');
    for (const b of w.bullets) L.push(`- ${b}`);
    L.push('');
    k.job({ name: w.company, position: w.position, location: w.location, dates: kd, highlights: w.bullets });
  }
  if (o.projects && p.projects) {
    L.push(`## ${k.section(o.h.projects)}`, '');
    for (const pr of p.projects) {
      L.push(`- **[${pr.name}](https://${p.github}/${pr.name})** — ${pr.description} ${pr.keywords.map((x) => `\`${x}\``).join(' ')}`);
      k.project({ name: pr.name, description: pr.description, keywords: pr.keywords });
    }
    L.push('');
  }
  L.push(`## ${k.section(o.h.skills)}`, '');
  if (o.skills === 'tags') {
    L.push(p.skills.flatMap((g) => k.skillList(g.items)).map((s) => `\`${s}\``).join(' '), '');
  } else {
    for (const g of p.skills) L.push(`- **${g.label}:** ${k.skillList(g.items).join(', ')}`);
    L.push('');
  }
  L.push(`## ${k.section(o.h.edu)}`, '');
  for (const e of p.education) {
    const [dt, kd] = dates(e, { ...d, style: 'YYYY' });
    L.push(`### ${e.institution}`, `${e.studyType}${e.area ? ` in ${e.area}` : ''} · ${dt}${e.score ? ` · GPA ${e.score}` : ''}`, '');
    k.edu({ ...e, location: null, dates: kd });
  }
  return L.join('\n');
}

// ---------------------------------------------------------------- 2. "resume.md" with a minimal serif stylesheet
// "### Title — Company" then an italic dates line. o: {d, h, order}
export function serif(p, k, o) {
  const L = [];
  const d = o.d;
  L.push(`# ${k.b('name', p.name)}`, '');
  const c = [k.b('location', p.location)];
  if (p.phone) c.push(k.b('phone', p.phone));
  c.push(`<${k.b('email', p.email)}>`);
  if (p.github) c.push(`<${k.profile(https(p.github))}>`);
  if (p.linkedin) c.push(`<${k.profile(https(p.linkedin))}>`);
  if (p.url) c.push(`<${k.b('url', p.url)}>`);
  L.push(`${k.b('label', p.label)}  `, c.join(' | '), '', '---', '');
  const parts = {
    summary: () => L.push(`## ${k.section(o.h.summary)}`, '', k.b('summary', p.summary), ''),
    work: () => {
      L.push(`## ${k.section(o.h.work)}`, '');
      for (const w of p.work) {
        const [dt, kd] = dates(w, d);
        L.push(`### ${w.position} — ${w.company}`, `*${dt} · ${w.location}*`, '');
        for (const b of w.bullets) L.push(`* ${b}`);
        L.push('');
        k.job({ name: w.company, position: w.position, location: w.location, dates: kd, highlights: w.bullets });
      }
    },
    projects: () => {
      if (!p.projects) return;
      L.push(`## ${k.section(o.h.projects)}`, '');
      for (const pr of p.projects) {
        L.push(`### ${pr.name}`, `*${pr.keywords.join(', ')}*`, '', pr.description, '');
        k.project({ name: pr.name, description: pr.description, keywords: pr.keywords });
      }
    },
    edu: () => {
      L.push(`## ${k.section(o.h.edu)}`, '');
      for (const e of p.education) {
        const [dt, kd] = dates(e, d);
        L.push(`### ${e.studyType}${e.area ? ` ${e.area}` : ''} — ${e.institution}`, `*${dt}${e.score ? ` · ${e.score}` : ''}*`, '');
        k.edu({ ...e, location: null, dates: kd });
      }
    },
    skills: () => {
      L.push(`## ${k.section(o.h.skills)}`, '');
      p.skills.forEach((g, i) => L.push(`**${g.label}:** ${k.skillList(g.items).join(', ')}${i < p.skills.length - 1 ? '  ' : ''}`));
      L.push('');
    },
  };
  for (const s of o.order) parts[s]();
  return L.join('\n');
}

// ---------------------------------------------------------------- 3. one-line "**Company** | Title | 2019–2022"
// o: {d, h, skills: 'comma' | 'rows', projects}
export function pipes(p, k, o) {
  const L = [];
  const d = o.d;
  L.push(`# ${k.b('name', p.name)}`, '');
  const c = [k.b('label', p.label), k.b('location', p.location)];
  if (p.phone) c.push(k.b('phone', p.phone));
  c.push(k.b('email', p.email));
  if (p.github) c.push(k.profile(p.github));
  if (p.linkedin) c.push(k.profile(p.linkedin));
  L.push(c.join(' · '), '');
  L.push(`## ${k.section(o.h.summary)}`, '', k.b('summary', p.summary), '');
  L.push(`## ${k.section(o.h.work)}`, '');
  for (const w of p.work) {
    const [dt, kd] = dates(w, d);
    L.push(`**${w.company}** | ${w.position} | ${dt}  `, `${w.location}`);
    for (const b of w.bullets) L.push(`* ${b}`);
    L.push('');
    k.job({ name: w.company, position: w.position, location: w.location, dates: kd, highlights: w.bullets });
  }
  if (o.projects && p.projects) {
    L.push(`## ${k.section(o.h.projects)}`, '');
    for (const pr of p.projects) {
      L.push(`**${pr.name}** | ${pr.keywords.join(', ')}  `, pr.description, '');
      k.project({ name: pr.name, description: pr.description, keywords: pr.keywords });
    }
  }
  L.push(`## ${k.section(o.h.edu)}`, '');
  for (const e of p.education) {
    const [dt, kd] = dates(e, { ...d, season: false });
    L.push(`**${e.institution}** | ${e.studyType}${e.area ? ` ${e.area}` : ''} | ${dt}${e.score ? `  \nGPA: ${e.score}` : ''}`, '');
    k.edu({ ...e, location: null, dates: kd });
  }
  L.push(`## ${k.section(o.h.skills)}`, '');
  if (o.skills === 'comma') L.push(p.skills.flatMap((g) => k.skillList(g.items)).join(', '), '');
  else { for (const g of p.skills) L.push(`* ${g.label} — ${k.skillList(g.items).join(', ')}`); L.push(''); }
  return L.join('\n');
}

// ---------------------------------------------------------------- 5. Markdown written for pandoc -> DOCX
// First "#" is the document title; "##" sections; "###" roles joined by o.join. o: {d, h, join, companyFirst, skills: 'table' | 'rows' | 'comma' | 'list', order}
export function pandoc(p, k, o) {
  const L = [];
  const d = o.d;
  L.push(`# ${k.b('name', p.name)}`, '');
  const c = [k.b('location', p.location)];
  if (p.phone) c.push(k.b('phone', p.phone));
  c.push(`<${k.b('email', p.email)}>`);
  if (p.github) c.push(`<${k.profile(https(p.github))}>`);
  if (p.linkedin) c.push(`<${k.profile(https(p.linkedin))}>`);
  if (p.url) c.push(`<${k.b('url', p.url)}>`);
  L.push(`**${k.b('label', p.label)}**\\`, c.join(' · '), '');
  const parts = {
    summary: () => L.push(`## ${k.section(o.h.summary)}`, '', k.b('summary', p.summary), ''),
    work: () => {
      L.push(`## ${k.section(o.h.work)}`, '');
      for (const w of p.work) {
        const [dt, kd] = dates(w, d);
        L.push(`### ${o.companyFirst ? `${w.company}${o.join}${w.position}` : `${w.position}${o.join}${w.company}`}`, '', `*${dt}, ${w.location}*`, '');
        for (const b of w.bullets) L.push(`-   ${b}`);
        L.push('');
        k.job({ name: w.company, position: w.position, location: w.location, dates: kd, highlights: w.bullets });
      }
    },
    projects: () => {
      if (!p.projects) return;
      L.push(`## ${k.section(o.h.projects)}`, '');
      for (const pr of p.projects) {
        L.push(`-   **${pr.name}**: ${pr.description} (${pr.keywords.join(', ')})`);
        k.project({ name: pr.name, description: pr.description, keywords: pr.keywords });
      }
      L.push('');
    },
    talks: () => {
      if (!p.talks) return;
      L.push(`## ${k.section(o.h.talks)}`, '');
      for (const t of p.talks) L.push(`1.  ${t}`);
      k.otherSection(o.h.talks, p.talks);
      L.push('');
    },
    edu: () => {
      L.push(`## ${k.section(o.h.edu)}`, '');
      for (const e of p.education) {
        const [dt, kd] = dates(e, { ...d, style: 'YYYY' });
        L.push(`**${e.institution}**, ${e.location} --- ${e.studyType}${e.area ? `, ${e.area}` : ''} (${dt})`, '');
        k.edu({ ...e, score: null, dates: kd });
      }
    },
    skills: () => {
      L.push(`## ${k.section(o.h.skills)}`, '');
      if (o.skills === 'table') {
        L.push('| Area | Skills |', '|------|--------|');
        for (const g of p.skills) L.push(`| ${g.label} | ${k.skillList(g.items).join(', ')} |`);
      } else if (o.skills === 'rows') {
        for (const g of p.skills) L.push(`**${g.label}:** ${k.skillList(g.items).join(', ')}`, '');
      } else if (o.skills === 'list') {
        for (const g of p.skills) L.push(`-   ${g.label}: ${k.skillList(g.items).join(', ')}`);
      } else {
        L.push(p.skills.flatMap((g) => k.skillList(g.items)).join(', '));
      }
      L.push('');
    },
  };
  for (const s of o.order) parts[s]();
  return L.join('\n').replace(/ --- /g, ' — ');
}

// ---------------------------------------------------------------- 6. table-based: contact table, skills matrix, ISO dates
// o: {d, h, col: 'Level' | 'Years', contact: 'row' | 'column' (one header row of channels, or a Contact | value table), projects}
export function matrix(p, k, o) {
  const L = [];
  const d = o.d;
  L.push(`# ${k.b('name', p.name)}`, '', `**${k.b('label', p.label)}** — ${k.b('location', p.location)}`, '');
  const head = ['Email'], row = [k.b('email', p.email)];
  if (p.phone) { head.push('Phone'); row.push(k.b('phone', p.phone)); }
  if (p.linkedin) { head.push('LinkedIn'); row.push(`[${k.profile(p.linkedin)}](${https(p.linkedin)})`); }
  if (p.github) { head.push('GitHub'); row.push(`[${k.profile(p.github)}](${https(p.github)})`); }
  if (o.contact === 'column') {
    L.push('| Contact | |', '|:--|:--|');
    head.forEach((h, i) => L.push(`| ${h} | ${row[i]} |`));
    L.push('');
  } else L.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, `| ${row.join(' | ')} |`, '');
  L.push(`> ${k.b('summary', p.summary)}`, '');
  L.push(`## ${k.section(o.h.skills)}`, '');
  L.push(`| Area | Technologies | ${o.col} |`, '|:-----|:-------------|:---:|');
  for (const g of p.skills) L.push(`| **${g.label}** | ${k.skillList(g.items).join(', ')} | ${o.col === 'Years' ? g.years : g.level} |`);
  L.push('');
  L.push(`## ${k.section(o.h.work)}`, '');
  for (const w of p.work) {
    const [dt, kd] = dates(w, d);
    L.push(`### ${w.position} · ${w.company}`, `${dt.replace(/^(\S+) → (\S+)$/, '`$1` → `$2`')} · ${w.location}`, '');
    for (const b of w.bullets) L.push(`+ ${b}`);
    L.push('');
    k.job({ name: w.company, position: w.position, location: w.location, dates: kd, highlights: w.bullets });
  }
  if (o.projects && p.projects) {
    L.push(`## ${k.section(o.h.projects)}`, '', '| Project | What it does | Built with |', '|---|---|---|');
    for (const pr of p.projects) {
      L.push(`| ${pr.name} | ${pr.description} | ${pr.keywords.join(', ')} |`);
      k.project({ name: pr.name, description: pr.description, keywords: pr.keywords });
    }
    L.push('');
  }
  L.push(`## ${k.section(o.h.edu)}`, '', '| Degree | Institution | Years |', '|---|---|---|');
  for (const e of p.education) {
    const [dt, kd] = dates(e, { ...d, style: 'YYYY', sep: '–' });
    L.push(`| ${e.studyType}${e.area ? `, ${e.area}` : ''} | ${e.institution} | ${dt} |`);
    k.edu({ ...e, score: null, location: null, dates: kd });
  }
  L.push('');
  if (p.certs) {
    L.push(`## ${k.section(o.h.certs)}`, '');
    for (const c of p.certs) L.push(`- ${c}`);
    k.otherSection(o.h.certs, p.certs);
    L.push('');
  }
  return L.join('\n');
}

// ---------------------------------------------------------------- 7. dark editor theme
// o: {d, h, projects}
export function dark(p, k, o) {
  const L = [];
  const d = o.d;
  L.push(`# ${k.b('name', p.name)}`, '', `${k.b('label', p.label)} — ${k.b('location', p.location)}  `);
  const c = [`✉ ${k.b('email', p.email)}`];
  if (p.phone) c.push(`☎ ${k.b('phone', p.phone)}`);
  if (p.github) c.push(`⌥ [${k.profile(p.github)}](${https(p.github)})`);
  if (p.linkedin) c.push(`in [${k.profile(p.linkedin)}](${https(p.linkedin)})`);
  if (p.url) c.push(`⌂ [${k.b('url', bare(p.url))}](${p.url})`);
  L.push(c.join('   '), '');
  L.push(`## ${k.section(o.h.summary)}`, '', k.b('summary', p.summary), '');
  L.push(`## ${k.section(o.h.work)}`, '');
  for (const w of p.work) {
    const [dt, kd] = dates(w, d);
    L.push(`### ${w.company}`, `**${w.position}** · ${w.location} · \`${dt}\``, '');
    for (const b of w.bullets) L.push(`- ${b}`);
    L.push('');
    k.job({ name: w.company, position: w.position, location: w.location, dates: kd, highlights: w.bullets });
  }
  if (o.projects && p.projects) {
    L.push(`## ${k.section(o.h.projects)}`, '');
    for (const pr of p.projects) {
      L.push(`- **${pr.name}** — ${pr.description}`, `  - stack: ${pr.keywords.join(', ')}`);
      k.project({ name: pr.name, description: pr.description, keywords: pr.keywords });
    }
    L.push('');
  }
  L.push(`## ${k.section(o.h.skills)}`, '');
  for (const g of p.skills) L.push(`- ${g.label}`, ...k.skillList(g.items).map((s) => `  - ${s}`));
  L.push('');
  L.push(`## ${k.section(o.h.edu)}`, '');
  for (const e of p.education) {
    const [dt, kd] = dates(e, d);
    L.push(`**${e.institution}**  `, `${e.studyType}${e.area ? `, ${e.area}` : ''} · \`${dt}\``, '');
    k.edu({ ...e, score: null, location: null, dates: kd });
  }
  return L.join('\n');
}
