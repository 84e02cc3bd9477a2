// Six invented personas for the held-out Word-template batch. Every person, employer, e-mail (example.com),
// handle and phone number is made up; phone numbers use reserved fictional ranges where a country has one
// (US 555-01xx) and otherwise arbitrary invented numbers. Universities are real institutions, used only as names.
// Dates are 'YYYY-MM'; end: null means a current role.

export const personas = {
  vikram: {
    name: 'Vikram Anand Menon',
    label: 'Senior Java Engineer',
    email: 'vikram.menon.dev@example.com',
    phone: '+91 99000 41872',
    location: 'Bengaluru, Karnataka',
    linkedin: 'vikram-anand-menon', github: 'vmenon-codes',
    summary: 'Senior Java engineer with eleven years of experience building high-volume payment and lending platforms. Comfortable owning services end to end, from design reviews to on-call, and mentoring engineers through their first production launches.',
    work: [
      { company: 'Kaveri Ledger Systems Pvt. Ltd.', position: 'Senior Software Engineer', location: 'Bengaluru', start: '2020-04', end: null,
        bullets: [
          'Lead a squad of six engineers owning the settlement engine that reconciles 14 million UPI transactions a day',
          'Migrated the reconciliation batch from Spring Batch on bare metal to Kafka Streams on Kubernetes, cutting end-of-day lag from 3 hours to 20 minutes',
          'Introduced contract tests and a canary release process that brought production incidents down by 45% in a year',
          'Mentor four junior engineers and run the monthly Java guild on concurrency and JVM tuning',
        ] },
      { company: 'Sahyadri FinServe', position: 'Software Engineer II', location: 'Pune', start: '2016-07', end: '2020-03',
        bullets: [
          'Built the loan origination REST APIs in Java 8 and Spring Boot serving 40 partner banks',
          'Designed an idempotent retry layer for the credit bureau integration that removed duplicate pulls',
          'Reduced p99 latency of the eligibility service from 900 ms to 180 ms with Redis caching and query tuning',
        ] },
      { company: 'Trishul Retail Technologies', position: 'Software Engineer', location: 'Chennai', start: '2013-06', end: '2016-06',
        bullets: [
          'Developed inventory and billing modules for a chain of 300 stores on Java EE and Oracle',
          'Wrote the nightly stock-transfer job that replaced a manual spreadsheet process',
        ] },
    ],
    education: [
      { institution: 'National Institute of Technology Calicut', studyType: 'B.Tech', area: 'Computer Science and Engineering', location: 'Kozhikode', start: '2009-07', end: '2013-05', score: 'CGPA 8.4/10' },
    ],
    skills: [
      ['Languages', ['Java', 'Kotlin', 'SQL', 'Python']],
      ['Frameworks', ['Spring Boot', 'Hibernate', 'Kafka Streams', 'JUnit 5']],
      ['Data & Cloud', ['PostgreSQL', 'Oracle', 'Redis', 'AWS', 'Kubernetes']],
    ],
    languages: [['English', 'Fluent'], ['Malayalam', 'Native'], ['Hindi', 'Professional']],
    certs: [
      { name: 'Oracle Certified Professional: Java SE 11 Developer', issuer: 'Oracle', year: '2021' },
      { name: 'AWS Certified Developer – Associate', issuer: 'Amazon Web Services', year: '2019' },
    ],
    awards: ['Kaveri Ledger “Engineering Excellence” award, 2022', 'Winner, Sahyadri FinServe internal hackathon, 2018'],
    competencies: ['Distributed systems', 'Payments and reconciliation', 'API design', 'Performance tuning', 'Mentoring', 'Incident response'],
    achievements: ['Cut end-of-day settlement lag from 3 hours to 20 minutes for 14 million daily transactions', 'Reduced production incidents by 45% in one year through contract testing and canary releases'],
  },

  siobhan: {
    name: 'Siobhán Ní Bhraonáin',
    label: 'Junior Full-Stack Developer',
    email: 'siobhan.nibhraonain@example.com',
    phone: '+353 87 900 2614',
    location: 'Galway, Ireland',
    linkedin: 'siobhan-nibhraonain', github: 'snib-dev',
    summary: 'Former emergency department nurse who retrained as a software developer. I bring ten years of working calmly under pressure, clear communication with non-technical people, and a real interest in building accessible healthcare software.',
    work: [
      { company: 'Corrib Health Software', position: 'Junior Full-Stack Developer', location: 'Galway', start: '2022-09', end: null,
        bullets: [
          'Build patient-facing booking screens in React and TypeScript used by 30 GP practices',
          'Added automated accessibility checks with axe-core to the CI pipeline and fixed 120 WCAG issues',
          'Wrote Node.js endpoints for appointment reminders sent through an SMS gateway',
        ] },
      { company: 'Claddagh Code Academy', position: 'Teaching Assistant (part-time)', location: 'Galway', start: '2021-10', end: '2022-08',
        bullets: [
          'Supported evening classes of 25 adult learners in JavaScript fundamentals',
          'Reviewed pull requests on capstone projects and ran weekly debugging clinics',
        ] },
      { company: 'Corrib Bay University Hospital', position: 'Clinical Nurse Manager I, Emergency Department', location: 'Galway', start: '2016-03', end: '2021-09',
        bullets: [
          'Coordinated a shift team of 12 nurses in a department seeing 180 patients a day',
          'Led the rollout of the electronic triage system for nursing staff and trained 60 colleagues',
        ] },
      { company: "St. Fiacre's General Hospital", position: 'Staff Nurse', location: 'Dublin', start: '2012-09', end: '2016-02',
        bullets: [
          'Cared for acute medical patients on a 28-bed ward and mentored student nurses',
        ] },
    ],
    education: [
      { institution: 'University of Galway', studyType: 'Higher Diploma', area: 'Software Development', location: 'Galway', start: '2020-09', end: '2021-08' },
      { institution: 'University College Dublin', studyType: 'BSc', area: 'General Nursing', location: 'Dublin', start: '2008-09', end: '2012-06' },
    ],
    skills: [
      ['Front end', ['React', 'TypeScript', 'HTML', 'CSS', 'Accessibility (WCAG 2.1)']],
      ['Back end', ['Node.js', 'Express', 'PostgreSQL']],
      ['Tools', ['Git', 'Jest', 'Docker']],
    ],
    languages: [['English', 'Native'], ['Irish', 'Fluent'], ['Spanish', 'Basic']],
    certs: [
      { name: 'Professional Scrum Master I', issuer: 'Scrum.org', year: '2022' },
      { name: 'Manual Handling Instructor', issuer: 'HSE', year: '2018' },
    ],
    awards: ['Nurse of the Year, Corrib Bay University Hospital, 2019'],
    competencies: ['Accessible front-end development', 'Clinical workflow knowledge', 'Stakeholder communication', 'Working under pressure', 'Training and mentoring', 'Test-driven development'],
    achievements: [
      'Fixed 120 accessibility issues in a booking product used by 30 GP practices',
      'Trained 60 nursing colleagues on a new electronic triage system during its rollout',
      'Completed a software development conversion diploma with first class honours while working nights',
    ],
  },

  brian: {
    name: 'Brian Otieno Odhiambo',
    label: 'Android Engineering Lead',
    email: 'brian.odhiambo@example.com',
    phone: '+254 712 000 318',
    location: 'Nairobi, Kenya',
    linkedin: 'brian-otieno-odhiambo', github: 'bodhiambo',
    summary: 'Android lead with eight years of experience shipping fintech and logistics apps for low-end devices and patchy networks. I care about small APKs, offline-first design and growing engineers.',
    work: [
      { company: 'Savanna Pay', position: 'Android Lead', location: 'Nairobi', start: '2021-02', end: null,
        bullets: [
          'Lead seven Android engineers building a wallet app with 2.3 million monthly active users',
          'Cut the APK size from 38 MB to 14 MB with App Bundles, R8 and on-demand feature modules',
          'Drove the move from XML layouts to Jetpack Compose across 60 screens',
          'Set up Firebase Crashlytics dashboards and raised the crash-free rate from 97.1% to 99.6%',
        ] },
      { company: 'Matatu Maps Ltd', position: 'Senior Android Developer', location: 'Nairobi', start: '2018-05', end: '2021-01',
        bullets: [
          'Built offline routing for 140 minibus routes using Room and a custom tile cache',
          'Introduced Kotlin coroutines and a clean architecture module structure',
        ] },
      { company: 'Jamii Mobile', position: 'Android Developer', location: 'Mombasa', start: '2016-01', end: '2018-04',
        bullets: [
          'Developed a USSD-fallback savings app for community groups in Java',
          'Wrote instrumentation tests with Espresso for the sign-up flow',
        ] },
    ],
    education: [
      { institution: 'Jomo Kenyatta University of Agriculture and Technology', studyType: 'BSc', area: 'Computer Technology', location: 'Juja', start: '2011-09', end: '2015-11' },
    ],
    skills: [
      ['Mobile', ['Kotlin', 'Java', 'Jetpack Compose', 'Coroutines', 'Room']],
      ['Tooling', ['Gradle', 'Firebase', 'GitHub Actions', 'Espresso']],
      ['Other', ['GraphQL', 'Figma']],
    ],
    languages: [['English', 'Fluent'], ['Swahili', 'Native'], ['Dholuo', 'Native']],
    certs: [
      { name: 'Associate Android Developer', issuer: 'Google', year: '2019' },
    ],
    awards: ['Speaker, Droidcon Nairobi 2022: “Shipping to 2G phones”'],
    competencies: ['Android architecture', 'Offline-first design', 'App size optimisation', 'Team leadership', 'Hiring', 'Release management'],
    achievements: ['Cut APK size from 38 MB to 14 MB for a 2.3 million user app', 'Raised the crash-free rate from 97.1% to 99.6%'],
  },

  kayla: {
    name: 'Kayla Brennan-Ortiz',
    label: 'Data Analyst',
    email: 'kayla.brennanortiz@example.com',
    phone: '(614) 555-0163',
    location: 'Columbus, OH',
    linkedin: 'kaylabrennanortiz', github: 'kbo-analytics',
    summary: 'Data analyst with six years of experience in insurance and grocery retail. I turn messy operational data into dashboards and forecasts that managers actually use.',
    work: [
      { company: 'Buckeye Mutual Insurance', position: 'Senior Data Analyst', location: 'Columbus, OH', start: '2021-06', end: null,
        bullets: [
          'Own the claims operations dashboard in Tableau used daily by 45 adjusters and managers',
          'Built a claim-severity model in Python that flags 8% of claims for early review',
          'Rewrote 30 legacy SQL reports as dbt models on Snowflake, halving refresh time',
        ] },
      { company: 'Harvest Table Grocers', position: 'Data Analyst', location: 'Dublin, OH', start: '2019-08', end: '2021-05',
        bullets: [
          'Forecast weekly demand for 2,000 fresh-produce items and reduced spoilage by 11%',
          'Automated the vendor scorecard in Power BI, saving 10 analyst hours a week',
        ] },
      { company: 'Scioto Valley Credit Union', position: 'Reporting Analyst', location: 'Columbus, OH', start: '2018-06', end: '2019-07',
        bullets: [
          'Produced monthly member-growth and delinquency reports for the board',
        ] },
    ],
    education: [
      { institution: 'The Ohio State University', studyType: 'B.S.', area: 'Statistics', location: 'Columbus, OH', start: '2014-08', end: '2018-05', score: 'Minor in Economics' },
    ],
    skills: [
      ['Analysis', ['SQL', 'Python', 'pandas', 'R', 'Excel']],
      ['BI', ['Tableau', 'Power BI', 'Looker']],
      ['Data', ['Snowflake', 'dbt', 'Airflow']],
    ],
    languages: [['English', 'Native'], ['Spanish', 'Conversational']],
    certs: [
      { name: 'Tableau Desktop Specialist', issuer: 'Tableau', year: '2020' },
      { name: 'Google Data Analytics Certificate', issuer: 'Google', year: '2019' },
    ],
    awards: ['Buckeye Mutual “Analytics MVP”, 2023'],
    competencies: ['Dashboard design', 'Forecasting', 'SQL data modeling', 'Stakeholder reporting', 'A/B testing', 'Data quality'],
    achievements: ['Reduced fresh-produce spoilage by 11% with weekly demand forecasts', 'Halved report refresh time by moving 30 reports to dbt on Snowflake'],
  },

  tobias: {
    name: 'Tobias Schäfer-Weiß',
    label: 'Platform Engineer',
    email: 'tobias.schaefer-weiss@example.com',
    phone: '+49 176 0000 4521',
    location: 'München, Germany',
    linkedin: 'tobias-schaefer-weiss', github: 'tschaeferweiss',
    summary: 'Platform engineer with nine years in infrastructure and developer tooling. I build internal platforms on Kubernetes that let product teams ship safely without filing tickets.',
    work: [
      { company: 'Isarwerk Logistik GmbH', position: 'Senior Platform Engineer', location: 'München', start: '2021-03', end: null,
        bullets: [
          'Designed the internal developer platform on Kubernetes and Argo CD serving 38 product teams',
          'Replaced hand-written Terraform with reusable modules and policy checks in Open Policy Agent',
          'Cut monthly cloud spend by 27% through right-sizing and spot node pools',
          'Run the platform on-call rotation and wrote the incident review guide',
        ] },
      { company: 'Brückner & Söhne Digital AG', position: 'DevOps Engineer', location: 'Nürnberg', start: '2017-09', end: '2021-02',
        bullets: [
          'Migrated 120 services from VMs to Docker and Kubernetes with zero customer-facing downtime',
          'Built GitLab CI templates used by every team in the company',
          'Introduced Prometheus and Grafana monitoring with SLO-based alerting',
        ] },
      { company: 'Köhler Rechenzentrum GmbH', position: 'Linux System Administrator', location: 'Würzburg', start: '2015-01', end: '2017-08',
        bullets: [
          'Administered 400 Debian and RHEL servers with Ansible',
          'Automated backups and restore tests for customer databases',
        ] },
    ],
    education: [
      { institution: 'Julius-Maximilians-Universität Würzburg', studyType: 'M.Sc.', area: 'Informatik', location: 'Würzburg', start: '2012-10', end: '2014-12' },
      { institution: 'Hochschule für angewandte Wissenschaften Würzburg-Schweinfurt', studyType: 'B.Sc.', area: 'Informatik', location: 'Würzburg', start: '2009-10', end: '2012-09' },
    ],
    skills: [
      ['Platform', ['Kubernetes', 'Argo CD', 'Helm', 'Terraform', 'Open Policy Agent']],
      ['Cloud', ['AWS', 'Google Cloud']],
      ['Observability', ['Prometheus', 'Grafana', 'Loki']],
      ['Languages', ['Go', 'Python', 'Bash']],
    ],
    languages: [['German', 'native'], ['English', 'C1, business fluent'], ['French', 'basic']],
    certs: [
      { name: 'Certified Kubernetes Administrator (CKA)', issuer: 'The Linux Foundation', year: '2020' },
      { name: 'HashiCorp Certified: Terraform Associate', issuer: 'HashiCorp', year: '2022' },
    ],
    awards: ['Talk at KubeCon Europe 2023: “Golden paths without golden cages”'],
    competencies: ['Internal developer platforms', 'Kubernetes operations', 'Infrastructure as code', 'Cost optimisation', 'Observability', 'On-call practice'],
    achievements: ['Cut monthly cloud spend by 27%', 'Migrated 120 services to Kubernetes with zero customer-facing downtime'],
  },

  chloe: {
    name: 'Chloe Tan Wei Ling',
    label: 'Computer Science Graduate',
    email: 'chloe.tan.wl@example.com',
    phone: '+65 8123 0456',
    location: 'Singapore',
    linkedin: 'chloe-tan-weiling', github: 'chloetwl',
    summary: 'Computer science graduate looking for a software engineering role in backend or data infrastructure. Two internships in fintech and e-commerce and a final-year project on streaming analytics.',
    work: [
      { company: 'Merlion Fintech Pte. Ltd.', position: 'Software Engineering Intern', location: 'Singapore', start: '2023-05', end: '2023-08',
        bullets: [
          'Built a Go service that validates PayNow transfer requests, handling 300 requests per second in load tests',
          'Added OpenTelemetry tracing to three payment services and documented the dashboards',
        ] },
      { company: 'Kopi Cart', position: 'Data Engineering Intern', location: 'Singapore', start: '2022-05', end: '2022-08',
        bullets: [
          'Wrote Airflow DAGs that load order events into BigQuery every 15 minutes',
          'Cleaned and deduplicated 4 million product records with PySpark',
        ] },
      { company: 'NUS School of Computing', position: 'Undergraduate Teaching Assistant, CS2040', location: 'Singapore', start: '2022-01', end: '2022-04',
        bullets: [
          'Taught weekly lab sessions on data structures and algorithms to 20 first-year students',
        ] },
    ],
    education: [
      { institution: 'National University of Singapore', studyType: 'Bachelor of Computing', area: 'Computer Science', location: 'Singapore', start: '2020-08', end: '2024-05', score: 'Honours (Distinction)' },
    ],
    skills: [
      ['Languages', ['Go', 'Python', 'Java', 'TypeScript', 'SQL']],
      ['Data', ['Airflow', 'PySpark', 'BigQuery', 'Kafka']],
      ['Tools', ['Docker', 'Git', 'Linux']],
    ],
    languages: [['English', 'Native'], ['Mandarin', 'Fluent'], ['Malay', 'Conversational']],
    certs: [
      { name: 'Google Cloud Associate Cloud Engineer', issuer: 'Google Cloud', year: '2023' },
    ],
    awards: ["Dean's List, AY2021/22", 'Second place, NUS Hack&Roll 2023'],
    projects: [
      { name: 'StreamLens', tech: 'Kafka, Flink, Grafana', bullets: ['Final-year project: real-time anomaly detection on bus arrival data for 5,000 bus stops', 'Reached 2-second end-to-end latency on a three-node cluster'] },
      { name: 'HawkerQ', tech: 'React Native, Firebase', bullets: ['Queue-number app for hawker stalls, piloted at two food centres'] },
    ],
    activities: ['Vice-President, NUS Computing Club (2022–2023)', 'Volunteer tutor, Code in the Community (2021–2023)'],
    competencies: ['Backend services', 'Data pipelines', 'Cloud fundamentals', 'Testing', 'Technical writing', 'Teamwork'],
    achievements: ["Dean's List, AY2021/22", 'Built a Go validation service that handled 300 requests per second in load tests'],
  },
};
