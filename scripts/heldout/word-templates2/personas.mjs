// Six invented personas for the second held-out Word batch. Every person, employer, e-mail (example.com),
// handle and phone number is made up (phone numbers are arbitrary invented numbers; the UK one uses Ofcom's
// drama range 07700 900xxx). Universities are real institutions, used only as names.
// Dates are 'YYYY-MM' or 'YYYY' (year-only: printed as a year whatever the template's date style);
// end: null means a current role. Consecutive entries with the same company are a promotion.

export const personas = {
  pawel: {
    name: 'Paweł Jędrzejczak',
    label: 'Senior .NET Developer',
    email: 'pawel.jedrzejczak@example.com',
    phone: '+48 601 234 785',
    location: 'Wrocław, Poland',
    linkedin: 'pawel-jedrzejczak', github: 'pjedrzejczak',
    summary: 'Senior .NET developer with nine years of experience in logistics and insurance software. I like clean domain models, fast test suites and helping teams move legacy WCF services to modern ASP.NET Core.',
    work: [
      { company: 'Odra Logistics Software sp. z o.o.', position: 'Senior .NET Developer', location: 'Wrocław', start: '2021-02', end: null,
        bullets: [
          'Own the shipment-tracking API in ASP.NET Core 8 handling 2.5 million calls a day',
          'Split a 400k-line monolith into six services with MassTransit and Azure Service Bus',
          'Cut the CI pipeline from 48 to 11 minutes by parallelising xUnit suites and caching NuGet packages',
          'Run code reviews and a fortnightly architecture clinic for three teams',
        ] },
      { company: 'Odra Logistics Software sp. z o.o.', position: '.NET Developer', location: 'Wrocław', start: '2018-05', end: '2021-01',
        bullets: [
          'Built the warehouse slotting module with Entity Framework Core and SQL Server',
          'Replaced nightly FTP imports with an event-driven integration for 14 carriers',
        ] },
      { company: 'Bałtyk Ubezpieczenia', position: 'Junior Developer', location: 'Gdańsk', start: '2015-09', end: '2018-04',
        bullets: [
          'Maintained WCF policy services and WinForms back-office tools',
          'Wrote the first automated regression suite for the claims calculator',
        ] },
    ],
    education: [
      { institution: 'Wrocław University of Science and Technology', studyType: 'Master of Science', area: 'Computer Science', location: 'Wrocław', start: '2013-10', end: '2015-07' },
      { institution: 'Gdańsk University of Technology', studyType: 'Bachelor of Engineering', area: 'Computer Science', location: 'Gdańsk', start: '2009-10', end: '2013-02' },
    ],
    skills: [
      ['Languages', ['C#', 'T-SQL', 'TypeScript']],
      ['Frameworks', ['ASP.NET Core', 'Entity Framework Core', 'MassTransit', 'xUnit']],
      ['Platforms', ['Azure', 'SQL Server', 'Docker', 'Azure DevOps']],
    ],
    languages: [['Polish', 'native'], ['English', 'C1'], ['German', 'B1']],
    certs: [
      { name: 'Microsoft Certified: Azure Developer Associate', issuer: 'Microsoft', year: '2022' },
    ],
    projects: [],
  },

  tolu: {
    name: 'Tolulope Adeyemi-Nwosu',
    label: 'Data Scientist',
    email: 'tolu.adeyemi.nwosu@example.com',
    phone: '+234 803 555 0192',
    location: 'Lagos, Nigeria',
    linkedin: 'tolulope-adeyemi-nwosu', github: 'tolu-an',
    summary: 'Data scientist working on credit risk and customer analytics for mobile-first financial services. Strong in experiment design, gradient-boosted models and explaining results to product and risk teams.',
    work: [
      { company: 'Ikeja Microfinance Labs', position: 'Data Scientist', location: 'Lagos', start: '2022-01', end: null,
        bullets: [
          'Built the credit scoring model for instant loans in LightGBM, raising approval rates by 9% at the same default rate',
          'Designed A/B tests for repayment reminders that reduced late payments by 14%',
          'Deployed models behind a FastAPI service with monitoring for drift in Evidently',
        ] },
      { company: 'Eko Telecom Analytics', position: 'Data Analyst', location: 'Lagos', start: '2019-06', end: '2021-12',
        bullets: [
          'Wrote churn dashboards in Power BI used by the retention team every week',
          'Automated SQL extracts from a 3 TB subscriber warehouse with Airflow',
        ] },
      { company: 'University of Ibadan', position: 'Research Assistant', location: 'Ibadan', start: '2018-02', end: '2019-05',
        bullets: [] },
    ],
    education: [
      { institution: 'University of Lagos', studyType: 'M.Sc.', area: 'Statistics', location: 'Lagos', start: '2020', end: '2021', score: 'Distinction' },
      { institution: 'University of Ibadan', studyType: 'B.Sc.', area: 'Mathematics', location: 'Ibadan', start: '2013', end: '2017', score: 'First Class Honours' },
    ],
    skills: [
      ['Modelling', ['LightGBM', 'scikit-learn', 'PyTorch', 'Causal inference']],
      ['Data', ['Python', 'SQL', 'Airflow', 'BigQuery']],
      ['Tools', ['Power BI', 'FastAPI', 'Docker']],
    ],
    languages: [['English', 'fluent'], ['Yoruba', 'native'], ['Igbo', 'conversational']],
    certs: [
      { name: 'Google Professional Machine Learning Engineer', issuer: 'Google Cloud', year: '2023' },
      { name: 'TensorFlow Developer Certificate', issuer: 'TensorFlow', year: '2021' },
    ],
    projects: [
      { name: 'naija-fx-forecast', description: 'Open-source notebook series forecasting the naira exchange rate with Prophet and LightGBM', keywords: ['Python', 'Prophet'] },
    ],
  },

  kristine: {
    name: 'Ma. Kristine Dizon-Villanueva',
    label: 'QA Automation Engineer',
    email: 'kristine.villanueva.qa@example.com',
    phone: '+63 917 555 0348',
    location: 'Cebu City, Philippines',
    linkedin: 'kristine-dizon-villanueva', github: 'kdvqa',
    summary: 'QA automation engineer who builds test frameworks that developers actually run. Six years across e-commerce and travel booking, from manual exploratory testing to owning end-to-end suites in CI.',
    work: [
      { company: 'Mactan Travel Tech Inc.', position: 'QA Automation Lead', location: 'Cebu City', start: '2022-08', end: null,
        bullets: [
          'Lead a team of four testers automating booking flows with Playwright and TypeScript',
          'Brought flaky end-to-end tests from 12% to under 1% with retries on network mocks and test isolation',
          'Added contract tests with Pact between the booking and payment services',
        ] },
      { company: 'Mactan Travel Tech Inc.', position: 'QA Automation Engineer', location: 'Cebu City', start: '2020-03', end: '2022-07',
        bullets: [
          'Built the Selenium and Java regression suite of 1,800 tests running nightly in Jenkins',
          'Wrote API tests in REST Assured for 60 endpoints',
        ] },
      { company: 'Sugbo Commerce', position: 'Software Tester', location: 'Mandaue City', start: '2018-06', end: '2020-02',
        bullets: [
          'Tested the seller mobile app on Android and iOS and filed 400+ defects in Jira',
          'Wrote the first Postman collections for checkout regression',
        ] },
      { company: 'Visayas Outsourcing Group', position: 'QA Intern', location: 'Cebu City', start: '2017-06', end: '2017-08', season: true,
        bullets: [] },
    ],
    education: [
      { institution: 'University of San Carlos', studyType: 'Bachelor of Science', area: 'Information Technology', location: 'Cebu City', start: '2014-06', end: '2018-04' },
    ],
    skills: [
      ['Automation', ['Playwright', 'Selenium', 'Cypress', 'REST Assured', 'Pact']],
      ['Languages', ['TypeScript', 'Java', 'Python']],
      ['CI & Tools', ['Jenkins', 'GitHub Actions', 'Jira', 'Postman']],
    ],
    languages: [['English', 'fluent'], ['Filipino', 'native'], ['Cebuano', 'native']],
    certs: [
      { name: 'ISTQB Certified Tester Foundation Level', issuer: 'ISTQB', year: '2019' },
      { name: 'ISTQB Advanced Level Test Automation Engineer', issuer: 'ISTQB', year: '2023' },
    ],
    projects: [],
  },

  alistair: {
    name: 'Alistair Pemberton-Hughes',
    label: 'Principal Software Engineer',
    email: 'alistair.ph@example.com',
    phone: '07700 900417',
    location: 'Manchester, United Kingdom',
    linkedin: 'alistair-pemberton-hughes', github: 'apemberton',
    website: 'pembertonhughes.example.com',
    summary: 'Principal engineer with twenty years in retail banking, travel and public-sector platforms. I set technical direction across teams, simplify architectures that have grown by accident, and stay hands-on in Go, Java and the infrastructure around them.',
    work: [
      { company: 'Irwell Bank plc', position: 'Principal Software Engineer', location: 'Manchester', start: '2021-04', end: null,
        bullets: [
          'Set the technical direction for payments across nine teams and 70 engineers',
          'Led the move from a shared Oracle database to event-sourced services on Kafka, retiring 30 batch jobs',
          'Introduced architecture decision records and a lightweight RFC process now used bank-wide',
          'Cut card-authorisation p99 latency from 420 ms to 95 ms',
          'Mentor six senior engineers towards staff roles',
        ] },
      { company: 'Irwell Bank plc', position: 'Staff Engineer', location: 'Manchester', start: '2018-09', end: '2021-03',
        bullets: [
          'Designed the open-banking API gateway in Go serving 40 third-party providers',
          'Ran the incident review programme and halved repeat incidents',
        ] },
      { company: 'Pennine Journeys Ltd', position: 'Lead Engineer', location: 'Leeds', start: '2015-01', end: '2018-08',
        bullets: [
          'Led a team of eight rebuilding the booking engine in Java and Spring',
          'Moved hosting from a colocation rack to AWS with Terraform',
          'Introduced trunk-based development and daily releases',
        ] },
      { company: 'Northgate Civic Digital', position: 'Senior Developer', location: 'London', start: '2011-06', end: '2014-12',
        bullets: [
          'Built citizen-facing services for council tax and parking permits',
          'Wrote accessibility guidance adopted by 12 councils',
        ] },
      { company: 'Sefton Data Services', position: 'Software Developer', location: 'Liverpool', start: '2007', end: '2011',
        bullets: [
          'Developed .NET reporting tools for NHS trusts',
        ] },
      { company: 'Mersey Micro Systems', position: 'Graduate Developer', location: 'Liverpool', start: '2004', end: '2007',
        bullets: [] },
    ],
    education: [
      { institution: 'University of Manchester', studyType: 'BSc (Hons)', area: 'Computer Science', location: 'Manchester', start: '2001', end: '2004', score: 'First Class' },
    ],
    skills: [
      ['Languages', ['Go', 'Java', 'Kotlin', 'SQL']],
      ['Architecture', ['Event sourcing', 'Kafka', 'Domain-driven design', 'API design']],
      ['Infrastructure', ['AWS', 'Terraform', 'Kubernetes', 'PostgreSQL']],
    ],
    languages: [],
    certs: [
      { name: 'AWS Certified Solutions Architect – Professional', issuer: 'Amazon Web Services', year: '2020' },
    ],
    talks: ['“Retiring the batch window”, QCon London 2023', '“Boring payments”, Manchester Tech Festival 2022'],
    projects: [],
  },

  rodrigo: {
    name: 'Rodrigo Saldaña Treviño',
    label: 'Embedded Software Engineer',
    email: 'rodrigo.saldana@example.com',
    phone: '+52 33 5550 1847',
    location: 'Guadalajara, Jalisco',
    linkedin: 'rodrigo-saldana-t', github: 'rsaldana-fw',
    summary: 'Embedded engineer writing firmware for automotive and industrial sensors: bare-metal C on Cortex-M, FreeRTOS, CAN and a lot of time with an oscilloscope.',
    work: [
      { company: 'Tlaquepaque Automotive Electronics', position: 'Embedded Software Engineer II', location: 'Guadalajara', start: '2021-06', end: null,
        bullets: [
          'Write FreeRTOS firmware in C for a tyre-pressure gateway on STM32 and CAN FD',
          'Brought MISRA C violations from 1,300 to zero with PC-lint and code reviews',
          'Built a hardware-in-the-loop bench in Python that runs 250 tests on every merge',
        ] },
      { company: 'Bajío Sensores Industriales', position: 'Firmware Developer', location: 'León', start: '2018-01', end: '2021-05',
        bullets: [
          'Developed Modbus and BLE firmware for vibration sensors on nRF52',
          'Cut sleep current from 40 µA to 6 µA by reworking clock and peripheral power states',
        ] },
      { company: 'Instituto Tecnológico de Estudios Superiores de Occidente', position: 'Lab Assistant, Digital Electronics', location: 'Tlaquepaque', start: '2016-08', end: '2017-12',
        bullets: [] },
    ],
    education: [
      { institution: 'Instituto Tecnológico de Estudios Superiores de Occidente', studyType: 'B.Eng.', area: 'Electronics Engineering', location: 'Tlaquepaque', start: '2013-08', end: '2017-12' },
    ],
    skills: [
      ['Firmware', ['C', 'C++', 'FreeRTOS', 'Zephyr', 'MISRA C']],
      ['Hardware', ['STM32', 'nRF52', 'CAN FD', 'Modbus', 'BLE']],
      ['Tools', ['Python', 'Git', 'PC-lint', 'Oscilloscope']],
    ],
    languages: [['Spanish', 'native'], ['English', 'advanced, TOEFL 102']],
    certs: [],
    projects: [
      { name: 'canbus-sniffer', description: 'Open-source CAN FD sniffer on an STM32G4 Nucleo board with a Wireshark plugin', keywords: ['C', 'Lua'] },
      { name: 'tinyfsm', description: 'Header-only state-machine library for small microcontrollers', keywords: ['C'] },
    ],
  },

  amelie: {
    name: 'Amélie Côté-Bérubé',
    label: 'Frontend Engineer',
    email: 'amelie.cote.berube@example.com',
    phone: '(514) 555-0163',
    location: 'Montréal, QC',
    linkedin: 'amelie-cote-berube', github: 'ameliecb',
    website: 'ameliecb.example.com',
    summary: 'Product-minded frontend engineer who enjoys talking to users as much as writing React. I care about design systems, accessibility and shipping small improvements every week.',
    work: [
      { company: 'Érable Commerce', position: 'Frontend Engineer', location: 'Montréal', start: '2022-03', end: null,
        bullets: [
          'Lead the checkout squad frontend and ran 20 A/B tests that lifted conversion by 6%',
          'Built the company design system in React and Storybook, now used by five product teams',
          'Made the storefront WCAG 2.1 AA compliant and added accessibility checks in CI',
        ] },
      { company: 'Studio Boréal', position: 'Web Developer', location: 'Québec City', start: '2019-07', end: '2022-02',
        bullets: [
          'Shipped marketing sites and web apps for 25 clients in Vue and Nuxt',
          'Introduced TypeScript and visual regression tests with Percy',
        ] },
      { company: 'Saint-Laurent Media', position: 'Web Development Intern', location: 'Montréal', start: '2018-05', end: '2018-08',
        bullets: ['Rebuilt the newsletter sign-up flow and doubled sign-ups'] },
    ],
    education: [
      { institution: 'Université de Montréal', studyType: 'Baccalauréat', area: 'Informatique', location: 'Montréal', start: '2016-09', end: '2019-05' },
    ],
    skills: [
      ['Frontend', ['React', 'TypeScript', 'Next.js', 'Vue', 'CSS']],
      ['Quality', ['Jest', 'Testing Library', 'Playwright', 'axe-core']],
      ['Product', ['Figma', 'A/B testing', 'Storybook']],
    ],
    languages: [['French', 'native'], ['English', 'fluent'], ['Spanish', 'intermediate']],
    certs: [],
    projects: [
      { name: 'Rampe', description: 'Accessible date-picker component for React with 1.4k weekly downloads', keywords: ['React', 'TypeScript'] },
    ],
  },
};
