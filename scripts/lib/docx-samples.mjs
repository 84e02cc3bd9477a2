// Realistic resume documents built with docx-writer.mjs, for tests and for scripts/make-fixtures.mjs.
// The people and companies are invented.
import { buildDocx } from './docx-writer.mjs';

const bullet = (text) => ({ p: text, style: 'ListParagraph', list: 'bullet' });
const role = (title, dates) => ({ p: [{ text: `${title}\t${dates}`, bold: true }], pPr: '<w:tabs><w:tab w:val="right" w:pos="9360"/></w:tabs>' });
const company = (text) => ({ p: [{ text, italic: true }] });

/**
 * A senior engineer's two-page-ish resume as Word would save it: contact details in the page header, Heading 1
 * section titles, "Title<tab>Dates" rows, company lines, bullets from numbering.xml, a two-cell skills table
 * and a text box (AlternateContent with a VML fallback) holding a LinkedIn URL.
 */
export function sampleResumeDocx() {
  return buildDocx({
    title: 'Maya Okafor – Resume',
    creator: 'Maya Okafor',
    header: [
      { p: [{ text: 'Maya Okafor', bold: true, size: 20 }], style: 'Header', align: 'center' },
      {
        p: [
          'Seattle, WA  ·  (206) 555-0143  ·  ',
          { link: 'mailto:maya.okafor@example.com', text: 'maya.okafor@example.com' },
        ],
        style: 'Header',
        align: 'center',
      },
    ],
    footer: [{ p: 'Maya Okafor – Senior Software Engineer', style: 'Footer', align: 'center' }],
    body: [
      { p: 'Senior Software Engineer', style: 'Title' },
      {
        textbox: [
          { p: [{ text: 'LinkedIn: ' }, { link: 'https://www.linkedin.com/in/maya-okafor', text: 'linkedin.com/in/maya-okafor' }] },
        ],
      },
      'Backend engineer with nine years of experience building payment and data platforms. I lead design across teams, mentor engineers and own systems from design review to on-call.',
      { p: 'Experience', style: 'Heading1' },
      role('Senior Software Engineer', 'Mar 2021 – Present'),
      company('Northwind Payments, Seattle, WA'),
      bullet('Led the redesign of the ledger service, cutting settlement errors by 72% across 40M monthly transactions'),
      bullet('Set the technical direction for four teams migrating from a monolith to event-driven services'),
      bullet('Mentored six engineers; two were promoted to senior within 18 months'),
      role('Software Engineer', 'Jun 2017 – Feb 2021'),
      company('Contoso Analytics, Portland, OR'),
      bullet('Built a streaming ingestion pipeline in Go and Kafka handling 1.2B events per day'),
      bullet('Reduced p99 query latency from 2.4 s to 380 ms by redesigning the partitioning scheme'),
      role('Junior Developer', 'Jul 2015 – May 2017'),
      company('Fabrikam Software, Portland, OR'),
      bullet('Shipped customer-facing reporting features in TypeScript and PostgreSQL'),
      { p: 'Education', style: 'Heading1' },
      role('B.S. Computer Science', '2011 – 2015'),
      company('Oregon State University, Corvallis, OR'),
      { p: 'Skills', style: 'Heading1' },
      {
        table: [
          [
            [{ p: 'Languages', style: 'Heading2' }, bullet('Go'), bullet('TypeScript'), bullet('Python'), bullet('SQL')],
            [{ p: 'Infrastructure', style: 'Heading2' }, bullet('Kafka'), bullet('Kubernetes'), bullet('PostgreSQL'), bullet('AWS')],
          ],
        ],
      },
    ],
  });
}
