import { describe, expect, it } from 'vitest';
import type { Line, Run } from '../types.js';
import { parseSkills, skillItems } from './skills.js';

/** A PDF line from [text, x, bold] cells; each cell is one run, 6 pt wide per character. */
function row(y: number, ...cells: [string, number, boolean?][]): Line {
  const runs: Run[] = cells.map(([text, x, bold]) => ({ text, x, width: text.length * 6, fontSize: 10, bold: !!bold }));
  const boldChars = runs.filter((r) => r.bold).reduce((n, r) => n + r.text.length, 0);
  const chars = runs.reduce((n, r) => n + r.text.length, 0);
  return {
    text: cells.map((c) => c[0]).join('  '), runs, page: 1, index: y, region: 'body', fontSize: 10, bold: boldChars / chars,
    box: [cells[0]![1], y, 500, y + 10], cells: cells.length > 1 ? cells.map((c) => c[0]) : undefined,
  };
}

describe('skillItems', () => {
  it('splits at commas and middle dots but keeps parentheses whole', () => {
    expect(skillItems('Go, Python (pandas, NumPy) · SQL')).toEqual(['Go', 'Python (pandas, NumPy)', 'SQL']);
  });
  it('drops a bullet glyph printed before an item', () => {
    expect(skillItems('P&L management, ✓ Menu engineering')).toEqual(['P&L management', 'Menu engineering']);
  });
  it('drops the years of use printed after an item', () => {
    expect(skillItems('Kubernetes (7 years), Go (1 year), SQL (10+ yrs), Excel (advanced)')).toEqual(['Kubernetes', 'Go', 'SQL', 'Excel (advanced)']);
  });
  it('drops proficiency labels', () => {
    expect(skillItems('Advanced, Kubernetes')).toEqual(['Kubernetes']);
  });
});

describe('parseSkills', () => {
  it('reads bulleted labelled lists of eight words or more as skills, not as accomplishments', () => {
    const l = (y: number, t: string): Line => ({ ...row(y, [t, 60]), bullet: '•' });
    expect(parseSkills([l(0, 'Design: Figma, Sketch, Adobe XD, Protopie, After Effects'), l(14, 'UX: User research, Usability testing, Design systems, Accessibility'), l(28, 'Tools: Jira, Confluence, Miro, Notion, Google Analytics 4')])
      .map((g) => g.name)).toEqual(['Design', 'UX', 'Tools']);
  });
  it('reads a table of skills and their levels as skills, its header row none', () => {
    const lines = [['Skill', 'Proficiency'], ['Consolidation', 'Advanced'], ['SAP S/4HANA', 'Intermediate'], ['Power BI', 'Advanced']].map(([a, b], i) => row(i * 14, [a!, 47], [b!, 300]));
    expect(parseSkills(lines)).toEqual([{ keywords: ['Consolidation', 'SAP S/4HANA', 'Power BI'] }]);
  });
  it('reads a nested list: group names at the margin, their keywords indented under them, no glyphs', () => {
    const lines = [['Frontend', 59], ['JavaScript', 72], ['React', 72], ['Backend', 59], ['Node.js', 72], ['PostgreSQL', 72]].map(([t, x], i) => row(i * 14, [t as string, x as number]));
    expect(parseSkills(lines)).toEqual([{ name: 'Frontend', keywords: ['JavaScript', 'React'] }, { name: 'Backend', keywords: ['Node.js', 'PostgreSQL'] }]);
  });
  it('reads a column of labelled rows beside an outer label, leaves out a certificates row and its second line, and goes on after a trailing comma', () => {
    const value = (y: number, text: string): Line => ({ ...row(y, [text, 160]), blockStart: true, gapBefore: 2 });
    const groups = parseSkills([
      row(0, ['IT skills', 43], ['Languages: Java, Kotlin, SQL', 160]),
      value(12, 'Frameworks: Spring Boot, Hibernate'),
      value(24, 'Infrastructure: Kafka, Docker, Azure,'),
      value(36, 'Terraform'),
      row(52, ['Certificates', 43], ['Oracle Certified Professional: Java SE 11 Developer (2020)', 160]),
      value(64, 'Microsoft Certified: Azure Developer Associate (2022)'),
      row(80, ['Soft skills', 43], ['Mentoring, Technical interviewing', 160]),
    ]);
    expect(groups).toEqual([
      { name: 'Languages', keywords: ['Java', 'Kotlin', 'SQL'] },
      { name: 'Frameworks', keywords: ['Spring Boot', 'Hibernate'] },
      { name: 'Infrastructure', keywords: ['Kafka', 'Docker', 'Azure', 'Terraform'] },
      { name: 'Soft skills', keywords: ['Mentoring', 'Technical interviewing'] },
    ]);
  });
  it('drops the glyph of a second column\'s item set in the same row ("Go    ▪ Domain-driven design")', () => {
    expect(parseSkills([row(0, ['Go', 73], ['▪ Domain-driven design', 300]), row(14, ['Java', 73], ['▪ AWS', 300])])).toEqual([{ keywords: ['Go', 'Domain-driven design', 'Java', 'AWS'] }]);
  });
  it('reads a row of bold tags under one group name and its level as that group, not as a grid of names', () => {
    const groups = parseSkills([row(0, ['Programming', 88, true]), row(14, ['Master', 88]), row(28, ['C', 97, true], ['C++', 120, true], ['Rust', 150, true]), row(42, ['Platforms', 88, true]), row(56, ['Advanced', 88]), row(70, ['Zephyr', 97, true], ['FreeRTOS', 150, true])]);
    expect(groups).toEqual([{ name: 'Programming', keywords: ['C', 'C++', 'Rust'] }, { name: 'Platforms', keywords: ['Zephyr', 'FreeRTOS'] }]);
  });
  it('reads cards whose keywords sit in pills a little right of their bold names', () => {
    const groups = parseSkills([row(0, ['Web Development', 196, true], ['Compression', 385, true]), row(14, ['HTML', 202], ['CSS', 248], ['Mpeg', 391], ['MP4', 434])]);
    expect(groups).toEqual([{ name: 'Web Development', keywords: ['HTML', 'CSS'] }, { name: 'Compression', keywords: ['Mpeg', 'MP4'] }]);
  });
  it('reads several labelled groups on one line, split at semicolons', () => {
    const groups = parseSkills([row(0, ['Advanced: Java, Spring Boot, SQL; Intermediate: Python, React; Familiar: Kubernetes, AWS', 50])]);
    expect(groups).toEqual([
      { name: 'Advanced', keywords: ['Java', 'Spring Boot', 'SQL'] },
      { name: 'Intermediate', keywords: ['Python', 'React'] },
      { name: 'Familiar', keywords: ['Kubernetes', 'AWS'] },
    ]);
  });
  it('reads "Label: items" rows as groups', () => {
    expect(parseSkills([row(0, ['Languages: Go, Rust', 50])])).toEqual([{ name: 'Languages', keywords: ['Go', 'Rust'] }]);
  });

  it('reads a bold label run before plain keywords with no colon or wide gap', () => {
    const l = row(0, ['DevOps', 72, true], ['AWS, Docker, Kubernetes', 116]);
    expect(parseSkills([{ ...l, cells: undefined }])).toEqual([{ name: 'DevOps', keywords: ['AWS', 'Docker', 'Kubernetes'] }]);
  });

  it('reads a grid of cards column by column, with wrapped names', () => {
    const lines = [
      row(0, ['Programming', 200, true], ['Web Development', 390, true]),
      row(20, ['Languages', 200, true], ['React', 390], ['Next.js', 440]),
      row(40, ['Python', 200], ['Java', 260], ['REST APIs', 390]),
      row(60, ['Data & Infrastructure', 200, true]),
      row(80, ['PostgreSQL', 200], ['Docker', 280]),
    ];
    expect(parseSkills(lines)).toEqual([
      { name: 'Programming Languages', keywords: ['Python', 'Java'] },
      { name: 'Web Development', keywords: ['React', 'Next.js', 'REST APIs'] },
      { name: 'Data & Infrastructure', keywords: ['PostgreSQL', 'Docker'] },
    ]);
  });

  it('splits a card\'s keywords set as tags (a gap wider than a space, narrower than a column gap)', () => {
    // ("Go" ends at 98, "Node.js" starts at 105: 0.7 em; the next card starts 92 pt further right)
    const lines = [
      row(0, ['Backend', 82, true], ['Frontend', 234, true]),
      row(20, ['Go', 86], ['Node.js', 105], ['PostgreSQL', 154], ['React', 238], ['Next.js', 276]),
    ];
    expect(parseSkills(lines)).toEqual([
      { name: 'Backend', keywords: ['Go', 'Node.js', 'PostgreSQL'] },
      { name: 'Frontend', keywords: ['React', 'Next.js'] },
    ]);
  });

  it('skips a row of proficiency levels under the card names', () => {
    const lines = [
      row(0, ['Data Analysis', 40, true], ['Leadership', 300, true]),
      row(15, ['Intermediate', 40], ['Advanced', 300]),
      row(30, ['SQL · Python', 40], ['Scheduling ·', 300]),
      row(45, ['Team training', 300]),
    ];
    expect(parseSkills(lines)).toEqual([
      { name: 'Data Analysis', keywords: ['SQL', 'Python'] },
      { name: 'Leadership', keywords: ['Scheduling', 'Team training'] },
    ]);
  });

  it('reads a bold name over a plain list as one group (one column of cards)', () => {
    const lines = [row(0, ['Cloud', 50, true]), row(15, ['AWS, GCP', 50]), row(30, ['Data', 50, true]), row(45, ['Spark', 50])];
    expect(parseSkills(lines)).toEqual([{ name: 'Cloud', keywords: ['AWS', 'GCP'] }, { name: 'Data', keywords: ['Spark'] }]);
  });

  it('does not take a label column beside its values for a grid', () => {
    const lines = [row(0, ['Languages', 50, true], ['Go, Rust, Python', 150]), row(15, ['Tools', 50, true], ['Docker, Git', 150])];
    expect(parseSkills(lines)).toEqual([{ name: 'Languages', keywords: ['Go', 'Rust', 'Python'] }, { name: 'Tools', keywords: ['Docker', 'Git'] }]);
  });
  it('reads DOCX sub-headings over list items as group names', () => {
    const para = (text: string, extra: Partial<Line>): Line => ({ text, runs: [{ text }], page: 1, index: 0, region: 'body', ...extra });
    const lines = [
      para('Data Analysis', { heading: 2, bold: 1 }), para('SQL', { bullet: '•', listLevel: 0 }), para('Python', { bullet: '•', listLevel: 0 }),
      para('Operations & Leadership', { heading: 2, bold: 1 }), para('Scheduling', { bullet: '•', listLevel: 0 }),
    ];
    expect(parseSkills(lines)).toEqual([{ name: 'Data Analysis', keywords: ['SQL', 'Python'] }, { name: 'Operations & Leadership', keywords: ['Scheduling'] }]);
  });
  it('leaves out Europass rows that are not skills', () => {
    const lines = [row(0, ['Mother tongue(s)', 115], ['German', 196]), row(15, ['Digital skills', 136], ['SAP, Excel', 196]), row(30, ['Driving licence', 125], ['B', 196])];
    expect(parseSkills(lines)).toEqual([{ name: 'Digital skills', keywords: ['SAP', 'Excel'] }]);
  });
  it('joins a comma list wrapped onto the next line, but not the next "Label:" row', () => {
    const a = { ...row(0, ['Procore, Primavera P6, Cost control, Subcontract', 54]), blockStart: true };
    const b = { ...row(15, ['negotiation, OSHA compliance', 54]), blockStart: false };
    expect(parseSkills([a, b])).toEqual([{ keywords: ['Procore', 'Primavera P6', 'Cost control', 'Subcontract negotiation', 'OSHA compliance'] }]);
    const c = { ...row(0, ['Tools: Git, Docker, Eclipse', 47]), blockStart: true };
    const d = { ...row(15, ['Libraries: pandas, NumPy', 47]), blockStart: false };
    expect(parseSkills([c, d])).toEqual([{ name: 'Tools', keywords: ['Git', 'Docker', 'Eclipse'] }, { name: 'Libraries', keywords: ['pandas', 'NumPy'] }]);
  });
});

describe('parseSkills: JSON Resume themes (a group, its level, its keywords as tags)', () => {
  /** A line of runs with their own x and width (tags a few points apart), no cells: as Chromium prints tags. */
  const tags = (y: number, ...runs: [string, number, number][]): Line => ({
    text: runs.map((r) => r[0]).join(' '), runs: runs.map(([text, x, width]) => ({ text, x, width, fontSize: 9.6 })), page: 1, index: y, region: 'body', fontSize: 9.6,
    box: [runs[0]![1], y, 300, y + 10],
  });
  it('reads "Languages — Expert" over tags as a named group, one keyword per tag', () => {
    const lines = [
      row(0, ['Languages — Expert', 50, true]),
      tags(14, ['Go', 56.1, 12.6], ['Java', 74.7, 18.8], ['Spring Boot', 99.5, 45], ['SQL', 150.5, 18.3]),
      row(30, ['Data', 50, true], ['Advanced', 150]),
      tags(44, ['PostgreSQL', 56.1, 50], ['Kafka', 112, 25]),
      row(60, ['Expert', 50]),
    ];
    expect(parseSkills(lines)).toEqual([{ name: 'Languages', keywords: ['Go', 'Java', 'Spring Boot', 'SQL'] }, { name: 'Data', keywords: ['PostgreSQL', 'Kafka'] }]);
  });
  it('keeps a skill printed with its level in brackets, without the level', () => {
    expect(parseSkills([row(0, ['Excel (advanced), Power BI', 50])])).toEqual([{ keywords: ['Excel', 'Power BI'] }]);
  });
});

describe('parseSkills: every line a Word heading (LibreOffice from HTML)', () => {
  const h = (text: string, heading: number, i: number): Line => ({ text, runs: [{ text }], page: 1, index: i, region: 'body', heading, bold: 0 });
  it('takes a heading as a group name only over lines of a lower level', () => {
    const lines = [h('Accounting', 3, 0), h('Expert', 4, 1), h('FRS 102', 6, 2), h('IFRS', 6, 3), h('Systems', 3, 4), h('Advanced', 4, 5), h('Sage 200', 6, 6), h('Xero', 6, 7)];
    expect(parseSkills(lines)).toEqual([{ name: 'Accounting', keywords: ['FRS 102', 'IFRS'] }, { name: 'Systems', keywords: ['Sage 200', 'Xero'] }]);
  });
  it('reads cards named in plain type when a row of levels sits under the names (a monospace theme)', () => {
    const lines = [
      row(0, ['Offensive security', 50], ['Cloud security', 250], ['Programming', 400]),
      row(12, ['Advanced', 50], ['Advanced', 250], ['Intermediate', 400]),
      row(30, ['Burp Suite', 80], ['AWS', 280], ['Python', 430]),
      row(42, ['Threat modelling', 80], ['IAM', 280], ['Go', 430]),
    ];
    expect(parseSkills(lines)).toEqual([
      { name: 'Offensive security', keywords: ['Burp Suite', 'Threat modelling'] }, { name: 'Cloud security', keywords: ['AWS', 'IAM'] }, { name: 'Programming', keywords: ['Python', 'Go'] },
    ]);
  });
  it('leaves spoken languages, certificates and interests out of a combined "Skills & Interests" list', () => {
    const lines = [
      row(0, ['Languages: C++20, Python, kdb+/q, SQL', 50]), row(12, ['Finance: Options pricing, Risk management', 50]),
      row(24, ['Language: English (native), Mandarin (native), Malay (conversational)', 50]), row(36, ['Certification: CFA Level II Candidate (2021)', 50]),
    ];
    expect(parseSkills(lines)).toEqual([{ name: 'Languages', keywords: ['C++20', 'Python', 'kdb+/q', 'SQL'] }, { name: 'Finance', keywords: ['Options pricing', 'Risk management'] }]);
    expect(parseSkills([row(0, ['Languages: Java (advanced), Python (intermediate)', 50])])).toEqual([{ name: 'Languages', keywords: ['Java', 'Python'] }]);
  });
});

describe('parseSkills: a label cell, then one keyword per cell', () => {
  it('reads "Languages    C++    C    Rust" with the label in bold as a named group', () => {
    const lines = [
      row(0, ['Languages', 43, true], ['C++', 120], ['C', 150], ['Rust', 170]),
      row(12, ['Compilers', 43, true], ['LLVM', 120], ['MLIR', 160]),
    ];
    expect(parseSkills(lines)).toEqual([{ name: 'Languages', keywords: ['C++', 'C', 'Rust'] }, { name: 'Compilers', keywords: ['LLVM', 'MLIR'] }]);
  });
  it('keeps a row of plain keyword cells whole', () => {
    expect(parseSkills([row(0, ['Go', 43], ['Rust', 120], ['Kafka', 170])])).toEqual([{ keywords: ['Go', 'Rust', 'Kafka'] }]);
  });
});

describe('parseSkills: a level in brackets', () => {
  it('leaves out "(expert)", "(advanced)" and "(90%)" after a skill, not other brackets, and still knows spoken languages by their levels', () => {
    const l = (text: string, index: number): Line => ({ text, runs: [{ text }], page: 1, index, region: 'body' });
    expect(parseSkills([l('Languages: SQL (expert), Python (advanced), R (basic)', 0), l('Tools: Power BI (intermediate), Excel (90%), Kubernetes (EKS)', 1),
      l('Languages: English (native), French (intermediate)', 2)])).toEqual([{ name: 'Languages', keywords: ['SQL', 'Python', 'R'] }, { name: 'Tools', keywords: ['Power BI', 'Excel', 'Kubernetes (EKS)'] }]);
  });
});
