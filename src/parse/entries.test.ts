import { describe, expect, it } from 'vitest';
import type { Line } from '../types.js';
import { findDegree, headerFields, splitEntries } from './entries.js';

let index = 0;
/** A PDF line at (x, y); `cells` are the parts of a row split by wide gaps. */
function line(text: string, x: number, y: number, opts: Partial<Line> = {}): Line {
  return {
    text, runs: [{ text, x, width: text.length * 5, fontSize: 10, bold: (opts.bold ?? 0) > 0.5 }], page: 1, index: index++,
    region: 'body', fontSize: 10, box: [x, y, x + text.length * 5, y + 10], gapBefore: 2, blockStart: true, ...opts,
  };
}

describe('splitEntries', () => {
  it('reads a range wrapped in its date cell, "09/2019 –" over "03/2022", as one range of one entry', () => {
    const row = (date: string, text: string, y: number, extra: Partial<Line> = {}) => line(`${date}  ${text}`, 37, y, { cells: [date, text], ...extra });
    const entries = splitEntries([
      row('09/2019 –', 'Senior Software Engineer', 0, { bold: 0.7 }), row('03/2022', 'Tulpbank Digital B.V., Amsterdam', 12, { blockStart: false }),
      line('Designed the event-sourced ledger in Java', 121, 26, { listLevel: 0 }),
      row('09/2015 –', 'Junior Java Developer', 50, { bold: 0.7 }), row('05/2017', 'Dijkstra & Vos Consultancy, Utrecht', 62, { blockStart: false }),
    ]);
    expect(entries.map((e) => headerFields(e.header, 'work')).map((f) => [f.title, f.org, f.dates?.start, f.dates?.end, f.dates?.current])).toEqual([
      ['Senior Software Engineer', 'Tulpbank Digital B.V.', '2019-09', '2022-03', false], ['Junior Java Developer', 'Dijkstra & Vos Consultancy', '2015-09', '2017-05', false],
    ]);
  });
  it('reads "Aug 2019 – Dec" over "2021" in a date column as a range ending in December 2021', () => {
    const row = (date: string, text: string, y: number, extra: Partial<Line> = {}) => line(`${date}  ${text}`, 37, y, { cells: [date, text], ...extra });
    const entries = splitEntries([
      row('Aug 2019 – Dec', 'Bioinformatics Scientist', 0, { bold: 0.7 }), row('2021', 'Bayside Sequencing Inc.', 12, { blockStart: false }),
      line('Built Nextflow pipelines for single-cell RNA-seq', 121, 26, { listLevel: 0 }),
    ]);
    expect(entries.map((e) => headerFields(e.header, 'work')).map((f) => [f.title, f.org, f.dates?.start, f.dates?.end])).toEqual([
      ['Bioinformatics Scientist', 'Bayside Sequencing Inc.', '2019-08', '2021-12'],
    ]);
  });
  it('goes on with an item into a bold wrapped line mid-sentence, and leaves a note after the dates out of the title', () => {
    const entries = splitEntries([
      line('2016–2019  Staff Engineer', 62, 0, { cells: ['2016–2019', 'Staff Engineer'] }),
      line('Rewrote the metadata service from a sharded MySQL cluster to a Raft-replicated', 157, 12, { bullet: '•' }),
      line('key-value store in Rust, raising throughput to 1.4 million operations', 157, 24, { blockStart: false }),
      line('per second.', 157, 36, { blockStart: false, bold: 0.9 }),
      line('2010–2013 (acquired by Oracle) Database Engineer, Kvasir Data, Trondheim, Norway', 62, 60, { cells: ['2010–2013 (acquired by Oracle) Database Engineer, Kvasir Data, Trondheim, Norway'] }),
      line('Core developer of a columnar analytics database', 157, 72, { bullet: '•' }),
    ]);
    expect(entries.map((e) => e.bullets.map((b) => b.text))).toEqual([
      ['Rewrote the metadata service from a sharded MySQL cluster to a Raft-replicated key-value store in Rust, raising throughput to 1.4 million operations per second.'],
      ['Core developer of a columnar analytics database'],
    ]);
    expect(headerFields(entries[1]!.header, 'work')).toMatchObject({ title: 'Database Engineer', org: 'Kvasir Data', location: 'Trondheim, Norway' });
  });
  it('keeps a specialty after a dash in the title when the employer is named on the next line', () => {
    const h = [line('2021-04 - Current  Registered Nurse – Cardiac Telemetry', 50, 0, { bold: 1, cells: ['2021-04 - Current', 'Registered Nurse – Cardiac Telemetry'] }), line('Scioto Valley Medical Center, Columbus, OH', 163, 12)];
    expect(headerFields(h, 'work')).toMatchObject({ title: 'Registered Nurse – Cardiac Telemetry', org: 'Scioto Valley Medical Center', location: 'Columbus, OH' });
    // (a grade word in an employer's name names no job)
    const g = [line('2015-01 - 2016-08  Certified Nursing Assistant', 50, 40, { bold: 1, cells: ['2015-01 - 2016-08', 'Certified Nursing Assistant'] }), line('Maple Grove Senior Living, Westerville, OH', 163, 52)];
    expect(headerFields(g, 'work')).toMatchObject({ title: 'Certified Nursing Assistant', org: 'Maple Grove Senior Living' });
    const a = [line('Audit Senior, Assurance    September 2017 - January 2020', 50, 80, { cells: ['Audit Senior, Assurance', 'September 2017 - January 2020'] }), line('Harrow Pike & Lindqvist LLP (Big Four) | Charlotte, NC', 50, 92)];
    expect(headerFields(a, 'work')).toMatchObject({ title: 'Audit Senior, Assurance', org: 'Harrow Pike & Lindqvist LLP (Big Four)' });
  });
  it('reads a line opening in bold over a plain one as one header, though their weights average alike', () => {
    const head = (y: number, title: string, dates: string): Line => ({ ...line(`${title}, ${dates}`, 54, y, { bold: 0.5 }), runs: [{ text: `${title},`, x: 54, bold: true, fontSize: 10 }, { text: ` ${dates}`, x: 150, fontSize: 10 }] });
    const entries = splitEntries([
      head(0, 'Restaurant Manager', '07/2023 to Current'), line('Thalassa Dining – Adelaide, SA', 54, 12),
      line('Oversee front and back of house with a combined team of 30', 72, 26, { listLevel: 0 }),
      head(50, 'Head Chef', '01/2020 to Current'), line('Thalassa Dining – Adelaide, SA', 54, 62),
      line('Lead a brigade of 14 chefs and kitchen hands', 72, 76, { listLevel: 0 }),
    ]);
    expect(entries.map((e) => headerFields(e.header, 'work')).map((f) => [f.title, f.org, f.location])).toEqual([
      ['Restaurant Manager', 'Thalassa Dining', 'Adelaide, SA'], ['Head Chef', 'Thalassa Dining', 'Adelaide, SA'],
    ]);
  });
  it('joins a line break typed inside a Word list paragraph to its item', () => {
    const para = (text: string, extra: Partial<Line> = {}): Line => ({ text, runs: [{ text }], page: 1, index: index++, region: 'body', fontSize: 11, blockStart: true, ...extra });
    const entries = splitEntries([
      para('Quillfeather Health (January 2022 to Present)', { bold: 1 }), para('Senior Backend Engineer, Remote'),
      para('Designed the claims-eligibility service in Go that answers', { bullet: '•' }), para('3,200 requests per second with a p99 latency of 45 ms', { blockStart: false }),
      para('Migrated 14 cron-driven batch jobs to Kafka consumers', { bullet: '•' }),
    ]);
    expect(entries.map((e) => e.bullets.map((b) => b.text))).toEqual([
      ['Designed the claims-eligibility service in Go that answers 3,200 requests per second with a p99 latency of 45 ms', 'Migrated 14 cron-driven batch jobs to Kafka consumers'],
    ]);
  });
  it('keeps a place indented under the header, read as an item by its indent alone, in the header', () => {
    const entries = splitEntries([
      line('Bayside Sequencing Inc. – Bioinformatics Scientist  Aug 2019 – Dec 2021', 45, 0, { bold: 0.3, cells: ['Bayside Sequencing Inc. – Bioinformatics Scientist', 'Aug 2019 – Dec 2021'] }),
      line('South San Francisco, CA', 54, 11, { fontSize: 9, listLevel: 0, blockStart: false }),
      line('Built Nextflow pipelines for single-cell RNA-seq', 49, 22, { bullet: '•' }),
    ]);
    expect(entries.map((e) => [headerFields(e.header, 'work').location, e.bullets.map((b) => b.text)])).toEqual([
      ['South San Francisco, CA', ['Built Nextflow pipelines for single-cell RNA-seq']],
    ]);
  });
  it('starts the next entry at a header set left of the last item\'s glyph, though no wider gap is there', () => {
    const entries = splitEntries([
      line('HANEUL INTERACTIVE | Lead Engine Programmer', 225, 0, { bold: 0.4 }), line('Apr 2021 -- Present | Seoul, South Korea', 225, 12, { fontSize: 8 }),
      line('Mentor two junior programmers through the studio apprenticeship pro-', 228, 26, { bullet: '•' }), line('gramme', 236, 38, { blockStart: false }),
      line('BLUE MAGPIE GAMES | Senior Gameplay Programmer', 225, 50, { bold: 0.4 }), line('Jul 2017 -- Mar 2021 | Seongnam, South Korea', 225, 62, { fontSize: 8 }),
    ]);
    expect(entries.map((e) => e.header[0]!.text)).toEqual(['HANEUL INTERACTIVE | Lead Engine Programmer', 'BLUE MAGPIE GAMES | Senior Gameplay Programmer']);
  });
  it('continues a header whose text cell, beside its dates, breaks after a comma or mid-name (moderncv)', () => {
    const head = (text: string, dates: string, y: number) => line(`${text}  ${dates}`, 168, y, { bold: 0.6, cells: [text, dates] });
    const entries = splitEntries([
      head('Firmware Engineer, Hanbit Mobility Co., Ltd., Daejeon,', '2019.01 – 2022.03', 0), line('South Korea.', 168, 14, { blockStart: false }),
      line('Wrote CAN and LIN drivers in C for the motor controller', 179, 28, { bullet: '○' }),
      head('Research Intern, Daon Sensor Systems, Suwon, South', '2016.07 – 2016.12', 50), line('Korea.', 168, 64, { blockStart: false }),
      line('Prototyped a Bluetooth LE environmental sensor', 179, 78, { bullet: '○' }),
    ]);
    expect(entries.map((e) => headerFields(e.header, 'work')).map((f) => [f.title, f.org, f.location])).toEqual([
      ['Firmware Engineer', 'Hanbit Mobility Co., Ltd.', 'Daejeon, South Korea'], ['Research Intern', 'Daon Sensor Systems', 'Suwon, South Korea'],
    ]);
  });
  it('reads the undated line under a "title    dates" row as the rest of that header, not a new entry', () => {
    const entries = splitEntries([
      line('Bioinformatics Scientist  August 2019 – December 2021', 162, 0, { cells: ['Bioinformatics Scientist', 'August 2019 – December 2021'] }),
      line('Bayside Sequencing Inc., South San Francisco, CA', 162, 14), line('Built Nextflow pipelines for single-cell RNA-seq', 175, 28, { bullet: '•' }),
    ]);
    expect(entries).toHaveLength(1);
    expect(headerFields(entries[0]!.header, 'work')).toMatchObject({ title: 'Bioinformatics Scientist', org: 'Bayside Sequencing Inc.', location: 'South San Francisco, CA' });
  });
  it('starts a second school at a second degree whose name has a title word in it ("Associate of Arts")', () => {
    const entries = splitEntries([
      line('Certificate in Full-Stack Web Development', 50, 0, { bold: 1 }), line('Forge Coding Bootcamp - Pittsburgh, PA', 50, 14), line('June 2023 to September 2023', 50, 28),
      line('Associate of Arts in Communication', 50, 50, { bold: 1 }), line('Community College of Allegheny County - Pittsburgh, PA', 50, 64), line('2015 to 2017', 50, 78),
    ]);
    expect(entries.map((e) => headerFields(e.header, 'education')).map((f) => [f.org, f.degree?.studyType, f.location])).toEqual([
      ['Forge Coding Bootcamp', 'Certificate', 'Pittsburgh, PA'], ['Community College of Allegheny County', 'Associate of Arts', 'Pittsburgh, PA'],
    ]);
  });
  it('reads an outline: items over their dates and title, with duties one level deeper, head the entries', () => {
    const item = (text: string, level: number) => line(text, 40 + 20 * level, 0, { listLevel: level, bullet: '•' });
    const entries = splitEntries([
      item('Norrsken Sensorteknik AB', 0), line('2020-09-01 - present', 40, 0), line('Senior Firmware Engineer', 40, 0), item('Led firmware for a soil sensor', 1), item('Ported the firmware to Zephyr', 1),
      item('Götaverken Automation', 0), line('2016-02-01 - 2020-08-31', 40, 0), line('Embedded Software Engineer', 40, 0), item('Developed CAN bus drivers', 1),
    ]);
    expect(entries.map((e) => [e.header.map((h) => h.text), e.bullets.length])).toEqual([
      [['Norrsken Sensorteknik AB', '2020-09-01 - present', 'Senior Firmware Engineer'], 2],
      [['Götaverken Automation', '2016-02-01 - 2020-08-31', 'Embedded Software Engineer'], 1],
    ]);
  });
  it('keeps the last duty of a plain list a duty, though the next entry\'s header and dates follow it', () => {
    const item = (text: string) => line(text, 60, 0, { listLevel: 0, bullet: '•' });
    const entries = splitEntries([
      line('Junior Systems Administrator', 40, 0), line('2019-07-01 - 2021-12-31', 40, 0), item('Automated server builds with Ansible'), item('Moved 200 customer sites to containers'),
      line('Karoo Connect', 40, 0), line('Technical Support Engineer', 40, 0), line('2018-02-01 - 2019-06-30', 40, 0),
    ]);
    expect(entries[0]!.bullets.map((b) => b.text)).toEqual(['Automated server builds with Ansible', 'Moved 200 customer sites to containers']);
    expect(entries.flatMap((e) => e.header.map((h) => h.text))).not.toContain('Moved 200 customer sites to containers');
  });
  it('moves dates printed beside the first bullet into the header and drops durations', () => {
    const entries = splitEntries([
      line('Nexus AI, Co-Founder & CTO  San Francisco, CA', 56, 0, { bold: 1, cells: ['Nexus AI, Co-Founder & CTO', 'San Francisco, CA'] }),
      line('Built model infrastructure serving 2M+ requests with 99.97%  June 2023 – present', 68, 12, { bullet: '•', cells: ['Built model infrastructure serving 2M+ requests with 99.97%', 'June 2023 – present'] }),
      line('uptime  2 years 10 months', 68, 24, { blockStart: false, cells: ['uptime', '2 years 10 months'] }),
      line('Raised a Series A', 68, 36, { bullet: '•' }),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.header.map((h) => h.text)).toEqual(['Nexus AI, Co-Founder & CTO  San Francisco, CA', 'June 2023 – present']);
    expect(entries[0]!.bullets.map((b) => b.text)).toEqual(['Built model infrastructure serving 2M+ requests with 99.97% uptime', 'Raised a Series A']);
    const f = headerFields(entries[0]!.header, 'work');
    expect(f).toMatchObject({ org: 'Nexus AI', title: 'Co-Founder & CTO', location: 'San Francisco, CA', dates: { start: '2023-06', current: true } });
  });

  it('starts a new entry at a row styled like the first header row, even when its plain cell is longer', () => {
    const row = (name: string, place: string, y: number): Line => ({
      ...line(`${name}  ${place}`, 40, y, { cells: [name, place] }),
      runs: [{ text: name, x: 40, bold: true, fontSize: 10 }, { text: place, x: 480, italic: true, fontSize: 9 }],
      fontSize: name.length > place.length ? 10 : 9,
    });
    const entries = splitEntries([
      row('Danggeun Market Inc.', 'Seoul, S.Korea', 0), line('Site Reliability Engineer  Feb. 2021 - Mar. 2021', 40, 14, { cells: ['Site Reliability Engineer', 'Feb. 2021 - Mar. 2021'] }),
      row('Kasa', 'Seoul, S.Korea', 30), line('Director of Infrastructure  Jun. 2018 - Jan. 2021', 40, 44, { cells: ['Director of Infrastructure', 'Jun. 2018 - Jan. 2021'] }),
    ]);
    expect(entries.map((e) => headerFields(e.header, 'work')).map((f) => [f.org, f.title])).toEqual([
      ['Danggeun Market Inc.', 'Site Reliability Engineer'], ['Kasa', 'Director of Infrastructure'],
    ]);
  });

  it('takes the dates of the role, not the employer span printed above it', () => {
    const h = [
      line('Meridian Medical Supplies, Denver, CO  2015 – Present', 40, 0, { bold: 1, cells: ['Meridian Medical Supplies, Denver, CO', '2015 – Present'] }),
      line('Regional Sales Manager  Jan 2021 – Present', 40, 14, { italic: 1, cells: ['Regional Sales Manager', 'Jan 2021 – Present'] }),
    ];
    expect(headerFields(h, 'work')).toMatchObject({ org: 'Meridian Medical Supplies', location: 'Denver, CO', title: 'Regional Sales Manager', dates: { start: '2021-01', current: true } });
  });

  it('keeps a bold "Company · description" row in the header, even when it is long', () => {
    const entries = splitEntries([
      line('Research Intern', 196, 0, { bold: 1, fontSize: 16 }),
      line('Allen Institute for AI · Non-profit AI research institute', 196, 20, { bold: 1 }),
      line('Jun 2023 – Sep 2023', 196, 34),
      line('Supported an NLP research group evaluating retrieval-augmented question answering.', 196, 50),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.header).toHaveLength(3);
    expect(entries[0]!.prose).toHaveLength(1);
    expect(headerFields(entries[0]!.header, 'work')).toMatchObject({ title: 'Research Intern', org: 'Allen Institute for AI' });
  });
});

describe('splitEntries: a date column and sub-labels (JSON Resume themes)', () => {
  it('reads "2011" over "2013" as one range, and the lines under "Courses" as items of the entry', () => {
    const lines = [
      line('2011  Technische Universität Hamburg', 380, 0, { bold: 1, cells: ['2011', 'Technische Universität Hamburg'] }),
      line('2013  https://tuhh.example.com', 380, 9, { cells: ['2013', 'https://tuhh.example.com'], gapBefore: 0, blockStart: false }),
      line('Master of Science', 426, 20), line('Computer Science', 415, 30), line('Courses', 415, 40),
      line('Distributed Systems', 426, 50), line('Database Internals', 426, 60),
      line('2008  Universität Bremen', 380, 80, { bold: 1, cells: ['2008', 'Universität Bremen'] }), line('2011', 380, 89, { bold: 1 }),
      line('Bachelor of Science', 426, 100),
    ];
    const entries = splitEntries(lines);
    expect(entries.map((e) => headerFields(e.header, 'education'))).toMatchObject([
      { org: 'Technische Universität Hamburg', dates: { start: '2011', end: '2013' }, degree: { studyType: 'Master of Science', area: 'Computer Science' } },
      { org: 'Universität Bremen', dates: { start: '2008', end: '2011' }, degree: { studyType: 'Bachelor of Science' } },
    ]);
    expect(entries[0]!.bullets.map((b) => b.text)).toEqual(['Distributed Systems', 'Database Internals']);
  });
});

describe('splitEntries: the first item floated up beside the dates (JSON Resume "class")', () => {
  it('ends the header at the dates and reads the rest, wrapped where the float ends, as the first item', () => {
    const lines = [
      line('Hartley & Moss LLP', 65, 0, { bold: 1, fontSize: 12.6 }),
      { ...line('Audit Manager  2017-09-01 - 2020-10-31  Managed a portfolio of 20 audit clients', 65, 14, { cells: ['Audit Manager', '2017-09-01 - 2020-10-31', 'Managed a portfolio of 20 audit clients'] }),
        runs: [{ text: 'Audit Manager', x: 65, fontSize: 10 }, { text: '2017-09-01 - 2020-10-31', x: 200, fontSize: 10 }, { text: 'Managed a portfolio of 20 audit clients', x: 354, fontSize: 10 }] },
      line('in manufacturing and retail', 354, 28),
      line('Introduced data analytics testing of journals', 95, 42, { listLevel: 0 }),
    ];
    const [e] = splitEntries(lines);
    expect(headerFields(e!.header, 'work')).toMatchObject({ org: 'Hartley & Moss LLP', title: 'Audit Manager', dates: { start: '2017-09', end: '2020-10' } });
    expect(e!.bullets.map((b) => b.text)).toEqual(['Managed a portfolio of 20 audit clients in manufacturing and retail', 'Introduced data analytics testing of journals']);
  });
});

describe('headerFields: employer and title in two runs of a Word paragraph', () => {
  it('splits them at the run boundary when one is a job title', () => {
    const l: Line = { text: 'Kirana Cart Senior Mobile Engineer', runs: [{ text: 'Kirana Cart ' }, { text: 'Senior Mobile Engineer' }], page: 1, index: 0, region: 'body' };
    expect(headerFields([l], 'work')).toMatchObject({ org: 'Kirana Cart', title: 'Senior Mobile Engineer' });
  });
});

describe('roles set as items under their employer', () => {
  it('reads "■ Title    dates" over deeper items as a role, and keeps "Co., Ltd." with its name', () => {
    const lines = [
      line('Hanbit Mobility Co., Ltd., Daejeon, South Korea', 137, 0, { bold: 0.6 }),
      line('Senior Firmware Engineer  2022-04 – Present', 149, 12, { bullet: '■', cells: ['Senior Firmware Engineer', '2022-04 – Present'] }),
      line('Own the bootloader and OTA update stack', 161, 24, { bullet: '●' }),
      line('Firmware Engineer  2019-01 – 2022-03', 149, 36, { bullet: '■', cells: ['Firmware Engineer', '2019-01 – 2022-03'] }),
      line('Wrote CAN and LIN drivers in C', 161, 48, { bullet: '●' }),
    ];
    const entries = splitEntries(lines);
    expect(entries.map((e) => headerFields(e.header, 'work'))).toMatchObject([
      { org: 'Hanbit Mobility Co., Ltd.', location: 'Daejeon, South Korea', title: 'Senior Firmware Engineer', dates: { start: '2022-04', current: true } },
      { title: 'Firmware Engineer', dates: { start: '2019-01', end: '2022-03' } },
    ]);
    expect(entries.map((e) => e.bullets.map((b) => b.text))).toEqual([['Own the bootloader and OTA update stack'], ['Wrote CAN and LIN drivers in C']]);
  });
});

describe('splitEntries: duties written as paragraphs with a first-line indent (a word processor\'s federal resume)', () => {
  it('goes on with a paragraph at the margin, left of its indented first line', () => {
    const lines = [
      line('Senior Civil Engineer (Engineer III)    Mar 2019 to present', 72, 0, { bold: 0.7, cells: ['Senior Civil Engineer (Engineer III)', 'Mar 2019 to present'] }),
      line('Clackmore County Department of Public Works — Hillsboro, OR', 72, 12, { blockStart: false }),
      line('Salary Range E24; 40 hours per week; $112,400 per year', 72, 24),
      line('Manage design and construction of capital improvement projects for roads, bridges, culverts and', 94, 40, { listLevel: 0 }),
      line('stormwater facilities, with a five-year program of $86M; prepare scopes, estimates, plans and', 72, 52, { blockStart: false }),
      line('specifications and oversee consultants.', 72, 64, { blockStart: false }),
      line('Review development applications for compliance with county road standards and stormwater rules;', 94, 78, { listLevel: 0 }),
      line('write conditions of approval and present projects to the Board of Commissioners.', 72, 90, { blockStart: false }),
    ];
    const [e] = splitEntries(lines);
    expect(e!.bullets.map((b) => b.text)).toEqual([
      'Manage design and construction of capital improvement projects for roads, bridges, culverts and stormwater facilities, with a five-year program of $86M; prepare scopes, estimates, plans and specifications and oversee consultants.',
      'Review development applications for compliance with county road standards and stormwater rules; write conditions of approval and present projects to the Board of Commissioners.',
    ]);
    expect(headerFields(e!.header, 'work')).toMatchObject({ title: 'Senior Civil Engineer (Engineer III)', org: 'Clackmore County Department of Public Works', location: 'Hillsboro, OR' });
  });
});

describe('headerFields and splitEntries: a ward after the title, and an indented sub-label', () => {
  it('keeps the ward with the title when the employer is named after it, and reads "Duties and Responsibilities:" as no duty', () => {
    const lines = [
      line('Staff Nurse – Medical-Surgical Ward, St. Luke\'s Medical Center, Quezon City    June 2013 – July 2017', 48, 0, { cells: ['Staff Nurse – Medical-Surgical Ward, St. Luke\'s Medical Center, Quezon City', 'June 2013 – July 2017'] }),
      line('Duties and Responsibilities:', 57, 14, { listLevel: 0 }),
      line('Cared for 8 to 10 medical-surgical patients per shift.', 80, 28, { bullet: '–' }),
    ];
    const [e] = splitEntries(lines);
    expect(headerFields(e!.header, 'work')).toMatchObject({ title: 'Staff Nurse – Medical-Surgical Ward', org: 'St. Luke\'s Medical Center', location: 'Quezon City' });
    expect(e!.bullets.map((b) => b.text)).toEqual(['Cared for 8 to 10 medical-surgical patients per shift.']);
  });
});

describe('splitEntries: a date range broken after the month of its end', () => {
  it('joins the year on the next line to the header', () => {
    const lines = [line('Doctoral Researcher (long-term attachment), CERN, Geneva, Switzerland. September 2017 – August', 72, 0), line('2018.', 72, 12, { blockStart: false }),
      line('Wrote the displaced-vertex trigger efficiency study', 85, 26, { bullet: '•' })];
    const [e] = splitEntries(lines);
    expect(headerFields(e!.header, 'work')).toMatchObject({ title: 'Doctoral Researcher (long-term attachment)', org: 'CERN', dates: { start: '2017-09', end: '2018-08' } });
  });
});

describe('splitEntries: an academic CV\'s details under a degree', () => {
  it('reads "Supervisors: …" as a detail of the degree above, not the start of the next school', () => {
    const p = (text: string, extra: Partial<Line> = {}): Line => ({ text, runs: [{ text }], page: 1, index: index++, region: 'body', ...extra });
    const entries = splitEntries([
      p('University of Edinburgh    Edinburgh, UK', { cells: ['University of Edinburgh', 'Edinburgh, UK'], bold: 0.6 }), p('Ph.D. in Computational Biology    2015–2019', { cells: ['Ph.D. in Computational Biology', '2015–2019'] }),
      p('Thesis: Single-Cell Atlases of Zebrafish Fin Regeneration'), p('Supervisors: Prof. Alasdair Thistlewood and Dr. Chiamaka Okoro'),
      p('University of Oslo    Oslo, Norway', { cells: ['University of Oslo', 'Oslo, Norway'], bold: 0.6 }), p('M.Sc. in Bioinformatics    2013–2015', { cells: ['M.Sc. in Bioinformatics', '2013–2015'] }),
    ]);
    expect(entries.map((e) => headerFields(e.header, 'education').org)).toEqual(['University of Edinburgh', 'University of Oslo']);
  });
});

describe('headerFields (education): a university and its faculty', () => {
  it('keeps the faculty with the university', () => {
    const h = [line('2005 – 2010    B.Sc. Civil Engineering', 40, 0, { cells: ['2005 – 2010', 'B.Sc. Civil Engineering'] }), line('Cairo University, Faculty of Engineering, Giza', 150, 12)];
    expect(headerFields(h, 'education')).toMatchObject({ org: 'Cairo University, Faculty of Engineering', location: 'Giza', degree: { studyType: 'B.Sc.', area: 'Civil Engineering' } });
  });
});

describe('headerFields (work): a title with commas, then the employer', () => {
  it('starts the employer at the first part naming a school or a firm as such, a comma inside it kept', () => {
    const h = [line('Aug 2024 – present  Graduate Teaching Assistant, CS 6200, Georgia Institute of Technology, College of Computing', 47, 0, { cells: ['Aug 2024 – present', 'Graduate Teaching Assistant, CS 6200, Georgia Institute of Technology, College of Computing'] }), line('Atlanta, GA', 149, 12)];
    expect(headerFields(h, 'work')).toMatchObject({ title: 'Graduate Teaching Assistant, CS 6200', org: 'Georgia Institute of Technology, College of Computing', location: 'Atlanta, GA' });
  });
});

describe('headerFields (education): a long header wrapped as a paragraph', () => {
  it('joins the line that goes on in the same type', () => {
    const h = [line('Master of Science in Engineering in Computer Science, Politechnika', 34, 0, { bold: 1 }), line('Wrocławska, Wrocław', 34, 12, { bold: 1, blockStart: false }), line('Oct 2020 — Feb 2022', 34, 24, { fontSize: 8 })];
    expect(headerFields(h, 'education')).toMatchObject({ org: 'Politechnika Wrocławska', location: 'Wrocław', degree: { studyType: 'Master of Science in Engineering', area: 'Computer Science' } });
  });
});

describe('headerFields (work): dates wrapped in a narrow gutter', () => {
  it('takes "Present" under "Sep 2021 —" for the end of the range, not the employer', () => {
    const h = [line('Sep 2021 —  Senior Product Manager', 209, 0, { cells: ['Sep 2021 —', 'Senior Product Manager'] }), line('Present', 227, 10), line('Bryggen Freight Tech, Bergen, Norway', 287, 14)];
    expect(headerFields(h, 'work')).toMatchObject({ title: 'Senior Product Manager', org: 'Bryggen Freight Tech', location: 'Bergen, Norway', dates: { start: '2021-09', current: true }, extra: [] });
  });
});

describe('headerFields (education)', () => {
  it('splits "School, Field" beside a bare degree', () => {
    const h = [line('PhD  Princeton University, Computer Science  Princeton, NJ', 56, 0, { bold: 1, cells: ['PhD', 'Princeton University, Computer Science', 'Princeton, NJ'] })];
    expect(headerFields(h, 'education')).toMatchObject({ org: 'Princeton University', degree: { studyType: 'PhD', area: 'Computer Science' }, location: 'Princeton, NJ' });
  });
  it('finds the field when it is split off by a title word ("Engineering")', () => {
    const h = [line('BS  Boğaziçi University, Computer Engineering  Istanbul, Türkiye', 56, 0, { bold: 1, cells: ['BS', 'Boğaziçi University, Computer Engineering', 'Istanbul, Türkiye'] })];
    expect(headerFields(h, 'education')).toMatchObject({ org: 'Boğaziçi University', degree: { studyType: 'BS', area: 'Computer Engineering' }, location: 'Istanbul, Türkiye' });
  });
  it('splits "Degree, Field, School, Town, Region, GPA" printed as one comma list (moderncv)', () => {
    const h = [line('2014 – 2018 B.Sc., Computer Science, McGill University, Montréal, QC, GPA: 3.72/4.00', 66, 0, { bold: 0.3 })];
    expect(headerFields(h, 'education')).toMatchObject({ org: 'McGill University', degree: { studyType: 'B.Sc.', area: 'Computer Science' }, location: 'Montréal, QC', score: '3.72/4.00', dates: { start: '2014', end: '2018' } });
  });
  it('keeps a campus with the state school it belongs to ("University of California, San Diego")', () => {
    const h = [line('BS, Bioinformatics, University of California, San Diego    2008–2012', 42, 0, { cells: ['BS, Bioinformatics, University of California, San Diego', '2008–2012'] })];
    expect(headerFields(h, 'education')).toMatchObject({ org: 'University of California, San Diego', degree: { studyType: 'BS', area: 'Bioinformatics' } });
    const k = [line('California State University, Fullerton    2015–2019', 42, 0, { cells: ['California State University, Fullerton', '2015–2019'] })];
    expect(headerFields(k, 'education')).toMatchObject({ org: 'California State University, Fullerton' });
    const j = [line('University of California, San Diego, La Jolla, CA', 42, 0)];
    expect(headerFields(j, 'education')).toMatchObject({ org: 'University of California, San Diego', location: 'La Jolla, CA' });
    // (a school not named after a state keeps its town apart)
    const m = [line('McGill University, Montréal    2014–2018', 42, 0, { cells: ['McGill University, Montréal', '2014–2018'] })];
    expect(headerFields(m, 'education')).toMatchObject({ org: 'McGill University', location: 'Montréal' });
  });
  it('reads a Portuguese header: labelled rows, a place in brackets after the employer, the dates labelled too', () => {
    const pt = [line('Empresa: Pagafácil Tecnologia S.A. (São Paulo – SP)', 42, 0), line('Cargo: Engenheiro de Software Sênior', 42, 12), line('Período: 01/2022 – atual', 42, 24)];
    expect(headerFields(pt, 'work')).toMatchObject({ org: 'Pagafácil Tecnologia S.A.', title: 'Engenheiro de Software Sênior', location: 'São Paulo – SP', dates: { start: '2022-01', current: true }, extra: [] });
    const dash = [line('Engenheiro de Software Sênior — Pagafácil Tecnologia S.A., São Paulo – SP', 42, 0)];
    expect(headerFields(dash, 'work')).toMatchObject({ org: 'Pagafácil Tecnologia S.A.', title: 'Engenheiro de Software Sênior', location: 'São Paulo – SP' });
  });
  it('splits a fragment that names both school and degree', () => {
    const a = [line('Ph.D. Computer Science at University of Texas at Austin  Sept 2006 - Jun 2011', 42, 0, { cells: ['Ph.D. Computer Science at University of Texas at Austin', 'Sept 2006 - Jun 2011'] })];
    expect(headerFields(a, 'education')).toMatchObject({ org: 'University of Texas at Austin', degree: { studyType: 'Ph.D.', area: 'Computer Science' } });
    const b = [line('Princeton University, PhD in Computer Science – Princeton, NJ', 56, 0)];
    expect(headerFields(b, 'education')).toMatchObject({ org: 'Princeton University', degree: { studyType: 'PhD', area: 'Computer Science' }, location: 'Princeton, NJ' });
  });
  it('reads "Field, Degree, School, Town" and does not take "…, University of Nigeria" for a place', () => {
    const h = [line('Fine and Applied Arts, Bachelor of Arts, University of Nigeria, Nsukka', 92, 0, { bold: 0.6 }), line('Oct, 2012 - Jul, 2016', 92, 14)];
    expect(headerFields(h, 'education')).toMatchObject({ org: 'University of Nigeria', location: 'Nsukka', degree: { studyType: 'Bachelor of Arts', area: 'Fine and Applied Arts' } });
  });
  it('joins a school\'s name wrapped before its last word in a narrow column ("North Carolina State" / "University")', () => {
    const h = [line('North Carolina State', 453, 0), line('University', 453, 9, { blockStart: false }), line('2008 - 2012', 453, 20)];
    expect(headerFields(h, 'education')).toMatchObject({ org: 'North Carolina State University', extra: [] });
  });
  it('keeps the degree printed before a GPA, and does not eat the "In" of "Information"', () => {
    const h = [line('Georgia Institute of Technology', 50, 0, { bold: 1 }), line('Master of Science in Computer Science; GPA: 4.00', 50, 12)];
    expect(headerFields(h, 'education')).toMatchObject({ org: 'Georgia Institute of Technology', degree: { studyType: 'Master of Science', area: 'Computer Science' }, score: '4.00' });
    const i = [line('Bachelor Information Technology at University of Oklahoma', 50, 0)];
    expect(headerFields(i, 'education')).toMatchObject({ org: 'University of Oklahoma', degree: { studyType: 'Bachelor', area: 'Information Technology' } });
  });
});

describe('findDegree', () => {
  it('reads degree names of many countries, with the field of study', () => {
    expect(findDegree('NVQ Level 3 Diploma in Warehousing and Storage — Solihull College (2017)')).toEqual({ studyType: 'NVQ Level 3 Diploma', area: 'Warehousing and Storage' });
    expect(findDegree('Master of Marketing')).toEqual({ studyType: 'Master of Marketing' });
    expect(findDegree('MBA em Arquitetura de Soluções')).toEqual({ studyType: 'MBA', area: 'Arquitetura de Soluções' });
    expect(findDegree('Bachelor of Commerce (Marketing Management)')).toEqual({ studyType: 'Bachelor of Commerce', area: 'Marketing Management' });
    expect(findDegree('MBBS (Bachelor of Medicine, Bachelor of Surgery)')).toEqual({ studyType: 'MBBS' });
    // (a degree in its country's word, the usual name in brackets)
    expect(findDegree('Engineer (BSc) in Computer Science')).toEqual({ studyType: 'Engineer (BSc)', area: 'Computer Science' });
    expect(findDegree('HSC (Class XII)')).toEqual({ studyType: 'HSC (Class XII)' });
    expect(findDegree('GCSEs (8), including English and Maths')).toEqual({ studyType: 'GCSEs' });
    expect(findDegree('PhD, Epidemiology')).toEqual({ studyType: 'PhD', area: 'Epidemiology' });
    expect(findDegree('Bac professionnel Cuisine — Lycée hôtelier des Alpes')).toEqual({ studyType: 'Bac professionnel', area: 'Cuisine' });
    expect(findDegree('Master of Science in Computer Science')).toEqual({ studyType: 'Master of Science', area: 'Computer Science' });
  });
  it('keeps a local name or level in brackets with the degree, and a degree of its own field apart from the subject', () => {
    expect(findDegree("Master's degree (Ing.) in Information Technology Security")).toEqual({ studyType: "Master's degree (Ing.)", area: 'Information Technology Security' });
    expect(findDegree('Engineer (inż.) in Computer Science')).toEqual({ studyType: 'Engineer (inż.)', area: 'Computer Science' });
    expect(findDegree('Master of Science in Engineering in Computer Science')).toEqual({ studyType: 'Master of Science in Engineering', area: 'Computer Science' });
    expect(findDegree('MSc in Public Health in Developing Countries')).toEqual({ studyType: 'MSc', area: 'Public Health in Developing Countries' });
    // (the date it was awarded is no field; a state after its town is no degree)
    expect(findDegree('Master’s Degree 06/2017')).toEqual({ studyType: 'Master’s Degree' });
    expect(findDegree('University of Maryland Global Campus, Adelphi, MD')).toBeUndefined();
    expect(findDegree('Bachelor of Science in Nursing')).toEqual({ studyType: 'Bachelor of Science in Nursing' });
    expect(findDegree('Kenya Certificate of Secondary Education (KCSE)')).toEqual({ studyType: 'Kenya Certificate of Secondary Education (KCSE)' });
    // (Australian and New Zealand qualifications: a diploma of a field, a certificate's level)
    expect(findDegree('Graduate Diploma of Education (Secondary)')).toEqual({ studyType: 'Graduate Diploma of Education', area: 'Secondary' });
    expect(findDegree('Certificate IV in Work Health and Safety')).toEqual({ studyType: 'Certificate IV', area: 'Work Health and Safety' });
    expect(findDegree('NCEA Level 3')).toEqual({ studyType: 'NCEA Level 3' });
    expect(findDegree('Matura in Electronics and Technical Computer Science')).toEqual({ studyType: 'Matura', area: 'Electronics and Technical Computer Science' });
    expect(findDegree('Erasmus+ exchange semester in Data Science')).toEqual({ studyType: 'Erasmus+ exchange semester', area: 'Data Science' });
  });
  it('matches short acronyms only in capitals', () => {
    expect(findDegree('will be responsible for the cap table')).toBeUndefined();
    expect(findDegree('B.E. Computer Engineering')).toEqual({ studyType: 'B.E.', area: 'Computer Engineering' });
  });
});

describe('headerFields (work): a title with a dash', () => {
  it('keeps "Title – Specialty" whole under an employer printed above it, and splits "Title — Employer"', () => {
    const under = headerFields([line('HARBOURSIDE MUTUAL', 56, 0, { bold: 1 }), line('Marketing Manager – Retail Banking', 56, 12)], 'work');
    expect(under).toMatchObject({ title: 'Marketing Manager – Retail Banking', org: 'HARBOURSIDE MUTUAL' });
    const one = headerFields([line('Journeyperson Electrician — Tamarack Industrial Services', 56, 0, { bold: 1 }), line('2015 – 2019 · Oil-sands maintenance shutdowns', 56, 12)], 'work');
    expect(one).toMatchObject({ title: 'Journeyperson Electrician', org: 'Tamarack Industrial Services' });
  });
});

describe('headers printed in other ways (held-out themes and templates)', () => {
  it('keeps an undated row in the style of a dated first row in the same header', () => {
    const head = (text: string, cells: string[], y: number) => line(text, 82, y, { bold: 1, cells, runs: cells.map((c, i) => ({ text: c, x: 82 + 300 * i, width: c.length * 5, fontSize: 11, bold: true })) });
    const entries = splitEntries([
      head('Senior Engineering Manager  January 2023 – Present', ['Senior Engineering Manager', 'January 2023 – Present'], 0),
      head('Pinecrest Health Systems  Raleigh, NC', ['Pinecrest Health Systems', 'Raleigh, NC'], 14),
      line('Lead three teams that build the scheduling platform', 102, 28, { bullet: '•' }),
      head('Engineering Manager  June 2020 – December 2022', ['Engineering Manager', 'June 2020 – December 2022'], 50),
      head('Pinecrest Health Systems  Raleigh, NC', ['Pinecrest Health Systems', 'Raleigh, NC'], 64),
      line('Managed the billing team of 8 engineers', 102, 78, { bullet: '•' }),
    ]);
    expect(entries).toHaveLength(2);
    expect(headerFields(entries[0]!.header, 'work')).toMatchObject({ title: 'Senior Engineering Manager', org: 'Pinecrest Health Systems', location: 'Raleigh, NC', dates: { start: '2023-01', current: true } });
  });

  it('reads a length of service in cells as part of the header, not as prose', () => {
    const entries = splitEntries([
      line('Sept. 2016 - Avr. 2019  Senior Software Engineer', 227, 0, { cells: ['Sept. 2016 - Avr. 2019', 'Senior Software Engineer'] }),
      line('2 ans 7 mois  Northern Lights Commerce  Montréal, QC', 227, 12, { cells: ['2 ans 7 mois', 'Northern Lights Commerce', 'Montréal, QC'] }),
      line('Owned the order management service', 255, 26, { bullet: '•' }),
    ]);
    expect(entries).toHaveLength(1);
    expect(headerFields(entries[0]!.header, 'work')).toMatchObject({ title: 'Senior Software Engineer', org: 'Northern Lights Commerce', location: 'Montréal, QC', dates: { start: '2016-09', end: '2019-04' } });
  });

  it('joins a header line that ends in a comma with the next line', () => {
    const entries = splitEntries([
      line('Feb 2024–present  Senior Machine Learning Engineer, Carmel Voice Ltd., Haifa,', 106, 0, { cells: ['Feb 2024–present', 'Senior Machine Learning Engineer, Carmel Voice Ltd., Haifa,'] }),
      line('Israel.', 194, 12),
      line('Lead the on-device speech model', 195, 26, { bullet: '•' }),
    ]);
    expect(entries).toHaveLength(1);
    expect(headerFields(entries[0]!.header, 'work')).toMatchObject({ title: 'Senior Machine Learning Engineer', org: 'Carmel Voice Ltd.', location: 'Haifa, Israel', dates: { start: '2024-02', current: true } });
  });

  it('finds the employer run into the title, after "at", or before the title with its town', () => {
    const runs = (a: string, b: string) => ({ text: `${a} ${b}`, runs: [{ text: `${a} `, bold: true }, { text: b }], page: 1, index: 0, region: 'body' as const });
    expect(headerFields([runs('Frontend Developer Soierie Numérique', 'Lyon, France')], 'work')).toMatchObject({ title: 'Frontend Developer', org: 'Soierie Numérique', location: 'Lyon, France' });
    const plain = (text: string) => ({ text, runs: [{ text }], page: 1, index: 0, region: 'body' as const });
    expect(headerFields([plain('May 2022 – Aug 2022\tData Engineering Intern at Kopi Cart, Singapore')], 'work')).toMatchObject({ title: 'Data Engineering Intern', org: 'Kopi Cart', location: 'Singapore' });
    expect(headerFields([plain('Savanna Pay, Nairobi — Android Lead'), plain('FEBRUARY 2021 - PRESENT')], 'work')).toMatchObject({ title: 'Android Lead', org: 'Savanna Pay', location: 'Nairobi', dates: { start: '2021-02', current: true } });
    expect(headerFields([plain('Clinical Nurse Manager I, Emergency Department, Corrib Bay University Hospital, Galway\t2016 – 2021')], 'work'))
      .toMatchObject({ title: 'Clinical Nurse Manager I, Emergency Department', org: 'Corrib Bay University Hospital', location: 'Galway' });
  });

  it('carries a bullet on in a lower-case line that starts left of its text (a list marker hung outside it)', () => {
    const entries = splitEntries([
      line('Ọkàn Health  Jul 2022 - Present', 188, 0, { bold: 1, cells: ['Ọkàn Health', 'Jul 2022 - Present'] }),
      line('Redesigned appointment booking for a telehealth app, raising completed', 202, 20, { listLevel: 0 }),
      line('bookings by 34%', 188, 33, { blockStart: false }),
      line('Ran 60 field interviews with patients and nurses', 202, 48, { listLevel: 0 }),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.bullets.map((b) => b.text)).toEqual(['Redesigned appointment booking for a telehealth app, raising completed bookings by 34%', 'Ran 60 field interviews with patients and nurses']);
  });

  it('takes bold list items that hold only dates or a short title into the header (an HTML entry converted to one list)', () => {
    const para = (text: string, extra: Partial<Line> = {}): Line => ({ text, runs: [{ text, bold: (extra.bold ?? 0) > 0.5 }], page: 1, index: index++, region: 'body', ...extra });
    const entries = splitEntries([
      para('Naniwa Cloud Services', { bold: 1, heading: 3 }), para('April 2021 - Present', { bold: 1, bullet: '•', listLevel: 0 }),
      para('Senior Security Engineer', { bold: 1, bullet: '•', listLevel: 0 }), para('Ran threat-modelling workshops for 25 product teams', { bullet: '•', listLevel: 0 }),
      para('Kansai Mobile Bank', { bold: 1, heading: 3 }), para('October 2017 - March 2021', { bold: 1, bullet: '•', listLevel: 0 }),
      para('Application Security Engineer', { bold: 1, bullet: '•', listLevel: 0 }), para('Ran the bug bounty programme', { bullet: '•', listLevel: 0 }),
    ]);
    expect(entries.map((e) => headerFields(e.header, 'work'))).toMatchObject([
      { org: 'Naniwa Cloud Services', title: 'Senior Security Engineer', dates: { start: '2021-04', current: true } },
      { org: 'Kansai Mobile Bank', title: 'Application Security Engineer', dates: { start: '2017-10', end: '2021-03' } },
    ]);
    expect(entries.map((e) => e.bullets.length)).toEqual([1, 1]);
  });
});


describe('headerFields (work): what an employer is, and a promotion on one line', () => {
  it('sets apart a note on the employer after its name, and reads titles joined by arrows as the title', () => {
    const h = [
      line('Indeed — Job search platform, 11,000 employees  Austin, TX', 50, 0, { bold: 1, cells: ['Indeed — Job search platform, 11,000 employees', 'Austin, TX'] }),
      line('Senior Site Reliability Engineer → Staff Site Reliability Engineer → Principal Site Reliability Engineer  2018–present', 50, 12, { cells: ['Senior Site Reliability Engineer → Staff Site Reliability Engineer → Principal Site Reliability Engineer', '2018–present'] }),
    ];
    expect(headerFields(h, 'work')).toMatchObject({
      org: 'Indeed', title: 'Senior Site Reliability Engineer → Staff Site Reliability Engineer → Principal Site Reliability Engineer', location: 'Austin, TX',
      dates: { start: '2018', current: true }, extra: ['Job search platform, 11,000 employees'],
    });
  });
  it('sets apart a note printed on a line of its own', () => {
    const h = [line('Payments Engineer  Mar 2019 – Present', 50, 0, { bold: 1, cells: ['Payments Engineer', 'Mar 2019 – Present'] }), line('Kestrel Pay', 50, 12), line('Series B fintech, 200 people', 50, 24, { italic: 1 })];
    expect(headerFields(h, 'work')).toMatchObject({ title: 'Payments Engineer', org: 'Kestrel Pay', extra: ['Series B fintech, 200 people'] });
    // (a name with such a word in it is still a name)
    const n = [line('Payments Engineer  Mar 2019 – Present', 50, 0, { bold: 1, cells: ['Payments Engineer', 'Mar 2019 – Present'] }), line('Fynbos Fintech', 50, 12, { italic: 1 })];
    expect(headerFields(n, 'work')).toMatchObject({ title: 'Payments Engineer', org: 'Fynbos Fintech' });
  });
});

describe('splitEntries: a range in a margin, its end beside the next line', () => {
  it('reads "Sep 2013 –" over "May 2017  University of Minnesota, …" as one range of one school', () => {
    const entries = splitEntries([
      line('B.S., Electrical Engineering', 142, 0, { bold: 1 }),
      line('Sep 2013 –', 86, 4, { fontSize: 9 }),
      line('May 2017  University of Minnesota, Minneapolis, MN · GPA 3.6/4.0', 89, 14, { cells: ['May 2017', 'University of Minnesota, Minneapolis, MN · GPA 3.6/4.0'] }),
    ]);
    expect(entries).toHaveLength(1);
    expect(headerFields(entries[0]!.header, 'education')).toMatchObject({ org: 'University of Minnesota', degree: { studyType: 'B.S.', area: 'Electrical Engineering' }, dates: { start: '2013-09', end: '2017-05' } });
  });
});

describe('splitEntries and headerFields: Word paragraphs', () => {
  const para = (text: string, extra: Partial<Line> = {}): Line => ({ text, runs: [{ text }], page: 1, index: index++, region: 'body', ...extra });
  it('reads one-line roles printed one after the other as roles of their own', () => {
    const entries = splitEntries([para('Student Assistant, Hogeschool Rotterdam (2013 – 2015)'), para('Web Development Intern, Maasdelta Media (Summer 2014)')]);
    expect(entries.map((e) => headerFields(e.header, 'work')).map((f) => [f.title, f.org, f.dates?.start])).toEqual([
      ['Student Assistant', 'Hogeschool Rotterdam', '2013'], ['Web Development Intern', 'Maasdelta Media', '2014'],
    ]);
  });
  it('takes "Freelance" printed alone under the employer for how the role was held, not for the title', () => {
    const h = [para('Vandermeulen Web | Rotterdam', { bold: 1 }), para('Freelance', { italic: 1 }), para('Freelance Front-end Developer\t01/2018 – 06/2019', { cells: ['Freelance Front-end Developer', '01/2018 – 06/2019'] })];
    expect(headerFields(h, 'work')).toMatchObject({ title: 'Freelance Front-end Developer', org: 'Vandermeulen Web', location: 'Rotterdam' });
    // (with no employer named, it stands in the employer's place)
    expect(headerFields([para('Freelance, Remote — Web Developer'), para('January 2023 – July 2023')], 'work')).toMatchObject({ title: 'Web Developer', org: 'Freelance', location: 'Remote' });
  });
  it('takes "Internship (6 months)" after the title for how the role was held when an employer is printed under it', () => {
    const h = [para('Intern, Microcontroller Software – Internship (6 months)\t03.2016 – 08.2016', { cells: ['Intern, Microcontroller Software – Internship (6 months)', '03.2016 – 08.2016'] }), para('Infineon Technologies Austria AG')];
    expect(headerFields(h, 'work')).toMatchObject({ title: 'Intern, Microcontroller Software', org: 'Infineon Technologies Austria AG' });
  });
});

describe('splitEntries: a name broken after a word that cannot end it', () => {
  it('joins "…, KTH Royal Institute of" beside its dates and "Technology" on the next line', () => {
    const entries = splitEntries([
      line('Junior Developer, Nordkust Media  2008 – 2010', 40, 0, { bold: 0.4, cells: ['Junior Developer, Nordkust Media', '2008 – 2010'] }),
      line('Teaching Assistant, Algorithms, KTH Royal Institute of  2007 – 2008', 40, 12, { bold: 0.5, blockStart: false, cells: ['Teaching Assistant, Algorithms, KTH Royal Institute of', '2007 – 2008'] }),
      line('Technology', 40, 24, { blockStart: false }),
    ]);
    expect(entries.map((e) => headerFields(e.header, 'work')).map((f) => [f.title, f.org, f.dates?.start])).toEqual([
      ['Junior Developer', 'Nordkust Media', '2008'], ['Teaching Assistant, Algorithms', 'KTH Royal Institute of Technology', '2007'],
    ]);
  });
});

describe('splitEntries and headerFields: notes under an employer', () => {
  it('takes no dates from a note on the employer ("acquired by Salesforce in 2019")', () => {
    const entries = splitEntries([
      line('Tableau Software  Seattle, WA', 40, 0, { bold: 0.5, cells: ['Tableau Software', 'Seattle, WA'] }),
      line('Analytics software, acquired by Salesforce in 2019', 40, 12, { italic: 1, blockStart: false }),
      line('Senior Data Engineer  Aug 2015 – May 2019', 40, 24, { bold: 0.6, cells: ['Senior Data Engineer', 'Aug 2015 – May 2019'] }),
    ]);
    expect(entries).toHaveLength(1);
    expect(headerFields(entries[0]!.header, 'work')).toMatchObject({ title: 'Senior Data Engineer', org: 'Tableau Software', dates: { start: '2015-08', end: '2019-05' } });
  });
  it('keeps a range with a note after it ("Jun 2010 – Jul 2014 (acquired by Oracle)")', () => {
    const h = [line('Ironwood Analytics  Dallas, TX', 40, 0, { bold: 0.5, cells: ['Ironwood Analytics', 'Dallas, TX'] }),
      line('Principal Software Engineer  Jun 2010 – Jul 2014 (acquired by Oracle)', 40, 12, { cells: ['Principal Software Engineer', 'Jun 2010 – Jul 2014 (acquired by Oracle)'] })];
    expect(headerFields(h, 'work')).toMatchObject({ title: 'Principal Software Engineer', org: 'Ironwood Analytics', dates: { start: '2010-06', end: '2014-07' } });
  });
  it('of two job titles, takes the one printed beside the dates', () => {
    const h = [
      line('Trevisan Analytics LLC  Remote', 40, 0, { bold: 0.5, cells: ['Trevisan Analytics LLC', 'Remote'] }),
      line('Independent consultant', 40, 12, { italic: 1, blockStart: false }),
      line('Machine Learning Consultant  Jun 2019 – Jun 2020', 40, 24, { bold: 0.6, cells: ['Machine Learning Consultant', 'Jun 2019 – Jun 2020'] }),
    ];
    expect(headerFields(h, 'work')).toMatchObject({ title: 'Machine Learning Consultant', org: 'Trevisan Analytics LLC' });
  });
});

describe('splitEntries: a line break typed inside an item', () => {
  it('joins the next paragraph that goes on in lower case to the item', () => {
    const entries = splitEntries([
      line('Engineering Manager, Platform  June 2021 to Present', 54, 0, { bold: 0.6, cells: ['Engineering Manager, Platform', 'June 2021 to Present'] }),
      line('· Lead two platform teams (14 engineers) owning CI/CD,', 54, 16, { bullet: '·', gapBefore: 5.1, fontSize: 11 }),
      line('the service mesh and the developer portal', 54, 30, { gapBefore: 3.1, fontSize: 11 }),
      line('· Grew the group from 6 to 14 engineers, running 90+ interviews', 54, 46, { bullet: '·', gapBefore: 5.1, fontSize: 11 }),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.bullets.map((b) => b.text)).toEqual(['· Lead two platform teams (14 engineers) owning CI/CD, the service mesh and the developer portal', '· Grew the group from 6 to 14 engineers, running 90+ interviews']);
  });
});

describe('headerFields (work): time away from work', () => {
  it('reads "Career break" as what the entry was, with no employer', () => {
    const h = [line('Career break  2016–17', 40, 0, { bold: 0.6, cells: ['Career break', '2016–17'] })];
    const f = headerFields(h, 'work');
    expect([f.title, f.org, f.dates?.start, f.dates?.end]).toEqual(['Career break', undefined, '2016', '2017']);
  });
});

describe('splitEntries: projects under a role (IT-services resumes)', () => {
  it('keeps "Project: … | Client: …" and "Role: … | Environment: …" rows and their duties with the role above', () => {
    const entries = splitEntries([
      line('Trivexa Consulting Services Pvt. Ltd., Hyderabad  2022-till now', 43, 0, { bold: 1, cells: ['Trivexa Consulting Services Pvt. Ltd., Hyderabad', '2022-till now'] }),
      line('Software Engineer', 43, 12, { bold: 1 }),
      line('Project: Claims Processing Modernization | Client: Northbridge Mutual Insurance, USA', 43, 24),
      line('Role: Java Developer | Environment: Java 11, Spring Boot, Oracle 19c', 43, 36),
      line('Developed 14 REST APIs for claim registration using Spring Boot and JPA.', 70, 48, { listLevel: 0 }),
      line('Project: Retail Loyalty Platform | Client: Halden Retail Group, UK', 43, 60),
      line('Role: Software Engineer | Environment: Java 8, Spring MVC, MySQL', 43, 72),
      line('Developed the coupon redemption module with Spring MVC.', 70, 84, { listLevel: 0 }),
      line('Project: Branch Appointment System | Client: Southern Cross Credit Union | Duration: Sep 2021 -', 43, 96),
      line('Mar 2022 | Team Size: 6', 43, 108),
      line('Developed booking and notification REST services.', 70, 120, { listLevel: 0 }),
    ]);
    expect(entries).toHaveLength(1);
    expect(headerFields(entries[0]!.header, 'work')).toMatchObject({ title: 'Software Engineer', org: 'Trivexa Consulting Services Pvt. Ltd.', location: 'Hyderabad' });
    expect(entries[0]!.bullets).toHaveLength(3);
  });
});

describe('splitEntries: a role laid out in a Word table', () => {
  it('reads rows of one role as one entry ("Employer | dates", "Title | Town", "Roles & Responsibilities:" and items)', () => {
    const cellLine = (text: string, row: number, cell: number, extra: Partial<Line> = {}): Line =>
      ({ text, runs: [{ text, bold: (extra.bold ?? 0) > 0.5, italic: (extra.italic ?? 0) > 0.5 }], page: 1, index: index++, region: 'table', table: { table: 3, row, cell }, ...extra });
    const entries = splitEntries([
      cellLine('Coromandel Staffing Services Pvt. Ltd.', 0, 0, { bold: 1 }), cellLine('06-05-2024 to 05-07-2024', 0, 1),
      cellLine('HR Intern – Talent Acquisition', 1, 0, { italic: 1 }), cellLine('Chennai', 1, 1),
      cellLine('Roles & Responsibilities:', 2, 0, { bold: 1 }),
      cellLine('Screened 300+ resumes and scheduled interviews.', 2, 0, { bullet: '•' }), cellLine('Sourced candidates through referrals.', 2, 0, { bullet: '•' }),
    ]);
    expect(entries).toHaveLength(1);
    expect(headerFields(entries[0]!.header, 'work')).toMatchObject({ title: 'HR Intern – Talent Acquisition', org: 'Coromandel Staffing Services Pvt. Ltd.', location: 'Chennai', dates: { start: '2024-05', end: '2024-07' } });
    expect(entries[0]!.bullets).toHaveLength(2);
  });
});

describe('splitEntries and headerFields: a numbered employer over labelled fields', () => {
  it('reads "2. Employer" / "Designation: …" / "Duration: …" / "Job Profile:" and items as one role', () => {
    const para = (text: string, bold = 0, extra: Partial<Line> = {}): Line => ({ text, runs: [{ text, bold: bold > 0.5 }], page: 1, index: index++, region: 'body', fontSize: 10, bold, ...extra });
    const entries = splitEntries([
      para('1. Everfresh Consumer Products Limited, Kolkata', 1), para('Designation: Area Sales Manager', 0.4), para('Duration: Since March 2020', 0.3),
      para('Job Profile:', 1), para('Responsible for sales of the Kolkata territory.', 0, { bullet: '•' }),
      para('2. Suryoday Appliances Pvt. Ltd., Bhubaneswar', 1), para('Designation: Sales Officer', 0.4), para('Duration: July 2016 – February 2020', 0.3),
      para('Job Profile:', 1), para('Handled dealer network of 120 counters across Odisha.', 0, { bullet: '•' }),
    ]);
    expect(entries.map((e) => headerFields(e.header, 'work')).map((f) => [f.org, f.title, f.location, f.dates?.start, f.dates?.end])).toEqual([
      ['Everfresh Consumer Products Limited', 'Area Sales Manager', 'Kolkata', '2020-03', undefined],
      ['Suryoday Appliances Pvt. Ltd.', 'Sales Officer', 'Bhubaneswar', '2016-07', '2020-02'],
    ]);
  });
});

describe('splitEntries and headerFields: contractors', () => {
  const fields = (lines: Line[]) => splitEntries(lines).map((e) => headerFields(e.header, 'work')).map((f) => [f.org, f.title, f.location, f.dates?.start]);
  it('reads "Client:" / "Role:" / "Engaged via:" / "Location:" / "Duration:" rows as one engagement, the next "Client:" as the next', () => {
    const row = (label: string, value: string, y: number, bold = 0) => line(`${label}  ${value}`, 40, y, { cells: [label, value], bold, blockStart: false });
    const lines = [
      row('Client:', 'Barclays', 0, 1), row('Role:', 'Senior Kotlin Developer', 12), row('Engaged via:', 'Hays', 24), row('Location:', 'London', 36),
      row('Duration:', 'March 2024 – February 2025', 48), line('Rebuilt the payments-limits service in Kotlin', 50, 60, { bullet: '•', listLevel: 0 }),
      row('Client:', 'HMRC', 80, 1), row('Role:', 'Java Developer', 92), row('Location:', 'Telford', 104), row('Duration:', 'January 2022 – September 2022', 116),
      line('Developed microservices for the VAT platform', 50, 128, { bullet: '•', listLevel: 0 }),
    ];
    expect(fields(lines)).toEqual([['Barclays', 'Senior Kotlin Developer', 'London', '2024-03'], ['HMRC', 'Java Developer', 'Telford', '2022-01']]);
  });
  it('names the client, not the agency ("Barclays (via Hays)", "Contract · via Hays"), and skips a note before the first role', () => {
    const lines = [
      line('Through Quennell Software Ltd since 2020.', 40, 0),
      line('Barclays (via Hays), Senior Kotlin Developer  03/2024 – 02/2025', 40, 14, { cells: ['Barclays (via Hays), Senior Kotlin Developer', '03/2024 – 02/2025'], bold: 1 }),
      line('Rebuilt the payments-limits service in Kotlin', 50, 28, { bullet: '–', listLevel: 0 }),
      line('Deutsche Bank  Jun 2023 – Feb 2024', 40, 50, { cells: ['Deutsche Bank', 'Jun 2023 – Feb 2024'], bold: 1 }),
      line('Java Developer Contract · via Harvey Nash', 40, 62, { blockStart: false }),
      line('Delivered trade-reporting adapters for EMIR Refit', 50, 76, { bullet: '–', listLevel: 0 }),
    ];
    expect(fields(lines).map((f) => f.slice(0, 2))).toEqual([['Barclays', 'Senior Kotlin Developer'], ['Deutsche Bank', 'Java Developer']]);
  });
  it('takes the employer printed under a "FREELANCE" tag, and "Freelance" when it is all there is', () => {
    const tag = [line('FREELANCE  May – Dec 2024', 220, 0, { cells: ['FREELANCE', 'May – Dec 2024'], fontSize: 8.2, bold: 0.5 }), line('Farfetch', 215, 12, { bold: 1, fontSize: 10.8 }),
      line('Product Designer, Design System', 215, 26, { fontSize: 9.2 }), line('Audited 240 components across web and app', 226, 40, { fontSize: 9.2, listLevel: 0 })];
    expect(fields(tag).map((f) => f.slice(0, 2))).toEqual([['Farfetch', 'Product Designer, Design System']]);
    const alone = [line('Freelance  Aug 2024 – Apr 2025', 40, 0, { cells: ['Freelance', 'Aug 2024 – Apr 2025'] }), line('Data Analyst (Contract)', 40, 12, { blockStart: false }), line('Independent analytics consulting', 40, 24, { blockStart: false, italic: 1 })];
    expect(fields(alone)[0]?.[0]).toBe('Freelance');
  });
});

describe('splitEntries and headerFields: schools', () => {
  const fields = (lines: Line[]) => splitEntries(lines).map((e) => headerFields(e.header, 'education')).map((f) => [f.org, f.degree?.studyType, f.dates?.end]);
  it('keeps a university with its named faculty, and reads a wrapped line that ends in its year as its own entry', () => {
    const wide = (text: string, y: number, width: number, blockStart = true) => ({ ...line(text, 47, y, { blockStart, gapBefore: blockStart ? 6.3 : 4, fontSize: 11 }), box: [47, y, 47 + width, y + 11] as [number, number, number, number] });
    const lines = [
      wide('MBA, Marketing, University of Denver, Daniels College of Business, 2011', 0, 294),
      wide('B.A., Communication, University of Colorado Boulder, 2003', 17, 261),
      wide('Women on Boards: Succeeding as a Corporate Director, Harvard', 34, 287),
      wide('Business School Executive Education, 2023', 49, 183, false),
    ];
    expect(fields(lines)).toEqual([
      ['University of Denver, Daniels College of Business', 'MBA', '2011'], ['University of Colorado Boulder', 'B.A.', '2003'], ['Harvard Business School Executive Education', undefined, '2023'],
    ]);
  });
  it('does not join fields stacked in a narrow column ("Computer Systems and Networks" / "Chalmers University of")', () => {
    const lines = [line('Master of Science', 23, 0, { bold: 1 }), line('Computer Systems and Networks', 23, 12, { blockStart: false }), line('Chalmers University of', 23, 24, { blockStart: false }),
      line('Technology', 23, 36, { blockStart: false }), line('2009 – 2014', 23, 50, { fontSize: 8 })];
    expect(fields(lines)).toEqual([['Chalmers University of Technology', 'Master of Science', '2014']]);
  });
});

describe('findDegree: an abbreviation in brackets after the degree', () => {
  it('keeps "(B.Sc.)" with the degree and reads the field after it, but not a field in brackets', () => {
    expect(findDegree('Bachelor of Science (B.Sc.), Computer Science')).toEqual({ studyType: 'Bachelor of Science (B.Sc.)', area: 'Computer Science' });
    expect(findDegree('Bachelor of Commerce (Marketing Management)')).toEqual({ studyType: 'Bachelor of Commerce', area: 'Marketing Management' });
  });
});
