import { describe, expect, it } from 'vitest';
import type { Line } from '../types.js';
import { findHeadings, respaced } from './sections.js';
import { kindByKeywords } from '../data/section-aliases.js';

const line = (text: string, index: number, extra: Partial<Line> = {}): Line =>
  ({ text, runs: [{ text, fontSize: extra.fontSize ?? 10, bold: (extra.bold ?? 0) > 0.5 }], page: 1, index, region: 'body', fontSize: 10, ...extra });

describe('findHeadings', () => {
  it('takes no cell of a Word table\'s header row for a heading ("Understanding | Speaking | Writing"), but keeps a heading beside its entries', () => {
    const cell = (text: string, index: number, row: number, c: number, extra: Partial<Line> = {}) => line(text, index, { table: { table: 0, row, cell: c }, ...extra });
    const h = { bold: 1, fontSize: 12 }, s = { bold: 1, fontSize: 11 };
    const lines = [
      cell('Skills', 0, 3, 0, h), cell('Platform: Kubernetes, Argo CD, Helm', 1, 3, 1), cell('Cloud: AWS, Google Cloud', 2, 3, 1),
      cell('Education', 3, 4, 0, h), cell('M.Sc. in Informatik', 4, 4, 1), cell('Certifications', 5, 5, 0, h), cell('Certified Kubernetes Administrator', 6, 5, 1),
      cell('Understanding', 7, 7, 0, s), cell('Speaking', 8, 7, 1, s), cell('Writing', 9, 7, 2, s), cell('B1', 10, 8, 0), cell('B1', 11, 8, 1), cell('A2', 12, 8, 2),
    ];
    expect(findHeadings(lines).map((x) => x.heading)).toEqual(['Skills', 'Education', 'Certifications']);
  });
  it('reads a smaller heading word straight under a heading as a group inside it ("SKILLS" / "Languages")', () => {
    const h = { bold: 1, fontSize: 12 };
    const lines = [line('EXPERIENCE', 0, h), line('Engineer at Acme', 1), line('SKILLS', 2, h), line('Languages', 3, { bold: 1, fontSize: 10 }), line('TypeScript · Python', 4), line('EDUCATION', 5, h), line('McGill', 6)];
    expect(findHeadings(lines).map((x) => x.heading)).toEqual(['EXPERIENCE', 'SKILLS', 'EDUCATION']);
  });
  it('learns the headings\' style when most headings are words of no list, standing apart like the known ones', () => {
    const h = (t: string, i: number) => line(t, i, { bold: 1, fontSize: 11.5, gapBefore: 15 });
    const b = (t: string, i: number) => line(t, i, { gapBefore: 2 });
    const lines = [h('LEADERSHIP PHILOSOPHY', 0), b('I build plants people want to work in.', 1), h('EDUCATION', 2), b('Clemson University, MBA, 2012', 3), h('SIGNATURE WINS', 4), b('Cut recordable incidents from 3.8 to 0.6.', 5),
      h('AREAS OF EXPERTISE', 6), b('Lean Manufacturing, Capital Projects', 7), h('PORTFOLIO HIGHLIGHTS', 8), b('Three greenfield launches.', 9), h('BOARD TERMS', 10), b('Upstate Manufacturing Alliance', 11),
      h('PRIOR EXPERIENCE', 12), b('Production Engineer, Toyota, 2003 – 2008', 13), h('MENTORING CIRCLES', 14), b('Four plant managers promoted.', 15)];
    expect(findHeadings(lines).map((x) => x.heading)).toEqual(['LEADERSHIP PHILOSOPHY', 'EDUCATION', 'SIGNATURE WINS', 'AREAS OF EXPERTISE', 'PORTFOLIO HIGHLIGHTS', 'BOARD TERMS', 'PRIOR EXPERIENCE', 'MENTORING CIRCLES']);
  });
  it('leaves Markdown\'s "##" out of a heading\'s name, and keeps a number set as design ("01. Experience")', () => {
    const h = { bold: 1, fontSize: 13 };
    const lines = [line('## About', 0, h), line('Backend engineer in Go.', 1), line('## Experience', 2, h), line('Engineer at Acme', 3), line('01. Education', 4, h), line('McGill', 5), line('02. Skills', 6, h), line('Go, SQL', 7)];
    expect(findHeadings(lines).map((x) => x.heading)).toEqual(['About', 'Experience', '01. Education', '02. Skills']);
  });
  it('reads numbered headings by their names (the numbers left out), and a line in their style without a number as a group inside a section', () => {
    const h = { bold: 1 };
    const lines = [
      line('1. Summary', 0, h), line('Developer from the Waterloo co-op program.', 1), line('2. Work History', 2, h), line('Software Developer Intern, Shopify', 3),
      line('3. Education', 4, h), line('University of Waterloo', 5), line('IV. Skills', 6, h), line('Languages', 7, h), line('TypeScript, Go, Ruby', 8), line('Tools', 9, h), line('Docker, Kafka', 10),
    ];
    expect(findHeadings(lines).map((x) => [x.kind, x.heading])).toEqual([['summary', 'Summary'], ['work', 'Work History'], ['education', 'Education'], ['skills', 'Skills']]);
  });
  it('reads a heading word set like the group labels around it as a group of skills ("Languages" among "Data" and "MLOps")', () => {
    const h = { bold: 1, fontSize: 9.6 }, g = { bold: 1, fontSize: 8.4 }, t = { fontSize: 8 };
    const lines = [
      line('Skills', 0, h), line('Machine learning', 1, g), line('PyTorch  XGBoost', 2, t), line('Data', 3, g), line('Spark  Airflow', 4, t),
      line('Languages', 5, g), line('Python  Scala  SQL', 6, t), line('MLOps', 7, g), line('MLflow  Kubeflow', 8, t), line('Education', 9, h), line('University of Washington', 10, t),
    ];
    expect(findHeadings(lines).map((x) => x.heading)).toEqual(['Skills', 'Education']);
  });
  it('reads "Key Achievements:" under a role\'s "Roles & Responsibilities:" and items as a label, not a section', () => {
    const h = { bold: 1, fontSize: 12 }, b = { bold: 1 };
    const lines = [
      line('Internship', 0, h), line('Coromandel Staffing Services Pvt. Ltd.', 1, b), line('Roles & Responsibilities:', 2, b), line('Screened 300+ resumes.', 3, { bullet: '•' }),
      line('Key Achievements:', 4, b), line('Helped close 18 positions.', 5, { bullet: '•' }), line('Certifications', 6, h), line('Certificate in HR Analytics', 7),
    ];
    expect(findHeadings(lines).map((x) => x.heading)).toEqual(['Internship', 'Certifications']);
  });
  it('keeps a sidebar\'s headings, smaller than the main ones but larger than the sidebar\'s text (Friggeri)', () => {
    const main = { fontSize: 17, column: 1 }, side = { fontSize: 12, column: 0 }, body = { fontSize: 9, column: 0 };
    const lines = [
      line('contact', 0, side), line('Zürich', 1, body), line('+41 44 555 01 87', 2, body), line('languages', 3, side), line('Italian (native)', 4, body), line('German (C1)', 5, body),
      line('programming', 6, side), line('C++, C, Python', 7, body), line('LLVM, MLIR', 8, body),
      line('education', 9, main), line('MSc in Computer Science', 10, { column: 1 }), line('experience', 11, main), line('Principal Compiler Engineer', 12, { column: 1 }),
    ];
    expect(findHeadings(lines).map((x) => [x.heading, x.kind])).toEqual([['contact', 'contact'], ['languages', 'languages'], ['programming', 'skills'], ['education', 'education'], ['experience', 'work']]);
  });
  it('knows the usual headings of Spanish, German, French, Portuguese and Italian resumes', () => {
    const h = { bold: 1, fontSize: 12 };
    const lines = [line('Sobre mí', 0, h), line('Experiencia', 1, h), line('Beruflicher Werdegang', 2, h), line('Formação acadêmica', 3, h), line('Competenze', 4, h), line('Proyectos', 5, h), line('Sprachkenntnisse', 6, h)];
    expect(findHeadings(lines).map((x) => x.kind)).toEqual(['summary', 'work', 'work', 'education', 'skills', 'projects', 'languages']);
  });
  it('finds aliased headings and learns their style for the others', () => {
    const lines = [
      line('Jane Doe', 0, { fontSize: 20 }), line('EXPERIENCE', 1, { bold: 1, fontSize: 12 }), line('Engineer at Acme', 2),
      line('EDUCATION', 3, { bold: 1, fontSize: 12 }), line('MIT', 4), line('MISCELLANEA', 5, { bold: 1, fontSize: 12 }), line('Chess', 6),
      // Not aliases, but their words tell the kind; words of two kinds tell none.
      line('RESEARCH SOFTWARE', 7, { bold: 1, fontSize: 12 }), line('Stata, R', 8),
      line('KEY SKILLS & ACHIEVEMENTS', 9, { bold: 1, fontSize: 12 }), line('Raised stock accuracy', 10),
    ];
    expect(findHeadings(lines).map((h) => [h.heading, h.kind])).toEqual([
      ['EXPERIENCE', 'work'], ['EDUCATION', 'education'], ['MISCELLANEA', 'other'], ['RESEARCH SOFTWARE', 'skills'], ['KEY SKILLS & ACHIEVEMENTS', 'other'],
    ]);
  });
  it('does not take the label of a skills row in body type for a heading under headings on their own lines', () => {
    const h = { bold: 1, fontSize: 14.4 };
    const row = (text: string, index: number, cells: string[]) => line(text, index, { cells, runs: [{ text: cells[0]!, fontSize: 9, bold: true }, { text: cells.slice(1).join('  '), fontSize: 9 }], fontSize: 9 });
    const lines = [
      line('EXPERIENCE', 0, h), line('Engineer at Acme', 1), line('EDUCATION', 2, h), line('ETH Zürich', 3), line('SKILLS', 4, h),
      row('Languages  C++  C  Rust', 5, ['Languages', 'C++', 'C', 'Rust']), row('Tools  CMake  Git', 6, ['Tools', 'CMake', 'Git']), line('PROJECTS', 7, h), line('tessera', 8),
    ];
    expect(findHeadings(lines).map((x) => x.heading)).toEqual(['EXPERIENCE', 'EDUCATION', 'SKILLS', 'PROJECTS']);
  });
  it('does not learn a job title printed in the headings\' style but set as close as body lines for a heading', () => {
    const h = { bold: 1, fontSize: 10, gapBefore: 18 };
    const lines = [
      line('Profile', 0, h), line('Platform engineer with thirteen years in operations', 1, { gapBefore: 4 }),
      line('Experience', 2, h), line('Staff Platform Engineer', 3, { bold: 1, fontSize: 10, gapBefore: 4 }), line('Fjällvik Mobility AB · Sep 2022 – Present', 4, { gapBefore: 4 }),
      line('Senior Platform Engineer', 5, { bold: 1, fontSize: 10, gapBefore: 4 }), line('Fjällvik Mobility AB · May 2020 – Aug 2022', 6, { gapBefore: 4 }),
      line('Education', 7, h), line('Chalmers University of Technology', 8, { gapBefore: 4 }), line('Volunteering Abroad', 9, h), line('Red Cross', 10, { gapBefore: 4 }),
    ];
    expect(findHeadings(lines).map((x) => x.heading)).toEqual(['Profile', 'Experience', 'Education', 'Volunteering Abroad']);
  });
  it('does not take the label of one row of a labelled skills list for a heading ("Languages", "Tools")', () => {
    const h = { bold: 1, fontSize: 11 };
    const row = (a: string, b: string, index: number) => line(`${a}    ${b}`, index, { cells: [a, b], runs: [{ text: a, fontSize: 11, bold: true }, { text: b, fontSize: 11 }], fontSize: 11, box: [60, index * 14, 400, index * 14 + 11] });
    const lines = [
      line('TECHNICAL SKILLS', 0, h), row('Languages', 'Java, SQL, JavaScript', 1), row('Frameworks', 'Spring Boot, Hibernate', 2), row('Tools', 'Git, Maven, Jenkins', 3),
      line('PROFESSIONAL EXPERIENCE', 4, h), line('Working as Software Engineer in Trivexa', 5),
    ];
    expect(findHeadings(lines).map((x) => x.heading)).toEqual(['TECHNICAL SKILLS', 'PROFESSIONAL EXPERIENCE']);
  });
  it('finds a heading in bold body type, though the job titles are bold too, when its words name a section and it stands apart', () => {
    const h = { bold: 1, fontSize: 11, gapBefore: 10 };
    const title = (t: string, index: number) => line(t, index, { bold: 1, fontSize: 11, gapBefore: 6 });
    const lines = [
      line('Data Engineer', 0, { bold: 1, fontSize: 11, gapBefore: 0 }), line('Career Objective', 1, h), line('Looking for a lead role.', 2, { gapBefore: 0 }),
      line('Experience Highlights', 3, h), title('Senior Data Engineer at Kestrel Energy Retail', 4), line('Built the pipeline', 5, { gapBefore: 0 }),
      title('Data Engineer at Moorgate Analytics Ltd', 6), line('Developed DAGs', 7, { gapBefore: 0 }), title('BI Developer at Pennine Building Society', 8),
      title('Graduate Data Analyst at Aire & Calder Utilities', 9), title('Project Manager', 10), line('Gdańsk University of Technology', 15, { bold: 1, fontSize: 11, gapBefore: 10 }),
      line('Technical Proficiencies', 11, h), line('Python', 12, { gapBefore: 0 }), line('Education & Training', 13, h), line('University of Leeds', 14, { gapBefore: 0 }),
    ];
    expect(findHeadings(lines).map((x) => [x.heading, x.kind])).toEqual([
      ['Career Objective', 'summary'], ['Experience Highlights', 'work'], ['Technical Proficiencies', 'skills'], ['Education & Training', 'education'],
    ]);
  });
  it('reads the words of other headings: "Earlier Career" is work, "Conhecimentos Técnicos" skills', () => {
    expect(['Earlier Career', 'Earlier Positions', 'Early career', 'Conhecimentos Técnicos', 'Gdańsk University of Technology'].map(kindByKeywords)).toEqual(['work', 'work', 'work', 'skills', 'skills']);
    expect(['Campus & Part-Time Jobs', 'Summer Jobs'].map(kindByKeywords)).toEqual(['work', 'work']);
  });
  it('reads "Technical Strengths" as skills by its words', () => {
    const h = { bold: 1, fontSize: 12 };
    const lines = [line('EDUCATION', 0, h), line('ETH Zürich', 1), line('TECHNICAL STRENGTHS', 2, h), line('C++, LLVM', 3), line('EXPERIENCE', 4, h), line('Engineer at Acme', 5)];
    expect(findHeadings(lines).map((x) => [x.heading, x.kind])).toEqual([['EDUCATION', 'education'], ['TECHNICAL STRENGTHS', 'skills'], ['EXPERIENCE', 'work']]);
  });
  it('does not take a bold group name in body type for a heading when three headings show a larger style', () => {
    const big = { fontSize: 18 };
    const lines = [
      line('Skills', 0, big), line('Research', 1, { bold: 1, fontSize: 10.5 }), line('User interviews', 2), line('Languages', 3, big), line('Igbo', 4),
      line('Work', 5, big), line('Ọkàn Health', 6), line('Education', 7, big), line('University of Lagos', 8),
    ];
    expect(findHeadings(lines).map((h) => h.heading)).toEqual(['Skills', 'Languages', 'Work', 'Education']);
  });
  it('does not take the last words of a paragraph for a heading ("… what users actually" / "experience.")', () => {
    const lines = [line('Summary', 0, { bold: 1, fontSize: 14 }), line('I like design systems and measuring what users actually', 1), line('experience.', 2), line('Education', 3, { bold: 1, fontSize: 14 })];
    expect(findHeadings(lines).map((h) => h.heading)).toEqual(['Summary', 'Education']);
  });
  it('does not take the second line of a wrapped group name for a heading', () => {
    const lines = [line('Skills', 0, { bold: 1, fontSize: 14 }), line('Operations &', 1, { bold: 1 }), line('Leadership', 2, { bold: 1 }), line('Scheduling', 3)];
    expect(findHeadings(lines).map((h) => h.heading)).toEqual(['Skills']);
  });
  it('reads a heading wrapped over two lines printed alike as one (europecv)', () => {
    const lines = [
      line('Personal skills and', 0, { bold: 1, fontSize: 12, gapBefore: 17 }), line('competences', 1, { bold: 1, fontSize: 12, gapBefore: 1.4 }),
      line('Mother tongue  Spanish', 2, { cells: ['Mother tongue', 'Spanish'] }),
    ];
    expect(findHeadings(lines).map((h) => [h.line, h.heading, h.kind])).toEqual([[0, 'Personal skills and competences', 'skills']]);
  });
  it('takes a section word hanging in the left margin, before the text that starts where the next lines start, for a heading', () => {
    const at = (text: string, x: number) => ({ text, x, fontSize: 10.9, bold: true });
    const lines = [
      { ...line('Experience  Granite Peak Capital Partners', 0, { cells: ['Experience', 'Granite Peak Capital Partners'], box: [76, 132, 540, 143] }), runs: [at('Experience', 76), at('Granite Peak Capital Partners', 151)] },
      line('Senior Financial Analyst', 1, { box: [151, 146, 540, 157] }),
      // A labelled row of a skills list is not: the next row starts where it starts.
      { ...line('Languages  Python, Go', 2, { cells: ['Languages', 'Python, Go'], box: [151, 160, 540, 171] }), runs: [at('Languages', 151), at('Python, Go', 230)] },
      line('Frameworks  React', 3, { cells: ['Frameworks', 'React'], box: [151, 174, 540, 185] }),
    ];
    expect(findHeadings(lines).map((h) => [h.line, h.heading, h.rest])).toEqual([[0, 'Experience', 'Granite Peak Capital Partners']]);
  });
  it('does not take a heading word printed under every entry in another style for a section ("Highlights", kendall)', () => {
    const lines = [
      line('WORK EXPERIENCE', 0, { bold: 1, fontSize: 10.7 }), line('Zahlwerk GmbH', 1), line('Highlights', 2, { bold: 1, fontSize: 7.1 }), line('Designed a ledger', 3),
      line('Frachtfuchs AG', 4), line('Highlights', 5, { bold: 1, fontSize: 7.1 }), line('Wrote an API', 6),
      line('EDUCATION', 7, { bold: 1, fontSize: 10.7 }), line('Universität Bremen', 8), line('Courses', 9, { bold: 1, fontSize: 7.1 }), line('Databases', 10),
    ];
    expect(findHeadings(lines).map((h) => h.heading)).toEqual(['WORK EXPERIENCE', 'EDUCATION']);
  });
  it('does not learn an employer over its dates as a heading, even in the headings\' style (LibreOffice DOCX)', () => {
    const lines = [
      line('Experience', 0, { heading: 3 }), line('Hartley & Moss LLP', 1, { heading: 3 }), line('09/2017 - 10/2020', 2, { heading: 4 }), line('Audit Manager', 3),
      line('Education', 4, { heading: 3 }), line('Certificates of Merit', 5, { heading: 3 }), line('ACA, 2017', 6),
    ];
    expect(findHeadings(lines).map((h) => h.heading)).toEqual(['Experience', 'Education', 'Certificates of Merit']);
  });
  it('does not take a heading word printed three times or more for a section, even in the headings\' style ("HIGHLIGHTS")', () => {
    const H = { bold: 1, fontSize: 12 };
    const lines = [line('WORK EXPERIENCE', 0, H), line('Acme', 1), line('HIGHLIGHTS', 2, H), line('Built it', 3), line('Initech', 4), line('HIGHLIGHTS', 5, H), line('Ran it', 6),
      line('Globex', 7), line('HIGHLIGHTS', 8, H), line('Sold it', 9), line('EDUCATION', 10, H), line('MIT', 11)];
    expect(findHeadings(lines).map((h) => h.heading)).toEqual(['WORK EXPERIENCE', 'EDUCATION']);
  });
  it('puts back the word gaps a letter-spaced heading lost', () => {
    expect(respaced('WORKEXPERIENCE')).toBe('WORK EXPERIENCE');
    expect(respaced('Honors&Awards')).toBe('Honors&Awards');
    expect(respaced('EDUCATION')).toBe('EDUCATION');
    // (spaced out letter by letter, its word gap lost between two pieces of text)
    expect(respaced('CO-O P E X P E R I E N C E')).toBe('CO-OP EXPERIENCE');
  });
  it('reads a bold known heading that carries a glyph of its own ("■ WORK EXPERIENCE"), not a list item that names a section', () => {
    const lines = [line('WORK EXPERIENCE', 0, { bold: 1, fontSize: 11.5, bullet: '■' }), line('Senior HR Business Partner', 1), line('Led the HRIS migration', 2, { bullet: '•' }),
      line('Skills', 3, { bullet: '•', bold: 1 }), line('EDUCATION', 4, { bold: 1, fontSize: 11.5, bullet: '■' }), line('Colorado State University', 5)];
    expect(findHeadings(lines).map((h) => [h.heading, h.kind])).toEqual([['WORK EXPERIENCE', 'work'], ['EDUCATION', 'education']]);
  });
  it('takes a section word in lower case under an item that goes on ("… across the insurance" / "industry") for the item\'s end', () => {
    const lines = [line('Experience', 0, { bold: 1, fontSize: 12 }), line('Built pricing tools used by every underwriter across the insurance', 1, { bullet: '•' }), line('industry', 2),
      line('Education', 3, { bold: 1, fontSize: 12 }), line('University of Malaya', 4)];
    expect(findHeadings(lines).map((h) => h.heading)).toEqual(['Experience', 'Education']);
  });
  it('reads a letter-spaced heading that lost its word gap, and a heading printed in two languages', () => {
    const H = { bold: 1, fontSize: 12 };
    const lines = [line('CO-O P E X P E R I E N C E', 0, H), line('Shopify', 1), line('Formation · Education', 2, H), line('HEC Montréal', 3),
      line('Compétences · Skills', 4, H), line('SQL', 5), line('Projects · Publications', 6, H), line('Parser', 7)];
    // (halves that name two kinds name none: a heading by its style only)
    expect(findHeadings(lines).map((h) => [h.heading, h.kind])).toEqual([['CO-OP EXPERIENCE', 'work'], ['Formation · Education', 'education'], ['Compétences · Skills', 'skills'], ['Projects · Publications', 'other']]);
  });
});
