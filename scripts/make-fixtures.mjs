#!/usr/bin/env node
// Regenerates every committed fixture: the bundled example resume (examples/) and the test documents under
// test/fixtures/. Run `npm run fixtures`. Output is deterministic (no dates, no randomness but a fixed-seed
// PRNG), and test/fixtures.test.ts checks that the committed files equal a fresh run.
//
//   node scripts/make-fixtures.mjs             # writes into the repository
//   node scripts/make-fixtures.mjs --out DIR   # writes the same tree under DIR (used by the test)
//
// Every person, company, e-mail address and phone number here is invented (555-01xx numbers, example.com).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PdfDoc, textWidth, wrapText } from './lib/pdf-writer.mjs';

// The DOCX writer stamps zip entries with a Date, which depends on the local time zone.
process.env.TZ = 'UTC';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------------------
// Helpers

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-04" -> "Apr 2021", "2015" -> "2015", "present" -> "Present". */
function month(d) {
  if (d === 'present') return 'Present';
  const [y, m] = d.split('-');
  return m ? `${MONTHS[Number(m) - 1]} ${y}` : y;
}
const range = (start, end) => (start ? `${month(start)} – ${month(end)}` : month(end));

/**
 * Bullet and paragraph text may fix its own line breaks: "|" breaks a line, "-|" breaks it after a
 * hyphenation hyphen and "\u00AD|" after a soft hyphen. A person reads the joined text.
 */
const joinLines = (s) => s.replace(/[-\u00AD]\|/g, '').replace(/\|/g, ' ');
/** Text as a person reads it: lines joined, ligature glyphs spelt out. */
const readable = (s) => joinLines(s).replace(/[\uFB00-\uFB06]/g, (c) => c.normalize('NFKC'));
function splitLines(s, font, size, width) {
  return s.includes('|') ? s.split('|') : wrapText(s, font, size, width);
}

/** A small deterministic PRNG (xorshift32). */
function prng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

/** Counts of the glyphs a text layer reader meets, from what was drawn (hidden text included). */
function glyphCounts(doc) {
  const counts = { ligatures: 0, privateUse: 0, softHyphens: 0 };
  for (const p of doc.pages) {
    for (const d of p.drawn) {
      for (const ch of d.str) {
        const cp = ch.codePointAt(0);
        if (cp >= 0xfb00 && cp <= 0xfb06) counts.ligatures++;
        else if (cp >= 0xe000 && cp <= 0xf8ff) counts.privateUse++;
        else if (cp === 0xad) counts.softHyphens++;
      }
    }
  }
  return counts;
}

/**
 * A cursor running down the pages of a document between margins. `header(page, n)` and `footer(page, n)`
 * are called for every new page; `finish(total)` lets footers print "Page n of N".
 */
class Flow {
  constructor(doc, { left = 54, right = 558, top = 54, bottom = 738, header, footer } = {}) {
    Object.assign(this, { doc, left, right, top, bottom, header, footer });
    this.pages = [];
    this.newPage();
  }

  get width() {
    return this.right - this.left;
  }

  newPage() {
    this.page = this.doc.page();
    this.pages.push(this.page);
    this.y = this.top;
    this.header?.(this.page, this.pages.length);
    return this.page;
  }

  /** Starts a new page unless `h` points still fit. */
  need(h) {
    if (this.y + h > this.bottom) this.newPage();
  }

  finish() {
    this.pages.forEach((p, i) => this.footer?.(p, i + 1, this.pages.length));
  }
}

/** The facts a layout/parse test asserts, in JSON Resume field names (as ../shared/eval uses them). */
function expectedOf(r, file, doc, extra = {}) {
  const out = {
    file,
    pages: doc.pages.length,
    basics: {
      name: r.name,
      label: r.label,
      email: r.email,
      phone: r.phone,
      location: r.location,
      profiles: (r.profiles ?? []).map((p) => p.text),
      summary: r.sections.find((sec) => sec.summary) ? readable(r.sections.find((sec) => sec.summary).summary) : undefined,
    },
    sections: r.sections.map((s) => s.heading),
    work: [],
    education: [],
    skills: [],
    links: [],
  };
  for (const s of r.sections) {
    for (const w of s.work ?? []) {
      out.work.push({
        name: w.company,
        position: w.title,
        location: w.location,
        startDate: w.start,
        endDate: w.end,
        bullets: w.bullets.length,
        highlights: w.bullets.map(readable),
      });
    }
    for (const e of s.education ?? []) {
      out.education.push({ institution: e.institution, studyType: e.studyType, area: e.area, location: e.location, startDate: e.start, endDate: e.end });
    }
    for (const k of s.skills ?? []) out.skills.push(...k.keywords);
    if (s.projects) out.projects = s.projects.map((p) => ({ name: p.name, description: p.description, url: p.url, highlights: (p.bullets ?? []).map(readable) }));
  }
  for (const p of doc.pages) for (const l of p.links) if (!out.links.includes(l.url)) out.links.push(l.url);
  out.glyphs = glyphCounts(doc);
  Object.assign(out, extra);
  return out;
}

const json = (v) => `${JSON.stringify(v, null, 2)}\n`;

// ---------------------------------------------------------------------------------------------------------
// The people. Each resume is data; the renderers below lay it out, and expectedOf() reads the same data.

/** The bundled example: a senior backend engineer, two pages. */
const TOMAS = {
  name: 'Tomás Ferreira',
  label: 'Senior Software Engineer',
  location: 'Austin, TX',
  phone: '+1 (512) 555-0148',
  email: 'tomas.ferreira@example.com',
  profiles: [
    { text: 'linkedin.com/in/tomas-ferreira-dev', url: 'https://www.linkedin.com/in/tomas-ferreira-dev' },
    { text: 'github.com/tferreira-dev', url: 'https://github.com/tferreira-dev' },
  ],
  sections: [
    {
      heading: 'Summary',
      summary:
        'Backend engineer with nine years of experience building logistics and healthcare platforms in Go, Python and TypeScript. I led the move of a routing monolith to event-driven services, mentor a team of five and own systems from design review to on-call. Looking for a senior or staff role on a platform team.',
    },
    {
      heading: 'Experience',
      work: [
        {
          title: 'Senior Software Engineer',
          company: 'Brightline Logistics',
          location: 'Austin, TX',
          start: '2021-04',
          end: 'present',
          bullets: [
            'Led the redesign of the shipment-tracking pipeline on Kafka and Go, cutting event lag from 40 minutes to under 90 seconds for 2.3M daily shipments',
            'Responsible for the on-call rotation and incident reviews for the routing platform',
            'Mentored five engineers through design reviews and pairing; two were promoted within a year',
            'Helped with the migration of the billing service to PostgreSQL 15',
            'Introduced SLOs and error budgets for 14 services, reducing paging alerts by 60%',
          ],
        },
        {
          title: 'Software Engineer II',
          company: 'Brightline Logistics',
          location: 'Austin, TX',
          start: '2018-06',
          end: '2021-03',
          bullets: [
            'Built the carrier-rates API in Python and FastAPI, serving 1,200 requests per second with a p99 latency under 120 ms',
            'Worked on the dispatcher dashboard in React and TypeScript',
            'Replaced nightly batch jobs with an incremental, event-driven recon-|ciliation service, saving $180K a year in compute',
            'Participated in code reviews and sprint planning',
          ],
        },
        {
          title: 'Software Engineer',
          company: 'Kestrel Health',
          location: 'Dallas, TX',
          start: '2015-08',
          end: '2018-05',
          bullets: [
            'Developed HL7 and FHIR integrations connecting 35 partner clinics to the patient portal',
            'Responsible for maintaining the appointment reminder service',
            'Reduced the test suite runtime from 45 to 12 minutes by running integration tests in parallel',
          ],
        },
      ],
    },
    {
      heading: 'Education',
      education: [
        {
          degree: 'B.S. Computer Science',
          studyType: 'B.S.',
          area: 'Computer Science',
          institution: 'University of Texas at Dallas',
          location: 'Richardson, TX',
          start: '2011-08',
          end: '2015-05',
        },
      ],
    },
    {
      heading: 'Skills',
      skills: [
        { name: 'Languages', keywords: ['Go', 'Python', 'TypeScript', 'SQL', 'Java'] },
        { name: 'Infrastructure', keywords: ['Kafka', 'PostgreSQL', 'Redis', 'Kubernetes', 'Terraform', 'AWS'] },
        { name: 'Practices', keywords: ['Event-driven architecture', 'SLOs', 'Code review', 'Mentoring'] },
      ],
    },
    {
      heading: 'Projects',
      projects: [
        {
          name: 'routewise',
          description: 'Open-source Go library for vehicle-routing heuristics',
          url: 'https://github.com/tferreira-dev/routewise',
          bullets: [
            'Implemented savings and 2-opt heuristics; used by three logistics start-ups, 1,100 GitHub stars',
            'Wrote the benchmarks and documentation site',
          ],
        },
        {
          name: 'Backpressure in Practice',
          description: 'Talk at the Austin Go Meetup, 2023',
          bullets: ['Explained how the tracking pipeline sheds load without losing events'],
        },
      ],
    },
    { heading: 'Certifications', lines: ['AWS Certified Solutions Architect – Associate (2022)'] },
  ],
};

/** single-column.pdf: serif, title before company, dates right-aligned. */
const MARISOL = {
  name: 'Marisol Vega',
  label: 'Data Engineer',
  location: 'Chicago, IL',
  phone: '+1 312 555 0196',
  email: 'marisol.vega@example.com',
  profiles: [{ text: 'linkedin.com/in/marisol-vega-data', url: 'https://www.linkedin.com/in/marisol-vega-data' }],
  sections: [
    {
      heading: 'Summary',
      summary:
        'Data engineer with six years of experience designing batch and streaming pipelines for insurance and media companies. Comfortable owning a data platform end to end, from ingestion to the dashboards people use.',
    },
    {
      heading: 'Experience',
      work: [
        {
          title: 'Data Engineer',
          company: 'Larkspur Insurance',
          location: 'Chicago, IL',
          start: '2020-02',
          end: 'present',
          bullets: [
            'Designed the claims data warehouse in Snowflake and dbt, replacing 120 hand-written SQL reports',
            'Cut the nightly pipeline from 6 hours to 50 minutes by moving heavy joins to Spark',
            'Responsible for data quality checks on policy and claims tables',
            'Trained 30 analysts on the new warehouse and wrote its onboarding guide',
          ],
        },
        {
          title: 'Analytics Engineer',
          company: 'Foxglove Media',
          location: 'Evanston, IL',
          start: '2017-07',
          end: '2020-01',
          bullets: [
            'Built Airflow pipelines ingesting ad-server logs, 400 GB per day',
            'Helped the finance team automate monthly revenue reconciliation',
            'Maintained Looker dashboards for the sales and editorial teams',
          ],
        },
      ],
    },
    {
      heading: 'Education',
      education: [
        {
          degree: 'M.S. Statistics',
          studyType: 'M.S.',
          area: 'Statistics',
          institution: 'University of Illinois Chicago',
          location: 'Chicago, IL',
          start: '2015-08',
          end: '2017-05',
        },
      ],
    },
    {
      heading: 'Skills',
      skills: [
        { name: 'Languages', keywords: ['Python', 'SQL', 'Scala'] },
        { name: 'Data', keywords: ['Snowflake', 'dbt', 'Airflow', 'Spark', 'Kafka', 'Looker'] },
      ],
    },
  ],
};

/** multi-role.pdf: three roles under one employer heading, then an internship. */
const WEN = {
  name: 'Wen Zhao',
  label: 'Staff Software Engineer',
  location: 'Pittsburgh, PA',
  phone: '+1 412 555 0139',
  email: 'wen.zhao@example.com',
  profiles: [{ text: 'github.com/wenzhao-robotics', url: 'https://github.com/wenzhao-robotics' }],
  sections: [
    {
      heading: 'Summary',
      summary:
        'Robotics software engineer who grew from new graduate to staff engineer at one company. I set technical direction for the fleet software group and care about simulation, testing and calm on-call.',
    },
    {
      heading: 'Experience',
      groupRoles: true,
      work: [
        {
          title: 'Staff Software Engineer',
          company: 'Halcyon Robotics',
          location: 'Pittsburgh, PA',
          start: '2022-01',
          end: 'present',
          bullets: [
            'Set the technical direction for fleet software across three teams and 22 engineers',
            'Drove the adoption of simulation-based testing, catching 70% of navigation regressions before field trials',
            'Wrote the architecture review process now used by the whole engineering organisation',
          ],
        },
        {
          title: 'Senior Software Engineer',
          company: 'Halcyon Robotics',
          location: 'Pittsburgh, PA',
          start: '2018-03',
          end: '2021-12',
          bullets: [
            'Led the rewrite of the path planner in C++17, reducing planning time by 4x',
            'Responsible for the release process of the robot firmware',
            'Mentored four engineers and ran the weekly robotics reading group',
          ],
        },
        {
          title: 'Software Engineer',
          company: 'Halcyon Robotics',
          location: 'Pittsburgh, PA',
          start: '2014-06',
          end: '2018-02',
          bullets: ['Built telemetry dashboards for warehouse robots', 'Worked on sensor calibration tools in Python'],
        },
        {
          title: 'Software Engineering Intern',
          company: 'Ironleaf Systems',
          location: 'Cleveland, OH',
          start: '2013-05',
          end: '2013-08',
          bullets: ['Added unit tests to a legacy inventory service'],
        },
      ],
    },
    {
      heading: 'Education',
      education: [
        {
          degree: 'B.S. Electrical and Computer Engineering',
          studyType: 'B.S.',
          area: 'Electrical and Computer Engineering',
          institution: 'Carnegie Mellon University',
          location: 'Pittsburgh, PA',
          start: '2010-08',
          end: '2014-05',
        },
      ],
    },
    {
      heading: 'Skills',
      skills: [
        { name: 'Languages', keywords: ['C++', 'Python', 'Rust'] },
        { name: 'Robotics', keywords: ['ROS 2', 'Gazebo', 'SLAM', 'Motion planning'] },
      ],
    },
  ],
};

/** encrypted.pdf: a one-page resume behind a user password. */
const CARMEN = {
  name: 'Carmen Ibáñez',
  label: 'Mobile Engineer',
  location: 'San Diego, CA',
  phone: '+1 619 555 0108',
  email: 'carmen.ibanez@example.com',
  profiles: [],
  sections: [
    { heading: 'Summary', summary: 'iOS and Android engineer with five years of experience shipping consumer apps.' },
    {
      heading: 'Experience',
      work: [
        {
          title: 'Mobile Engineer',
          company: 'Saltmarsh Travel',
          location: 'San Diego, CA',
          start: '2020-09',
          end: 'present',
          bullets: ['Rebuilt the booking flow in SwiftUI, raising conversion by 12%', 'Worked on the Kotlin app’s offline mode'],
        },
      ],
    },
  ],
};

/** mislabelled.docx: a plain one-page text PDF saved under a .docx name. */
const YUSUF = {
  name: 'Yusuf Demir',
  label: 'QA Automation Engineer',
  location: 'Raleigh, NC',
  phone: '+1 919 555 0161',
  email: 'yusuf.demir@example.com',
  profiles: [],
  sections: [
    {
      heading: 'Summary',
      summary: 'QA engineer focused on test automation for web and mobile products, with a habit of turning flaky suites into reliable ones.',
    },
    {
      heading: 'Experience',
      work: [
        {
          title: 'QA Automation Engineer',
          company: 'Bluegrass Fintech',
          location: 'Raleigh, NC',
          start: '2019-04',
          end: 'present',
          bullets: [
            'Built a Playwright suite of 900 end-to-end tests running in 11 minutes on every pull request',
            'Reduced flaky test failures from 8% to under 1%',
            'Responsible for release sign-off for the web app',
          ],
        },
        {
          title: 'Software Tester',
          company: 'Oakcrest Software',
          location: 'Durham, NC',
          start: '2016-06',
          end: '2019-03',
          bullets: ['Wrote manual and Selenium test plans for the payroll product'],
        },
      ],
    },
    {
      heading: 'Skills',
      skills: [{ name: 'Tools', keywords: ['Playwright', 'Selenium', 'Cypress', 'Postman', 'GitHub Actions'] }],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// The classic single-column renderer: name, contact lines, then sections with "Title ... dates" rows.

const HELVETICA = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };
const TIMES = { regular: 'Times-Roman', bold: 'Times-Bold', italic: 'Times-Italic' };

function contactRuns(r, sep = '  ·  ') {
  const runs = [];
  const add = (text, link) => {
    if (runs.length) runs.push({ text: sep });
    runs.push(link ? { text, link } : { text });
  };
  if (r.location) add(r.location);
  if (r.phone) add(r.phone);
  if (r.email) add(r.email, `mailto:${r.email}`);
  return runs;
}

/** Bullet list at the flow's left edge: glyph at +indent, text at +textIndent, wrapped to the right margin. */
function drawBullets(flow, items, { fonts, size, leading, glyph = '•', indent = 4, textIndent = 16, glyphFont }) {
  for (const item of items) {
    const lines = splitLines(item, fonts.regular, size, flow.width - textIndent);
    flow.need(lines.length * leading);
    flow.page.text(flow.left + indent, flow.y, glyph, { font: glyphFont ?? fonts.regular, size });
    for (const line of lines) {
      flow.page.text(flow.left + textIndent, flow.y, line, { font: fonts.regular, size });
      flow.y += leading;
    }
  }
}

function drawParagraph(flow, text, { font, size, leading, indent = 0 }) {
  for (const line of splitLines(text, font, size, flow.width - indent)) {
    flow.need(leading);
    flow.page.text(flow.left + indent, flow.y, line, { font, size });
    flow.y += leading;
  }
}

/**
 * Lays out resume `r` in one column. Style: fonts, size (body), leading, nameSize, headingSize,
 * headingCase ('title' or 'upper'), rule (line under headings), nameInBody, flow options (margins, header,
 * footer), breakBefore (section headings that start a new page).
 */
function renderClassic(doc, r, style = {}) {
  const s = { fonts: HELVETICA, size: 10, leading: 13.5, nameSize: 22, headingSize: 12, headingCase: 'title', rule: true, nameInBody: true, ...style };
  const { fonts, size, leading } = s;
  const flow = new Flow(doc, s.flow);
  const p = () => flow.page;
  if (s.nameInBody) {
    p().text(flow.left, flow.y, r.name, { font: fonts.bold, size: s.nameSize });
    flow.y += s.nameSize + 6;
    if (r.label) {
      p().text(flow.left, flow.y, r.label, { font: fonts.regular, size: 12, color: 0.25 });
      flow.y += 18;
    }
    p().runs(flow.left, flow.y, contactRuns(r), { font: fonts.regular, size: 9.5 });
    flow.y += 13;
    if (r.profiles.length) {
      const runs = [];
      r.profiles.forEach((pr, i) => runs.push(...(i ? [{ text: '  ·  ' }] : []), { text: pr.text, link: pr.url }));
      p().runs(flow.left, flow.y, runs, { font: fonts.regular, size: 9.5 });
      flow.y += 13;
    }
  } else if (s.labelInBody && r.label) {
    p().text(flow.left, flow.y, r.label, { font: fonts.bold, size: 15, color: s.labelColor ?? 0 });
    flow.y += 20;
  }
  for (const sec of r.sections) {
    if (s.breakBefore?.includes(sec.heading)) flow.newPage();
    else flow.y += 10;
    flow.need(s.headingSize + 8 + leading * 3);
    const heading = s.headingCase === 'upper' ? sec.heading.toUpperCase() : sec.heading;
    p().text(flow.left, flow.y, heading, { font: fonts.bold, size: s.headingSize, charSpacing: s.headingCharSpacing ?? 0 });
    flow.y += s.headingSize + 3;
    if (s.rule) {
      p().line(flow.left, flow.y, flow.right, flow.y, { width: 0.6, color: 0.4 });
      flow.y += 5;
    } else flow.y += 3;
    if (sec.summary) drawParagraph(flow, sec.summary, { font: fonts.regular, size, leading });
    if (sec.work) {
      let lastCompany = '';
      for (const w of sec.work) {
        const grouped = sec.groupRoles && w.company === lastCompany;
        const firstOfGroup = sec.groupRoles && !grouped;
        flow.need(leading * 4);
        if (firstOfGroup) {
          // Employer heading over its roles: "Company — City", then each title with its own dates.
          flow.y += 2;
          p().text(flow.left, flow.y, `${w.company} — ${w.location}`, { font: fonts.bold, size: size + 1 });
          flow.y += leading + 2;
        }
        if (sec.groupRoles) {
          p().text(flow.left + 8, flow.y, w.title, { font: fonts.italic, size });
          p().text(flow.right, flow.y, range(w.start, w.end), { font: fonts.regular, size, align: 'right' });
          flow.y += leading;
        } else {
          p().text(flow.left, flow.y, w.title, { font: fonts.bold, size: size + 0.5 });
          p().text(flow.right, flow.y + size + 0.5, range(w.start, w.end), { font: fonts.regular, size, align: 'right', baseline: true });
          flow.y += leading;
          p().text(flow.left, flow.y, `${w.company} — ${w.location}`, { font: fonts.italic, size });
          flow.y += leading;
        }
        drawBullets(flow, w.bullets, { fonts, size, leading, indent: sec.groupRoles ? 12 : 4, textIndent: sec.groupRoles ? 24 : 16 });
        flow.y += 4;
        lastCompany = w.company;
      }
    }
    for (const e of sec.education ?? []) {
      flow.need(leading * 2);
      p().text(flow.left, flow.y, e.degree, { font: fonts.bold, size: size + 0.5 });
      p().text(flow.right, flow.y + size + 0.5, range(e.start, e.end), { font: fonts.regular, size, align: 'right', baseline: true });
      flow.y += leading;
      p().text(flow.left, flow.y, `${e.institution} — ${e.location}`, { font: fonts.italic, size });
      flow.y += leading;
    }
    for (const k of sec.skills ?? []) {
      flow.need(leading);
      p().runs(flow.left, flow.y, [{ text: `${k.name}: `, font: fonts.bold }, { text: k.keywords.join(', ') }], { font: fonts.regular, size });
      flow.y += leading;
    }
    for (const pr of sec.projects ?? []) {
      flow.need(leading * 2);
      const runs = [{ text: pr.name, font: fonts.bold, link: pr.url }, { text: ` — ${pr.description}` }];
      p().runs(flow.left, flow.y, runs, { font: fonts.regular, size });
      flow.y += leading;
      drawBullets(flow, pr.bullets ?? [], { fonts, size, leading });
      flow.y += 2;
    }
    for (const line of sec.lines ?? []) drawParagraph(flow, line, { font: fonts.regular, size, leading });
  }
  flow.finish();
  return flow;
}

/** The same resume as Markdown-ish plain text. */
function resumeText(r) {
  const out = [`# ${r.name}`, ''];
  if (r.label) out.push(r.label, '');
  out.push([r.location, r.phone, r.email].filter(Boolean).join(' · '));
  if (r.profiles.length) out.push(r.profiles.map((p) => p.text).join(' · '));
  for (const sec of r.sections) {
    out.push('', `## ${sec.heading}`, '');
    if (sec.summary) out.push(sec.summary);
    for (const w of sec.work ?? []) {
      out.push(`### ${w.title} — ${w.company}, ${w.location} (${range(w.start, w.end)})`, '');
      for (const b of w.bullets) out.push(`- ${joinLines(b)}`);
      out.push('');
    }
    for (const e of sec.education ?? []) out.push(`**${e.degree}**, ${e.institution}, ${e.location} (${range(e.start, e.end)})`);
    for (const k of sec.skills ?? []) out.push(`- **${k.name}:** ${k.keywords.join(', ')}`);
    for (const p of sec.projects ?? []) {
      out.push(`**${p.name}** — ${p.description}${p.url ? ` (${p.url.replace(/^https:\/\//, '')})` : ''}`, '');
      for (const b of p.bullets ?? []) out.push(`- ${joinLines(b)}`);
      out.push('');
    }
    for (const l of sec.lines ?? []) out.push(`- ${l}`);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

// ---------------------------------------------------------------------------------------------------------
// The fixtures

function sampleResume() {
  const doc = new PdfDoc({ title: 'Tomás Ferreira – Resume', author: TOMAS.name, creator: 'passthebot make-fixtures', compress: true });
  renderClassic(doc, TOMAS, { size: 10.5, leading: 14.5, headingSize: 13 });
  return { doc, expected: expectedOf(TOMAS, 'examples/sample-resume.pdf', doc, { layout: { columns: 1, notes: 'Title line with right-aligned dates, then an italic "Company — City" line; one bullet wraps, one word is hyphenated across lines ("recon-" / "ciliation").' } }) };
}

function singleColumn() {
  const doc = new PdfDoc({ title: 'Marisol Vega - Resume', author: MARISOL.name });
  renderClassic(doc, MARISOL, { fonts: TIMES, size: 11, leading: 14, nameSize: 24, headingSize: 12.5, headingCase: 'upper', flow: { left: 60, right: 552 } });
  return { doc, expected: expectedOf(MARISOL, 'single-column.pdf', doc, { sections: MARISOL.sections.map((s) => s.heading.toUpperCase()), layout: { columns: 1, notes: 'Times; upper-case headings with rules; title line with right-aligned dates, then "Company — City" in italics.' } }) };
}

function multiRole() {
  const doc = new PdfDoc({ title: 'Wen Zhao — Resume', author: WEN.name });
  renderClassic(doc, WEN, { size: 10, leading: 13.5 });
  return { doc, expected: expectedOf(WEN, 'multi-role.pdf', doc, { layout: { columns: 1, notes: 'One bold "Company — City" line over three italic titles, each with its own right-aligned dates; the last role is at another employer.' } }) };
}

/** company-first.pdf: bold company with dates on the right, then the italic title with the location on the right. */
const HENRIK = {
  name: 'Henrik Lindqvist',
  label: 'Frontend Engineer',
  location: 'Minneapolis, MN',
  phone: '+1 612 555 0123',
  email: 'henrik.lindqvist@example.com',
  profiles: [{ text: 'github.com/hlindqvist-dev', url: 'https://github.com/hlindqvist-dev' }],
  sections: [
    {
      heading: 'Professional Experience',
      work: [
        {
          company: 'Northstar Outdoor Co.',
          title: 'Senior Frontend Engineer',
          location: 'Minneapolis, MN',
          start: '2022-03',
          end: 'present',
          bullets: [
            'Led the move of the storefront from a jQuery theme to Next.js; Largest Contentful Paint improved from 4.1 s to 1.6 s on mobile',
            'Built the design system used by four product teams (48 React components, documented in Storybook)',
            'Responsible for accessibility audits; fixed 200+ WCAG 2.1 AA issues',
            'Helped hire and onboard three frontend engineers',
          ],
        },
        {
          company: 'Pinecone Labs',
          title: 'Frontend Engineer',
          location: 'St. Paul, MN',
          start: '2019-09',
          end: '2022-02',
          bullets: [
            'Developed the analytics dashboard in React, TypeScript and D3',
            'Worked closely with designers on the onboarding flow',
            'Cut bundle size by 38% with code splitting and tree shaking',
          ],
        },
        {
          company: 'Lakeside Credit Union',
          title: 'Web Developer',
          location: 'Duluth, MN',
          start: '2017-06',
          end: '2019-08',
          bullets: ['Maintained the public website and online banking front end', 'Wrote automated visual regression tests'],
        },
      ],
    },
    {
      heading: 'Education',
      education: [
        { degree: 'B.S. Computer Science', studyType: 'B.S.', area: 'Computer Science', institution: 'University of Minnesota Duluth', location: 'Duluth, MN', end: '2017-05' },
      ],
    },
    {
      heading: 'Technical Skills',
      skills: [
        { name: 'Frontend', keywords: ['TypeScript', 'React', 'Next.js', 'CSS', 'Storybook', 'D3'] },
        { name: 'Testing', keywords: ['Jest', 'Playwright', 'axe-core'] },
      ],
    },
    {
      heading: 'Certifications',
      lines: ['AWS Certified Developer – Associate, 2021', 'Certified Professional in Accessibility Core Competencies (CPACC), 2020'],
    },
  ],
};

function companyFirst() {
  const r = HENRIK;
  const doc = new PdfDoc({ title: 'Henrik Lindqvist Resume', author: r.name });
  const flow = new Flow(doc, { left: 50, right: 562, top: 48 });
  const size = 10;
  const leading = 13;
  const p = flow.page;
  p.text(306, flow.y, r.name.toUpperCase(), { font: 'Helvetica-Bold', size: 20, align: 'center', charSpacing: 1 });
  flow.y += 28;
  const contact = [r.location, r.phone, r.email, r.profiles[0].text].join('  |  ');
  const cx = 306 - textWidth(contact, 'Helvetica', 9) / 2;
  p.runs(cx, flow.y, [
    { text: `${r.location}  |  ${r.phone}  |  ` },
    { text: r.email, link: `mailto:${r.email}` },
    { text: '  |  ' },
    { text: r.profiles[0].text, link: r.profiles[0].url },
  ], { size: 9 });
  flow.y += 16;
  for (const sec of r.sections) {
    flow.y += 8;
    p.text(flow.left, flow.y, sec.heading.toUpperCase(), { font: 'Helvetica-Bold', size: 11, color: [0.1, 0.2, 0.45] });
    flow.y += 14;
    p.line(flow.left, flow.y - 1, flow.right, flow.y - 1, { width: 1, color: [0.1, 0.2, 0.45] });
    flow.y += 4;
    for (const w of sec.work ?? []) {
      p.text(flow.left, flow.y, w.company, { font: 'Helvetica-Bold', size: 10.5 });
      p.text(flow.right, flow.y + 10.5, range(w.start, w.end), { font: 'Helvetica-Bold', size, align: 'right', baseline: true });
      flow.y += leading;
      p.text(flow.left, flow.y, w.title, { font: 'Helvetica-Oblique', size });
      p.text(flow.right, flow.y, w.location, { font: 'Helvetica-Oblique', size, align: 'right' });
      flow.y += leading;
      drawBullets(flow, w.bullets, { fonts: HELVETICA, size, leading, glyph: '–', indent: 6, textIndent: 16 });
      flow.y += 5;
    }
    for (const e of sec.education ?? []) {
      p.text(flow.left, flow.y, e.institution, { font: 'Helvetica-Bold', size: 10.5 });
      p.text(flow.right, flow.y + 10.5, month(e.end), { font: 'Helvetica-Bold', size, align: 'right', baseline: true });
      flow.y += leading;
      p.text(flow.left, flow.y, e.degree, { font: 'Helvetica-Oblique', size });
      p.text(flow.right, flow.y, e.location, { font: 'Helvetica-Oblique', size, align: 'right' });
      flow.y += leading;
    }
    for (const k of sec.skills ?? []) {
      p.runs(flow.left, flow.y, [{ text: `${k.name}: `, font: 'Helvetica-Bold' }, { text: k.keywords.join(', ') }], { size });
      flow.y += leading;
    }
    for (const line of sec.lines ?? []) {
      p.text(flow.left, flow.y, line, { size });
      flow.y += leading;
    }
  }
  flow.finish();
  return {
    doc,
    expected: expectedOf(r, 'company-first.pdf', doc, {
      basics: { name: r.name.toUpperCase(), email: r.email, phone: r.phone, location: r.location, profiles: [r.profiles[0].text] }, // no label, no summary
      sections: r.sections.map((s) => s.heading.toUpperCase()),
      layout: { columns: 1, notes: 'Name in capitals, no label. Entries are company-first: bold company with dates on the right, then the italic title with the location on the right; en-dash bullets. The education date is the graduation month only.' },
    }),
  };
}

/** two-column.pdf: a grey left sidebar (30%) with contact, skills and education; the main column on the right. */
const NADIA = {
  name: 'Nadia Rahman',
  label: 'Full-Stack Engineer',
  location: 'Denver, CO',
  phone: '+1 720 555 0117',
  email: 'nadia.rahman@example.com',
  profiles: [{ text: 'linkedin.com/in/nadia-rahman-dev', url: 'https://www.linkedin.com/in/nadia-rahman-dev' }],
  sections: [
    { heading: 'Contact', column: 0 },
    { heading: 'Skills', column: 0, skills: [{ name: 'Skills', keywords: ['TypeScript', 'Node.js', 'React', 'GraphQL', 'PostgreSQL', 'Docker', 'AWS Lambda', 'Cypress'] }] },
    {
      heading: 'Education',
      column: 0,
      education: [{ degree: 'B.S. Software Engineering', studyType: 'B.S.', area: 'Software Engineering', institution: 'Colorado State University', location: 'Fort Collins, CO', start: '2012-08', end: '2016-05' }],
    },
    {
      heading: 'Summary',
      column: 1,
      summary: 'Full-stack engineer with seven years of experience in healthcare and consumer apps. I like small teams, clear APIs and shipping every day.',
    },
    {
      heading: 'Experience',
      column: 1,
      work: [
        {
          title: 'Senior Full-Stack Engineer',
          company: 'Juniper Health',
          location: 'Denver, CO',
          start: '2021-01',
          end: 'present',
          bullets: [
            'Led the patient scheduling rewrite in Node.js and React, serving 80 clinics',
            'Designed the GraphQL gateway that replaced 14 REST endpoints',
            'Responsible for the HIPAA audit logging pipeline',
            'Mentored two junior developers',
          ],
        },
        {
          title: 'Full-Stack Developer',
          company: 'Trailhead Apps',
          location: 'Boulder, CO',
          start: '2018-05',
          end: '2020-12',
          bullets: [
            'Built a trail-conditions app with 250k monthly users',
            'Helped migrate the backend from Heroku to AWS Lambda',
            'Wrote Cypress tests for the payment flow',
          ],
        },
        {
          title: 'Junior Web Developer',
          company: 'Aspen Digital',
          location: 'Denver, CO',
          start: '2016-07',
          end: '2018-04',
          bullets: ['Built WordPress and React sites for local businesses', 'Worked on the agency’s internal time-tracking tool'],
        },
      ],
    },
  ],
};

function twoColumn() {
  const r = NADIA;
  const doc = new PdfDoc({ title: 'Nadia Rahman', author: r.name, compress: true });
  const page = doc.page();
  const sideW = 184; // 30% of 612
  page.rect(0, 0, sideW, 792, { fill: [0.92, 0.94, 0.96] });
  // Both columns are queued and drawn in order of y, so the content stream interleaves them line by line, the
  // way some resume builders do and the reason naive extractors mix the columns.
  const queue = [];
  const put = (column, x, y, str, opts) => queue.push({ column, x, y, str, opts });
  // Sidebar
  const L = 24;
  const sideRight = sideW - 16;
  let y = 54;
  const sideHeading = (text) => {
    put(0, L, y, text.toUpperCase(), { font: 'Helvetica-Bold', size: 10.5, color: [0.15, 0.3, 0.5], charSpacing: 0.5 });
    y += 17;
  };
  sideHeading('Contact');
  for (const [text, link] of [[r.email, `mailto:${r.email}`], [r.phone], [r.location], [r.profiles[0].text, r.profiles[0].url]]) {
    put(0, L, y, text, { size: 8.5, link });
    y += 13;
  }
  y += 14;
  sideHeading('Skills');
  for (const k of r.sections[1].skills[0].keywords) {
    put(0, L, y, k, { size: 9.5 });
    y += 13.5;
  }
  y += 14;
  sideHeading('Education');
  const edu = r.sections[2].education[0];
  for (const line of wrapText(edu.degree, 'Helvetica-Bold', 9.5, sideRight - L)) {
    put(0, L, y, line, { font: 'Helvetica-Bold', size: 9.5 });
    y += 12.5;
  }
  for (const line of wrapText(edu.institution, 'Helvetica', 9.5, sideRight - L)) {
    put(0, L, y, line, { size: 9.5 });
    y += 12.5;
  }
  put(0, L, y, range(edu.start, edu.end), { size: 9, color: 0.35 });
  // Main column
  const M = sideW + 26;
  const right = 612 - 40;
  y = 48;
  put(1, M, y, r.name, { font: 'Helvetica-Bold', size: 24 });
  y += 30;
  put(1, M, y, r.label, { size: 13, color: [0.15, 0.3, 0.5] });
  y += 26;
  const mainHeading = (text) => {
    put(1, M, y, text.toUpperCase(), { font: 'Helvetica-Bold', size: 11, color: [0.15, 0.3, 0.5], charSpacing: 0.5 });
    y += 17;
  };
  mainHeading('Summary');
  for (const line of wrapText(r.sections[3].summary, 'Helvetica', 9.5, right - M)) {
    put(1, M, y, line, { size: 9.5 });
    y += 13;
  }
  y += 12;
  mainHeading('Experience');
  for (const w of r.sections[4].work) {
    put(1, M, y, w.title, { font: 'Helvetica-Bold', size: 10.5 });
    put(1, right, y + 10.5, range(w.start, w.end), { size: 9, align: 'right', color: 0.35, baseline: true });
    y += 13.5;
    put(1, M, y, `${w.company} · ${w.location}`, { font: 'Helvetica-Oblique', size: 9.5 });
    y += 14;
    for (const b of w.bullets) {
      put(1, M + 2, y, '•', { size: 9.5 });
      for (const line of wrapText(b, 'Helvetica', 9.5, right - M - 12)) {
        put(1, M + 12, y, line, { size: 9.5 });
        y += 12.5;
      }
    }
    y += 8;
  }
  queue.sort((a, b) => a.y - b.y || a.column - b.column);
  for (const q of queue) page.text(q.x, q.y, q.str, q.opts);
  return {
    doc,
    expected: expectedOf(r, 'two-column.pdf', doc, {
      sections: r.sections.map((s) => s.heading.toUpperCase()),
      layout: { columns: 2, notes: 'Left sidebar (x < 184 pt, grey background) with Contact, Skills and Education; main column from x = 210 pt with name, Summary and Experience. The content stream interleaves the two columns line by line. Sections are listed left column first.' },
    }),
  };
}

/** header-footer.pdf: name and contacts in the top margin band of both pages, "Page n of 2" footers. */
const OWEN = {
  name: 'Owen Castellanos',
  label: 'Site Reliability Engineer',
  location: 'Portland, OR',
  phone: '+1 503 555 0172',
  email: 'owen.castellanos@example.com',
  profiles: [],
  sections: [
    {
      heading: 'Summary',
      summary:
        'Site reliability engineer with eight years of experience running large Kubernetes fleets and the observability around them. I reduce toil with automation, write the runbooks other people actually use and teach teams to own their services in production.',
    },
    {
      heading: 'Skills',
      skills: [
        { name: 'Platforms', keywords: ['Kubernetes', 'AWS', 'GCP', 'Linux'] },
        { name: 'Tooling', keywords: ['Terraform', 'Ansible', 'Prometheus', 'Grafana', 'Go', 'Python'] },
      ],
    },
    {
      heading: 'Experience',
      work: [
        {
          title: 'Senior Site Reliability Engineer',
          company: 'Cascadia Streaming',
          location: 'Portland, OR',
          start: '2021-08',
          end: 'present',
          bullets: [
            'Led the migration of 300 services to a multi-region Kubernetes platform with zero customer-facing downtime',
            'Built the incident response program: severity levels, paging policy and blameless reviews',
            'Cut cloud spend by $1.4M a year through right-sizing, spot instances and a monthly cost review with each product team',
            'Responsible for the Prometheus and Grafana stack (2M active series)',
            'Mentored the on-call rotation of 18 engineers',
            'Designed alerting on SLO burn rates, cutting pages per on-call week from 35 to 9',
            'Ran quarterly game days that found 11 failure modes before customers did',
          ],
        },
        {
          title: 'Site Reliability Engineer',
          company: 'Evergreen Payments',
          location: 'Seattle, WA',
          start: '2018-02',
          end: '2021-07',
          bullets: [
            'Automated database failover, reducing recovery time from 25 minutes to 40 seconds',
            'Wrote Terraform modules used by every product team',
            'Helped roll out service-level objectives for the card-processing APIs',
            'Worked on capacity planning for Black Friday traffic',
            'Built a self-service database snapshot tool used by 25 teams',
            'Moved 90 cron jobs to Kubernetes CronJobs with alerts on missed runs',
          ],
        },
        {
          title: 'Systems Administrator',
          company: 'Willamette University IT',
          location: 'Salem, OR',
          start: '2015-06',
          end: '2018-01',
          bullets: [
            'Managed 400 Linux servers with Ansible and wrote the patching runbook',
            'Moved campus e-mail for 3,000 students and staff to a hosted service',
            'Helped the network team replace the campus firewall and document the new rules for the help desk and the security office',
          ],
        },
        {
          title: 'IT Support Technician',
          company: 'Rose City Library District',
          location: 'Portland, OR',
          start: '2013-06',
          end: '2015-05',
          bullets: [
            'Supported 60 public computers and the staff help desk',
            'Scripted the nightly reimaging of public terminals',
            'Trained 40 library staff on the new ticketing system',
          ],
        },
      ],
    },
    {
      heading: 'Education',
      education: [{ degree: 'B.S. Computer Science', studyType: 'B.S.', area: 'Computer Science', institution: 'Oregon State University', location: 'Corvallis, OR', start: '2011-09', end: '2015-06' }],
    },
    { heading: 'Certifications', lines: ['Certified Kubernetes Administrator (CKA), 2022', 'HashiCorp Certified: Terraform Associate, 2020'] },
  ],
};

function headerFooter() {
  const r = OWEN;
  const doc = new PdfDoc({ title: 'Owen Castellanos - Resume', author: r.name });
  const header = (page) => {
    page.text(54, 28, r.name, { font: 'Helvetica-Bold', size: 11 });
    const runs = [{ text: `${r.email}`, link: `mailto:${r.email}` }, { text: `  ·  ${r.phone}  ·  ${r.location}` }];
    const w = runs.reduce((n, x) => n + textWidth(x.text, 'Helvetica', 9), 0);
    page.runs(558 - w, 29.5, runs, { size: 9, color: 0.2 });
    page.line(54, 46, 558, 46, { width: 0.5, color: 0.5 });
  };
  const footer = (page, n, total) => {
    page.line(54, 752, 558, 752, { width: 0.5, color: 0.5 });
    page.text(306, 760, `Page ${n} of ${total}`, { size: 8.5, align: 'center', color: 0.3 });
  };
  renderClassic(doc, r, {
    nameInBody: false,
    labelInBody: true,
    labelColor: [0.2, 0.35, 0.2],
    size: 11,
    leading: 16,
    headingSize: 13,
    flow: { top: 66, bottom: 740, header, footer },
  });
  return {
    doc,
    expected: expectedOf(r, 'header-footer.pdf', doc, {
      layout: {
        columns: 1,
        notes: 'Name, e-mail, phone and city are in the top margin band (y < 46 pt) of both pages; "Page n of 2" footers below y = 752 pt. The label is the first body line of page 1. The last role (IT Support Technician) breaks across the pages: its third bullet is on page 2, after the repeated header.',
      },
      repeated: { header: [r.name, `${r.email}  ·  ${r.phone}  ·  ${r.location}`], footer: ['Page 1 of 2', 'Page 2 of 2'] },
    }),
  };
}

/**
 * hazards.pdf: what trips text extraction. Ligature glyphs (U+FB01 ﬁ, U+FB02 ﬂ, U+FB03 ﬃ), private-use icon
 * glyphs (U+F0B7 Word bullets, Font Awesome-style U+F0E0 envelope, U+F095 phone, U+F041 map marker), a word
 * split across lines by a soft hyphen (U+00AD), a hyphenated line break ("distrib-" / "uted"), letter-spaced
 * headings three ways (Tc spacing, one glyph per text matrix, and literal spaces), spaces written as TJ gaps,
 * invisible keywords (render mode 3) and white keywords.
 */
const INGRID = {
  name: 'Ingrid Solberg',
  label: 'DevOps Engineer',
  location: 'Seattle, WA',
  phone: '+1 206 555 0134',
  email: 'ingrid.solberg@example.com',
  profiles: [],
  sections: [
    {
      heading: 'SUMMARY',
      summary: 'AWS-certiﬁed DevOps engineer with seven years of experience automating build and release workﬂows for ﬁnancial services and games. Eﬃcient pipelines, boring deploys.',
    },
    {
      heading: 'EXPERIENCE',
      work: [
        {
          title: 'DevOps Engineer',
          company: 'Cobalt Ridge Bank',
          location: 'Seattle, WA',
          start: '2020-03',
          end: 'present',
          bullets: [
            'Rebuilt the distrib-|uted build cache for 60 microservices, cutting CI time from 38 to 9 minutes',
            'Deﬁned the GitOps workﬂow with Argo CD and Terraform for 4 AWS accounts',
            'Improved obser\u00AD|vability with OpenTelemetry traces across the payments platform',
            'Responsible for patching and certiﬁcate rotation',
          ],
        },
        {
          title: 'Build Engineer',
          company: 'Tidewater Games',
          location: 'Redmond, WA',
          start: '2017-06',
          end: '2020-02',
          bullets: ['Maintained Jenkins pipelines for console builds', 'Helped move artifact storage to S3, saving 30% on storage costs'],
        },
      ],
    },
    {
      heading: 'EDUCATION',
      education: [{ degree: 'B.S. Information Systems', studyType: 'B.S.', area: 'Information Systems', institution: 'Western Washington University', location: 'Bellingham, WA', start: '2013-09', end: '2017-06' }],
    },
    { heading: 'SKILLS', skills: [{ name: 'Skills', keywords: ['Terraform', 'Kubernetes', 'Argo CD', 'Jenkins', 'GitHub Actions', 'Python', 'Bash'] }] },
    { heading: 'CERTIFICATIONS', lines: ['AWS Certiﬁed DevOps Engineer – Professional (2022)'] },
  ],
};

function hazards() {
  const r = INGRID;
  const doc = new PdfDoc({ title: 'Ingrid Solberg – CV', author: r.name });
  const flow = new Flow(doc, { left: 56, right: 556, top: 50 });
  const page = flow.page;
  const size = 10;
  const leading = 13.5;
  page.text(flow.left, flow.y, r.name, { font: 'Helvetica-Bold', size: 22 });
  flow.y += 28;
  page.text(flow.left, flow.y, r.label, { size: 12, color: 0.3 });
  flow.y += 18;
  // Icon glyphs before each contact detail, as icon fonts put them in the text layer.
  page.runs(flow.left, flow.y, [
    { text: '\uF0E0 ' },
    { text: r.email, link: `mailto:${r.email}` },
    { text: '    \uF095 ' },
    { text: r.phone },
    { text: '    \uF041 ' },
    { text: r.location },
  ], { size: 9.5 });
  flow.y += 22;
  const heading = (text, how) => {
    flow.y += 6;
    if (how === 'tc') page.text(flow.left, flow.y, text, { font: 'Helvetica-Bold', size: 11, charSpacing: 3.5 });
    else if (how === 'perChar') page.text(flow.left, flow.y, text, { font: 'Helvetica-Bold', size: 11, charSpacing: 3.5, perChar: true });
    else page.text(flow.left, flow.y, text.split('').join(' '), { font: 'Helvetica-Bold', size: 11 });
    flow.y += 15;
    page.line(flow.left, flow.y, flow.right, flow.y, { width: 0.5, color: 0.6 });
    flow.y += 6;
  };
  const [summary, experience, education, skills, certs] = r.sections;
  heading(summary.heading, 'tc');
  drawParagraph(flow, summary.summary, { font: 'Helvetica', size, leading });
  heading(experience.heading, 'perChar');
  for (const w of experience.work) {
    page.text(flow.left, flow.y, w.title, { font: 'Helvetica-Bold', size: 10.5 });
    page.text(flow.right, flow.y + 10.5, range(w.start, w.end), { size, align: 'right', baseline: true });
    flow.y += leading;
    page.text(flow.left, flow.y, `${w.company} — ${w.location}`, { font: 'Helvetica-Oblique', size });
    flow.y += leading;
    drawBullets(flow, w.bullets, { fonts: HELVETICA, size, leading, glyph: '\uF0B7' });
    flow.y += 4;
  }
  heading(education.heading, 'tc');
  const e = education.education[0];
  page.text(flow.left, flow.y, e.degree, { font: 'Helvetica-Bold', size: 10.5 });
  page.text(flow.right, flow.y + 10.5, range(e.start, e.end), { size, align: 'right', baseline: true });
  flow.y += leading;
  // Spaces as TJ gaps: no space glyphs in this line, as TeX writes text.
  page.text(flow.left, flow.y, `${e.institution} — ${e.location}`, { font: 'Helvetica-Oblique', size, spaces: 'gap' });
  flow.y += leading;
  heading(skills.heading, 'spaces');
  page.text(flow.left, flow.y, skills.skills[0].keywords.join(', '), { size });
  flow.y += leading;
  heading(certs.heading, 'tc');
  page.text(flow.left, flow.y, certs.lines[0], { size });
  flow.y += leading + 20;
  // Keyword stuffing a person cannot see: invisible (Tr 3) and white on white.
  const invisible = 'Kubernetes Terraform Ansible Jenkins Python Go AWS GCP Azure Docker';
  const white = 'Google Amazon Microsoft Netflix senior staff principal';
  page.text(flow.left, flow.y, invisible, { size: 6, renderMode: 3 });
  flow.y += 10;
  page.text(flow.left, flow.y, white, { size: 6, color: [1, 1, 1] });
  flow.finish();
  return {
    doc,
    expected: expectedOf(r, 'hazards.pdf', doc, {
      hidden: [invisible, white],
      repairs: ['ligature', 'private-use-glyph', 'soft-hyphen', 'hyphenation', 'letter-spacing', 'hidden-text', 'bullet-glyph'],
      hazards: { present: ['LIGATURES', 'PRIVATE_USE_GLYPHS', 'SOFT_HYPHENS'], absent: ['MULTI_COLUMN'] },
      layout: {
        columns: 1,
        notes: 'Headings: SUMMARY, EDUCATION and CERTIFICATIONS use Tc letter spacing; EXPERIENCE places every glyph with its own text matrix; SKILLS is printed with literal spaces ("S K I L L S"). Bullets are U+F0B7. The institution line has no space glyphs (TJ gaps). The last two lines are hidden keywords (render mode 3, then white). Text is given as a person reads it: ligatures spelt out, soft hyphen and hyphenation joined.',
      },
    }),
  };
}

/** dates-gutter.pdf: moderncv-style, dates in a left gutter before each entry, TeX-style spacing. */
const RAFAEL = {
  name: 'Rafael Monteiro',
  label: 'Machine Learning Engineer',
  location: 'Boston, MA',
  phone: '+1 617 555 0185',
  email: 'rafael.monteiro@example.com',
  profiles: [{ text: 'github.com/rmonteiro-ml', url: 'https://github.com/rmonteiro-ml' }],
  sections: [
    {
      heading: 'Experience',
      work: [
        {
          title: 'Machine Learning Engineer',
          company: 'Quillfeather AI',
          location: 'Boston, MA',
          start: '2021-09',
          end: 'present',
          bullets: [
            'Shipped a document-ranking model that raised search click-through by 9%',
            'Built the feature store on Feast and Redis, serving 15k lookups per second',
            'Responsible for model monitoring and retraining schedules',
          ],
        },
        {
          title: 'Data Scientist',
          company: 'Harborview Retail',
          location: 'Providence, RI',
          start: '2018-01',
          end: '2021-08',
          bullets: ['Forecast weekly demand for 3,000 products with gradient-boosted models', 'Helped build the experimentation platform'],
        },
      ],
    },
    {
      heading: 'Education',
      education: [
        { degree: 'M.S. Computer Science', studyType: 'M.S.', area: 'Computer Science', institution: 'Northeastern University', location: 'Boston, MA', start: '2016-09', end: '2017-12' },
        { degree: 'B.S. Mathematics', studyType: 'B.S.', area: 'Mathematics', institution: 'University of Rhode Island', location: 'Kingston, RI', start: '2012-09', end: '2016-05' },
      ],
    },
    {
      heading: 'Skills',
      skills: [
        { name: 'Languages', keywords: ['Python', 'SQL', 'Scala'] },
        { name: 'ML', keywords: ['PyTorch', 'scikit-learn', 'XGBoost', 'Feast', 'MLflow'] },
      ],
    },
  ],
};

function datesGutter() {
  const r = RAFAEL;
  const doc = new PdfDoc({ title: 'Rafael Monteiro — Curriculum Vitae', author: r.name, creator: 'LaTeX with moderncv' });
  const page = doc.page();
  const gutterL = 60;
  const gutterR = 150; // dates end here, right-aligned
  const M = 160;
  const right = 552;
  const blue = [0.2, 0.35, 0.6];
  const tex = { spaces: 'gap' };
  let y = 56;
  page.text(gutterL, y, r.name, { font: 'Helvetica', size: 26, ...tex });
  page.text(right, y + 2, r.location, { size: 9, align: 'right', ...tex });
  page.text(right, y + 14, r.phone, { size: 9, align: 'right', ...tex });
  page.text(right, y + 26, r.email, { size: 9, align: 'right', link: `mailto:${r.email}`, ...tex });
  page.text(right, y + 38, r.profiles[0].text, { size: 9, align: 'right', link: r.profiles[0].url, ...tex });
  y += 32;
  page.text(gutterL, y, r.label, { font: 'Helvetica-Oblique', size: 13, color: 0.45, ...tex });
  y += 40;
  const sectionHeading = (text) => {
    page.rect(gutterL, y + 2, gutterR - gutterL, 7, { fill: blue });
    page.text(M, y, text, { size: 13, color: blue, ...tex });
    y += 22;
  };
  const [experience, education, skills] = r.sections;
  sectionHeading(experience.heading);
  for (const w of experience.work) {
    page.text(gutterR, y + 10, range(w.start, w.end), { size: 9, align: 'right', baseline: true, ...tex });
    // \cventry: bold title, italic company, then the city.
    let x = page.text(M, y, w.title, { font: 'Helvetica-Bold', size: 10, ...tex }).right;
    x = page.text(x, y, ', ', { size: 10, ...tex }).right;
    x = page.text(x, y, w.company, { font: 'Helvetica-Oblique', size: 10, ...tex }).right;
    page.text(x, y, `, ${w.location}`, { size: 10, ...tex });
    y += 14;
    for (const b of w.bullets) {
      page.text(M + 2, y, '•', { size: 9.5 });
      for (const line of wrapText(b, 'Helvetica', 9.5, right - M - 12)) {
        page.text(M + 12, y, line, { size: 9.5, ...tex });
        y += 12.5;
      }
    }
    y += 8;
  }
  y += 6;
  sectionHeading(education.heading);
  for (const e of education.education) {
    page.text(gutterR, y + 10, range(e.start, e.end), { size: 9, align: 'right', baseline: true, ...tex });
    let x = page.text(M, y, e.degree, { font: 'Helvetica-Bold', size: 10, ...tex }).right;
    x = page.text(x, y, ', ', { size: 10, ...tex }).right;
    x = page.text(x, y, e.institution, { font: 'Helvetica-Oblique', size: 10, ...tex }).right;
    page.text(x, y, `, ${e.location}`, { size: 10, ...tex });
    y += 18;
  }
  y += 6;
  sectionHeading(skills.heading);
  for (const k of skills.skills) {
    page.text(gutterR, y + 10, k.name, { size: 9.5, align: 'right', baseline: true, ...tex });
    page.text(M, y, k.keywords.join(', '), { size: 10, ...tex });
    y += 15;
  }
  return {
    doc,
    expected: expectedOf(r, 'dates-gutter.pdf', doc, {
      layout: {
        columns: 1,
        notes: 'moderncv look: dates (and skill categories) right-aligned in a left gutter ending at x = 150 pt, before each entry in the text layer; entries as "Title, Company, City" on one line; contacts right-aligned at the top right; coloured bars in the gutter before headings. No space glyphs anywhere: spaces are TJ gaps, as TeX writes them. Not a multi-column layout.',
      },
    }),
  };
}

function encrypted() {
  const doc = new PdfDoc({ title: 'Carmen Ibáñez – Resume', author: CARMEN.name, encrypt: { userPassword: 'secret' } });
  renderClassic(doc, CARMEN, {});
  return { doc };
}

function imageOnly() {
  // A "scan": a white page with dark bars where text lines would be, 34 × 44 pixels scaled to the page.
  const cols = 34;
  const rows = 44;
  const pixels = new Uint8Array(cols * rows).fill(246);
  const rand = prng(0x5ca11ed);
  for (let row = 3; row < rows - 3; row += 2) {
    if (row % 10 === 9) continue;
    const len = 12 + (rand() % 18);
    for (let c = 3; c < Math.min(cols - 3, 3 + len); c++) pixels[row * cols + c] = 60 + (rand() % 40);
  }
  const doc = new PdfDoc({ title: 'Scanned resume', producer: 'passthebot fixtures' });
  doc.page().image(0, 0, 612, 792, { cols, rows, pixels });
  return { doc };
}

function mislabelled() {
  const doc = new PdfDoc({ title: 'Yusuf Demir Resume', author: YUSUF.name });
  renderClassic(doc, YUSUF, { size: 10.5, leading: 14 });
  return { doc, expected: expectedOf(YUSUF, 'mislabelled.docx', doc, { kind: 'pdf', layout: { columns: 1, notes: 'A text PDF saved under a .docx name: the reader must go by the bytes.' } }) };
}

// ---------------------------------------------------------------------------------------------------------
// Text and JSON fixtures

const SAMPLE_MD = `# Amara Nwosu

Senior Backend Engineer · Atlanta, GA · +1 404 555 0152 · [amara.nwosu@example.com](mailto:amara.nwosu@example.com)
[linkedin.com/in/amara-nwosu-dev](https://www.linkedin.com/in/amara-nwosu-dev) · [github.com/anwosu](https://github.com/anwosu)

## Summary

Backend engineer with eight years in payments and logistics. I design APIs that stay boring under load, lead incident reviews and mentor engineers new to distributed systems.

## Experience

### Senior Backend Engineer — Peachtree Payments, Atlanta, GA
*May 2020 – Present*

- Led the split of the payments monolith into six services, cutting deploy time from 2 hours to 15 minutes
- Designed the idempotency layer that removed duplicate charges (about 400 a month)
- Responsible for the quarterly disaster-recovery drills
- Mentored four engineers; one now leads the ledger team

### Backend Engineer — Magnolia Freight, Savannah, GA
*Jan 2016 – Apr 2020*

- Built the shipment-quote API in Java and Spring Boot, 3M requests a day
- Helped move the data warehouse from Oracle to PostgreSQL
- Worked on the driver mobile app's sync service

## Education

**B.S. Computer Engineering**, Georgia Institute of Technology, Atlanta, GA (2011 – 2015)

## Skills

- **Languages:** Java, Kotlin, Go, SQL
- **Systems:** PostgreSQL, Kafka, Redis, Kubernetes, AWS

## Projects

**ledgerlite** — a double-entry bookkeeping library for Kotlin ([github.com/anwosu/ledgerlite](https://github.com/anwosu/ledgerlite))
`;

const SAMPLE_JSON_RESUME = {
  $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
  basics: {
    name: 'Lukas Brandt',
    label: 'Platform Engineer',
    email: 'lukas.brandt@example.com',
    phone: '+1 303 555 0190',
    url: 'https://lukasbrandt.example.com',
    summary: 'Platform engineer who builds internal developer platforms: CI/CD, service templates and the paved road from commit to production.',
    location: { city: 'Boulder', region: 'CO', countryCode: 'US' },
    profiles: [
      { network: 'GitHub', username: 'lbrandt-platform', url: 'https://github.com/lbrandt-platform' },
      { network: 'LinkedIn', username: 'lukas-brandt-platform', url: 'https://www.linkedin.com/in/lukas-brandt-platform' },
    ],
  },
  work: [
    {
      name: 'Flatiron Cloud',
      position: 'Senior Platform Engineer',
      location: 'Boulder, CO',
      startDate: '2021-02',
      summary: 'Internal developer platform team of five.',
      highlights: [
        'Built service templates that took a new service from idea to production in one day instead of two weeks',
        'Led the move from Jenkins to GitHub Actions for 180 repositories',
        'Responsible for the Backstage developer portal',
      ],
    },
    {
      name: 'Summit Analytics',
      position: 'DevOps Engineer',
      location: 'Denver, CO',
      startDate: '2017-06',
      endDate: '2021-01',
      highlights: ['Wrote Terraform modules for every AWS account', 'Helped reduce build times by 50% with remote caching'],
    },
  ],
  education: [{ institution: 'University of Colorado Boulder', area: 'Computer Science', studyType: 'Bachelor', startDate: '2013-08', endDate: '2017-05' }],
  skills: [
    { name: 'Platform', keywords: ['Kubernetes', 'Terraform', 'Backstage', 'GitHub Actions'] },
    { name: 'Languages', keywords: ['Go', 'Python', 'Bash'] },
  ],
  languages: [{ language: 'English', fluency: 'Native speaker' }, { language: 'German', fluency: 'Professional working proficiency' }],
  projects: [{ name: 'tfdrift', description: 'Detects drift between Terraform state and live AWS resources', url: 'https://github.com/lbrandt-platform/tfdrift', highlights: ['Used by 40 teams'] }],
};

// ---------------------------------------------------------------------------------------------------------
// Main

async function build() {
  const files = new Map();
  const pdf = (path, built, expectedPath = path.replace(/\.(pdf|docx)$/, '.expected.json')) => {
    files.set(path, built.doc.toBytes());
    if (built.expected) files.set(expectedPath, json(built.expected));
  };

  // The example's facts live with the test fixtures, so examples/ holds only what a user opens.
  pdf('examples/sample-resume.pdf', sampleResume(), 'test/fixtures/sample-resume.expected.json');
  files.set('examples/sample-resume.txt', resumeText(TOMAS));

  const dir = 'test/fixtures/pdf';
  pdf(`${dir}/single-column.pdf`, singleColumn());
  pdf(`${dir}/company-first.pdf`, companyFirst());
  pdf(`${dir}/two-column.pdf`, twoColumn());
  pdf(`${dir}/header-footer.pdf`, headerFooter());
  pdf(`${dir}/hazards.pdf`, hazards());
  pdf(`${dir}/dates-gutter.pdf`, datesGutter());
  pdf(`${dir}/multi-role.pdf`, multiRole());
  pdf(`${dir}/mislabelled.docx`, mislabelled());

  // Hostile files, with the error a reader should give (codes from src/errors.ts).
  files.set(`${dir}/encrypted.pdf`, encrypted().doc.toBytes());
  files.set(`${dir}/image-only.pdf`, imageOnly().doc.toBytes());
  const whole = headerFooter().doc.toBytes();
  files.set(`${dir}/truncated.pdf`, whole.slice(0, Math.floor(whole.length / 2)));
  const rand = prng(0xc0ffee);
  const noise = new Uint8Array(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = rand() & 0xff;
  files.set(`${dir}/not-a-pdf.pdf`, noise);
  files.set(`${dir}/empty.pdf`, new Uint8Array(0));
  files.set(
    `${dir}/hostile.json`,
    json({
      'encrypted.pdf': { error: 'ENCRYPTED', password: 'secret', note: 'Standard security handler, RC4 128-bit (V2/R3), user password "secret"; opens with it.' },
      'image-only.pdf': { error: 'NO_TEXT', images: 1, note: 'One page, one DeviceGray image covering it, no text.' },
      'truncated.pdf': { parses: true, note: 'header-footer.pdf cut at half its length: no xref table or trailer, and the fonts and later objects are missing (pdf.js alone throws InvalidPDFException); the rebuilt file reads page 1.' },
      'not-a-pdf.pdf': { error: 'UNSUPPORTED_TYPE', note: '4096 bytes from a fixed-seed xorshift32 PRNG.' },
      'empty.pdf': { error: 'EMPTY', note: '0 bytes.' },
      'mislabelled.docx': { kind: 'pdf', note: 'A valid text PDF under a .docx name; see mislabelled.expected.json.' },
    }),
  );

  files.set('test/fixtures/text/sample.md', SAMPLE_MD);
  files.set('test/fixtures/json/sample.resume.json', json(SAMPLE_JSON_RESUME));

  try {
    const { sampleResumeDocx } = await import('./lib/docx-samples.mjs');
    files.set('test/fixtures/docx/sample.docx', sampleResumeDocx());
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    console.log(`note: test/fixtures/docx/sample.docx not written (${e.message})`);
  }
  return files;
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const out = at >= 0 ? resolve(args[at + 1]) : ROOT;
  const files = await build();
  let total = 0;
  for (const [path, data] of files) {
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
    const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
    total += size;
    if (!args.includes('--quiet')) console.log(`${String(size).padStart(7)}  ${path}`);
  }
  if (!args.includes('--quiet')) console.log(`${String(total).padStart(7)}  total (${files.size} files)`);
}

await main();
