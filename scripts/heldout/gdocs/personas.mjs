// Five invented personas for the Google Docs held-out batch. Every person, employer, e-mail (example.com), handle,
// website and phone number is made up; universities are real institutions used only as names.
// Dates: 'YYYY-MM' or 'YYYY' (a year-only date prints as a year in every design); end: null = current role.
// Consecutive work entries with the same company are a promotion. bullets: [] = a role printed without bullets.

export const personas = {
  // US senior full-stack engineer, five roles.
  dana: {
    name: 'Dana Whitcombe-Reyes',
    label: 'Senior Full-Stack Engineer',
    email: 'dana.whitcombe@example.com',
    phone: '(206) 555-0143',
    location: 'Seattle, WA',
    address: ['4127 Fremont Ave N', 'Seattle, WA 98103'],
    linkedin: 'danawhitcombe', github: 'dwhitcombe', website: 'danawhitcombe.dev',
    summary: 'Full-stack engineer with eleven years of experience shipping web products end to end, from React front ends to Node.js and Go services on AWS. Happiest pairing with designers and turning slow, fragile systems into boring ones.',
    work: [
      { company: 'Harborlight Health', position: 'Senior Full-Stack Engineer', location: 'Seattle, WA', start: '2021-06', end: null,
        bullets: [
          'Lead engineer for the patient scheduling web app used by 1,400 clinics and 3.2 million patients a year',
          'Rebuilt the booking flow in React and TypeScript, lifting completed bookings by 18% and cutting bundle size by 41%',
          'Designed a GraphQL gateway over nine legacy REST services, reducing p95 page load from 3.1 s to 1.2 s',
          'Mentor four engineers and run the front-end guild’s monthly architecture review',
        ] },
      { company: 'Pinecrest Commerce', position: 'Software Engineer II', location: 'Bellevue, WA', start: '2018-03', end: '2021-05',
        bullets: [
          'Built the merchant analytics dashboard (React, D3, Node.js) adopted by 22,000 sellers in its first quarter',
          'Migrated order processing from cron jobs to an SQS-driven pipeline, eliminating 6 hours of nightly batch time',
          'Introduced contract tests with Pact across 14 services, catching 30+ breaking changes before release',
        ] },
      { company: 'Tidewater Labs', position: 'Full-Stack Developer', location: 'Portland, OR', start: '2016-01', end: '2018-02',
        bullets: [
          'Shipped 11 client web apps on Ruby on Rails and Angular for non-profit and public-sector clients',
          'Set up the agency’s first CI/CD pipeline on CircleCI, cutting deploy time from 45 minutes to 6',
          'Wrote accessibility guidelines that brought three state-agency sites to WCAG 2.1 AA',
        ] },
      { company: 'Cobalt Ridge Software', position: 'Web Developer', location: 'Boise, ID', start: '2014-07', end: '2015-12',
        bullets: [
          'Maintained a PHP and jQuery insurance quoting portal serving 40,000 quotes a month',
          'Rewrote the rate calculator in JavaScript with unit tests, removing a class of rounding errors',
          'Automated weekly database backups and restores with Bash and cron',
        ] },
      { company: 'Boise State University', position: 'Student Web Assistant', location: 'Boise, ID', start: '2012-09', end: '2014-05',
        bullets: [
          'Updated 60+ department pages in Drupal and fixed broken links after a campus-wide redesign',
          'Built a room-booking form in PHP that replaced a paper sign-up sheet',
        ] },
    ],
    education: [
      { institution: 'Boise State University', studyType: 'Bachelor of Science', abbr: 'B.S.', area: 'Computer Science', location: 'Boise, ID', start: '2010-08', end: '2014-05', score: '3.7' },
    ],
    skills: [
      ['Languages', ['TypeScript', 'JavaScript', 'Go', 'Ruby', 'SQL']],
      ['Frameworks', ['React', 'Next.js', 'Node.js', 'GraphQL', 'Ruby on Rails']],
      ['Cloud & Tools', ['AWS', 'Terraform', 'PostgreSQL', 'Redis', 'Docker', 'GitHub Actions']],
    ],
    projects: [
      { name: 'queuelet', description: 'Open-source TypeScript library for typed, retryable background jobs on Postgres; 1.9k GitHub stars', url: 'github.com/dwhitcombe/queuelet' },
    ],
    certs: [{ name: 'AWS Certified Developer – Associate', year: '2022' }],
    awards: [{ name: 'Harborlight Health Engineering Excellence Award', year: '2023' }],
    languages: [],
  },

  // Filipino-Canadian QA analyst who became an SDET (career changer from nursing).
  jericho: {
    name: 'Jericho Manalastas Bautista',
    label: 'Software Development Engineer in Test',
    email: 'jericho.bautista@example.com',
    phone: '+1 647-555-0178',
    location: 'Mississauga, ON',
    address: ['Mississauga, ON L5B 2C9'],
    linkedin: 'jerichobautista', github: 'jmbautista',
    summary: 'SDET who moved into software from nursing. I build test frameworks that developers actually run, and I still bring a clinician’s habit of checklists and root-cause thinking to every release.',
    work: [
      { company: 'Maplewood Financial', position: 'Software Development Engineer in Test', location: 'Toronto, ON', start: '2022-09', end: null,
        bullets: [
          'Built a Playwright and TypeScript end-to-end framework covering 340 user journeys across web and mobile banking',
          'Cut regression time from 2 days of manual testing to 38 minutes by running suites in parallel on GitHub Actions',
          'Added contract tests for 12 payment APIs with REST Assured, catching 25 defects before integration',
          'Coach six manual testers on automation through weekly pairing sessions',
        ] },
      { company: 'Lakeshore Digital Health', position: 'QA Analyst', location: 'Toronto, ON', start: '2020-01', end: '2022-08',
        bullets: [
          'Wrote and ran 900+ test cases for an electronic medical records product used in 85 clinics',
          'Automated the smoke suite with Selenium WebDriver and Java, saving 10 hours per release',
          'Triaged production incidents with support and developers, reducing repeat defects by 30%',
        ] },
      { company: 'Trillium Care Homes', position: 'Registered Practical Nurse', location: 'Brampton, ON', start: '2016-06', end: '2019-12',
        bullets: [
          'Cared for 30 long-term-care residents per shift and trained 12 new staff on charting software',
          'Served as super-user during the rollout of a new e-charting system across four units',
        ] },
      { company: 'St. Luke’s Medical Center', position: 'Staff Nurse', location: 'Quezon City, Philippines', start: '2013-07', end: '2016-04',
        bullets: [] },
    ],
    education: [
      { institution: 'Sheridan College', studyType: 'Ontario Graduate Certificate', abbr: 'Graduate Certificate', area: 'Software Quality Assurance', location: 'Oakville, ON', start: '2018-09', end: '2019-08' },
      { institution: 'University of Santo Tomas', studyType: 'Bachelor of Science', abbr: 'BSc', area: 'Nursing', location: 'Manila, Philippines', start: '2009-06', end: '2013-04' },
    ],
    skills: [
      ['Test automation', ['Playwright', 'Selenium WebDriver', 'REST Assured', 'Postman', 'JUnit 5']],
      ['Languages', ['TypeScript', 'Java', 'SQL', 'Python']],
      ['Tools', ['GitHub Actions', 'Jenkins', 'Jira', 'TestRail', 'Docker']],
    ],
    projects: [],
    certs: [
      { name: 'ISTQB Certified Tester Foundation Level', year: '2019' },
      { name: 'Certified Agile Tester', year: '2021' },
    ],
    awards: [],
    languages: [['English', 'fluent'], ['Filipino', 'native']],
  },

  // Kenyan backend engineer.
  njeri: {
    name: 'Njeri Wambui Gathoni',
    label: 'Backend Engineer',
    email: 'njeri.gathoni@example.com',
    phone: '+254 712 555 049',
    location: 'Nairobi, Kenya',
    address: ['Kilimani, Nairobi, Kenya'],
    linkedin: 'njeri-gathoni', github: 'njerigathoni',
    summary: 'Backend engineer building payment and lending systems for mobile-money users across East Africa. Go and Python, PostgreSQL, Kafka, and a strong preference for observable, idempotent services.',
    work: [
      { company: 'Mvua Payments', position: 'Senior Backend Engineer', location: 'Nairobi, Kenya', start: '2022-04', end: null,
        bullets: [
          'Own the disbursement service in Go that pays out KES 2.4 billion a month to 600,000 merchants',
          'Made payment callbacks idempotent with an outbox table and Kafka, ending duplicate payouts (previously ~40 a week)',
          'Cut reconciliation time with three mobile-money operators from 6 hours to 25 minutes',
          'Lead on-call for the payments squad and wrote the runbooks for 14 alerts',
          'Interview backend candidates and onboard new hires to the Go codebase',
        ] },
      { company: 'Shamba Credit', position: 'Backend Engineer', location: 'Nairobi, Kenya', start: '2019-08', end: '2022-03',
        bullets: [
          'Built the loan-scoring API in Python (Django REST Framework) serving 1.1 million smallholder farmers',
          'Moved batch scoring from a single VM to Celery workers, processing 250,000 applications a night',
          'Designed the USSD session store on Redis, cutting timeouts on feature phones by 60%',
        ] },
      { company: 'Kilele Tech Hub', position: 'Software Engineering Intern', location: 'Nairobi, Kenya', start: '2018-05', end: '2018-08',
        bullets: [
          'Wrote a Flask service that sends SMS reminders for a community health project in Kiambu County',
          'Added integration tests and Docker Compose setup used by the next intern cohort',
        ] },
    ],
    education: [
      { institution: 'University of Nairobi', studyType: 'Bachelor of Science', abbr: 'BSc', area: 'Computer Science', location: 'Nairobi, Kenya', start: '2015-09', end: '2019-07', score: 'First Class Honours' },
    ],
    skills: [
      ['Languages', ['Go', 'Python', 'SQL', 'Bash']],
      ['Backend', ['PostgreSQL', 'Kafka', 'Redis', 'gRPC', 'Django REST Framework', 'Celery']],
      ['Infrastructure', ['Kubernetes', 'Google Cloud', 'Terraform', 'Prometheus', 'Grafana']],
    ],
    projects: [
      { name: 'mpesa-mock', description: 'A local mock of a mobile-money payments API for integration tests, written in Go', url: 'github.com/njerigathoni/mpesa-mock' },
    ],
    certs: [{ name: 'Certified Kubernetes Application Developer', year: '2023' }],
    awards: [{ name: 'Speaker, PyCon Africa', year: '2022' }],
    languages: [['English', 'fluent'], ['Swahili', 'fluent'], ['Kikuyu', 'native']],
  },

  // Polish junior developer: philology degree, bootcamp, projects, one junior role and an internship.
  julia: {
    name: 'Julia Przybylska',
    label: 'Junior Frontend Developer',
    email: 'julia.przybylska@example.com',
    phone: '+48 512 555 318',
    location: 'Kraków, Poland',
    address: ['Kraków, Poland'],
    linkedin: 'julia-przybylska', github: 'jprzybylska', website: 'juliaprzybylska.example.com',
    summary: 'Junior frontend developer who switched from translation to code after a 6-month bootcamp. I enjoy accessible, well-tested interfaces and writing documentation people can follow.',
    work: [
      { company: 'Smokowa Software', position: 'Junior Frontend Developer', location: 'Kraków', start: '2024-03', end: null,
        bullets: [
          'Build React and TypeScript components for a booking platform used by 300 hotels',
          'Raised unit test coverage of the checkout module from 35% to 80% with Jest and Testing Library',
          'Fixed 45 accessibility issues found in an external WCAG audit',
        ] },
      { company: 'Wisła Interactive', position: 'Frontend Intern', location: 'Kraków', start: '2023-09', end: '2024-02',
        bullets: [
          'Rebuilt the marketing site’s pricing page in Vue 3, improving Lighthouse performance from 62 to 94',
          'Translated and localised UI strings into Polish and German for two product launches',
          'Wrote Cypress tests for the sign-up flow',
        ] },
      { company: 'LinguaBridge Translations', position: 'Freelance Translator (EN/DE–PL)', location: 'Remote', start: '2019-10', end: '2023-06',
        bullets: [
          'Translated 1.2 million words of software documentation and UI text for 15 clients',
          'Built glossaries and QA checklists that cut client revision requests by half',
        ] },
    ],
    education: [
      { institution: 'Fabryka Kodu Bootcamp', studyType: 'Bootcamp', abbr: 'Bootcamp', area: 'Front-End Development with React', location: 'Kraków', start: '2023-01', end: '2023-06' },
      { institution: 'Jagiellonian University', studyType: 'Master of Arts', abbr: 'MA', area: 'English Philology', location: 'Kraków', start: '2017-10', end: '2019-07' },
    ],
    skills: [
      ['Languages', ['JavaScript', 'TypeScript', 'HTML', 'CSS']],
      ['Frameworks', ['React', 'Vue 3', 'Redux Toolkit', 'Tailwind CSS']],
      ['Testing & Tools', ['Jest', 'Testing Library', 'Cypress', 'Git', 'Figma', 'Vite']],
    ],
    projects: [
      { name: 'Pierogi Planner', description: 'Meal-planning PWA with offline shopping lists; React, IndexedDB, Workbox; 400 monthly users', url: 'github.com/jprzybylska/pierogi-planner' },
      { name: 'TramTime Kraków', description: 'Live tram departure board built on the city’s open GTFS feed; Vue 3, Vite, Leaflet', url: 'github.com/jprzybylska/tramtime' },
      { name: 'a11y-checklist', description: 'Browser extension that walks through a 40-point accessibility checklist; TypeScript, WebExtensions API', url: 'github.com/jprzybylska/a11y-checklist' },
    ],
    certs: [],
    awards: [{ name: '2nd place, Hack Kraków Civic Hackathon', year: '2023' }],
    languages: [['Polish', 'native'], ['English', 'C2'], ['German', 'B2']],
  },

  // Mexican-American engineering manager: promotion at one company, a role without bullets, awards.
  hector: {
    name: 'Héctor Arriaga-Solís',
    label: 'Engineering Manager',
    email: 'hector.arriaga@example.com',
    phone: '(210) 555-0186',
    location: 'San Antonio, TX',
    address: ['San Antonio, TX 78209'],
    linkedin: 'hectorarriaga', github: 'harriaga',
    summary: 'Engineering manager with fifteen years in software and six leading teams. I grow engineers into leads, keep delivery predictable, and stay close enough to the code to review designs.',
    work: [
      { company: 'Alamo Freight Systems', position: 'Senior Engineering Manager', location: 'San Antonio, TX', start: '2023-01', end: null,
        bullets: [
          'Lead three teams (21 engineers) that own routing, pricing and carrier integrations for 8,000 daily shipments',
          'Introduced quarterly planning with clear service ownership; on-time delivery of roadmap items rose from 55% to 82%',
          'Hired 9 engineers and promoted 4 to senior or lead roles',
          'Partnered with finance to cut cloud spend by $1.1M a year through right-sizing and reserved capacity',
        ] },
      { company: 'Alamo Freight Systems', position: 'Engineering Manager', location: 'San Antonio, TX', start: '2019-07', end: '2022-12',
        bullets: [
          'Managed the pricing team of 7 through a rewrite of the quoting engine from .NET Framework to .NET 6 on Azure',
          'Reduced quote latency from 4 s to 400 ms and raised quote-to-booking conversion by 12%',
          'Started a bilingual (English/Spanish) mentoring circle with 30 participants',
        ] },
      { company: 'Alamo Freight Systems', position: 'Senior Software Engineer', location: 'San Antonio, TX', start: '2016-04', end: '2019-06',
        bullets: [
          'Built the carrier integration platform (EDI and REST) connecting 140 carriers',
          'Led the move from on-premises SQL Server to Azure SQL with zero unplanned downtime',
        ] },
      { company: 'Riverwalk Data Services', position: 'Software Engineer', location: 'San Antonio, TX', start: '2012-02', end: '2016-03',
        bullets: [
          'Developed C# web services for a claims-processing product used by 40 hospitals',
          'Wrote the team’s first automated deployment scripts in PowerShell',
          'Ran the internal brown-bag program with 25 talks in two years',
        ] },
      { company: 'Hill Country Technologies', position: 'Junior Developer', location: 'Austin, TX', start: '2009-06', end: '2012-01',
        bullets: [] },
    ],
    education: [
      { institution: 'The University of Texas at Austin', studyType: 'Bachelor of Science', abbr: 'B.S.', area: 'Computer Engineering', location: 'Austin, TX', start: '2005-08', end: '2009-05' },
      { institution: 'The University of Texas at San Antonio', studyType: 'Master of Business Administration', abbr: 'MBA', area: 'Technology Management', location: 'San Antonio, TX', start: '2017-08', end: '2020-05' },
    ],
    skills: [
      ['Leadership', ['Hiring', 'Mentoring', 'Roadmap planning', 'Incident management', 'OKRs']],
      ['Technical', ['C#', '.NET', 'Azure', 'SQL Server', 'Kubernetes', 'Event-driven architecture']],
    ],
    projects: [],
    certs: [{ name: 'Certified ScrumMaster', year: '2015' }],
    awards: [
      { name: 'Alamo Freight Systems Leader of the Year', year: '2021' },
      { name: 'San Antonio Tech Bloc “Hispanic Tech Leader” honoree', year: '2023' },
    ],
    languages: [['English', 'native'], ['Spanish', 'native']],
  },
};

export const PERSONA_DESC = {
  dana: 'US senior full-stack engineer (Seattle); five roles incl. a student job; website, GitHub, LinkedIn; one project; GPA.',
  jericho: 'Filipino-Canadian SDET who moved from nursing to QA (Mississauga, ON); two degrees (graduate certificate + BSc Nursing); a nursing role without bullets; certifications; languages.',
  njeri: 'Kenyan backend engineer (Nairobi); three roles incl. an internship; 5 bullets on the first role; honours as score; certification, talk, languages.',
  julia: 'Polish junior frontend developer (Kraków); translator → bootcamp → junior; bootcamp as education; three projects; diacritics; Remote location.',
  hector: 'Mexican-American engineering manager (San Antonio, TX); three titles at one company (promotions), a role without bullets, MBA listed after the BS, awards with typographic quotes, accents.',
};
