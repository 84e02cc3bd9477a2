// 4. A Word CV from a Chinese data scientist: family name first in capitals, education first with GPA,
// "YYYY/MM – YYYY/MM" dates and "Now" for the current job on right tab stops, each role's points as its own
// numbered list (1. 2. 3., restarting per role), a bordered two-column Technical Skills table (category |
// keywords), and numbered publications. Shanghai, Shenzhen and Beijing.
import { itemsOf, numberingXml, packDocx, para, sectPr, table } from './kit.mjs';

export const resume = {
  basics: {
    name: 'WANG Xiaoming',
    label: 'Senior Data Scientist',
    email: 'wang.xiaoming@example.cn',
    phone: '(+86) 138-0555-0123',
    location: 'Shanghai, China',
    profiles: ['github.com/wxm-ds'],
  },
  education: [
    { institution: 'Fudan University', studyType: 'M.S.', area: 'Statistics', startDate: '2017-09', endDate: '2020-06', score: '3.7/4.0', _note: 'GPA: 3.7/4.0 | Thesis: Causal forests for uplift modelling in marketing' },
    { institution: 'Nanjing University', studyType: 'B.S.', area: 'Mathematics and Applied Mathematics', startDate: '2013-09', endDate: '2017-06', score: '3.6/4.0', _note: 'GPA: 3.6/4.0 | Outstanding Graduate of Jiangsu Province' },
  ],
  work: [
    {
      name: 'Lingxi Intelligence Technology Co., Ltd.',
      position: 'Senior Data Scientist',
      location: 'Shanghai',
      startDate: '2022-04',
      highlights: [
        'Built the credit-risk scoring model (LightGBM + monotonic constraints) for a consumer-loan product serving 9 million users; KS improved from 0.38 to 0.45',
        'Designed an uplift model for coupon targeting that raised campaign ROI by 23% in a 6-week A/B test',
        'Lead a team of 3 data scientists; set up the feature store on Hive and Airflow',
      ],
    },
    {
      name: 'Qianhai Fintech Co., Ltd.',
      position: 'Data Scientist',
      location: 'Shenzhen',
      startDate: '2020-07',
      endDate: '2022-03',
      highlights: [
        'Developed anti-fraud graph features with Spark GraphX, catching 31% more fraud rings at the same alert volume',
        'Deployed real-time scoring services with Flink and Docker, p99 latency under 40 ms',
      ],
    },
    {
      name: 'Beiming Internet Technology Co., Ltd.',
      position: 'Data Mining Intern',
      location: 'Beijing',
      startDate: '2019-07',
      endDate: '2019-09',
      highlights: ['Cleaned and labelled 2 million app-usage logs and built churn prediction baselines in scikit-learn'],
    },
  ],
  skills: ['Python', 'SQL', 'R', 'Scala', 'scikit-learn', 'XGBoost', 'LightGBM', 'PyTorch', 'Spark', 'Hive', 'Flink', 'Airflow', 'Git', 'Docker', 'Tableau'],
  sections: ['EDUCATION', 'WORK EXPERIENCE', 'TECHNICAL SKILLS', 'PUBLICATIONS', 'HONORS & AWARDS', 'LANGUAGES'],
  otherSections: [
    {
      heading: 'PUBLICATIONS',
      items: [
        'Wang X., Chen L., Zhou M. (2021). Monotone gradient boosting for interpretable credit scoring. Journal of Applied Risk Analytics, 12(3), 45–61.',
        'Wang X., Sun Y. (2020). Heterogeneous treatment effects with causal forests in coupon marketing. Proceedings of the Asia-Pacific Data Science Workshop, 88–95.',
      ],
    },
    { heading: 'HONORS & AWARDS', items: ['National Scholarship for Graduate Students (2019)', 'First Prize, China Undergraduate Mathematical Contest in Modeling, Jiangsu Division (2015)'] },
    { heading: 'LANGUAGES', items: ['Mandarin (native); English (fluent, CET-6 612, IELTS 7.5)'] },
  ],
  layout: {
    columns: 1,
    notes:
      'DOCX, A4, Calibri 10.5 pt. Name in bold 20 pt capitals-first ("WANG Xiaoming": family name first), the label under it, then one centred contact line "City, Country | (+86) phone | e-mail | github.com/handle". Headings: bold capitals, dark red, bottom border. EDUCATION first: "University<TAB>Degree in Field<TAB>YYYY/MM – YYYY/MM" on centre and right tab stops (university bold), then a "GPA: … | …" line. WORK EXPERIENCE: bold company with "YYYY/MM – Now" (current: no endDate) or "YYYY/MM – YYYY/MM" on a right tab, then "Title | City" in italics, then points as a numbered list 1., 2., 3. (a separate Word list per role, restarting at 1). TECHNICAL SKILLS: a bordered 2-column table, category label in the left cell (Programming, Machine Learning, Big Data, Tools: labels are not skills), comma list of keywords in the right cell. PUBLICATIONS as a numbered list. Honors and languages as plain paragraphs.',
  },
};

const RED = '8B1A1A';

export function render(r) {
  const b = r.basics;
  const H = (t) => para([{ text: t, bold: true, color: RED, size: 11.5 }], { border: 'bottom', borderColor: RED, before: 10, after: 4, keepNext: true });
  const out = [
    para([{ text: b.name, bold: true, size: 20 }], { align: 'center', after: 0 }),
    para([{ text: b.label, size: 11, color: '404040' }], { align: 'center', after: 2 }),
    para([{ text: `${b.location} | ${b.phone} | ${b.email} | ${b.profiles[0]}`, size: 9.5 }], { align: 'center', after: 6 }),
    H('EDUCATION'),
  ];
  const d = (iso) => (iso ? iso.replace('-', '/') : 'Now');
  const TABS = [['center', 5200], ['right', 9638]];
  for (const e of r.education) {
    out.push(para([{ text: e.institution, bold: true }, `\t${e.studyType} in ${e.area}\t${d(e.startDate)} – ${d(e.endDate)}`], { tabs: TABS, after: 0 }));
    out.push(para([{ text: e._note, size: 9.5, color: '404040' }], { after: 4 }));
  }
  out.push(H('WORK EXPERIENCE'));
  r.work.forEach((w, i) => {
    out.push(para([{ text: w.name, bold: true }, `\t${d(w.startDate)} – ${d(w.endDate)}`], { tabs: [['right', 9638]], after: 0, keepNext: true, before: i ? 4 : 0 }));
    out.push(para([{ text: `${w.position} | ${w.location}`, italic: true }], { after: 2, keepNext: true }));
    for (const h of w.highlights) out.push(para([h], { numId: 11 + i, after: 0 }));
  });
  out.push(H('TECHNICAL SKILLS'));
  const cell = (t, bold) => para([{ text: t, bold }], { after: 0 });
  const groups = [['Programming', 0, 4], ['Machine Learning', 4, 8], ['Big Data', 8, 12], ['Tools', 12, 15]];
  out.push(table([2200, 7438], groups.map(([k, a, z]) => [cell(k, true), cell(r.skills.slice(a, z).join(', '))]), { borders: true, shade: ['F2F2F2'] }));
  out.push(H('PUBLICATIONS'));
  for (const t of itemsOf(r, 'PUBLICATIONS')) out.push(para([t], { numId: 20, after: 2 }));
  out.push(H('HONORS & AWARDS'));
  for (const t of itemsOf(r, 'HONORS & AWARDS')) out.push(para([t], { after: 0 }));
  out.push(H('LANGUAGES'));
  out.push(para([itemsOf(r, 'LANGUAGES')[0]]));
  return packDocx({
    body: out.join(''),
    finalSectPr: sectPr({ a4: true, margins: [851, 1134, 851, 1134] }),
    numbering: numberingXml([{ id: 11, decimal: '%1.' }, { id: 12, decimal: '%1.' }, { id: 13, decimal: '%1.' }, { id: 20, decimal: '[%1]' }]),
    title: 'WANG Xiaoming - Resume',
    creator: 'wxm',
    size: 10.5,
  });
}
