// DOCX designs in the "modern Word template" style: layout tables with a coloured header band, DrawingML shapes
// (a band and a monogram circle behind/over the text, headings inside rounded text boxes), a timeline table with a
// vertical cell border, skill ratings as text dots or as shaded cells, and a footer part.
import { Key, range } from './lib.mjs';
import { fullName, initials } from './personas.mjs';
import { r, p, tbl, anchored, inline, numbering, styles, pack } from './ooxml.mjs';

const up = (s) => s.toUpperCase();
const locOf = (P) => `${P.city}, ${P.country}`;
const SYM = 'DejaVu Sans'; // symbol runs get an explicit font that has ✉ ☎ ⌂ ↗ ● ★ (no colour-emoji fallback)
const CM = 360000; // EMU per cm

// ------------------------------------------------------------------------------------------------ word-band
export const wordBand = {
  imitates: 'a "modern" Word resume template built on a borderless layout table: a dark header band row with the name, a spaced-capitals title and a white contact row of symbols, then a tinted left column and a wide right column',
  stresses: 'everything inside one layout table: row 1 is the shaded header band (white text; contact items after Unicode symbols ✉ ☎ ⌂ ↗); row 2 has a tinted left cell (About Me, Skills and Languages with ●●●●○ dot ratings after a right tab, Strengths) and the right cell (Experience: position, "Company | City" in colour, an italic "Jan. 2020 – Present" line in AP-style month abbreviations, bullets; Education; Certifications); headings use a real Heading 1 style with caps and a bottom border; the title uses w:caps + expanded spacing',
  render(P, o = {}) {
    const k = new Key(2);
    const A = o.accent ?? '1F3A4D', A2 = o.accent2 ?? '9FD3E6', TINT = 'EDF2F5';
    const D = { style: 'Mon. YYYY', sep: ' – ', present: 'Present' };
    const H = (t) => p(r(k.section(t)), { style: 'Heading1' });
    const white = { color: 'FFFFFF', sz: 9.5 };
    const sym = (g) => r(`${g} `, { font: SYM, color: A2, sz: 9.5 });
    k.b('name', fullName(P)); k.b('label', up(P.label));
    const line1 = [sym('✉'), r(k.b('email', P.email), white), r('     '), sym('☎'), r(k.b('phone', P.phone), white), r('     '), sym('⌂'), r(k.b('location', locOf(P)), white)];
    const line2 = [sym('↗'), r(k.profile(`linkedin.com/in/${P.linkedin}`), white)];
    if (P.github) line2.push(r('     '), sym('↗'), r(k.profile(`github.com/${P.github}`), white));
    if (P.web) line2.push(r('     '), sym('⌘'), r(k.b('url', P.web), white));
    const head = [
      p(r(fullName(P), { b: true, sz: 28, color: 'FFFFFF' }), { line: 240 }),
      p(r(P.label, { caps: true, spacing: 60, sz: 11, color: A2 }), { after: 140 }),
      p(line1, { after: 40 }), p(line2),
    ];
    const dotsText = (n) => '●'.repeat(n) + '○'.repeat(5 - n);
    const L = [H('About Me'), p(r(k.b('summary', P.summary), { sz: 9.5 }), { after: 60, line: 264 })];
    L.push(H('Skills'));
    for (const s of P.skillGroups.flatMap((g) => g.items)) {
      L.push(p([r(k.skill(s.name), { sz: 9.5 }), r('\t'), r(dotsText(Math.max(1, Math.round(s.level / 20))), { font: SYM, color: A, sz: 8 })], { tabs: [[3050, 'right']], after: 30 }));
    }
    L.push(H('Languages'));
    for (const l of P.languages) L.push(p([r(l.name, { sz: 9.5 }), r('\t'), r(dotsText(l.dots), { font: SYM, color: A, sz: 8 })], { tabs: [[3050, 'right']], after: 30 }));
    k.otherSection('Languages', P.languages.map((l) => ({ language: l.name })));
    L.push(H('Strengths'));
    for (const t of P.strengths) L.push(p([r('▪ ', { color: A }), r(k.skill(t), { sz: 9.5 })], { after: 30 }));
    const R = [H('Experience')];
    for (const w of P.work) {
      k.job(w, { dates: D, location: w.location });
      R.push(p(r(w.position, { b: true, sz: 11.5 }), { before: 100, keepNext: true }));
      R.push(p([r(w.company, { b: true, color: '2B7A9B' }), r('  |  ', { color: '999999' }), r(w.location)], { keepNext: true }));
      R.push(p(r(range(w, D), { i: true, color: '666666', sz: 9 }), { after: 40, keepNext: true }));
      for (const b of w.bullets) R.push(p(r(b), { numId: 1, after: 20 }));
    }
    R.push(H('Education'));
    for (const e of P.education) {
      k.edu(e, { dates: D, studyType: e.studyLong, area: e.area, score: e.score });
      R.push(p(r(`${e.studyLong} in ${e.area}`, { b: true, sz: 11 }), { before: 60 }));
      R.push(p(r(e.institution, { b: true, color: '2B7A9B' })));
      R.push(p(r(range(e, D) + (e.score ? `  ·  ${e.score}` : ''), { i: true, color: '666666', sz: 9 }), { after: 40 }));
    }
    R.push(H('Certifications'));
    for (const c of P.certs) R.push(p([r(c.name, { b: true }), r(` — ${c.issuer}, ${c.year}`)], { after: 40 }));
    k.otherSection('Certifications', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
    const body = tbl([
      [{ span: 2, shd: A, content: head, mar: { top: 320, bottom: 300, left: 360, right: 300 } }],
      [{ shd: TINT, content: L, mar: { top: 160, left: 240, right: 240, bottom: 200 } }, { content: R, mar: { top: 160, left: 320, right: 160 } }],
    ], { widths: [3500, 6966] }) + p('');
    const st = styles({ font: 'Calibri', size: 10, color: '26323A', headings: { Heading1: { rpr: { b: true, caps: true, spacing: 20, sz: 11.5, color: A }, ppr: '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="2" w:color="2B7A9B"/></w:pBdr><w:spacing w:before="200" w:after="100"/>' } } });
    k.layout.notes = 'Word layout table without borders: row 1 is a full-width dark header band (name, title with w:caps and expanded spacing, two contact rows with Unicode symbols ✉ ☎ ⌂ ↗ ⌘ before the items, white text). Row 2: a tinted LEFT cell (About Me, Skills and Languages each followed by a tab and a text dot rating such as ●●●●○ — the ratings are characters in the text, not keyed; Strengths with ▪, stored as skills) and the RIGHT cell (Experience: position, "Company | City", italic dates in AP-style abbreviations like "Sept. 2019 – Present"; Education as "<Degree> in <Area>"; Certifications). Headings are Heading 1 paragraphs (caps by w:caps; the key keeps the stored mixed case). Sections list the left cell first.';
    return { docx: pack({ body, styles: st, numbering: numbering([{ text: '•', color: '2B7A9B' }]), margins: { top: 567, bottom: 567, left: 720, right: 720 }, title: `${fullName(P)} – CV`, author: fullName(P) }), key: k };
  },
};

// ------------------------------------------------------------------------------------------------ word-shapes
export const wordShapes = {
  imitates: 'a Word template made of shapes: a coloured rectangle across the top of the page holding the name in a text box, a circle with the initials, and every section heading inside a rounded-rectangle shape',
  stresses: 'the name, title and initials live in DrawingML text boxes anchored to the page (not in body paragraphs); the body starts with a contact line separated by " | "; each heading is an inline rounded-rectangle text box (the heading text is inside wps:txbx, no heading style); roles print the position with right-tab-aligned dates "01.2020 – current"; skills as a three-column borderless grid; languages as "Name — level"; achievements after ★',
  render(P, o = {}) {
    const k = new Key(1);
    const A = o.accent ?? '7A1F3D', A2 = o.accent2 ?? 'F4D6DF';
    const D = { style: 'MM.YYYY', sep: ' – ', present: 'current' };
    const W = 10466;
    k.b('name', fullName(P)); k.b('label', up(P.label));
    const band = anchored({ x: 0, y: 0, cx: 21 * CM, cy: 4.1 * CM, fill: A, behind: true, ins: [1.3 * CM, 0.95 * CM, 5 * CM, 0.2 * CM],
      text: [p(r(fullName(P), { b: true, sz: 28, color: 'FFFFFF', font: 'Cambria' }), { line: 240 }), p(r(P.label, { caps: true, spacing: 80, sz: 11.5, color: A2 }), { before: 80 })] });
    const circle = anchored({ x: 16.6 * CM, y: 0.55 * CM, cx: 3 * CM, cy: 3 * CM, geom: 'ellipse', fill: A2, line: [38100, 'FFFFFF'], anchor: 'ctr', ins: [0, 0, 0, 0],
      text: [p(r(initials(P), { b: true, sz: 30, color: A, font: 'Cambria' }), { align: 'center', line: 240 })] });
    const c = [k.b('email', P.email), k.b('phone', P.phone), k.b('location', locOf(P)), k.profile(`linkedin.com/in/${P.linkedin}`)];
    if (P.web) c.push(k.b('url', P.web));
    const out = [p([band, circle, r(c.join('  |  '), { sz: 9, color: '555555' })], { align: 'center', after: 120 })];
    const H = (t) => out.push(p(inline({ cx: 5.4 * CM, cy: 0.72 * CM, fill: A, text: [p(r(k.section(up(t)), { b: true, sz: 10.5, color: 'FFFFFF', spacing: 30 }), { line: 240 })] }), { before: 180, after: 100 }));
    H(o.aboutHeading ?? 'About Me');
    out.push(p(r(k.b('summary', P.summary)), { line: 264, align: 'both' }));
    H('Experience');
    for (const w of P.work) {
      k.job(w, { dates: D, location: w.location });
      out.push(p([r(w.position, { b: true, sz: 11.5 }), r('\t'), r(range(w, D), { sz: 9.5, color: '666666' })], { tabs: [[W, 'right']], before: 100, keepNext: true }));
      out.push(p([r(w.company, { i: true, color: A, b: true }), r(`, ${w.location}`, { i: true, color: '555555' })], { after: 30, keepNext: true }));
      for (const b of w.bullets) out.push(p(r(b), { numId: 1, after: 20 }));
    }
    H('Education');
    for (const e of P.education) {
      k.edu(e, { dates: D, studyType: e.studyType, area: e.area, location: e.location, score: e.score });
      out.push(p([r(`${e.studyType}, ${e.area}`, { b: true, sz: 11 }), r('\t'), r(range(e, D), { sz: 9.5, color: '666666' })], { tabs: [[W, 'right']], before: 80 }));
      out.push(p([r(e.institution, { i: true, color: A, b: true }), r(`, ${e.location}`, { i: true, color: '555555' }), ...(e.score ? [r(` — ${e.score}`, { color: '555555' })] : [])], { after: 30 }));
    }
    H('Skills');
    const skills = P.skillGroups.flatMap((g) => g.items).map((s) => k.skill(s.name));
    const rows = [];
    for (let i = 0; i < skills.length; i += 3) rows.push([0, 1, 2].map((j) => ({ content: skills[i + j] ? [p([r('▸ ', { color: A }), r(skills[i + j])], { after: 30 })] : [] })));
    out.push(tbl(rows, { widths: [3488, 3489, 3489] }));
    H('Languages');
    out.push(p(P.languages.flatMap((l, i) => [...(i ? [r('     ')] : []), r(l.name, { b: true }), r(` — ${l.level}`)])));
    k.otherSection('LANGUAGES', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    H('Achievements');
    for (const a of P.achievements) out.push(p([r('★ ', { color: A, font: SYM }), r(a.title, { b: true }), r(`: ${a.text}`)], { after: 40 }));
    k.otherSection('ACHIEVEMENTS', P.achievements.map((a) => ({ title: a.title, summary: a.text })));
    const st = styles({ font: 'Calibri', size: 10, color: '2A2A2A' });
    k.layout.notes = 'Word document built from DrawingML shapes: a coloured rectangle anchored behind the text across the top of page 1, whose text box holds the name and the title (caps by w:caps); a circle shape with the initials at the top right; both are anchored in the first body paragraph, the contact line ("e-mail | phone | city | LinkedIn | site"). Every heading is an inline rounded-rectangle text box with white capitals (no heading style). Single column below: position with right-tab dates ("01.2020 – current"), italic "Company, City", ▪ bullets; skills as a three-column borderless table with ▸; languages on one line; achievements after ★.';
    return { docx: pack({ body: out.join('') + p(''), styles: st, numbering: numbering([{ text: '▪', color: A }]), margins: { top: 2750, bottom: 720, left: 720, right: 720 }, title: `${fullName(P)} Resume`, author: fullName(P) }), key: k };
  },
};

// ------------------------------------------------------------------------------------------------ word-timeline
export const wordTimeline = {
  imitates: 'a Word "timeline" resume template: a monogram tile beside the name, headings as shaded bars with a thick left rule, and experience laid out in a three-column table whose middle column carries a dot and a vertical line',
  stresses: 'a header table with a coloured monogram cell (initials) before the name; contact symbols ✉ ☎ ⌂ ↗; headings as paragraphs with shading and a thick left border (no heading style); experience and education in a table: dates right-aligned in the first column ("01/2020 – Present", wrapping), a ● in a narrow middle column, the content in the third column whose left border draws the timeline; skills as name + five shaded mini-cells (a table bar, no text); languages on one line with " · "; "References available upon request" in the page footer part',
  render(P, o = {}) {
    const k = new Key(1);
    const A = o.accent ?? '2F6B4F', TINT = 'E9F1EC', LINE = 'A9C4B5';
    const D = { style: 'MM/YYYY', sep: ' – ', present: 'Present' };
    k.b('name', fullName(P)); k.b('label', up(P.label));
    const sym = (g) => r(`${g} `, { font: SYM, color: A, sz: 9 });
    const c1 = [sym('✉'), r(k.b('email', P.email), { sz: 9 }), r('    '), sym('☎'), r(k.b('phone', P.phone), { sz: 9 }), r('    '), sym('⌂'), r(k.b('location', locOf(P)), { sz: 9 })];
    const c2 = [sym('↗'), r(k.profile(`linkedin.com/in/${P.linkedin}`), { sz: 9 })];
    if (P.github) c2.push(r('    '), sym('↗'), r(k.profile(`github.com/${P.github}`), { sz: 9 }));
    const out = [tbl([[
      { shd: A, vAlign: 'center', content: [p(r(initials(P), { b: true, sz: 30, color: 'FFFFFF', font: 'Cambria' }), { align: 'center', line: 240 })] },
      { mar: { left: 300 }, vAlign: 'center', content: [p(r(fullName(P), { b: true, sz: 24, color: A, font: 'Cambria' }), { line: 240 }), p(r(P.label, { caps: true, spacing: 70, sz: 10.5, color: '555555' }), { before: 40, after: 100 }), p(c1, { after: 30 }), p(c2)] },
    ]], { widths: [1500, 8966], rowHeights: [1500] })];
    const H = (t) => out.push(p(r(k.section(up(t)), { b: true, sz: 11, color: A, spacing: 20 }), { shd: TINT, border: { left: [36, A, 6] }, before: 240, after: 120, keepNext: true }));
    H(o.summaryHeading ?? 'Professional Summary');
    out.push(p(r(k.b('summary', P.summary)), { line: 264 }));
    const tline = (dates, content) => [
      { content: [p(r(dates, { sz: 8.5, color: '555555' }), { align: 'right' })], mar: { top: 30, right: 60 } },
      { content: [p(r('●', { color: A, sz: 9, font: SYM }), { align: 'right', line: 240 })], mar: { left: 0, right: 0 } },
      { content, borders: { left: [12, LINE] }, mar: { left: 220, bottom: 140 } },
    ];
    H(o.workHeading ?? 'Work History');
    const rows = P.work.map((w) => {
      k.job(w, { dates: D, location: w.location });
      return tline(range(w, D), [p(r(w.position, { b: true, sz: 11 })), p([r(w.company, { b: true, color: A }), r(` · ${w.location}`, { color: '555555' })], { after: 30 }), ...w.bullets.map((b) => p(r(b), { numId: 1, after: 20 }))]);
    });
    out.push(tbl(rows, { widths: [1650, 230, 8586], cellMar: { left: 60, right: 60 } }));
    H('Education');
    out.push(tbl(P.education.map((e) => {
      k.edu(e, { dates: D, studyType: e.studyLong, area: e.area, location: e.location, score: e.score });
      return tline(range(e, D), [p(r(`${e.studyLong}, ${e.area}`, { b: true, sz: 11 })), p([r(e.institution, { b: true, color: A }), r(` · ${e.location}`, { color: '555555' })]), ...(e.score ? [p(r(e.score, { i: true, color: '555555' }))] : [])]);
    }), { widths: [1650, 230, 8586], cellMar: { left: 60, right: 60 } }));
    H('Skills');
    const skills = P.skillGroups.flatMap((g) => g.items);
    const cells = (s) => s ? [{ content: [p(r(k.skill(s.name), { sz: 9.5 }))], mar: { top: 20, bottom: 20 } },
      ...[1, 2, 3, 4, 5].map((i) => ({ shd: i <= Math.max(1, Math.round(s.level / 20)) ? A : 'DCE6E0', borders: { top: [24, 'FFFFFF'], bottom: [24, 'FFFFFF'], left: [12, 'FFFFFF'], right: [12, 'FFFFFF'] } }))]
      : [{ content: [] }, ...[1, 2, 3, 4, 5].map(() => ({ content: [] }))];
    const srows = [];
    for (let i = 0; i < skills.length; i += 2) srows.push([...cells(skills[i]), { content: [] }, ...cells(skills[i + 1])]);
    out.push(tbl(srows, { widths: [2900, 240, 240, 240, 240, 240, 900, 2900, 240, 240, 240, 240, 240, 246], cellMar: { left: 60, right: 60 } }));
    H('Languages');
    out.push(p(P.languages.flatMap((l, i) => [...(i ? [r('  ·  ', { color: A })] : []), r(l.name, { b: true }), r(` (${l.level})`)])));
    k.otherSection('LANGUAGES', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    H('Certifications');
    for (const c of P.certs) out.push(p([r(c.name, { b: true }), r(`, ${c.issuer} (${c.year})`)], { after: 40 }));
    k.otherSection('CERTIFICATIONS', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
    if (P.projects) {
      H('Projects');
      for (const pr of P.projects) {
        k.project(pr, { keywords: true });
        out.push(p([r(pr.name, { b: true, color: A }), r(`  |  ${pr.keywords.join(', ')}`, { i: true, color: '555555' })], { before: 60 }), p(r(pr.description), { after: 40 }));
      }
    }
    if (P.volunteer) {
      const VD = { style: 'YYYY', sep: ' – ', present: 'Present' };
      H('Volunteering');
      out.push(tbl(P.volunteer.map((v) => tline(range(v, VD), [p(r(v.role, { b: true, sz: 11 })), p(r(v.org, { b: true, color: A }))])), { widths: [1650, 230, 8586], cellMar: { left: 60, right: 60 } }));
      k.otherSection('VOLUNTEERING', P.volunteer.map((v) => ({ position: v.role, organization: v.org, startDate: v.start, endDate: v.end ?? 'present' })));
    }
    const footer = p(r('References available upon request', { i: true, sz: 8.5, color: '777777' }), { align: 'center', border: { top: [4, LINE, 4] } });
    const st = styles({ font: 'Calibri', size: 10, color: '222222' });
    k.layout.notes = 'Word template with a header table (a coloured cell holding the initials, then name, title with w:caps + spacing, and two contact rows with Unicode symbols ✉ ☎ ⌂ ↗). Headings are ordinary paragraphs with a tinted shading and a thick coloured left border (no heading style), capitals as typed. Work History and Education are three-column tables: dates right-aligned in the first column ("01/2020 – Present", wrapping onto two lines), a ● in a narrow middle column, and the content in the third column whose left cell border draws the timeline line. Skills: a table with two skills per row, each followed by five mini-cells shaded to show the level (no text). Languages on one line with levels in parentheses; then Certifications and, where the persona has them, Projects ("name | stack" in italics) and Volunteering (same timeline table). The footer part prints "References available upon request" (not keyed).';
    return { docx: pack({ body: out.join('') + p(''), styles: st, numbering: numbering([{ text: '–', color: A }]), footer, margins: { top: 720, bottom: 900, left: 720, right: 720 }, title: `${fullName(P)} CV`, author: fullName(P) }), key: k };
  },
};
