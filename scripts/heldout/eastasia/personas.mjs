// Seven invented East / South-East Asian job seekers. Every person, e-mail (example.com / example.org), handle,
// phone number and address is made up; well-known companies and universities are used only as names.
// Dates are ISO (YYYY-MM or YYYY-MM-DD); each design prints them in its own format and keys what it prints.

export const PERSONAS = {
  kelvin: {
    id: 'kelvin',
    family: 'Koh', given: 'Wei Ming', english: 'Kelvin', order: 'family-first',
    label: 'Software Engineer',
    email: 'kelvin.koh.wm@example.com',
    phone: '+65 9123 4567',
    address: 'Blk 418 Tampines St 41, #09-233, Singapore 520418',
    city: 'Singapore',
    linkedin: 'linkedin.com/in/kelvinkohwm',
    github: 'github.com/kelvinkwm',
    objective: 'Backend software engineer with six years of experience building payment and logistics platforms in Java and Go, seeking a senior engineering role in a product company where I can own services end to end.',
    particulars: [['Nationality', 'Singaporean'], ['NRIC', 'Available upon request'], ['Date of Birth', '14 March 1994'], ['Gender', 'Male'], ['Expected Salary', 'SGD 9,500 / month'], ['Notice Period', '1 month']],
    work: [
      {
        company: 'Grab', title: 'Senior Software Engineer', city: 'Singapore', start: '2022-04', end: 'present',
        industry: 'Internet / E-commerce', level: 'Senior Executive',
        bullets: [
          'Led the redesign of the merchant payout service in Go, cutting settlement time from T+2 to same day for 40,000 merchants',
          'Introduced contract tests between 14 payment microservices, reducing production incidents by 35%',
          'Mentored four junior engineers and ran the weekly backend design review',
        ],
      },
      {
        company: 'Ninja Van', title: 'Software Engineer', city: 'Singapore', start: '2019-07', end: '2022-03',
        industry: 'Logistics', level: 'Junior Executive',
        bullets: [
          'Built the parcel routing API in Java (Spring Boot) handling 1.2 million requests per day',
          'Migrated batch reporting jobs from cron servers to Kubernetes CronJobs on Google Cloud',
          'Added Prometheus metrics and Grafana dashboards used by the on-call rotation',
        ],
      },
      {
        company: 'Lumina Systems Pte. Ltd.', title: 'Software Engineering Intern', city: 'Singapore', start: '2018-05', end: '2018-08',
        industry: 'IT / Software', level: 'Internship',
        bullets: [
          'Wrote a React admin console for a warehouse inventory system',
          'Automated regression tests with Selenium, saving two days of manual testing per release',
        ],
      },
    ],
    education: [
      { inst: 'National University of Singapore', deg: 'Bachelor of Engineering (Honours)', degShort: 'B.Eng. (Hons)', area: 'Computer Engineering', honours: 'Second Class Upper', score: 'CAP 4.21/5.00', start: '2015-08', end: '2019-06' },
      { inst: 'Ngee Ann Polytechnic', deg: 'Diploma', degShort: 'Diploma', area: 'Information Technology', score: 'GPA 3.82/4.00', start: '2011-04', end: '2014-03' },
    ],
    skills: [
      ['Languages', ['Java', 'Go', 'Python', 'TypeScript', 'SQL']],
      ['Frameworks', ['Spring Boot', 'gRPC', 'React', 'Kafka']],
      ['Cloud & Tools', ['Google Cloud', 'AWS', 'Kubernetes', 'Docker', 'Terraform', 'PostgreSQL', 'Redis']],
    ],
    languages: [['English', 'Fluent'], ['Mandarin', 'Native'], ['Malay', 'Basic']],
    certs: ['AWS Certified Solutions Architect – Associate (2021)', 'Certified Kubernetes Application Developer (2023)'],
    extra: ['Vice-President, NUS Computing Club (2017 – 2018)', 'Volunteer coding instructor, Code in the Community (2019 – present)'],
  },

  michelle: {
    id: 'michelle',
    family: 'Cheah', given: 'Pei Shan', english: 'Michelle', order: 'family-first',
    label: 'Senior Accountant',
    email: 'michelle.cheah.ps@example.com',
    phone: '+60 12-345 6789',
    address: 'Unit 15-3, Residensi Vista Angkasa, Jalan Kuching, 51200 Kuala Lumpur',
    city: 'Kuala Lumpur, Malaysia',
    linkedin: 'linkedin.com/in/cheahpeishan',
    objective: 'ACCA-qualified accountant with seven years in audit and group reporting, looking for a financial controller track role in a regional shared services centre.',
    particulars: [['Nationality', 'Malaysian'], ['IC No.', 'Withheld'], ['Date of Birth', '2 August 1992'], ['Marital Status', 'Single'], ['Expected Salary', 'RM 9,000'], ['Availability', '1 month notice']],
    work: [
      {
        company: 'Sime Darby Plantation Berhad', title: 'Senior Accountant, Group Reporting', city: 'Kuala Lumpur', start: '2021-02', end: 'present',
        industry: 'Agriculture / Plantation', level: 'Senior Executive',
        bullets: [
          'Prepare monthly consolidated management accounts for 28 subsidiaries under MFRS',
          'Shortened month-end close from 9 to 6 working days by standardising intercompany reconciliations',
          'Coordinate statutory audit with external auditors and resolve audit queries',
        ],
      },
      {
        company: 'Ernst & Young PLT', title: 'Audit Senior', city: 'Kuala Lumpur', start: '2017-09', end: '2021-01',
        industry: 'Accounting / Audit', level: 'Junior Executive',
        bullets: [
          'Led audit fieldwork teams of three to five associates for listed manufacturing and property clients',
          'Reviewed revenue recognition and impairment assessments under MFRS 15 and MFRS 136',
          'Drafted management letters on internal control weaknesses',
        ],
      },
      {
        company: 'Teoh & Partners Chartered Accountants', title: 'Audit Trainee', city: 'Penang', start: '2016-12', end: '2017-08',
        industry: 'Accounting / Audit', level: 'Entry Level',
        bullets: [
          'Performed vouching, bank reconciliations and stock count attendance for SME clients',
        ],
      },
    ],
    education: [
      { inst: 'University of Malaya', deg: 'Bachelor of Accounting (Honours)', degShort: 'B.Acc. (Hons)', area: 'Accounting', honours: 'First Class', score: 'CGPA 3.78/4.00', start: '2013-09', end: '2016-07' },
      { inst: 'Sunway College', deg: 'Foundation in Arts', degShort: 'Foundation', area: 'Arts', score: 'CGPA 3.90', start: '2012-04', end: '2013-04' },
    ],
    skills: [
      ['Technical', ['MFRS / IFRS reporting', 'Consolidation', 'Budgeting & forecasting', 'Internal control']],
      ['Software', ['SAP S/4HANA', 'Oracle Hyperion', 'Microsoft Excel (advanced)', 'Power BI', 'AutoCount']],
    ],
    languages: [['English', 'Fluent'], ['Bahasa Malaysia', 'Fluent'], ['Mandarin', 'Native'], ['Cantonese', 'Conversational']],
    certs: ['ACCA Member (2019)', 'Chartered Accountant, Malaysian Institute of Accountants (2020)'],
    extra: ['Treasurer, UM Accounting Society (2015 – 2016)', 'Volunteer, Kechara Soup Kitchen (2018 – present)'],
  },

  natalie: {
    id: 'natalie',
    family: 'Cheung', given: 'Hoi Yan', english: 'Natalie', order: 'family-first',
    label: 'Marketing Manager',
    email: 'natalie.cheung.hy@example.org',
    phone: '+852 9123 4567',
    address: 'Flat 12B, Tower 3, Taikoo Shing, Hong Kong',
    city: 'Hong Kong',
    linkedin: 'linkedin.com/in/nataliecheunghy',
    objective: 'Bilingual marketing manager with eight years across FMCG and retail brands in Hong Kong and the Greater Bay Area, strong in integrated campaigns, CRM and social commerce.',
    particulars: [['Nationality', 'Hong Kong Permanent Resident'], ['HKID', 'Withheld'], ['Date of Birth', '9 November 1990'], ['Current Salary', 'HK$48,000 x 13'], ['Expected Salary', 'HK$58,000'], ['Notice Period', '2 months']],
    work: [
      {
        company: 'Swire Coca-Cola HK', title: 'Marketing Manager', city: 'Hong Kong', start: '2021-06', end: 'present',
        industry: 'FMCG', level: 'Manager',
        bullets: [
          'Own the annual marketing plan and HK$25 million budget for three sparkling beverage brands',
          'Launched a WeChat and Instagram social commerce programme that grew online sales by 62% year on year',
          'Manage a team of four executives and two creative agencies',
        ],
      },
      {
        company: 'A.S. Watson Group', title: 'Assistant Marketing Manager, CRM', city: 'Hong Kong', start: '2018-03', end: '2021-05',
        industry: 'Retail', level: 'Assistant Manager',
        bullets: [
          'Ran the MoneyBack loyalty campaigns for Watsons Hong Kong with 4 million members',
          'Built segmentation with the data team to lift coupon redemption from 8% to 13%',
        ],
      },
      {
        company: 'Blue Harbour Communications Ltd.', title: 'Account Executive', city: 'Hong Kong', start: '2015-08', end: '2018-02',
        industry: 'Advertising / PR', level: 'Entry Level',
        bullets: [
          'Executed press events and KOL campaigns for beauty and lifestyle clients',
          'Prepared bilingual press releases in English and Traditional Chinese',
        ],
      },
    ],
    education: [
      { inst: 'The Hong Kong Polytechnic University', deg: 'Bachelor of Business Administration (Honours)', degShort: 'BBA (Hons)', area: 'Marketing', honours: 'Second Class Honours, Division I', score: 'GPA 3.52/4.30', start: '2011-09', end: '2015-06' },
      { inst: 'The Chinese University of Hong Kong', deg: 'Professional Diploma', degShort: 'Prof. Dip.', area: 'Digital Marketing', score: 'Distinction', start: '2019-09', end: '2020-06' },
    ],
    skills: [
      ['Marketing', ['Integrated campaigns', 'Brand management', 'CRM & loyalty', 'Social commerce', 'KOL marketing']],
      ['Tools', ['Google Analytics 4', 'Meta Ads Manager', 'Salesforce Marketing Cloud', 'Canva', 'Excel']],
    ],
    languages: [['Cantonese', 'Native'], ['English', 'Fluent'], ['Mandarin', 'Fluent']],
    certs: ['Google Ads Search Certification (2023)', 'HKMA Certificate in Marketing Management (2017)'],
    extra: ['Publicity Secretary, PolyU Marketing Society (2013 – 2014)'],
  },

  evan: {
    id: 'evan',
    family: 'Zhou', given: 'Yiran', english: 'Evan', order: 'family-first',
    label: 'Data Analyst',
    email: 'zhou.yiran.evan@example.com',
    phone: '+86 138 0013 8000',
    address: 'Pudong New Area, Shanghai, China',
    city: 'Shanghai, China',
    github: 'github.com/evanzhouyr',
    objective: 'Data analyst with four years of experience in e-commerce and consumer finance, fluent in SQL, Python and A/B testing, seeking a senior analyst role focused on growth analytics.',
    particulars: [['Nationality', 'Chinese'], ['Date of Birth', '1996.05'], ['Hukou', 'Shanghai'], ['Political Status', 'Masses'], ['Expected Salary', 'RMB 28K / month'], ['Availability', 'Within 1 month']],
    work: [
      {
        company: 'Pinduoduo', title: 'Data Analyst II', city: 'Shanghai', start: '2022-07', end: 'present',
        industry: 'Internet / E-commerce', level: 'Senior Executive',
        bullets: [
          'Designed and analysed 30+ A/B tests on the checkout flow, with one change lifting conversion by 1.8%',
          'Built daily GMV and retention dashboards in Tableau for the agricultural products business unit',
          'Wrote a Python library for experiment power calculation adopted by three analytics teams',
        ],
      },
      {
        company: 'Ping An Puhui', title: 'Risk Data Analyst', city: 'Shanghai', start: '2020-07', end: '2022-06',
        industry: 'Financial Services', level: 'Junior Executive',
        bullets: [
          'Monitored vintage delinquency of consumer loan portfolios and reported weekly to the risk committee',
          'Developed logistic regression scorecards in Python that reduced 90-day default rate by 0.6 points',
        ],
      },
      {
        company: 'Shanghai Qingyun Data Technology Co., Ltd.', title: 'Data Analysis Intern', city: 'Shanghai', start: '2019-07', end: '2019-09',
        industry: 'IT / Software', level: 'Internship',
        bullets: [
          'Cleaned and labelled 200,000 customer reviews for a sentiment model',
        ],
      },
    ],
    education: [
      { inst: 'Fudan University', deg: 'Master of Science', degShort: 'M.Sc.', area: 'Applied Statistics', score: 'GPA 3.7/4.0', start: '2018-09', end: '2020-06' },
      { inst: 'East China Normal University', deg: 'Bachelor of Science', degShort: 'B.Sc.', area: 'Mathematics and Applied Mathematics', score: 'GPA 3.6/4.0', start: '2014-09', end: '2018-06' },
    ],
    skills: [
      ['Analytics', ['SQL', 'Python', 'pandas', 'scikit-learn', 'R', 'A/B testing']],
      ['BI & Data', ['Tableau', 'Hive', 'Spark', 'ClickHouse', 'Excel']],
    ],
    languages: [['Mandarin', 'Native'], ['English', 'Fluent, CET-6, IELTS 7.5'], ['Shanghainese', 'Conversational']],
    certs: ['CDA Level II Certified Data Analyst (2021)', 'CET-6 (2016)'],
    extra: ['Captain, ECNU Mathematical Modelling Team, Meritorious Winner at MCM/ICM 2017'],
    selfIntro: [
      ['Self-Evaluation', 'Rigorous and curious, I enjoy turning messy business questions into clear metrics. I communicate results to product and operations colleagues in plain language and follow analyses through to decisions. Outside work I contribute to open-source data tools and run half-marathons.'],
    ],
  },

  howard: {
    id: 'howard',
    family: 'Lai', given: 'Chih-Hao', english: 'Howard', order: 'family-first',
    label: 'Hardware Engineer',
    email: 'howard.lai.ch@example.com',
    phone: '+886 912 345 678',
    address: 'East District, Hsinchu City, Taiwan',
    city: 'Hsinchu, Taiwan',
    linkedin: 'linkedin.com/in/howardlaich',
    objective: 'Hardware engineer with five years of board-level design for networking and server products, experienced in high-speed signal integrity and DFM with contract manufacturers.',
    particulars: [['Nationality', 'Taiwanese (R.O.C.)'], ['Military Service', 'Completed (2018)'], ['Date of Birth', '1993/10/02'], ['Expected Salary', 'NT$1,600,000 / year'], ['Availability', '1 month notice']],
    work: [
      {
        company: 'Accton Technology Corporation', title: 'Senior Hardware Engineer', city: 'Hsinchu', start: '2021-09', end: 'present',
        industry: 'Electronics / Networking', level: 'Senior Executive',
        bullets: [
          'Lead schematic design and PCB placement review for 400G data-centre switches',
          'Ran pre-layout and post-layout SI simulations in HyperLynx for PCIe Gen5 and 112G PAM4 links',
          'Cut first-pass board respins from three to one by introducing a DFM checklist with the EMS partner',
        ],
      },
      {
        company: 'Realtek Semiconductor Corp.', title: 'Hardware Engineer', city: 'Hsinchu', start: '2019-03', end: '2021-08',
        industry: 'Semiconductors', level: 'Junior Executive',
        bullets: [
          'Designed reference boards for Wi-Fi 6 router SoCs, from schematic to EVT bring-up',
          'Debugged DDR4 timing failures with oscilloscopes and protocol analysers',
        ],
      },
    ],
    education: [
      { inst: 'National Tsing Hua University', deg: 'Master of Science', degShort: 'M.S.', area: 'Electrical Engineering', score: 'GPA 4.1/4.3', start: '2016-09', end: '2018-06' },
      { inst: 'National Cheng Kung University', deg: 'Bachelor of Science', degShort: 'B.S.', area: 'Electrical Engineering', start: '2012-09', end: '2016-06' },
    ],
    skills: [
      ['EDA', ['Cadence Allegro', 'OrCAD Capture', 'HyperLynx', 'Altium Designer']],
      ['Design', ['High-speed PCB design', 'Signal integrity', 'Power integrity', 'DDR4 / DDR5', 'PCIe']],
      ['Lab', ['Oscilloscope', 'VNA', 'TDR', 'Python test automation']],
    ],
    languages: [['Mandarin', 'Native'], ['Taiwanese Hokkien', 'Native'], ['English', 'Professional, TOEIC 880']],
    certs: ['TOEIC 880 (2022)', 'IPC CID Certified Interconnect Designer (2020)'],
    extra: ['Member, NTHU Robotics Club; 2nd place, TI Cup Embedded Design Contest 2017'],
    selfIntro: [
      ['Autobiography', 'I grew up in Tainan, where my father repaired radios in a small shop and I learned to solder before I learned algebra. That curiosity led me to electrical engineering at NCKU and a master\'s thesis on jitter in serial links at NTHU.'],
      ['Career Plan', 'In the next three years I want to lead the hardware design of a full product line and deepen my knowledge of co-packaged optics.'],
    ],
  },

  ren: {
    id: 'ren',
    family: 'Takahashi', given: 'Ren', order: 'given-first',
    label: 'Product Manager',
    email: 'ren.takahashi@example.com',
    phone: '+81 90-1234-5678',
    address: 'Setagaya-ku, Tokyo, Japan',
    city: 'Tokyo, Japan',
    linkedin: 'linkedin.com/in/rentakahashi',
    objective: 'Product manager with nine years in consumer internet and fintech in Japan, leading cross-functional teams of engineers and designers to launch mobile products used by millions.',
    particulars: [['Nationality', 'Japanese'], ['Date of Birth', '1989/04/18'], ['Visa', 'Not required (Japanese citizen)']],
    work: [
      {
        company: 'Mercari, Inc.', title: 'Senior Product Manager', city: 'Tokyo', start: '2021-04', end: 'present',
        about: 'Japan\'s largest C2C marketplace app',
        bullets: [
          'Lead the payments product area (Merpay) with 4 squads and 38 engineers',
          'Launched one-tap deferred payment, reaching 2.5 million users within 9 months',
          'Defined OKRs and quarterly roadmap with engineering, risk and compliance leads',
        ],
      },
      {
        company: 'Mercari, Inc.', title: 'Product Manager', city: 'Tokyo', start: '2018-10', end: '2021-03',
        bullets: [
          'Owned the listing flow; photo-based price suggestion improved listing completion by 11%',
          'Ran weekly user interviews and usability tests with the UX research team',
        ],
      },
      {
        company: 'Rakuten Group, Inc.', title: 'Associate Product Manager', city: 'Tokyo', start: '2015-04', end: '2018-09',
        about: 'Global e-commerce and fintech group',
        bullets: [
          'Managed the Rakuten Ichiba mobile search experience for the Android app',
          'Coordinated offshore development with teams in Bengaluru and Manila in English',
        ],
      },
    ],
    education: [
      { inst: 'Keio University', deg: 'Bachelor of Economics', degShort: 'B.Econ.', area: 'Economics', start: '2011-04', end: '2015-03' },
    ],
    skills: [
      ['Product', ['Product strategy', 'OKRs', 'Roadmapping', 'User research', 'A/B testing']],
      ['Tools', ['Jira', 'Confluence', 'Figma', 'SQL', 'Looker', 'Amplitude']],
    ],
    languages: [['Japanese', 'Native'], ['English', 'Business, TOEIC 920']],
    certs: ['Certified Scrum Product Owner (CSPO), 2019', 'TOEIC 920 (2022)'],
    extra: ['Mentor, Keio Entrepreneurship Program (2020 – present)'],
  },

  haeun: {
    id: 'haeun',
    family: 'Yoon', given: 'Ha-eun', order: 'family-first',
    label: 'UX Designer',
    email: 'haeun.yoon@example.org',
    phone: '+82 10-1234-5678',
    address: 'Mapo-gu, Seoul, Republic of Korea',
    city: 'Seoul, Korea',
    behance: 'behance.net/haeunyoon',
    linkedin: 'linkedin.com/in/haeunyoon',
    objective: 'UX designer with six years of experience in mobile banking and messaging services, focused on research-driven design systems and accessible interfaces.',
    particulars: [['Nationality', 'Korean'], ['Date of Birth', '1995.07.21'], ['Gender', 'Female']],
    work: [
      {
        company: 'Kakao Bank', title: 'Senior UX Designer', dept: 'Product Design Team', city: 'Seongnam', start: '2021-03', end: 'present',
        bullets: [
          'Redesigned the account opening flow, reducing drop-off by 23% and average completion time to 4 minutes',
          'Built and maintain the Figma design system used by 40 designers and 120 front-end engineers',
          'Led accessibility audit against KWCAG 2.2 for the mobile app',
        ],
      },
      {
        company: 'NAVER Corp.', title: 'UX Designer', dept: 'LINE Messenger UX', city: 'Seongnam', start: '2018-01', end: '2021-02',
        bullets: [
          'Designed sticker shop and chat folder features for LINE users in Japan, Taiwan and Thailand',
          'Ran 20+ moderated usability tests and turned findings into prioritised design tickets',
        ],
      },
      {
        company: 'Studio Haneul', title: 'Junior UI Designer', dept: 'Design Team', city: 'Seoul', start: '2017-03', end: '2017-12',
        bullets: [
          'Produced UI for client mobile apps in Sketch and prepared assets for developers',
        ],
      },
    ],
    education: [
      { inst: 'Hongik University', deg: 'Bachelor of Fine Arts', degShort: 'BFA', area: 'Visual Communication Design', score: 'GPA 4.02/4.5', start: '2013-03', end: '2017-02' },
    ],
    skills: [
      ['Design', ['Figma', 'Sketch', 'Adobe XD', 'Protopie', 'After Effects']],
      ['UX', ['User research', 'Usability testing', 'Design systems', 'Accessibility', 'Information architecture']],
    ],
    languages: [['Korean', 'Native'], ['English', 'Fluent, OPIc IH'], ['Japanese', 'Intermediate, JLPT N2']],
    certs: ['Google UX Design Certificate (2020)', 'JLPT N2 (2019)', 'OPIc IH (2022)'],
    extra: ['Exhibition, Hongik University Graduation Show (2016)'],
    selfIntro: [
      ['Growth Background', 'I grew up in Daejeon drawing comics for my classmates, which taught me early that good design starts from the reader. At Hongik University I moved from illustration to interaction design after a usability class changed how I saw my own work.'],
      ['Strengths', 'I combine research and visual craft: I can run an interview in the morning and ship a prototype in the afternoon. I am patient with complex regulatory constraints, which helped me in banking products.'],
      ['Motivation for Applying', 'I want to design financial services that older users can use with confidence, and your team\'s work on simple banking matches that goal.'],
    ],
  },
};
