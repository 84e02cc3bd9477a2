// Invented personas for the held-out "designer" batch (graphically designed resumes). Every person, employer,
// product, handle, e-mail (example.com / example.org) and phone number is made up (555-style blocks in each
// country's format). Universities, certificates and conferences are used only as names. None of these people
// appear in the other held-out batches (surnames checked with grep against scripts/heldout).
//
// Dates are 'YYYY-MM' or 'YYYY'; end: null = current role. `season` marks a summer job that a design may print
// as "Summer 2011" (the key then keeps the year only). `bullets` are the role's highlights. Skill items carry a
// level (0-100) that designs draw as bars, dots or percentage circles; languages carry a printed level and dots.
// Fields a design does not print never reach its key.

const s = (name, level) => ({ name, level });

export const personas = {
  // UX engineer in Nigeria: design + code skills, accessibility, 3 roles, one degree with a class of degree.
  ifeoma: {
    id: 'ifeoma',
    first: 'Ifeoma', last: 'Chukwuemeka',
    label: 'UX Engineer',
    email: 'ifeoma.chukwuemeka@example.com',
    phone: '+234 803 555 0147',
    web: 'ifeoma.example.org',
    linkedin: 'ifeoma-chukwuemeka', github: 'ifeomac', dribbble: 'ifeomadraws',
    city: 'Lagos', region: 'Lagos State', country: 'Nigeria',
    summary: 'UX engineer who sits between design and front-end code. Seven years turning Figma explorations into accessible, production-ready components for fintech and health products used across West Africa.',
    work: [
      { company: 'Lumenpay', position: 'Senior UX Engineer', location: 'Lagos, Nigeria', start: '2021-03', end: null,
        bullets: [
          'Built and maintain the Lumen design system: 85 React components with Storybook docs and visual regression tests',
          'Cut checkout drop-off by 18% by prototyping and shipping a one-page payment flow',
          'Run monthly accessibility audits against WCAG 2.2 AA with designers and QA',
        ] },
      { company: 'Oduduwa Health', position: 'UX Engineer', location: 'Lagos, Nigeria', start: '2018-06', end: '2021-02',
        bullets: [
          'Prototyped a USSD and web appointment flow for 120 partner clinics',
          'Turned research findings into coded prototypes tested with 60 patients in Yoruba and Igbo',
          'Introduced design tokens shared between Figma and the Vue code base',
        ] },
      { company: 'Bluepeak Studio', position: 'Front-End Developer', location: 'Abuja, Nigeria', start: '2016-09', end: '2018-05',
        bullets: [
          'Delivered 14 marketing sites and dashboards for NGOs and startups',
          'Set up the studio’s first component library in Sass and BEM',
        ] },
    ],
    education: [
      { institution: 'University of Lagos', studyType: 'B.Sc.', studyLong: 'Bachelor of Science', area: 'Computer Science', location: 'Akoka, Lagos', start: '2011-10', end: '2015-07', score: 'Second Class Upper' },
    ],
    skillGroups: [
      { group: 'Design', items: [s('Figma', 95), s('Prototyping', 90), s('Usability Testing', 80), s('Design Systems', 90)] },
      { group: 'Code', items: [s('React', 90), s('TypeScript', 85), s('Vue.js', 70), s('CSS/Sass', 95), s('Storybook', 85)] },
      { group: 'Accessibility', items: [s('WCAG 2.2', 85), s('ARIA', 80), s('Screen Readers', 75)] },
    ],
    languages: [
      { name: 'English', level: 'Fluent', dots: 5 },
      { name: 'Igbo', level: 'Native', dots: 5 },
      { name: 'Yoruba', level: 'Conversational', dots: 3 },
      { name: 'French', level: 'Basic', dots: 2 },
    ],
    strengths: ['Design–code translation', 'Facilitation', 'Mentoring', 'Attention to detail'],
    achievements: [
      { title: 'Speaker, Design Systems Lagos 2023', text: 'Talk on shipping design tokens from Figma to production' },
      { title: 'Lumen design system adoption', text: 'Adopted by all 9 product squads within a year' },
    ],
    certs: [{ name: 'Certified Professional in Accessibility Core Competencies (CPACC)', issuer: 'IAAP', year: '2022' }],
    projects: [
      { name: 'a11y-naija', description: 'Open-source checklist and lint rules for accessible Nigerian fintech forms', keywords: ['TypeScript', 'ESLint'] },
    ],
    interests: ['Afrobeats DJing', 'Street photography'],
    stats: [['7+', 'years in UX engineering'], ['85', 'components shipped'], ['9', 'squads supported']],
  },

  // Front-end developer in Brazil: Portuguese degree, remote role, 3 roles, projects.
  mateus: {
    id: 'mateus',
    first: 'Mateus', last: 'Ventura Pimentel',
    label: 'Front-End Developer',
    email: 'mateus.pimentel@example.com',
    phone: '+55 41 95555-0123',
    web: 'mateusvp.example.com',
    linkedin: 'mateusventurapimentel', github: 'mateusvp',
    city: 'Curitiba', region: 'PR', country: 'Brazil',
    summary: 'Front-end developer focused on fast, accessible React and Next.js interfaces. I care about performance budgets, good type definitions and the small details that make forms pleasant to fill in.',
    work: [
      { company: 'Araucária Commerce', position: 'Senior Front-End Developer', location: 'Curitiba, Brazil', start: '2022-02', end: null,
        bullets: [
          'Led the migration of the storefront from a PHP monolith to Next.js, improving LCP from 4.1 s to 1.6 s',
          'Built a typed form library used by 6 squads for checkout and onboarding',
          'Mentor three junior developers through weekly pairing sessions',
        ] },
      { company: 'Capivara Labs', position: 'Front-End Developer', location: 'São Paulo, Brazil (Remote)', start: '2019-08', end: '2022-01',
        bullets: [
          'Shipped a React Native and web banking app for 300,000 users',
          'Wrote end-to-end tests in Cypress that cut release regressions by half',
          'Maintained the internal UI kit with Storybook and Chromatic',
        ] },
      { company: 'Agência Pinhão Digital', position: 'Web Developer', location: 'Curitiba, Brazil', start: '2017-03', end: '2019-07',
        bullets: [
          'Built responsive landing pages and WordPress themes for local retailers',
          'Automated image optimisation in the build with Gulp',
        ] },
    ],
    education: [
      { institution: 'Universidade Tecnológica Federal do Paraná', studyType: 'Bacharelado', studyLong: 'Bacharelado', area: 'Sistemas de Informação', location: 'Curitiba', start: '2014-02', end: '2018-12' },
    ],
    skillGroups: [
      { group: 'Languages', items: [s('TypeScript', 95), s('JavaScript', 95), s('HTML5', 90), s('CSS3', 90)] },
      { group: 'Frameworks', items: [s('React', 95), s('Next.js', 90), s('React Native', 70), s('Tailwind CSS', 85)] },
      { group: 'Testing', items: [s('Jest', 80), s('Cypress', 85), s('Testing Library', 80)] },
      { group: 'Tools', items: [s('Vite', 75), s('Webpack', 70), s('Storybook', 85), s('Git', 90), s('Figma', 60)] },
    ],
    languages: [
      { name: 'Portuguese', level: 'Native', dots: 5 },
      { name: 'English', level: 'Advanced (C1)', dots: 4 },
      { name: 'Spanish', level: 'Intermediate (B1)', dots: 3 },
    ],
    strengths: ['Performance tuning', 'Pair programming', 'Clear written communication'],
    achievements: [
      { title: '1st place, Hackathon Curitiba Tech 2021', text: 'Built a bus-arrival PWA in 36 hours with two friends' },
      { title: 'Open-source maintainer', text: 'Core contributor to a React date-picker with 2,000 GitHub stars' },
    ],
    certs: [{ name: 'Meta Front-End Developer Professional Certificate', issuer: 'Coursera', year: '2020' }],
    projects: [
      { name: 'pinhao-ui', description: 'Headless component kit for React with full keyboard support', keywords: ['React', 'TypeScript', 'Vite'] },
      { name: 'ônibus-agora', description: 'Progressive web app showing live bus arrivals in Curitiba', keywords: ['Next.js', 'Mapbox'] },
    ],
    interests: ['Cycling', 'Board games', 'Samba percussion'],
    stats: [['8', 'years shipping web apps'], ['300k', 'app users'], ['2k', 'GitHub stars']],
  },

  // Product manager in Norway: 4 roles incl. a promotion at one employer, volunteering, certifications.
  sunniva: {
    id: 'sunniva',
    first: 'Sunniva', last: 'Haugland',
    label: 'Senior Product Manager',
    email: 'sunniva.haugland@example.org',
    phone: '+47 555 01 234',
    web: 'sunniva.example.org',
    linkedin: 'sunnivahaugland', github: null,
    city: 'Bergen', region: 'Vestland', country: 'Norway',
    summary: 'Product manager with eight years in B2B SaaS and marketplaces. I turn research and data into roadmaps that teams believe in, and I have launched products in the Nordics, Germany and the UK.',
    work: [
      { company: 'Bryggen Freight Tech', position: 'Senior Product Manager', location: 'Bergen, Norway', start: '2021-09', end: null,
        bullets: [
          'Own the carrier marketplace roadmap: 1,400 carriers and NOK 900 million in annual bookings',
          'Launched dynamic pricing with the data science team, lifting gross margin by 3.2 points',
          'Run quarterly discovery cycles with 30+ customer interviews and usage analytics',
        ] },
      { company: 'Nordlys Software AS', position: 'Product Manager', location: 'Oslo, Norway', start: '2018-04', end: '2021-08',
        bullets: [
          'Led the invoicing module from concept to 9,000 paying SMB customers',
          'Introduced OKRs and dual-track agile across three squads',
          'Partnered with sales to localise the product for Germany and the UK',
        ] },
      { company: 'Nordlys Software AS', position: 'Associate Product Manager', location: 'Oslo, Norway', start: '2016-08', end: '2018-03',
        bullets: [
          'Wrote user stories and acceptance criteria for the mobile expense app',
          'Set up the first product analytics dashboards in Mixpanel',
        ] },
      { company: 'Vestland Energi', position: 'Business Analyst', location: 'Bergen, Norway', start: '2014-09', end: '2016-07',
        bullets: [
          'Mapped customer service processes and specified a new CRM integration',
        ] },
    ],
    education: [
      { institution: 'Norwegian University of Science and Technology (NTNU)', studyType: 'MSc', studyLong: 'Master of Science', area: 'Industrial Economics and Technology Management', location: 'Trondheim', start: '2009-08', end: '2014-06' },
    ],
    skillGroups: [
      { group: 'Product', items: [s('Product Discovery', 95), s('Roadmapping', 90), s('OKRs', 85), s('A/B Testing', 80), s('Pricing', 75)] },
      { group: 'Tools', items: [s('Jira', 90), s('Amplitude', 85), s('Mixpanel', 80), s('Figma', 70), s('SQL', 65), s('Productboard', 80)] },
    ],
    languages: [
      { name: 'Norwegian', level: 'Native', dots: 5 },
      { name: 'English', level: 'Fluent (C2)', dots: 5 },
      { name: 'German', level: 'Intermediate (B1)', dots: 3 },
    ],
    strengths: ['Stakeholder alignment', 'Data-informed decisions', 'Clear writing'],
    achievements: [
      { title: 'Speaker, ProductCamp Oslo 2022', text: 'Talk on pricing experiments in two-sided marketplaces' },
      { title: 'Invoicing launch', text: 'Grew from 0 to 9,000 paying customers in 20 months' },
    ],
    certs: [
      { name: 'Certified Scrum Product Owner (CSPO)', issuer: 'Scrum Alliance', year: '2017' },
      { name: 'Pragmatic Institute Foundations', issuer: 'Pragmatic Institute', year: '2019' },
    ],
    volunteer: [{ role: 'Mentor', org: 'Women in Product Norway', start: '2020', end: null }],
    interests: ['Mountain hiking', 'Choir singing'],
    stats: [['8', 'years in product'], ['9,000', 'paying customers'], ['4', 'markets launched']],
  },

  // Data analyst in Vietnam with a Singapore degree and job: Vietnamese diacritics, family name first.
  ngoc: {
    id: 'ngoc',
    first: 'Bảo Ngọc', last: 'Lương', familyFirst: true,
    label: 'Data Analyst',
    email: 'baongoc.luong@example.com',
    phone: '+84 28 5555 0192',
    web: null,
    linkedin: 'baongocluong', github: 'bngoc-data',
    city: 'Ho Chi Minh City', region: null, country: 'Vietnam',
    summary: 'Data analyst with five years in e-commerce and fintech. Fluent in SQL and Python, I build dashboards that managers actually open and analyses that change decisions.',
    work: [
      { company: 'Sen Vàng Commerce', position: 'Senior Data Analyst', location: 'Ho Chi Minh City, Vietnam', start: '2022-05', end: null,
        bullets: [
          'Built the company-wide KPI layer in dbt and BigQuery feeding 40 Looker dashboards',
          'Designed a churn model in Python that targets win-back vouchers, saving VND 6 billion a year',
          'Trained 25 category managers in self-service SQL',
        ] },
      { company: 'Mekong Microfinance', position: 'Data Analyst', location: 'Ho Chi Minh City, Vietnam', start: '2020-01', end: '2022-04',
        bullets: [
          'Automated weekly loan portfolio reports with Python and Airflow',
          'Analysed repayment behaviour across 200,000 borrowers to refine credit limits',
        ] },
      { company: 'Lion City Retail Analytics', position: 'Junior BI Analyst', location: 'Singapore', start: '2018-07', end: '2019-12',
        bullets: [
          'Cleaned point-of-sale data for 60 stores and built Tableau sales dashboards',
          'Wrote A/B test readouts for the loyalty app',
        ] },
    ],
    education: [
      { institution: 'National University of Singapore', studyType: 'Bachelor of Science', studyLong: 'Bachelor of Science', area: 'Business Analytics', location: 'Singapore', start: '2014-08', end: '2018-05', score: 'Honours (Distinction)' },
    ],
    skillGroups: [
      { group: 'Analysis', items: [s('SQL', 95), s('Python', 90), s('pandas', 90), s('Statistics', 80), s('A/B Testing', 80)] },
      { group: 'Data stack', items: [s('dbt', 85), s('BigQuery', 85), s('Airflow', 70)] },
      { group: 'BI', items: [s('Looker', 85), s('Tableau', 80), s('Power BI', 65), s('Excel', 90)] },
    ],
    languages: [
      { name: 'Vietnamese', level: 'Native', dots: 5 },
      { name: 'English', level: 'Fluent', dots: 5 },
      { name: 'Mandarin', level: 'Basic (HSK 3)', dots: 2 },
    ],
    strengths: ['Storytelling with data', 'Curiosity', 'Teaching SQL'],
    achievements: [
      { title: 'Kaggle Competitions Expert', text: 'Two bronze medals in tabular forecasting competitions' },
      { title: 'Best Internal Tool 2023', text: 'Sen Vàng hack week, for a self-serve cohort explorer' },
    ],
    certs: [
      { name: 'Google Data Analytics Professional Certificate', issuer: 'Coursera', year: '2019' },
      { name: 'dbt Analytics Engineering Certification', issuer: 'dbt Labs', year: '2023' },
    ],
    interests: ['Badminton', 'Phở hunting', 'Sketching'],
    stats: [['5', 'years in analytics'], ['40', 'live dashboards'], ['25', 'managers trained']],
  },

  // Marketing technologist in Ireland: 4 roles (one with a single bullet), two education entries (degree + diploma).
  aoife: {
    id: 'aoife',
    first: 'Aoife', last: 'Kelleher',
    label: 'Marketing Technologist',
    email: 'aoife.kelleher@example.com',
    phone: '+353 21 555 0163',
    web: 'aoifekelleher.example.com',
    linkedin: 'aoifekelleher', github: null,
    city: 'Cork', region: 'Co. Cork', country: 'Ireland',
    summary: 'Marketing technologist who connects CRM, analytics and automation so campaigns run themselves. Nine years across SaaS and retail, from HubSpot admin to owning a martech stack of 20+ tools.',
    work: [
      { company: 'Harbourlight Software', position: 'Marketing Technology Lead', location: 'Cork, Ireland', start: '2021-01', end: null,
        bullets: [
          'Own a martech stack of 22 tools, including Salesforce, Marketo and Segment',
          'Rebuilt lead scoring with sales, raising MQL-to-SQL conversion from 14% to 23%',
          'Introduced a consent-first tracking plan to meet GDPR and ePrivacy rules',
        ] },
      { company: 'Clonakilty Outdoor Co.', position: 'Marketing Operations Manager', location: 'Cork, Ireland', start: '2018-03', end: '2020-12',
        bullets: [
          'Migrated 400,000 contacts from Mailchimp to HubSpot without losing history',
          'Built automated lifecycle journeys that drive 31% of online revenue',
        ] },
      { company: 'Shandon Media', position: 'Digital Marketing Executive', location: 'Dublin, Ireland', start: '2015-09', end: '2018-02',
        bullets: [
          'Managed paid search and social budgets of €60,000 a month',
          'Set up Google Analytics and Tag Manager for 25 client sites',
        ] },
      { company: 'Lee Valley Events', position: 'Marketing Assistant', location: 'Cork, Ireland', start: '2014-06', end: '2015-08',
        bullets: [
          'Coordinated email newsletters and event registrations',
        ] },
    ],
    education: [
      { institution: 'Digital Marketing Institute', studyType: 'Professional Diploma', studyLong: 'Professional Diploma', area: 'Digital Marketing', location: 'Dublin', start: '2016-01', end: '2016-06' },
      { institution: 'University College Cork', studyType: 'BComm', studyLong: 'Bachelor of Commerce', area: 'Marketing', location: 'Cork', start: '2010-09', end: '2014-05', score: 'First Class Honours' },
    ],
    skillGroups: [
      { group: 'Automation & CRM', items: [s('Marketo', 90), s('HubSpot', 95), s('Salesforce', 80), s('Zapier', 85)] },
      { group: 'Data & Analytics', items: [s('Segment', 80), s('Google Analytics 4', 90), s('Google Tag Manager', 90), s('Looker Studio', 75), s('SQL', 65)] },
      { group: 'Web', items: [s('HTML/CSS', 70), s('JavaScript', 50), s('WordPress', 75)] },
    ],
    languages: [
      { name: 'English', level: 'Native', dots: 5 },
      { name: 'Irish', level: 'Fluent', dots: 4 },
      { name: 'Spanish', level: 'Intermediate', dots: 3 },
    ],
    strengths: ['Process design', 'Cross-team communication', 'Experimentation'],
    achievements: [
      { title: 'Shortlisted, Irish Digital Marketing Awards 2022', text: 'Best use of marketing automation' },
      { title: 'Lead scoring rebuild', text: 'MQL-to-SQL conversion up from 14% to 23% in two quarters' },
    ],
    certs: [
      { name: 'Marketo Certified Expert', issuer: 'Adobe', year: '2022' },
      { name: 'HubSpot Marketing Software Certification', issuer: 'HubSpot Academy', year: '2019' },
    ],
    volunteer: [{ role: 'Digital Lead (volunteer)', org: 'Cork Harbour Festival', start: '2019', end: null }],
    interests: ['Sea swimming', 'Sean-nós dancing'],
    stats: [['9', 'years in marketing'], ['22', 'tools in the stack'], ['31%', 'revenue from automation']],
  },

  // Engineering manager in Canada: 5 roles incl. two promotions and a summer internship; long enough for 2 pages.
  etienne: {
    id: 'etienne',
    first: 'Étienne', last: 'Lamarre',
    label: 'Engineering Manager',
    email: 'etienne.lamarre@example.org',
    phone: '(514) 555-0178',
    web: 'elamarre.example.org',
    linkedin: 'etiennelamarre', github: 'elamarre',
    city: 'Montréal', region: 'QC', country: 'Canada',
    summary: 'Engineering manager with fourteen years in software, six of them leading teams. I grow engineers, keep delivery predictable and stay close enough to the code to review architecture decisions. Bilingual in French and English.',
    work: [
      { company: 'Saint-Laurent Analytics', position: 'Engineering Manager, Platform', location: 'Montréal, QC', start: '2021-06', end: null,
        bullets: [
          'Lead 3 teams (19 engineers) owning the data platform, CI/CD and developer experience',
          'Cut median lead time for changes from 6 days to 1 day by investing in trunk-based development',
          'Hired 11 engineers and designed the career ladder now used across engineering',
          'Run the incident review programme and quarterly reliability planning',
        ] },
      { company: 'Saint-Laurent Analytics', position: 'Team Lead, Data Ingestion', location: 'Montréal, QC', start: '2019-01', end: '2021-05',
        bullets: [
          'Led 6 engineers building Kafka and Flink pipelines that process 2 billion events a day',
          'Introduced on-call rotations, SLOs and blameless postmortems',
        ] },
      { company: 'Maple Ledger Inc.', position: 'Senior Software Engineer', location: 'Toronto, ON', start: '2015-04', end: '2018-12',
        bullets: [
          'Designed the reconciliation service in Java and PostgreSQL for 40 bank partners',
          'Mentored 5 engineers and chaired the architecture review board',
        ] },
      { company: 'Maple Ledger Inc.', position: 'Software Engineer', location: 'Toronto, ON', start: '2012-07', end: '2015-03',
        bullets: [
          'Built REST APIs and batch jobs for the payments back office',
        ] },
      { company: 'Voyageur Transit Software', position: 'Software Developer Intern', location: 'Québec City, QC', start: '2011-05', end: '2011-08', season: 'Summer',
        bullets: [
          'Wrote a scheduling simulator in Python to test timetable changes',
        ] },
    ],
    education: [
      { institution: 'École de technologie supérieure', studyType: 'B.Eng.', studyLong: 'Bachelor of Engineering', area: 'Software Engineering', location: 'Montréal', start: '2008-09', end: '2012-05' },
    ],
    skillGroups: [
      { group: 'Leadership', items: [s('Hiring', 90), s('Coaching', 95), s('Career Ladders', 85), s('Incident Management', 85), s('Roadmapping', 80)] },
      { group: 'Technical', items: [s('Java', 85), s('Kotlin', 75), s('Python', 70), s('Kafka', 85), s('Flink', 70), s('Kubernetes', 75), s('AWS', 80), s('PostgreSQL', 80), s('Terraform', 65)] },
    ],
    languages: [
      { name: 'French', level: 'Native', dots: 5 },
      { name: 'English', level: 'Fluent', dots: 5 },
      { name: 'Spanish', level: 'Basic', dots: 2 },
    ],
    strengths: ['Coaching', 'Calm under pressure', 'Systems thinking'],
    achievements: [
      { title: 'Retention', text: 'Reduced attrition on platform teams from 18% to 6% in two years' },
      { title: 'Speaker, ConFoo Montréal 2023', text: 'Talk: “Trunk-based development for teams that are scared of it”' },
    ],
    certs: [{ name: 'AWS Certified Solutions Architect – Associate', issuer: 'Amazon Web Services', year: '2020' }],
    projects: [
      { name: 'devex-pulse', description: 'Open-source survey kit that turns developer-experience surveys into DORA-style dashboards', keywords: ['Python', 'Streamlit'] },
    ],
    volunteer: [{ role: 'Organiser', org: 'Montréal Platform Engineering Meetup', start: '2019', end: null }],
    interests: ['Cross-country skiing', 'Woodworking'],
    stats: [['14', 'years in software'], ['19', 'engineers led'], ['11', 'hires']],
  },
};

export const PERSONA_DESC = {
  ifeoma: 'Ifeoma Chukwuemeka, UX engineer in Lagos, Nigeria (3 roles, design + code skills, four languages)',
  mateus: 'Mateus Ventura Pimentel, front-end developer in Curitiba, Brazil (3 roles incl. a remote one, Portuguese degree, projects)',
  sunniva: 'Sunniva Haugland, senior product manager in Bergen, Norway (4 roles incl. a promotion at one employer, certifications, volunteering)',
  ngoc: 'Lương Bảo Ngọc, data analyst in Ho Chi Minh City, Vietnam (family name first, Vietnamese diacritics, a job and degree in Singapore)',
  aoife: 'Aoife Kelleher, marketing technologist in Cork, Ireland (4 roles, a degree and a professional diploma, € amounts)',
  etienne: 'Étienne Lamarre, engineering manager in Montréal, Canada (5 roles incl. two promotions and a summer internship, accents)',
};

export const fullName = (P) => (P.familyFirst ? `${P.last} ${P.first}` : `${P.first} ${P.last}`);
export const initials = (P) => (P.familyFirst ? `${P.last[0]}${P.first.split(' ').pop()[0]}` : `${P.first[0]}${P.last[0]}`);
export const allSkills = (P) => P.skillGroups.flatMap((g) => g.items);
