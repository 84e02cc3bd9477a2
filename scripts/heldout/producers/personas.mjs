// Five invented personas (synthetic, MIT). E-mails at example.com, phones fictional, employers and handles made up;
// universities are real institutions used only as names. Dates are ISO 'YYYY-MM' or 'YYYY'; end null = current role.
// Every character is in WinAnsi (the PDFs are drawn with 8-bit fonts).

export const PERSONAS = {
  orla: {
    id: 'orla', first: 'Orla', last: 'Ní Dhomhnaill', label: 'Senior Data Engineer',
    email: 'orla.nidhomhnaill@example.com', phone: '+353 1 555 0147', city: 'Dublin', country: 'Ireland',
    linkedin: 'linkedin.com/in/orla-nidhomhnaill', github: 'github.com/orlandh', portfolio: null,
    summary: 'Data engineer with nine years of experience building batch and streaming pipelines for insurance and analytics teams. I care about tested SQL, boring infrastructure and data that finance can reconcile.',
    work: [
      { company: 'Cairnwell Analytics', position: 'Senior Data Engineer', location: 'Dublin, Ireland', start: '2022-03', end: null, bullets: [
        'Led the migration of 140 nightly Airflow DAGs from an on-premise Hadoop cluster to Snowflake, cutting compute spend by 38%',
        'Designed a Kafka change-data-capture pipeline that brought dashboard latency down from 24 hours to under 5 minutes',
        'Introduced dbt tests and data contracts for 60 core models; failed loads dropped from 9 to 1 per month',
        'Mentored four engineers and ran the weekly data-platform office hours',
        'Wrote the team’s on-call runbook and reduced mean time to recovery by 45%' ] },
      { company: 'Cairnwell Analytics', position: 'Data Engineer', location: 'Dublin, Ireland', start: '2019-06', end: '2022-02', bullets: [
        'Built a PySpark ingestion framework used by 12 client projects',
        'Automated GDPR erasure requests across 30 tables, closing tickets in 2 days instead of 3 weeks',
        'Cut the monthly Redshift bill by EUR 11,000 by partitioning the three largest fact tables' ] },
      { company: 'Brightwater Insurance Group', position: 'BI Developer', location: 'Cork, Ireland', start: '2016-09', end: '2019-05', bullets: [
        'Rebuilt 25 claims reports in Power BI, retiring a legacy SSRS server',
        'Wrote T-SQL stored procedures that reconcile 2 million policy rows every night',
        'Trained 40 underwriters to use self-service dashboards',
        'Reduced month-end close reporting from 5 days to 2' ] },
      { company: 'Lisheen Credit Union', position: 'IT Support Intern', location: 'Thurles, Ireland', start: '2015-06', end: '2015-08', bullets: [] },
    ],
    education: [
      { institution: 'Trinity College Dublin', studyType: 'MSc', area: 'Computer Science', start: '2015-09', end: '2016-08', score: 'Distinction' },
      { institution: 'University College Cork', studyType: 'BSc', area: 'Mathematical Sciences', start: '2011-09', end: '2015-05', score: 'First Class Honours' },
    ],
    skills: ['Python', 'SQL', 'Apache Spark', 'Airflow', 'dbt', 'Snowflake', 'Kafka', 'Terraform', 'AWS', 'Docker'],
    languages: ['English (native)', 'Irish (fluent)', 'French (B1)'],
    certs: ['SnowPro Core Certification (2023)', 'AWS Certified Data Engineer – Associate (2024)'],
  },
  kwabena: {
    id: 'kwabena', first: 'Kwabena', last: 'Asante-Mensah', label: 'Android Engineer',
    email: 'kwabena.asante@example.com', phone: '+233 30 255 0198', city: 'Accra', country: 'Ghana',
    linkedin: 'linkedin.com/in/kasante-mensah', github: 'github.com/kwabena-am', portfolio: 'kwabena.example.com',
    summary: 'Android engineer shipping payment apps used by millions of people on low-end phones and patchy networks. Kotlin first, offline first.',
    work: [
      { company: 'Sikakwan Payments', position: 'Senior Android Engineer', location: 'Accra, Ghana', start: '2023-01', end: null, bullets: [
        'Led the rewrite of the wallet app in Jetpack Compose for 3.2 million monthly users',
        'Cut cold-start time on 1 GB RAM devices from 4.1 s to 1.6 s with baseline profiles and lazy modules',
        'Designed an offline transfer queue that recovered 18,000 failed payments per month',
        'Mentored three junior developers and set up the Android review checklist' ] },
      { company: 'Sikakwan Payments', position: 'Android Engineer', location: 'Accra, Ghana', start: '2020-08', end: '2022-12', bullets: [
        'Built the merchant QR payment flow, now 27% of transaction volume',
        'Raised unit-test coverage from 22% to 71% with Robolectric and Turbine',
        'Shrunk the APK from 38 MB to 14 MB by moving to app bundles and removing unused SDKs',
        'Integrated mobile-money APIs for MTN, Telecel and AirtelTigo' ] },
      { company: 'Volta Ride Technologies', position: 'Junior Mobile Developer', location: 'Kumasi, Ghana', start: '2018-10', end: '2020-07', bullets: [
        'Implemented live driver tracking with Google Maps SDK for 2,500 drivers',
        'Fixed 120 crash clusters reported by Firebase Crashlytics, reaching 99.6% crash-free sessions',
        'Added Twi and Ga translations to the rider app' ] },
    ],
    education: [
      { institution: 'Kwame Nkrumah University of Science and Technology', studyType: 'BSc', area: 'Computer Engineering', start: '2014', end: '2018', score: 'Second Class Upper' },
    ],
    skills: ['Kotlin', 'Java', 'Jetpack Compose', 'Coroutines', 'Room', 'Retrofit', 'Firebase', 'GraphQL', 'Gradle', 'GitHub Actions'],
    languages: ['English', 'Twi', 'Ga'],
    certs: ['Associate Android Developer (Google, 2019)'],
    projects: [
      { name: 'momo-sms-kit', description: 'Open-source Kotlin library that parses mobile-money SMS receipts; 900 GitHub stars', keywords: ['Kotlin', 'Regex'] },
    ],
  },
  mathilde: {
    id: 'mathilde', first: 'Mathilde', last: 'Roussel-Vasseur', label: 'Lead Front-End Engineer',
    email: 'mathilde.rv@example.com', phone: '+33 4 55 50 12 34', city: 'Lyon', country: 'France',
    linkedin: 'linkedin.com/in/mathilde-roussel-vasseur', github: 'github.com/mroussel-v', portfolio: 'mathilde-rv.example.com',
    summary: 'Front-end lead with twelve years between design and code. I build design systems that designers trust and accessible interfaces that pass audits the first time.',
    work: [
      { company: 'Atelier Quintal', position: 'Lead Front-End Engineer', location: 'Lyon, France', start: '2021-04', end: null, bullets: [
        'Lead a team of six building the Quintal design system, used by 14 product squads',
        'Brought the booking flow to WCAG 2.1 AA, passing the RGAA audit with zero blocking issues',
        'Cut the main bundle from 1.2 MB to 410 KB by moving to Vite and route-level code splitting',
        'Set up visual regression tests with Playwright covering 320 Storybook stories',
        'Hired and onboarded four engineers in 2023' ] },
      { company: 'Atelier Quintal', position: 'Senior Front-End Engineer', location: 'Lyon, France', start: '2019-01', end: '2021-03', bullets: [
        'Migrated the customer portal from AngularJS to React and TypeScript without a freeze',
        'Built a Web Components library shared by the Vue.js and React apps',
        'Improved Largest Contentful Paint from 4.8 s to 1.9 s on mobile' ] },
      { company: 'Rhôneo Mobilités', position: 'Front-End Developer', location: 'Villeurbanne, France', start: '2015-09', end: '2018-12', bullets: [
        'Developed the real-time tram and bike map used by 90,000 daily riders',
        'Wrote the style guide and CSS Grid layout system for 5 internal tools',
        'Reduced support tickets about the ticket shop by 30% after usability testing',
        'Introduced end-to-end tests and continuous deployment' ] },
      { company: 'Studio Pénélope', position: 'Web Designer', location: 'Grenoble, France', start: '2013-07', end: '2015-08', bullets: [] },
    ],
    education: [
      { institution: 'Université Claude Bernard Lyon 1', studyType: 'Master', area: 'Informatique', start: '2011', end: '2013' },
      { institution: 'Université Grenoble Alpes', studyType: 'Licence', area: 'Mathématiques et informatique', start: '2008', end: '2011' },
    ],
    skills: ['TypeScript', 'React', 'Vue.js', 'Web Components', 'Storybook', 'WCAG 2.1', 'Vite', 'Playwright', 'CSS Grid', 'Figma'],
    languages: ['French (native)', 'English (C1)', 'Italian (B2)'],
    certs: ['Opquast Web Quality Certification (2020)'],
  },
  rafael: {
    id: 'rafael', first: 'Rafael', last: 'Quintanilla Ochoa', label: 'QA Automation Engineer',
    email: 'rafa.quintanilla@example.com', phone: '+52 81 5550 2741', city: 'Monterrey', country: 'Mexico',
    linkedin: 'linkedin.com/in/rafaelquintanillao', github: 'github.com/rquintanilla', portfolio: null,
    summary: 'Junior QA automation engineer who likes breaking things before customers do. Recent software engineering graduate with two years of testing experience.',
    work: [
      { company: 'Norteña Logística Digital', position: 'QA Automation Engineer', location: 'Monterrey, Mexico', start: '2024-02', end: null, bullets: [
        'Automated 410 regression test cases with Playwright and pytest, cutting release testing from 3 days to 5 hours',
        'Added API contract tests in Postman and Newman to 9 microservices',
        'Ran JMeter load tests that found a connection-pool leak before Buen Fin peak traffic',
        'Reported 150 defects in 2024, 85% of them fixed before production' ] },
      { company: 'Tecnoservicios Cumbres', position: 'Software Testing Intern', location: 'San Pedro Garza García, Mexico', start: '2023-05', end: '2023-12', bullets: [
        'Wrote 120 Selenium tests for an invoicing web app',
        'Kept the Jira test plan for 6 sprints and reported weekly defect trends',
        'Set up a GitHub Actions job that runs smoke tests on every pull request' ] },
      { company: 'Café La Huasteca', position: 'Barista (part-time)', location: 'Monterrey, Mexico', start: '2020-09', end: '2023-04', bullets: [] },
    ],
    education: [
      { institution: 'Universidad Autónoma de Nuevo León', studyType: 'B.Eng.', area: 'Software Engineering', start: '2019-08', end: '2023-12', score: 'GPA 92/100' },
    ],
    skills: ['Python', 'pytest', 'Playwright', 'Selenium', 'Postman', 'JMeter', 'SQL', 'Git', 'Jira', 'GitHub Actions'],
    languages: ['Spanish (native)', 'English (C1)'],
    certs: ['ISTQB Foundation Level (2023)'],
    projects: [
      { name: 'ruta-check', description: 'Playwright test suite for a public bus-route planner; 75 tests run nightly', keywords: ['Playwright', 'TypeScript'] },
      { name: 'Bug Bash MTY', description: 'Organised a student bug-hunting day with 60 participants and 3 sponsors', keywords: [] },
    ],
  },
  anneliese: {
    id: 'anneliese', first: 'Anneliese', last: 'Drummond', label: 'Engineering Manager',
    email: 'anneliese.drummond@example.com', phone: '+44 131 496 0852', city: 'Edinburgh', country: 'United Kingdom',
    linkedin: 'linkedin.com/in/anneliesedrummond', github: 'github.com/adrummond', portfolio: null,
    summary: 'Engineering manager who grew from developer to staff engineer to manager at one health-tech company. I run calm teams, ship reliable platforms and hire well.',
    work: [
      { company: 'Quarrymoss Health', position: 'Engineering Manager, Platform', location: 'Edinburgh, UK', start: '2022-05', end: null, bullets: [
        'Manage 11 engineers across two platform teams serving 40 product developers',
        'Moved 70 services to Kubernetes on GCP with no patient-facing downtime',
        'Cut P1 incidents from 14 to 3 per quarter by introducing SLOs and blameless reviews',
        'Hired 7 engineers and designed the structured interview loop now used company-wide',
        'Own the platform roadmap and a yearly budget of GBP 1.4 million' ] },
      { company: 'Quarrymoss Health', position: 'Staff Engineer', location: 'Edinburgh, UK', start: '2020-01', end: '2022-04', bullets: [
        'Designed the gRPC service template used by 35 services',
        'Led the PostgreSQL 9.6 to 13 upgrade across 22 databases',
        'Chaired the architecture review group for 2 years' ] },
      { company: 'Quarrymoss Health', position: 'Senior Software Engineer', location: 'Edinburgh, UK', start: '2018-03', end: '2019-12', bullets: [
        'Built the appointment booking API handling 1.1 million bookings a year',
        'Replaced nightly batch imports with event streams, removing 6 hours of delay',
        'Paired with clinicians to redesign the prescription audit trail' ] },
      { company: 'Tolbooth Systems', position: 'Software Engineer', location: 'Glasgow, UK', start: '2014-08', end: '2018-02', bullets: [
        'Developed Java services for ticketing at 18 Scottish venues',
        'Reduced checkout errors by 60% by rewriting payment retries',
        'Introduced code review and trunk-based development',
        'Maintained the Go reporting service processing 3 million events a day' ] },
      { company: 'Leith Marine Data', position: 'Graduate Developer', location: 'Edinburgh, UK', start: '2012-09', end: '2014-07', bullets: [] },
    ],
    education: [
      { institution: 'University of Edinburgh', studyType: 'BEng', area: 'Software Engineering', start: '2008', end: '2012', score: 'First Class Honours' },
    ],
    skills: ['Go', 'Java', 'PostgreSQL', 'Kubernetes', 'GCP', 'gRPC', 'Incident management', 'Hiring', 'OKRs', 'Roadmapping'],
    languages: ['English (native)', 'German (B2)'],
    certs: ['Certified Kubernetes Administrator (2021)'],
  },
};
