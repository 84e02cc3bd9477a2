// Six invented career changers / returners for the `functional` held-out batch (MIT, synthetic).
// Dates are 'YYYY-MM' (or 'present'); the plan prints them at each design's granularity. `season` overrides a date.
// Surnames were checked against the other held-out batches (none reused).

export const PERSONAS = {
  odalys: {
    name: 'Odalys Eberhardt',
    label: 'Instructional Designer',
    email: 'odalys.eberhardt@example.com',
    phone: '(303) 555-0147',
    location: 'Denver, CO',
    links: { linkedin: 'linkedin.com/in/odalys-eberhardt', portfolio: 'odalyseberhardt.example.org' },
    summary: 'Former middle-school science teacher with nine years of classroom experience, now designing e-learning for adult learners. Skilled at turning complex content into clear, measurable learning paths.',
    quals: [
      'Nine years designing and delivering standards-aligned curriculum for 150+ learners a year',
      'Built 12 self-paced e-learning modules in Articulate Storyline 360 and Rise',
      'Applies ADDIE and backward design to write measurable learning objectives',
      'Comfortable with LMS administration, SCORM packaging and learner analytics',
    ],
    groups: [
      { title: 'Instructional Design', bullets: [
        'Redesigned a 7th-grade earth science unit around backward design, raising unit test averages from 71% to 84%',
        'Wrote storyboards, scripts and assessments for a 40-minute onboarding course used by a local nonprofit',
      ] },
      { title: 'E-Learning Development', bullets: [
        'Produced interactive scenarios in Articulate Storyline 360 with branching feedback and knowledge checks',
        'Published SCORM 1.2 packages to Moodle and tracked completion data for 300+ learners',
      ] },
      { title: 'Stakeholder Collaboration', bullets: [
        'Led a six-teacher curriculum committee that rewrote the district science pacing guide',
        'Interviewed subject-matter experts and turned their notes into job aids and quick-reference guides',
      ] },
    ],
    skills: [
      { label: 'Authoring Tools', items: ['Articulate Storyline 360', 'Articulate Rise', 'Camtasia', 'Vyond'] },
      { label: 'Platforms', items: ['Moodle', 'Canvas', 'Google Workspace'] },
      { label: 'Methods', items: ['ADDIE', 'Backward Design', 'Bloom’s Taxonomy', 'Needs Analysis'] },
    ],
    work: [
      { position: 'Instructional Design Intern', name: 'Front Range Literacy Alliance', location: 'Denver, CO', start: '2024-06', end: 'present',
        highlights: ['Converted a two-day volunteer tutor training into four self-paced Rise modules', 'Cut new-tutor onboarding time from 16 hours to 6 hours'] },
      { position: 'Science Teacher, Grades 7–8', name: 'Harmon Park Middle School', location: 'Aurora, CO', start: '2015-08', end: '2024-05',
        highlights: ['Taught earth and physical science to five sections of 30 students', 'Mentored three student teachers from the University of Northern Colorado'] },
      { position: 'Substitute Teacher', name: 'Cherry Creek School District', location: 'Greenwood Village, CO', start: '2014-01', end: '2015-06',
        highlights: ['Covered long-term science and math assignments across four schools'] },
    ],
    volunteer: [
      { position: 'Curriculum Volunteer', name: 'Denver Public Library Teen Makerspace', start: '2022-01', end: '2024-05',
        highlights: ['Designed monthly hands-on STEM workshops for teens aged 13–17'] },
    ],
    education: [
      { institution: 'University of Colorado Denver', studyType: 'M.A.', area: 'Information and Learning Technologies', location: 'Denver, CO', end: '2024-05' },
      { institution: 'Colorado State University', studyType: 'B.S.', area: 'Geology', location: 'Fort Collins, CO', end: '2013-05' },
    ],
    certs: [
      { name: 'ATD Instructional Design Certificate', issuer: 'Association for Talent Development', year: '2023' },
      { name: 'Articulate 360 Essentials', issuer: 'Articulate', year: '2023' },
    ],
  },

  thaddeus: {
    name: 'Thaddeus Okafor-Lind',
    label: 'Data Analyst',
    email: 'thaddeus.okaforlind@example.com',
    phone: '(614) 555-0162',
    location: 'Columbus, OH',
    links: { linkedin: 'linkedin.com/in/thaddeus-okafor-lind', github: 'github.com/tokaforlind' },
    summary: 'Retail store manager turned data analyst. Eight years of running a $14M store on numbers, now building the dashboards and SQL models that drive those decisions.',
    quals: [
      'Eight years of P&L ownership for big-box stores with up to 90 employees',
      'Google Data Analytics Certificate with a capstone on basket analysis',
      'Daily user of SQL, Excel and Tableau for sales, labor and shrink reporting',
      'Explains findings to district leaders who are not data people',
    ],
    groups: [
      { title: 'Data Analysis', bullets: [
        'Analyzed 18 months of point-of-sale data in SQL to re-plan staffing, cutting overtime hours by 22%',
        'Built a shrink-tracking workbook with pivot tables and XLOOKUP adopted by six stores in the district',
      ] },
      { title: 'Reporting & Visualization', bullets: [
        'Designed a weekly Tableau dashboard of sales per labor hour shared with the district manager',
        'Presented quarterly inventory findings to regional leadership with clear recommendations',
      ] },
      { title: 'Operations Leadership', bullets: [
        'Managed a team of 85 and a $14M annual sales plan, finishing at 104% of plan in 2021',
        'Hired and trained 11 department leads, four of whom were promoted to store leadership',
      ] },
    ],
    skills: [
      { label: 'Languages', items: ['SQL', 'Python', 'R'] },
      { label: 'Tools', items: ['Tableau', 'Power BI', 'Excel', 'BigQuery', 'Looker Studio'] },
      { label: 'Libraries', items: ['pandas', 'Matplotlib', 'tidyverse'] },
    ],
    work: [
      { position: 'Data Analyst (Contract)', name: 'Buckeye Grocers Cooperative', location: 'Columbus, OH', start: '2024-03', end: 'present',
        highlights: ['Built SQL views in BigQuery that feed a category-sales dashboard in Looker Studio', 'Automated a weekly vendor fill-rate report, saving buyers about four hours a week'] },
      { position: 'Store Manager', name: 'Target', location: 'Dublin, OH', start: '2018-02', end: '2023-11',
        highlights: ['Ran a $14M store with 85 team members', 'Reduced shrink from 2.1% to 1.4% of sales in two years'] },
      { position: 'Assistant Store Manager', name: 'Best Buy', location: 'Columbus, OH', start: '2015-05', end: '2018-01',
        highlights: ['Owned scheduling and payroll for 60 associates'] },
      { position: 'Sales Associate', name: 'Best Buy', location: 'Columbus, OH', start: '2013-06', end: '2015-04', highlights: [] },
    ],
    projects: [
      { name: 'Basket Analysis of 1M Grocery Orders', stack: ['SQL', 'BigQuery', 'Tableau'], repo: 'github.com/tokaforlind/basket-analysis', start: '2023-12', end: '2023-12',
        highlights: ['Found the ten product pairs most often bought together using market-basket queries', 'Published an interactive Tableau Public story with the results'] },
      { name: 'Ohio Retail Jobs Tracker', stack: ['Python', 'pandas', 'Matplotlib'], repo: 'github.com/tokaforlind/ohio-retail-jobs', start: '2024-01', end: '2024-02',
        highlights: ['Cleaned ten years of state labor data and charted seasonal hiring patterns'] },
    ],
    education: [
      { institution: 'Coursera', studyType: 'Professional Certificate', area: 'Google Data Analytics', end: '2023-10', after: true },
      { institution: 'Ohio State University', studyType: 'B.A.', area: 'Economics', location: 'Columbus, OH', end: '2013-05' },
    ],
    certs: [
      { name: 'Tableau Desktop Specialist', issuer: 'Tableau', year: '2024' },
      { name: 'Microsoft Excel Expert (MO-201)', issuer: 'Microsoft', year: '2022' },
    ],
  },

  willa: {
    name: 'Wilhelmina Thorsby',
    label: 'Health IT Analyst',
    email: 'w.thorsby@example.org',
    phone: '(612) 555-0139',
    location: 'Minneapolis, MN',
    links: { linkedin: 'linkedin.com/in/willa-thorsby-rn' },
    summary: 'Registered nurse with ten years of bedside and charge experience moving into clinical informatics. Epic super user who has trained 200+ clinicians and speaks both nursing and IT.',
    quals: [
      'Ten years as a registered nurse in medical-surgical and cardiac step-down units',
      'Epic super user for the go-live of ClinDoc and the Rover mobile app',
      'Certified Associate in Healthcare Information and Management Systems (CAHIMS)',
      'Writes clear workflow documents and test scripts for clinical build changes',
    ],
    groups: [
      { title: 'Clinical Informatics', bullets: [
        'Mapped nursing admission workflows and proposed flowsheet changes that removed 14 duplicate fields',
        'Wrote 60+ test scripts for an Epic ClinDoc upgrade and logged defects in ServiceNow',
      ] },
      { title: 'Training & Go-Live Support', bullets: [
        'Trained 200+ nurses and aides on barcode medication administration during go-live',
        'Staffed the command center for three go-live weekends and triaged at-the-elbow tickets',
      ] },
      { title: 'Data & Quality Improvement', bullets: [
        'Built an Excel tracker of fall-risk documentation that lifted compliance from 78% to 95%',
        'Queried unit metrics in SQL during a health-informatics course project on readmissions',
      ] },
    ],
    skills: [
      { label: 'Clinical Systems', items: ['Epic ClinDoc', 'Epic Rover', 'Cerner PowerChart'] },
      { label: 'Technical', items: ['SQL', 'Excel', 'Visio', 'ServiceNow', 'HL7 basics'] },
      { label: 'Standards', items: ['HIPAA', 'ICD-10', 'SNOMED CT'] },
    ],
    work: [
      { position: 'Clinical Informatics Nurse (Part-time)', name: 'Lakeshore Regional Medical Center', location: 'Minneapolis, MN', start: '2023-09', end: 'present',
        highlights: ['Support nursing build requests and validate flowsheet changes in the test environment', 'Lead monthly tip-sheet updates for 12 inpatient units'] },
      { position: 'Charge Nurse, Cardiac Step-Down', name: 'Lakeshore Regional Medical Center', location: 'Minneapolis, MN', start: '2018-04', end: '2023-08',
        highlights: ['Coordinated staffing and patient flow for a 28-bed unit', 'Served as Epic super user and unit educator'] },
      { position: 'Registered Nurse, Medical-Surgical', name: 'St. Brendan Hospital', location: 'St. Paul, MN', start: '2014-07', end: '2018-03',
        highlights: ['Cared for five to six post-operative patients per shift'] },
    ],
    projects: [
      { name: '30-Day Readmission Dashboard', stack: ['SQL', 'Tableau'], start: '2024-02', end: '2024-04',
        highlights: ['Joined de-identified encounter tables to chart readmissions by diagnosis group'] },
    ],
    education: [
      { institution: 'University of Minnesota', studyType: 'Graduate Certificate', area: 'Health Informatics', location: 'Minneapolis, MN', start: '2023-01', end: '2024-05' },
      { institution: 'St. Catherine University', studyType: 'Bachelor of Science', area: 'Nursing', location: 'St. Paul, MN', start: '2010-09', end: '2014-05' },
    ],
    certs: [
      { name: 'CAHIMS', issuer: 'HIMSS', year: '2024' },
      { name: 'Epic ClinDoc Inpatient Proficiency', issuer: 'Epic', year: '2023' },
      { name: 'Registered Nurse License', issuer: 'Minnesota Board of Nursing', year: '2014' },
    ],
  },

  quincy: {
    name: 'Quincy Pellegrini',
    label: 'Frontend Developer',
    email: 'quincy.pellegrini@example.com',
    phone: '(615) 555-0184',
    location: 'Nashville, TN',
    links: { linkedin: 'linkedin.com/in/quincypellegrini', github: 'github.com/qpellegrini', portfolio: 'quincy-pellegrini.example.com' },
    summary: 'Session guitarist and music teacher who retrained as a frontend developer at a 16-week coding bootcamp. I build accessible, fast interfaces in React and TypeScript and bring a touring musician’s calm to deadlines.',
    quals: [
      'Graduate of a 16-week, 900-hour full-stack JavaScript bootcamp',
      'Shipped three React projects with automated tests and CI',
      'Ten years of freelance work with clients, contracts and deadlines',
      'Teaches and explains clearly after 400+ hours of private lessons',
    ],
    groups: [
      { title: 'Frontend Development', bullets: [
        'Built responsive React and TypeScript interfaces that score 95+ on Lighthouse accessibility',
        'Wrote component tests with Jest and React Testing Library for every bootcamp project',
      ] },
      { title: 'Collaboration', bullets: [
        'Paired daily with four teammates using Git feature branches and code review',
        'Coordinated session schedules and budgets with producers for 60+ recording projects',
      ] },
      { title: 'Teaching & Communication', bullets: [
        'Taught guitar and music theory to 35 weekly students aged 8 to 70',
        'Mentored two later bootcamp cohorts as a volunteer teaching assistant',
      ] },
    ],
    skills: [
      { label: 'Languages', items: ['JavaScript', 'TypeScript', 'HTML5', 'CSS3'] },
      { label: 'Frameworks', items: ['React', 'Next.js', 'Node.js', 'Express', 'Tailwind CSS'] },
      { label: 'Tools', items: ['Git', 'Jest', 'Vite', 'Figma', 'PostgreSQL'] },
    ],
    work: [
      { position: 'Bootcamp Teaching Assistant', name: 'Ridgeline Code Academy', location: 'Remote', start: '2024-01', end: '2024-06',
        highlights: ['Held daily office hours and reviewed pull requests for 40 students'] },
      { position: 'Freelance Session Guitarist', name: 'Self-employed', location: 'Nashville, TN', start: '2013-09', end: '2023-06',
        highlights: ['Recorded on 60+ albums and jingles for independent labels', 'Managed contracts, invoices and a client mailing list'] },
      { position: 'Guitar Instructor', name: 'Music City Lesson Studio', location: 'Franklin, TN', start: '2015-01', end: '2023-06',
        highlights: ['Taught 35 weekly private students'] },
    ],
    projects: [
      { name: 'SetlistForge', stack: ['React', 'TypeScript', 'Node.js', 'PostgreSQL'], repo: 'github.com/qpellegrini/setlistforge', start: '2023-10', end: '2023-11',
        highlights: ['Drag-and-drop setlist builder for gigging bands with shareable links', 'REST API in Express with JWT authentication and PostgreSQL storage'] },
      { name: 'ChordPal', stack: ['Next.js', 'Tailwind CSS', 'Web Audio API'], repo: 'github.com/qpellegrini/chordpal', start: '2023-08', end: '2023-09',
        highlights: ['Chord-chart app that plays voicings in the browser with the Web Audio API', 'Keyboard navigable and tested with axe for accessibility'] },
      { name: 'Venue Finder', stack: ['React', 'Mapbox GL', 'Jest'], repo: 'github.com/qpellegrini/venue-finder', season: 'Summer 2023',
        highlights: ['Map of open-mic venues with filters, built as a two-week team project'] },
    ],
    education: [
      { institution: 'Ridgeline Code Academy', studyType: 'Certificate', area: 'Full-Stack Web Development', after: true, location: 'Nashville, TN', start: '2023-07', end: '2023-11' },
      { institution: 'Belmont University', studyType: 'Bachelor of Music', area: 'Commercial Guitar', location: 'Nashville, TN', start: '2009-08', end: '2013-05' },
    ],
    certs: [
      { name: 'JavaScript Algorithms and Data Structures', issuer: 'freeCodeCamp', year: '2023' },
      { name: 'Meta Front-End Developer Certificate', issuer: 'Coursera', year: '2024' },
    ],
  },

  bernadette: {
    name: 'Bernadette Castellane',
    label: 'HR Generalist',
    email: 'bcastellane@example.com',
    phone: '(412) 555-0110',
    location: 'Pittsburgh, PA',
    links: { linkedin: 'linkedin.com/in/bernadette-castellane' },
    summary: 'HR professional returning to work after a four-year career break as a family caregiver. Six years of recruiting, onboarding and benefits experience, refreshed with SHRM-CP certification and current HRIS training.',
    quals: [
      'Six years of HR experience in recruiting, onboarding and benefits administration',
      'SHRM Certified Professional (SHRM-CP), 2024',
      'Hands-on with Workday, BambooHR and ADP Workforce Now',
      'Trusted with confidential employee-relations matters',
    ],
    groups: [
      { title: 'Recruiting & Onboarding', bullets: [
        'Filled 120+ hourly and salaried roles a year, cutting average time-to-fill from 41 to 29 days',
        'Rebuilt the new-hire orientation, raising 90-day retention from 71% to 83%',
      ] },
      { title: 'Benefits & HRIS', bullets: [
        'Ran open enrollment for 450 employees and resolved carrier billing discrepancies',
        'Migrated employee records from spreadsheets into BambooHR with zero data loss',
      ] },
      { title: 'Employee Relations', bullets: [
        'Investigated and documented 30+ employee concerns with managers and legal counsel',
        'Drafted the handbook update for remote work and paid leave policies',
      ] },
    ],
    skills: [
      { label: 'HRIS', items: ['Workday', 'BambooHR', 'ADP Workforce Now'] },
      { label: 'HR Practice', items: ['Recruiting', 'Onboarding', 'Benefits Administration', 'FMLA', 'Employee Relations'] },
      { label: 'Office', items: ['Excel', 'Outlook', 'Microsoft Teams'] },
    ],
    work: [
      { position: 'HR Coordinator (Temporary)', name: 'Allegheny Staffing Partners', location: 'Pittsburgh, PA', start: '2024-05', end: 'present',
        highlights: ['Schedule interviews and run I-9 verification for 25 new hires a month'] },
      { position: 'HR Generalist', name: 'Three Rivers Packaging Co.', location: 'Pittsburgh, PA', start: '2016-03', end: '2020-02',
        highlights: ['Sole HR generalist for a 450-person manufacturing site', 'Cut time-to-fill from 41 to 29 days'] },
      { position: 'Recruiting Assistant', name: 'UPMC', location: 'Pittsburgh, PA', start: '2014-06', end: '2016-02',
        highlights: ['Screened applicants and coordinated 40 interviews a week'] },
    ],
    brk: { start: '2020-03', end: '2024-04', title: 'Career Break', text: 'Full-time caregiver for a parent with Parkinson’s disease; managed medical scheduling, insurance appeals and home-care staff.' },
    volunteer: [
      { position: 'PTA Treasurer', name: 'Linden Elementary School', start: '2021-08', end: '2024-06',
        highlights: ['Kept the books for a $38,000 annual budget and ran two fundraisers'] },
    ],
    education: [
      { institution: 'Duquesne University', studyType: 'B.S.', area: 'Human Resource Management', location: 'Pittsburgh, PA', end: '2014-05', score: '3.6' },
    ],
    certs: [
      { name: 'SHRM Certified Professional (SHRM-CP)', issuer: 'SHRM', year: '2024' },
      { name: 'Workday HCM Fundamentals', issuer: 'Udemy', year: '2024' },
    ],
  },

  ainsley: {
    name: 'Ainsley Vandergriff',
    label: 'Project Coordinator',
    email: 'ainsley.vandergriff@example.org',
    phone: '(719) 555-0126',
    location: 'Colorado Springs, CO',
    links: { linkedin: 'linkedin.com/in/ainsleyvandergriff' },
    summary: 'Military spouse with six relocations in ten years and a record of getting organized fast. CAPM-certified coordinator who has scheduled, budgeted and reported on projects for schools, clinics and nonprofits.',
    quals: [
      'Certified Associate in Project Management (CAPM), 2023',
      'Coordinated projects with budgets up to $250,000 across five states and one overseas post',
      'Proficient in Asana, Smartsheet, MS Project and Excel',
      'Adapts quickly: productive within two weeks of every new role',
    ],
    groups: [
      { title: 'Project Coordination', bullets: [
        'Tracked schedules, risks and action items for a $250,000 clinic renovation finished on time',
        'Built Smartsheet project plans and weekly status reports for three program managers',
      ] },
      { title: 'Budget & Vendor Management', bullets: [
        'Reconciled monthly budgets and purchase orders for a 40-family housing office',
        'Negotiated vendor quotes that saved a base childcare center $18,000 a year',
      ] },
      { title: 'Communication', bullets: [
        'Wrote newsletters and event plans for a 300-family readiness group',
        'Ran weekly stand-ups for volunteers across two time zones',
      ] },
    ],
    skills: [
      { label: 'Project Tools', items: ['Asana', 'Smartsheet', 'MS Project', 'Trello'] },
      { label: 'Office', items: ['Excel', 'SharePoint', 'Google Workspace'] },
      { label: 'Methods', items: ['Agile', 'Scrum', 'Risk Tracking', 'Budget Reconciliation'] },
    ],
    work: [
      { position: 'Project Coordinator', name: 'Pikes Peak Community Health', location: 'Colorado Springs, CO', start: '2023-04', end: 'present',
        highlights: ['Coordinate a $250,000 clinic renovation and two grant-funded outreach programs', 'Maintain the Smartsheet portfolio and weekly status reports'] },
      { position: 'Office Manager', name: 'Sandhills Family Dental', location: 'Fayetteville, NC', start: '2021-06', end: '2023-02',
        highlights: ['Managed scheduling, billing and supply ordering for a four-chair practice'] },
      { position: 'Program Assistant', name: 'Army Community Service', location: 'Kaiserslautern, Germany', start: '2019-09', end: '2021-05',
        highlights: ['Organized relocation workshops for 500+ incoming families'] },
      { position: 'Administrative Assistant', name: 'Harbor Point Realty', location: 'Tacoma, WA', start: '2018-01', end: '2019-07', highlights: [] },
      { position: 'Teller', name: 'Navy Federal Credit Union', location: 'Tacoma, WA', start: '2016-08', end: '2017-12', highlights: [] },
      { position: 'Substitute Teacher', name: 'Killeen Independent School District', location: 'Killeen, TX', start: '2015-01', end: '2016-06', highlights: [] },
    ],
    volunteer: [
      { position: 'Family Readiness Group Leader', name: '4th Infantry Division', start: '2023-06', end: 'present',
        highlights: ['Lead communications and events for 300 military families'] },
      { position: 'Volunteer Coordinator', name: 'Kaiserslautern Military Community Thrift Shop', start: '2019-10', end: '2021-04',
        highlights: ['Scheduled 45 volunteers and kept sales records'] },
    ],
    education: [
      { institution: 'University of Maryland Global Campus', studyType: 'B.S.', area: 'Management Studies', end: '2020-12' },
      { institution: 'Central Texas College', studyType: 'A.A.S.', area: 'Business Management', location: 'Killeen, TX', end: '2015-05' },
    ],
    certs: [
      { name: 'Certified Associate in Project Management (CAPM)', issuer: 'PMI', year: '2023' },
      { name: 'Google Project Management Certificate', issuer: 'Coursera', year: '2022' },
    ],
  },
};
