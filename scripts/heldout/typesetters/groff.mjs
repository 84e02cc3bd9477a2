// groff designs. Each returns { engine, source, pipeline, notes, description }; gen.mjs runs the pipeline.
// Text is written in UTF-8 and read with `groff -K utf8` (preconv), so accents and dashes are typed as themselves.
import { tr, tra, range, degree } from './lib.mjs';

const bulletsOf = (w, job, emit) => { for (const b of job.bullets) { w.highlights.push(b); emit(b); } };

// ------------------------------------------------------------------------------------------------
// 1. ms-tbl: a classic "troff resume" with the ms macros and tbl. Centred name and contact lines joined by
//    \(bu, uppercase headings with a rule, then every entry is one tbl row: a 1.3in date column ("Mar 2021 –
//    present") and a text block with title, employer and hanging bullets. Skills are a two-column tbl (label,
//    comma list). gropdf output with unembedded base-14 Times.
export function msTbl(P, K) {
  const L = [];
  const o = { style: 'mon', sep: ' – ', present: 'present' };
  L.push('.nr PS 10', '.nr VS 12.2', '.nr LL 6.6i', '.nr PO 0.95i', '.nr HM 0.7i', '.nr FM 0.8i', '.nr PD 0.3v',
    '.de Hh', '.sp 0.9', '.ne 5', '.LP', "\\fB\\s+1\\\\$1\\s0\\fP", '.br', "\\v'-0.8v'\\l'\\\\n(.lu\\(ru'", '.br', '.sp 0.2', '..');
  L.push('.ce 3', `\\s+8\\fB${tr(K.set('name', P.name))}\\fP\\s0`, '.sp 0.35');
  L.push(`${tr(K.set('email', P.email))} \\(bu ${tr(K.set('phone', P.phone))} \\(bu ${tr(K.set('location', P.location))}`);
  L.push(`${tr(K.profile(P.linkedin))} \\(bu ${tr(K.profile(P.github))}`);
  L.push(`.Hh "${K.sec('PROFILE')}"`, '.LP', tr(K.set('summary', P.summary)));
  const row = (left, blockLines) => { L.push(`${tr(left)}@T{`, ...blockLines, 'T}'); };
  const table = (fn) => { L.push('.TS', 'tab(@);', 'lw(1.3i) lw(5.15i).'); fn(); L.push('.TE'); };
  L.push(`.Hh "${K.sec('PROFESSIONAL EXPERIENCE')}"`);
  table(() => {
    P.work.forEach((job, i) => {
      const r = range(job, o);
      const w = K.job({ name: job.company, position: job.title, location: job.location, startDate: r.startDate, endDate: r.endDate });
      const blk = [`\\fB${tr(job.title)}\\fP`, '.br', `\\fI${tr(job.company)}\\fP, ${tr(job.location)}`, '.in +1.3n'];
      bulletsOf(w, job, (b) => blk.push('.ti -1.3n', `\\(bu\\h'0.5n'${tr(b)}`, '.br'));
      blk.push('.in');
      if (i < P.work.length - 1) blk.push('.sp 0.5');
      row(r.text, blk);
    });
  });
  if (P.projects?.length) {
    L.push(`.Hh "${K.sec('PROJECTS')}"`);
    table(() => {
      for (const p of P.projects) {
        K.project({ name: p.name, description: p.desc });
        row(p.name, [`${tr(p.desc)}`]);
      }
    });
  }
  L.push(`.Hh "${K.sec('EDUCATION')}"`);
  table(() => {
    for (const ed of P.education) {
      const r = range(ed, o);
      const d = degree(ed);
      K.edu({ institution: ed.school, studyType: d.studyType, area: d.area, startDate: r.startDate, endDate: r.endDate, score: ed.score, location: ed.location });
      row(r.text, [`\\fB${tr(ed.school)}\\fP, ${tr(ed.location)}`, '.br', `${tr(d.text)}${ed.score ? `; ${/\d/.test(ed.score) ? 'GPA: ' : ''}${tr(ed.score)}` : ''}`]);
    }
  });
  L.push(`.Hh "${K.sec('TECHNICAL SKILLS')}"`, '.TS', 'tab(@);', 'lb lw(5.15i).');
  for (const [g, items] of P.skills) {
    L.push(`${tr(g)}@T{`, tr(items.map((s) => K.skill(s)).join(', ')), 'T}');
  }
  L.push('.TE');
  for (const [h, items] of P.other) {
    L.push(`.Hh "${K.sec(h.toUpperCase())}"`);
    K.other(h.toUpperCase(), items);
    for (const it of items) L.push('.IP \\(bu 2n', tr(it));
  }
  return {
    engine: 'groff 1.22.4 -ms -t (tbl), gropdf',
    pipeline: [['groff', ['-K', 'utf8', '-t', '-ms', '-Tpdf']]],
    source: L.join('\n') + '\n',
    ext: 'ms',
    notes: 'One column, groff ms + tbl, PDF by gropdf (unembedded base-14 Times, Type 1, custom encoding with ToUnicode). Centred name and two centred contact lines with • separators. Uppercase headings over a drawn rule. Each role is a tbl row: a 1.3in left date column "Mar 2021 – present" and a text block (bold title / italic employer, city / • hanging bullets), so pdftotext reads the date on its own line before the title. Education rows "School, City" / "Degree in Area; GPA: x". Skills as a two-column table (bold label, comma list). ms automatic hyphenation is on, so some words break across lines.',
    description: 'a classic "troff resume": groff with the ms macros and the tbl preprocessor, rendered to PDF by gropdf',
  };
}

// ------------------------------------------------------------------------------------------------
// 2. mom-pad: groff mom macros, A4, Helvetica. The contact line is one .PAD line spread across the measure, each
//    role is a .PAD line "Title — Employer, City ........ 01/2020 – Current" (right-aligned date), bullets are a
//    mom DASH list, and the closing block is a mom multi-column block (.MCO/.MCR) with Skills on the left and
//    certifications / languages on the right.
export function momPad(P, K) {
  const L = [];
  const o = { style: 'mm/yyyy', sep: ' – ', present: 'Current' };
  L.push('.PAPER A4', '.PRINTSTYLE TYPESET', '.FAMILY H', '.PT_SIZE 9.5', '.LS 12', '.L_MARGIN 2cm', '.R_MARGIN 2cm', '.T_MARGIN 1.7cm', '.B_MARGIN 1.8cm',
    '.HEADERS OFF', '.PAGINATE OFF', '.NEWCOLOR accent RGB #1F5C7A', '.START', '.QUAD LEFT', '.HY OFF');
  const head = (t) => { L.push('.SPACE 7p', '.NEEDS 4v', `\\*[BD]\\m[accent]${tr(K.sec(t))}\\m[]\\*[PREV]`, '.br', "\\v'-9p'\\D'l \\n(.lu 0'", '.br', '.SPACE -6p'); };
  L.push('.PT_SIZE +10', `\\*[BD]${tr(K.set('name', P.name))}\\*[PREV]`, '.PT_SIZE -10', '.SPACE 3p');
  L.push('.PT_SIZE +2', `\\m[accent]${tr(K.set('label', P.label))}\\m[]`, '.PT_SIZE -2', '.SPACE 3p');
  L.push(`.PAD "${tra(K.set('email', P.email))}#${tra(K.set('phone', P.phone))}#${tra(K.set('location', P.location))}"`);
  L.push(`.PAD "${tra(K.profile(P.linkedin))}#${tra(K.profile(P.github))}"`);
  head('PROFILE');
  L.push('.QUAD JUSTIFY', tr(K.set('summary', P.summary)), '.QUAD LEFT');
  head('WORK HISTORY');
  P.work.forEach((job, i) => {
    const r = range(job, o);
    const w = K.job({ name: job.company, position: job.title, location: job.location, startDate: r.startDate, endDate: r.endDate });
    if (i) L.push('.SPACE 4p');
    L.push(`.PAD "\\*[BD]${tra(job.title)}\\*[PREV] — ${tra(job.company)}, ${tra(job.location)}#\\*[IT]${tra(r.text)}\\*[PREV]"`);
    L.push('.LIST DASH', '.SHIFT_LIST 0.5m');
    bulletsOf(w, job, (b) => L.push('.ITEM', tr(b)));
    L.push('.LIST OFF');
  });
  if (P.projects?.length) {
    head('PROJECTS');
    for (const p of P.projects) {
      K.project({ name: p.name, description: p.desc });
      L.push(`\\*[BD]${tr(p.name)}\\*[PREV]: ${tr(p.desc)}`, '.br');
    }
  }
  head('EDUCATION');
  for (const ed of P.education) {
    const r = range(ed, o);
    const d = degree(ed);
    K.edu({ institution: ed.school, studyType: d.studyType, area: d.area, startDate: r.startDate, endDate: r.endDate, score: ed.score });
    L.push(`.PAD "\\*[BD]${tra(d.text)}\\*[PREV], ${tra(ed.school)}${ed.score ? ` (${tra(ed.score)})` : ''}#\\*[IT]${tra(r.text)}\\*[PREV]"`);
  }
  // Closing block: two mom tab columns set side by side with .MCO/.MCR/.MCX.
  L.push('.SPACE 8p', '.TAB_SET 1 0 8.2c L', '.TAB_SET 2 9c 8c L', '.MCO', '.TAB 1');
  L.push(`\\*[BD]\\m[accent]${tr(K.sec('SKILLS'))}\\m[]\\*[PREV]`, '.br', '.SPACE 2p');
  for (const [g, items] of P.skills) {
    L.push(`\\*[BD]${tr(g)}:\\*[PREV] ${tr(items.map((s) => K.skill(s)).join(', '))}`, '.br', '.SPACE 2p');
  }
  L.push('.MCR', '.TAB 2');
  P.other.forEach(([h, items], i) => {
    if (i) L.push('.SPACE 6p');
    L.push(`\\*[BD]\\m[accent]${tr(K.sec(h.toUpperCase()))}\\m[]\\*[PREV]`, '.br', '.SPACE 2p');
    K.other(h.toUpperCase(), items);
    for (const it of items) L.push(`${tr(it)}`, '.br');
  });
  L.push('.MCX', '.TQ');
  return {
    engine: 'groff 1.22.4 -mom, gropdf',
    pipeline: [['groff', ['-K', 'utf8', '-mom', '-Tpdf']]],
    source: L.join('\n') + '\n',
    ext: 'mom',
    notes: 'groff mom (PRINTSTYLE TYPESET, A4, Helvetica), PDF by gropdf. Large bold name, coloured label, contact line spread over the full measure with .PAD (email left, phone centred, location right; the gaps are horizontal moves, not spaces), second .PAD line with LinkedIn left and GitHub right. Uppercase coloured headings over a rule. Each role is one .PAD line "Title — Employer, City" with the italic date "01/2020 – Current" pushed to the right margin; bullets are a mom DASH list (– hanging). Education as one line "Degree in Area, School (score)" with dates right. The last block is two side-by-side mom tab columns (.MCO/.MCR): SKILLS with "Label: list" rows on the left, other sections (certifications, languages) on the right, so the two columns share baselines.',
    description: 'groff with the mom macros (.PAD lines with right-aligned dates, DASH lists, a two-column .MCO block), rendered to PDF by gropdf',
  };
}

// ------------------------------------------------------------------------------------------------
// 3. troff-plain: no macro package at all, only troff requests. The header is a stack of three-part title lines
//    (.tl 'left''right'): name/label/location on the left, site/e-mail/phone/GitHub flush right on the same
//    baselines. Headings are bold small caps-like (\s-1 capitals) with a drawn rule; roles use a right tab
//    ("Employer, City <tab> 2017–2021"); bullets are \(sq squares with a hanging indent; year-only dates;
//    a page trap prints "Name — page N" on later pages. Palatino, unembedded.
export function troffPlain(P, K) {
  const L = [];
  const o = { style: 'yyyy', sep: '–', present: 'now', collapse: true };
  L.push('.pl 11i', '.po 1i', '.ll 6.5i', '.lt 6.5i', '.fam P', '.ft R', '.ps 11', '.vs 14.5p', '.hy 14', '.nh');
  L.push('.de hd', "'sp 0.55i", `.if \\\\n%>1 .tl |\\fI${tr(P.name)}\\fP||\\fIpage %\\fP|`, "'sp |1.05i", '..');
  L.push('.de fo', "'bp", '..', '.wh 0 hd', '.wh -0.8i fo');
  L.push('.de SH', '.sp 0.9', '.ne 4', '.in 0', '.ps 12', "\\fB\\\\$1\\fP", '.ps', '.br', "\\v'-0.7v'\\D'l \\\\n(.lu 0'", '.br', '.sp 0.25', '..');
  // header: three-part title lines
  L.push('.ps 20', '.vs 22p');
  L.push(`.tl |\\fB${tr(K.set('name', P.name))}\\fP||\\s10\\fI${tr(K.set('url', P.site))}\\fP\\s0|`);
  L.push('.ps 11', '.vs 14.5p', '.sp 0.2');
  L.push(`.tl |\\s12${tr(K.set('label', P.label))}\\s0||${tr(K.set('email', P.email))}|`);
  L.push(`.tl |${tr(K.set('location', P.location))}||${tr(K.set('phone', P.phone))}|`);
  L.push(`.tl |||${tr(K.profile(P.github))}|`);
  L.push(`.SH "${K.sec('Summary')}"`, '.in 0.25i', '.ad b', tr(K.set('summary', P.summary)), '.br');
  L.push(`.SH "${K.sec('Experience')}"`);
  for (const job of P.work) {
    const r = range(job, o);
    const w = K.job({ name: job.company, position: job.title, location: job.location, startDate: r.startDate, endDate: r.endDate });
    L.push('.ne 3', '.in 0.25i', '.ta 6.25iR', '.ad l', `\\fB${tr(job.company)}\\fP, ${tr(job.location)}\t${tr(r.text)}`, '.br', `\\fI${tr(job.title)}\\fP`, '.br', '.in 0.5i', '.ad b');
    bulletsOf(w, job, (b) => L.push('.ti -0.18i', `\\s-2\\(sq\\s0\\h'|0.18i'${tr(b)}`, '.br'));
    L.push('.sp 0.6');
  }
  if (P.projects?.length) {
    L.push(`.SH "${K.sec('Projects')}"`, '.in 0.25i');
    for (const p of P.projects) {
      K.project({ name: p.name, description: p.desc });
      L.push(`\\fB${tr(p.name)}\\fP \\(em ${tr(p.desc)}`, '.br');
    }
  }
  L.push(`.SH "${K.sec('Education')}"`);
  for (const ed of P.education) {
    const r = range(ed, o);
    const d = degree(ed, ', ');
    K.edu({ institution: ed.school, studyType: d.studyType, area: d.area, startDate: r.startDate, endDate: r.endDate, score: ed.score, location: ed.location });
    L.push('.ne 2', '.in 0.25i', '.ta 6.25iR', '.ad l', `\\fB${tr(ed.school)}\\fP, ${tr(ed.location)}\t${tr(r.text)}`, '.br', `${tr(d.text)}${ed.score ? ` \\(em ${tr(ed.score)}` : ''}`, '.br', '.sp 0.3');
  }
  L.push(`.SH "${K.sec('Skills')}"`, '.in 1.55i', '.ta 1.3i', '.ad l');
  for (const [g, items] of P.skills) {
    L.push('.ti -1.3i', `\\fI${tr(g)}\\fP\t${tr(items.map((s) => K.skill(s)).join(' · '))}`, '.br');
  }
  for (const [h, items] of P.other) {
    L.push(`.SH "${K.sec(h)}"`, '.in 0.25i', '.ad l');
    K.other(h, items);
    L.push(tr(items.join('; ')), '.br');
  }
  return {
    engine: 'groff 1.22.4, plain troff requests (no macro package), gropdf',
    pipeline: [['groff', ['-K', 'utf8', '-Tpdf']]],
    source: L.join('\n') + '\n',
    ext: 'tr',
    notes: 'Plain troff, no macro package (.tl title lines, .ta right tabs, \\D rules, page traps), Palatino unembedded, PDF by gropdf. Header is three-part title lines: name / label / location on the left and website / e-mail / phone / GitHub flush right on the same baselines, so the text layer pairs "Embedded Firmware Engineer ... tobiah.marsh@example.com" on one line. Bold mixed-case headings over a drawn rule. Roles: "Employer, City<right tab>2017–2021" then italic title (employer first); year-only dates with "now"; a role within one year prints the year once. Bullets are small \\(sq squares (□) with a hanging indent. Education "School, City<tab>years" / "Degree, Area — score". Skills as italic label + middle-dot (·) separated list with a hanging indent. Other sections as one "; " separated line. A page trap would print "Name — page N" on later pages.',
    description: 'plain troff (no macro package: .tl three-part title lines, right tab stops, \\D rules, page traps), rendered to PDF by gropdf',
  };
}

// ------------------------------------------------------------------------------------------------
// 4. ms-ps-gs: the ms title block (.TL name, .AU label, .AI contacts), numbered .NH headings ("1. Work
//    History"), "Title, Employer — City" with an italic date line below ("January 2022 to date", co-op terms as
//    "Summer 2024"), \(ci hollow-circle bullets in .IP, and a final Skills section in ms two-column mode (.2C).
//    Typeset by groff -Tps, then converted by Ghostscript's ps2pdf: embedded Type 1C subsets WITHOUT ToUnicode.
export function msPsGs(P, K) {
  const L = [];
  const o = { style: 'month', sep: ' to ', present: 'date', seasons: true };
  L.push('.nr PS 10', '.nr VS 12.4', '.nr LL 6.5i', '.nr PO 1i', '.nr HM 0.8i', '.nr FM 0.9i', '.fam P', '.ds CH', '.ds CF \\s8\\*(PN\\s0');
  L.push('.TL', `\\s+4${tr(K.set('name', P.name))}\\s0`, '.AU', tr(K.set('label', P.label)), '.AI');
  L.push(`${tr(K.set('location', P.location))} \\(bu ${tr(K.set('phone', P.phone))} \\(bu ${tr(K.set('email', P.email))}`, '.br');
  L.push(`${tr(K.profile(P.linkedin))} \\(bu ${tr(K.set('url', P.site))}`);
  const nh = (t) => L.push('.NH', tr(K.sec(t)));
  nh('Summary');
  L.push('.LP', tr(K.set('summary', P.summary)));
  nh('Work History');
  for (const job of P.work) {
    const r = range(job, o);
    const w = K.job({ name: job.company, position: job.title, location: job.location, startDate: r.startDate, endDate: r.endDate });
    L.push('.LP', '.ne 4', `\\fB${tr(job.title)}\\fP, ${tr(job.company)} \\(em ${tr(job.location)}`, '.br', `\\fI${tr(r.text)}\\fP`);
    bulletsOf(w, job, (b) => L.push('.IP \\(ci 3n', tr(b)));
  }
  if (P.projects?.length) {
    nh('Personal Projects');
    for (const p of P.projects) {
      K.project({ name: p.name, description: p.desc });
      L.push('.IP \\(ci 3n', `\\fI${tr(p.name)}\\fP. ${tr(p.desc)}`);
    }
  }
  nh('Education');
  for (const ed of P.education) {
    const r = range(ed, { style: 'month', sep: ' to ', present: 'date' });
    const d = degree(ed);
    K.edu({ institution: ed.school, studyType: d.studyType, area: d.area, startDate: r.startDate, endDate: r.endDate, score: ed.score, location: ed.location });
    L.push('.LP', `\\fB${tr(d.text)}\\fP, ${tr(ed.school)} \\(em ${tr(ed.location)}`, '.br', `\\fI${tr(r.text)}\\fP${ed.score ? `. Grade: ${tr(ed.score)}` : ''}`);
  }
  for (const [h, items] of P.other) {
    nh(h);
    K.other(h, items);
    for (const it of items) L.push('.IP \\(ci 3n', tr(it));
  }
  nh('Skills');
  L.push('.2C');
  for (const [g, items] of P.skills) {
    L.push('.LP', `\\fB${tr(g)}\\fP`, '.br', tr(items.map((s) => K.skill(s)).join(', ')));
  }
  return {
    engine: 'groff 1.22.4 -ms -Tps (grops) + Ghostscript 10 ps2pdf',
    pipeline: [['groff', ['-K', 'utf8', '-ms', '-Tps']], ['ps2pdf', ['-', '-']]],
    source: L.join('\n') + '\n',
    ext: 'ms',
    notes: 'groff ms typeset to PostScript (grops) and converted by Ghostscript ps2pdf, so the fonts are embedded Palatino Type 1C subsets with no ToUnicode (text comes back through glyph names). The ms title block centres the name (.TL), the label (.AU, italic) and two contact lines (.AI). Headings are numbered by .NH ("1. Summary", "2. Work History"); the number is part of the text layer. Roles: bold title, employer — city on one line, italic date line below with full month names and "to date"; co-op terms print as "Summer 2024". Bullets are hollow circles (\\(ci) that do not reach the text layer. Skills last, in ms two-column mode (.2C): bold group label over a comma list, flowing down the left column then the right.',
    description: 'groff ms typeset to PostScript (grops) and converted to PDF by Ghostscript ps2pdf (Type 1C fonts without ToUnicode), with the ms title block, numbered headings and a two-column skills block',
  };
}
