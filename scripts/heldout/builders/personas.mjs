// Six invented job seekers for the "builders" held-out batch (resumes exported by online resume builders).
// Everything is synthetic: e-mails at example.com / example.org, phones in fictional ranges (North American 555-01xx,
// UK Ofcom drama range 07700 900xxx, Australian ACMA fiction range 0491 570 xxx). Employers are invented or real
// well-known companies used only as employer names; universities are used only as names.
//
// Dates are ISO 'YYYY-MM' (or 'YYYY'); end: null means a current role. `when` overrides a printed range with a
// season ("Summer 2016"): the key then holds that year as start and end.
// skillGroups[].items: [name, level 1..5]; the level is drawn as bars/dots/squares only, never printed as text.

export const PERSONAS = {
  ottilie: {
    id: 'ottilie',
    name: 'Ottilie Quinlivan',
    first: 'Ottilie', last: 'Quinlivan',
    label: 'Senior Product Manager',
    email: 'ottilie.quinlivan@example.com',
    phone: '(617) 555-0132',
    city: 'Boston, MA', country: 'USA',
    paper: 'Letter',
    linkedin: 'linkedin.com/in/ottiliequinlivan', linkedinHandle: 'ottiliequinlivan',
    website: 'ottilieq.example.org',
    summary: 'Product manager with eight years of experience shipping B2B SaaS workflow tools. I pair weekly customer discovery with tight experimentation loops and have led squads of up to 14 engineers and designers.',
    work: [
      {
        company: 'Tidewell Software', position: 'Senior Product Manager', location: 'Boston, MA', start: '2021-04', end: null,
        bullets: [
          'Own the scheduling and payments roadmap for a practice-management platform used by 6,200 clinics',
          'Launched self-serve onboarding that cut time-to-first-booking from 9 days to 2 days',
          'Ran 40+ A/B tests a year with the growth squad, lifting trial-to-paid conversion by 18%',
          'Introduced opportunity-solution trees, now used in quarterly planning by all five product squads',
        ],
      },
      {
        company: 'Tidewell Software', position: 'Product Manager', location: 'Boston, MA', start: '2019-06', end: '2021-03',
        bullets: [
          'Shipped the clinic reporting suite, now the second most-used module in the product',
          'Joined 30 enterprise discovery calls with sales to shape the public API roadmap',
        ],
      },
      {
        company: 'HubSpot', position: 'Associate Product Manager', location: 'Cambridge, MA', start: '2017-07', end: '2019-05',
        bullets: [
          'Owned the email template editor backlog for 120,000 monthly active users',
          'Reduced editor-related support tickets by 27% through a round of usability fixes',
          'Wrote acceptance criteria for 60+ user stories per quarter in Jira',
        ],
      },
      {
        company: 'Quarry & Finch Consulting', position: 'Business Analyst', location: 'Providence, RI', start: '2015-09', end: '2017-06',
        bullets: ['Mapped order-to-cash processes for three regional retail clients'],
      },
    ],
    education: [
      { institution: 'Brown University', studyType: 'Bachelor of Arts', area: 'Economics', location: 'Providence, RI', start: '2011-09', end: '2015-05', score: '3.7/4.0' },
    ],
    certifications: [{ name: 'Certified Scrum Product Owner (CSPO)', issuer: 'Scrum Alliance', date: '2018' }],
    skillGroups: [
      { label: 'Product', items: [['Product discovery', 5], ['Roadmapping', 5], ['A/B testing', 4], ['User story mapping', 4], ['Pricing strategy', 3]] },
      { label: 'Tools', items: [['Jira', 5], ['Amplitude', 4], ['Figma', 3], ['SQL', 4], ['Looker', 3], ['Productboard', 4]] },
    ],
    languages: [['English', 'Native'], ['Spanish', 'Conversational'], ['French', 'Elementary']],
    strengths: [
      ['Customer empathy', 'I sit in on at least four customer calls every week.'],
      ['Data-informed decisions', 'Comfortable writing my own SQL to size an opportunity.'],
      ['Cross-team alignment', 'Run shared planning across product, design, sales and support.'],
    ],
    achievements: [
      ['Product of the Year 2023', 'Internal award for the self-serve onboarding launch.'],
      ['Grew ARR by $3.1M', 'Attributed to the payments add-on launched in 2022.'],
    ],
    interests: ['Long-distance rowing', 'Pottery', 'Board game design'],
    myTime: [['Discovery & research', 35], ['Delivery with engineering', 30], ['Stakeholder alignment', 20], ['Mentoring APMs', 15]],
  },

  ishaan: {
    id: 'ishaan',
    name: 'Ishaan Thakkar',
    first: 'Ishaan', last: 'Thakkar',
    label: 'Growth Marketing Manager',
    email: 'ishaan.thakkar@example.com',
    phone: '+44 7700 900583',
    city: 'London', country: 'United Kingdom',
    paper: 'A4',
    linkedin: 'linkedin.com/in/ishaanthakkar', linkedinHandle: 'ishaanthakkar',
    website: 'ishaanthakkar.example.com',
    twitter: '@ishaan_grows',
    summary: 'Performance and lifecycle marketer who has scaled paid acquisition for two consumer apps. Fluent in attribution, creative testing and CRM automation, with a habit of turning dashboards into decisions.',
    work: [
      {
        company: 'Pennyroyal Money', position: 'Growth Marketing Manager', location: 'London', start: '2022-02', end: null,
        bullets: [
          'Manage a £4.2M annual paid budget across Meta, TikTok, Google and Apple Search Ads',
          'Cut blended cost per funded account by 31% through structured creative testing',
          'Built lifecycle journeys in Braze that lifted 90-day retention from 41% to 52%',
          'Lead a team of three marketers and one freelance designer',
        ],
      },
      {
        company: 'Deliveroo', position: 'Performance Marketing Executive', location: 'London', start: '2019-08', end: '2022-01',
        bullets: [
          'Ran always-on rider acquisition campaigns in 11 UK cities',
          'Set up geo-holdout tests that proved the incremental value of YouTube spend',
          'Automated weekly reporting in Looker Studio, saving the team 6 hours a week',
        ],
      },
      {
        company: 'Saffron Lane Media', position: 'Marketing Assistant', location: 'Leicester', start: '2017-09', end: '2019-07',
        bullets: [
          'Wrote and scheduled social content for 14 local hospitality clients',
          'Grew the agency newsletter from 800 to 5,400 subscribers',
        ],
      },
      {
        company: 'Boots UK', position: 'Marketing Intern', location: 'Nottingham', when: 'Summer 2016',
        bullets: ['Analysed in-store promotions for the beauty category'],
      },
    ],
    education: [
      { institution: 'University of Leicester', studyType: 'BA (Hons)', area: 'Marketing', location: 'Leicester', start: '2014-09', end: '2017-06', score: 'First Class' },
    ],
    certifications: [
      { name: 'Google Ads Search Certification', issuer: 'Google', date: '2023' },
      { name: 'Braze Certified Practitioner', issuer: 'Braze', date: '2022' },
    ],
    skillGroups: [
      { label: 'Channels', items: [['Paid social', 5], ['Paid search', 4], ['Lifecycle marketing', 5], ['SEO', 3]] },
      { label: 'Analytics', items: [['Marketing attribution', 4], ['Creative testing', 5], ['GA4', 4], ['SQL', 3]] },
      { label: 'Tools', items: [['Meta Ads Manager', 5], ['Google Ads', 4], ['Braze', 4], ['AppsFlyer', 3], ['Looker Studio', 4]] },
    ],
    languages: [['English', 'Native'], ['Gujarati', 'Native'], ['Hindi', 'Conversational']],
    strengths: [
      ['Test-and-learn mindset', 'Every campaign ships with a hypothesis and a holdout.'],
      ['Creative briefing', 'Write briefs that designers actually enjoy working from.'],
      ['Budget discipline', 'Forecast spend weekly against CAC payback targets.'],
    ],
    achievements: [
      ['Fintech Marketing Awards 2024', 'Shortlisted for Best Use of Lifecycle Marketing.'],
      ['1M funded accounts', 'Growth campaign that took Pennyroyal past one million funded accounts.'],
    ],
    interests: ['Street photography', 'Five-a-side football', 'Cooking Gujarati food'],
    myTime: [['Campaign optimisation', 40], ['Creative testing', 25], ['Reporting & insights', 20], ['Team leadership', 15]],
  },

  chidera: {
    id: 'chidera',
    name: 'Chidera Nwankwo',
    first: 'Chidera', last: 'Nwankwo',
    label: 'Senior Software Engineer',
    email: 'chidera.nwankwo@example.org',
    phone: '+1 (416) 555-0193',
    city: 'Toronto, ON', country: 'Canada',
    paper: 'Letter',
    linkedin: 'linkedin.com/in/chidera-nwankwo', linkedinHandle: 'chidera-nwankwo',
    github: 'github.com/chideranw', githubHandle: 'chideranw',
    website: 'chideranwankwo.example.org',
    summary: 'Backend-leaning full-stack engineer with seven years of experience building payment and content platforms in Ruby, Go and Python. I like boring, well-tested infrastructure and teams that write things down.',
    work: [
      {
        company: 'Shopify', position: 'Senior Software Engineer', location: 'Toronto, ON', start: '2022-05', end: null,
        bullets: [
          'Lead a five-person team building the checkout extensibility platform in Ruby on Rails and React',
          'Cut p95 checkout API latency from 480 ms to 190 ms by moving hot paths to a Go service',
          'Designed the idempotency layer that now handles 12M requests per day',
          'Mentor four intermediate developers through weekly pairing sessions',
        ],
      },
      {
        company: 'Wattpad', position: 'Software Engineer', location: 'Toronto, ON', start: '2019-09', end: '2022-04',
        bullets: [
          'Built the story recommendations API in Python and Kafka serving 90M monthly readers',
          'Migrated 40 cron jobs to Airflow with alerting, ending weekend pages for the team',
          'Added contract tests that caught 23 breaking API changes before release',
        ],
      },
      {
        company: 'Larchmont Labs', position: 'Junior Developer', location: 'Waterloo, ON', start: '2018-05', end: '2019-08',
        bullets: [
          'Developed React dashboards for a fleet telematics product',
          'Wrote integration tests that raised coverage from 35% to 78%',
        ],
      },
      {
        company: 'Sun Life', position: 'Software Developer Intern (Co-op)', location: 'Waterloo, ON', start: '2016-05', end: '2016-08',
        bullets: ['Automated policy document checks with Python scripts'],
      },
    ],
    education: [
      { institution: 'University of Waterloo', studyType: 'Bachelor of Applied Science', area: 'Computer Engineering', location: 'Waterloo, ON', start: '2013-09', end: '2018-04' },
    ],
    certifications: [{ name: 'AWS Certified Developer – Associate', issuer: 'Amazon Web Services', date: '2021' }],
    projects: [
      { name: 'tinyqueue', description: 'Redis-backed job queue for Go with retries and rate limits; 1.2k GitHub stars' },
      { name: 'transit-ping', description: 'SMS bot that texts TTC streetcar delays to 3,000 subscribers' },
    ],
    skillGroups: [
      { label: 'Languages', items: [['Go', 5], ['Ruby', 5], ['Python', 4], ['TypeScript', 4], ['SQL', 4]] },
      { label: 'Frameworks', items: [['Ruby on Rails', 5], ['React', 4], ['Node.js', 3], ['Django', 3]] },
      { label: 'Infrastructure', items: [['Kafka', 4], ['PostgreSQL', 5], ['Redis', 4], ['Docker', 4], ['Kubernetes', 3], ['Airflow', 3]] },
    ],
    languages: [['English', 'Native'], ['Igbo', 'Fluent'], ['French', 'Intermediate']],
    strengths: [
      ['Reliability first', 'Most of my proudest work is the incident that never happened.'],
      ['Clear writing', 'Design docs that get approved in one review round.'],
      ['Mentorship', 'Four mentees promoted in the last three years.'],
    ],
    achievements: [
      ['Hack Days winner 2023', 'Built a checkout replay tool now used by support.'],
      ['Conference speaker', 'Talked about idempotency keys at a Toronto Ruby meetup.'],
    ],
    interests: ['Amateur astronomy', 'Afrobeats DJing', 'Cycling'],
    myTime: [['Building features', 45], ['Code review & mentoring', 25], ['Design docs', 15], ['On-call & reliability', 15]],
  },

  tomasz: {
    id: 'tomasz',
    name: 'Tomasz Wierzbicki',
    first: 'Tomasz', last: 'Wierzbicki',
    label: 'Senior Customer Success Manager',
    email: 'tomasz.wierzbicki@example.com',
    phone: '(312) 555-0176',
    city: 'Chicago, IL', country: 'USA',
    paper: 'Letter',
    linkedin: 'linkedin.com/in/tomaszwierzbicki', linkedinHandle: 'tomaszwierzbicki',
    summary: 'Customer success leader who turns onboarding and renewals into repeatable playbooks. Seven years across enterprise SaaS and ERP support in the US and Poland, bilingual in Polish and English.',
    work: [
      {
        company: 'Sprout Social', position: 'Senior Customer Success Manager', location: 'Chicago, IL', start: '2021-01', end: null,
        bullets: [
          'Manage a book of 38 enterprise accounts worth $6.8M in annual recurring revenue',
          'Achieved 112% net revenue retention in FY2023 through expansion plays',
          'Built a health-score model in Gainsight that flags churn risk 60 days earlier',
        ],
      },
      {
        company: 'Lumenfold', position: 'Customer Success Manager', location: 'Chicago, IL', start: '2018-03', end: '2020-12',
        bullets: [
          'Onboarded 120 mid-market customers with a 30-day go-live playbook',
          'Reduced logo churn from 14% to 8% by introducing quarterly business reviews',
          'Trained nine new CSMs on renewals forecasting',
        ],
      },
      {
        company: 'Comarch', position: 'Customer Support Specialist', location: 'Kraków, Poland', start: '2015-06', end: '2018-02',
        bullets: [
          'Resolved 45+ tier-2 tickets a week for ERP customers in Polish and English',
          'Wrote 70 knowledge-base articles that cut repeat tickets by 22%',
        ],
      },
    ],
    education: [
      { institution: 'Jagiellonian University', studyType: 'Master of Arts', area: 'International Relations', location: 'Kraków, Poland', start: '2010-10', end: '2015-06' },
    ],
    certifications: [
      { name: 'Certified Customer Success Manager (CCSM) Level 2', issuer: 'SuccessHACKER', date: '2020' },
      { name: 'Gainsight Admin Certification', issuer: 'Gainsight', date: '2022' },
    ],
    skillGroups: [
      { label: 'Customer success', items: [['Account management', 5], ['Renewals & expansion', 5], ['Onboarding', 5], ['QBRs', 4], ['Churn analysis', 4]] },
      { label: 'Tools', items: [['Gainsight', 5], ['Salesforce', 4], ['Zendesk', 4], ['HubSpot', 3], ['Looker', 3]] },
    ],
    languages: [['Polish', 'Native'], ['English', 'Fluent'], ['German', 'Basic']],
    strengths: [
      ['Calm escalations', 'The person executives call when a renewal is at risk.'],
      ['Playbook builder', 'Wrote the onboarding and QBR playbooks still used at Lumenfold.'],
      ['Bilingual', 'Support customers in Polish and English.'],
    ],
    achievements: [
      ['President’s Club 2022', 'Top 5% of the customer success organisation.'],
      ['Saved a $900K renewal', 'Rebuilt trust with an enterprise account after a failed launch.'],
    ],
    interests: ['Chess', 'Lake Michigan sailing', 'Polish jazz records'],
    myTime: [['Customer calls', 40], ['Renewal planning', 25], ['Internal advocacy', 20], ['Coaching', 15]],
  },

  graciela: {
    id: 'graciela',
    name: 'Graciela Briceño',
    first: 'Graciela', last: 'Briceño',
    label: 'HR Business Partner',
    email: 'graciela.briceno@example.com',
    phone: '(720) 555-0119',
    city: 'Denver, CO', country: 'USA',
    paper: 'Letter',
    linkedin: 'linkedin.com/in/gracielabriceno', linkedinHandle: 'gracielabriceno',
    summary: 'Bilingual HR business partner with nine years in retail, healthcare and distribution. I build the people processes that let frontline teams grow: fair reviews, clear pay bands and managers who know how to coach.',
    work: [
      {
        company: 'Arapahoe Outdoor Co.', position: 'Senior HR Business Partner', location: 'Denver, CO', start: '2021-08', end: null,
        bullets: [
          'Partner with the leaders of a 650-person retail and distribution organization across four states',
          'Redesigned the performance review cycle, raising completion from 64% to 97%',
          'Led the HRIS migration from spreadsheets to Workday with zero payroll errors at go-live',
          'Cut regretted attrition in distribution centers by 19% with stay interviews',
        ],
      },
      {
        company: 'Peak & Pine Health', position: 'HR Generalist', location: 'Boulder, CO', start: '2018-04', end: '2021-07',
        bullets: [
          'Handled 150+ employee relations cases a year, including workplace investigations',
          'Launched bilingual onboarding in English and Spanish for frontline staff',
          'Administered benefits open enrollment for 900 employees',
        ],
      },
      {
        company: 'Target', position: 'HR Coordinator', location: 'Denver, CO', start: '2016-06', end: '2018-03',
        bullets: [
          'Coordinated hiring events that staffed 200 seasonal roles in six weeks',
          'Kept I-9 and personnel files at 100% audit compliance',
        ],
      },
      {
        company: 'Hotel Teatro', position: 'Front Desk Associate', location: 'Denver, CO', start: '2014-05', end: '2016-05',
        bullets: [],
      },
    ],
    education: [
      { institution: 'University of Colorado Denver', studyType: 'Master of Science', area: 'Human Resource Management', location: 'Denver, CO', start: '2017-08', end: '2019-12' },
      { institution: 'Colorado State University', studyType: 'Bachelor of Arts', area: 'Psychology', location: 'Fort Collins, CO', start: '2012-08', end: '2016-05', score: 'cum laude' },
    ],
    certifications: [
      { name: 'SHRM Certified Professional (SHRM-CP)', issuer: 'SHRM', date: '2019' },
      { name: 'Workday HCM Fundamentals', issuer: 'Workday', date: '2021' },
    ],
    skillGroups: [
      { label: 'HR practice', items: [['Employee relations', 5], ['Performance management', 5], ['Talent acquisition', 4], ['Compensation & benefits', 4], ['Change management', 4], ['HR analytics', 3]] },
      { label: 'Systems', items: [['Workday', 5], ['ADP Workforce Now', 4], ['Greenhouse', 4], ['Lattice', 3], ['Excel', 4]] },
    ],
    languages: [['Spanish', 'Native'], ['English', 'Native']],
    strengths: [
      ['Trusted adviser', 'Managers bring me problems early, not late.'],
      ['Fair process', 'Investigations that both sides describe as fair.'],
      ['Frontline focus', 'Spend one day a month on the warehouse floor.'],
    ],
    achievements: [
      ['Workday go-live in 5 months', 'Delivered on time for 650 employees with no payroll errors.'],
      ['Attrition down 19%', 'Stay-interview program now rolled out company-wide.'],
    ],
    interests: ['Trail running', 'Mentoring first-generation students', 'Salsa dancing'],
    myTime: [['Coaching managers', 35], ['Employee relations', 25], ['Programs & projects', 25], ['HR analytics', 15]],
  },

  leif: {
    id: 'leif',
    name: 'Leif Aarestad',
    first: 'Leif', last: 'Aarestad',
    label: 'Senior UX Researcher',
    email: 'leif.aarestad@example.com',
    phone: '+61 491 570 157',
    city: 'Melbourne, VIC', country: 'Australia',
    paper: 'A4',
    linkedin: 'linkedin.com/in/leifaarestad', linkedinHandle: 'leifaarestad',
    website: 'leifaarestad.example.com',
    summary: 'Mixed-methods UX researcher with eight years in product teams and agencies in Norway and Australia. I help teams decide what to build by pairing interviews and diary studies with survey and behavioural data.',
    work: [
      {
        company: 'Culture Amp', position: 'Senior UX Researcher', location: 'Melbourne, VIC', start: '2022-03', end: null,
        bullets: [
          'Lead mixed-methods research for the performance and engagement product lines',
          'Set up a research repository in Dovetail with 600+ tagged insights used by 11 teams',
          'Ran a 14-country diary study that reshaped the manager onboarding flow',
          'Coach designers and PMs to run their own usability tests',
        ],
      },
      {
        company: 'Tessellate Digital', position: 'UX Researcher', location: 'Melbourne, VIC', start: '2019-07', end: '2022-02',
        bullets: [
          'Planned and moderated 200+ interviews and usability sessions for banking and government clients',
          'Introduced SUS benchmarking, showing a 22-point gain after the mobile banking redesign',
          'Presented findings to executive stakeholders in 30-minute readouts',
        ],
      },
      {
        company: 'Vipps', position: 'User Researcher', location: 'Oslo, Norway', start: '2017-08', end: '2019-05',
        bullets: [
          'Ran guerrilla testing in shops and cafés for the peer-to-peer payments app',
          'Built a recruiting panel of 1,500 Norwegian users',
        ],
      },
      {
        company: 'Schibsted', position: 'UX Research Intern', location: 'Oslo, Norway', start: '2016-06', end: '2016-08',
        bullets: [],
      },
    ],
    education: [
      { institution: 'Norwegian University of Science and Technology', studyType: 'Master of Science', area: 'Interaction Design', location: 'Trondheim, Norway', start: '2015-08', end: '2017-06' },
      { institution: 'University of Bergen', studyType: 'Bachelor of Science', area: 'Cognitive Science', location: 'Bergen, Norway', start: '2012-08', end: '2015-06' },
    ],
    certifications: [{ name: 'UX Certification (Interaction Design specialty)', issuer: 'Nielsen Norman Group', date: '2020' }],
    skillGroups: [
      { label: 'Methods', items: [['Usability testing', 5], ['Contextual inquiry', 5], ['Diary studies', 4], ['Survey design', 4], ['Journey mapping', 4], ['Card sorting', 3]] },
      { label: 'Tools', items: [['Dovetail', 5], ['Maze', 4], ['Qualtrics', 4], ['Figma', 3], ['R', 3], ['Miro', 4]] },
    ],
    languages: [['Norwegian', 'Native'], ['English', 'Fluent'], ['Swedish', 'Good']],
    strengths: [
      ['Research ops', 'Built panels, consent flows and repositories from scratch.'],
      ['Storytelling', 'Readouts that end with decisions, not just findings.'],
      ['Quant + qual', 'Comfortable pairing interviews with R and survey data.'],
    ],
    achievements: [
      ['UX Australia 2023 speaker', 'Talk on running diary studies across time zones.'],
      ['Repository adoption', '11 product teams now start discovery in the research repository.'],
    ],
    interests: ['Cross-country skiing', 'Film photography', 'Sourdough baking'],
    myTime: [['Fieldwork & sessions', 40], ['Synthesis', 25], ['Readouts & workshops', 20], ['Research ops', 15]],
  },
};

export const skillsOf = (P) => P.skillGroups.flatMap((g) => g.items.map(([n]) => n));
export const skillItems = (P) => P.skillGroups.flatMap((g) => g.items);
