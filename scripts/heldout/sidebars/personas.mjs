// Invented personas for the held-out "sidebars and columns" batch. Every person, employer, product, handle,
// e-mail (example.com) and phone number is made up (US numbers in 555-01xx; others in 555-style blocks).
// Universities are used only as names. None of these people appear in the other held-out batches.
//
// Dates are 'YYYY-MM' or 'YYYY'; end: null = current role. `bullets` are the role's highlights (0-6).
// Fields a design does not print never reach its key.

export const personas = {
  // Brazilian mobile engineer: promotion at one employer, an internship without bullets, accents.
  thiago: {
    id: 'thiago',
    first: 'Thiago', last: 'Albuquerque Saraiva',
    label: 'Senior Mobile Engineer',
    email: 'thiago.saraiva@example.com',
    phone: '+55 81 95555-0142',
    web: 'thiagosaraiva.example.dev',
    linkedin: 'thiago-a-saraiva', github: 'tsaraiva-dev',
    city: 'Recife', region: 'PE', country: 'Brazil',
    summary: 'Mobile engineer with eight years of experience shipping Android and iOS apps for payments and delivery. I care about fast startup, offline-first data and release pipelines that let a small team ship every week.',
    work: [
      { company: 'Bancoluz Pagamentos', position: 'Senior Mobile Engineer', location: 'Recife, Brazil', start: '2022-04', end: null,
        bullets: [
          'Lead the 6-person mobile guild behind the Bancoluz wallet, used by 3.2M monthly active users',
          'Cut Android cold start from 2.8 s to 1.1 s with baseline profiles and lazy dependency graphs',
          'Moved both apps to a shared Kotlin Multiplatform payments module, removing 18k lines of duplicated code',
          'Set up Fastlane and Bitrise release trains; releases went from monthly to weekly with a 99.7% crash-free rate',
        ] },
      { company: 'Bancoluz Pagamentos', position: 'Mobile Engineer', location: 'Recife, Brazil', start: '2020-02', end: '2022-03',
        bullets: [
          'Built the Pix instant-payment flow in Jetpack Compose, 40% of all transfers within six months',
          'Rewrote the iOS onboarding in SwiftUI and raised sign-up completion from 61% to 78%',
          'Added offline queueing for card top-ups with Room and WorkManager',
        ] },
      { company: 'Entrega Já Tecnologia', position: 'Android Developer', location: 'São Paulo, Brazil', start: '2017-08', end: '2020-01',
        bullets: [
          'Developed the courier app for 12,000 drivers in Kotlin with RxJava and Google Maps SDK',
          'Reduced GPS battery drain by 35% by batching location updates',
          'Wrote the first UI test suite in Espresso, 240 tests running on every pull request',
        ] },
      { company: 'Caju Labs', position: 'Mobile Developer Intern', location: 'Recife, Brazil', start: '2016-01', end: '2017-06', bullets: [] },
    ],
    education: [
      { institution: 'Universidade Federal de Pernambuco', studyType: 'Bachelor of Science', area: 'Computer Science', location: 'Recife', start: '2012-03', end: '2016-12' },
    ],
    skillGroups: [
      { group: 'Languages', items: ['Kotlin', 'Swift', 'Dart', 'Java'], level: 5 },
      { group: 'Mobile', items: ['Jetpack Compose', 'SwiftUI', 'Kotlin Multiplatform', 'Flutter'], level: 4 },
      { group: 'Tooling', items: ['Fastlane', 'Bitrise', 'Firebase', 'GraphQL'], level: 4 },
    ],
    languages: [
      { name: 'Portuguese', level: 'Native', dots: 5 },
      { name: 'English', level: 'Fluent', dots: 4 },
      { name: 'Spanish', level: 'Intermediate', dots: 3 },
    ],
    certs: [
      { name: 'Associate Android Developer', issuer: 'Google', year: '2019' },
    ],
    awards: [
      { title: 'Hackathon Bancoluz – 1st place', by: 'Bancoluz Pagamentos', year: '2021' },
    ],
    projects: [
      { name: 'pix-qr-kit', description: 'Open-source Kotlin library that parses and renders Pix QR codes, 900 stars on GitHub', keywords: ['Kotlin', 'Android'] },
      { name: 'Frevo Timer', description: 'Pomodoro app for iOS and Android written in Flutter, 20k downloads', keywords: ['Flutter', 'Dart'] },
    ],
    interests: ['Capoeira', 'Street photography'],
  },

  // Swedish staff platform engineer: seven roles over two pages, promotion, a role without bullets, å/ä/ö.
  oskar: {
    id: 'oskar',
    first: 'Oskar', last: 'Sjöberg',
    label: 'Staff Platform Engineer',
    email: 'oskar.sjoberg@example.com',
    phone: '+46 70 555 01 87',
    web: 'sjoberg.example.se',
    linkedin: 'oskarsjoberg', github: 'osjoberg',
    city: 'Stockholm', country: 'Sweden',
    summary: 'Platform engineer with thirteen years in operations and infrastructure, the last six building internal developer platforms on Kubernetes. I turn paved roads into products: clear defaults, golden paths and SLOs that product teams actually read.',
    work: [
      { company: 'Fjällvik Mobility AB', position: 'Staff Platform Engineer', location: 'Stockholm, Sweden', start: '2022-09', end: null,
        bullets: [
          'Technical lead for the internal developer platform serving 45 product teams and 600 services',
          'Designed the multi-cluster Kubernetes setup on GKE with Argo CD, cutting new-service setup from 3 days to 20 minutes',
          'Introduced SLO-based alerting with Prometheus and Sloth, reducing pages per on-call week from 31 to 9',
          'Led the migration from Jenkins to GitHub Actions for 1,400 repositories',
          'Chair the architecture review group and mentor four senior engineers',
        ] },
      { company: 'Fjällvik Mobility AB', position: 'Senior Platform Engineer', location: 'Stockholm, Sweden', start: '2020-05', end: '2022-08',
        bullets: [
          'Built the Terraform module catalogue used for every cloud resource in the company',
          'Rolled out Envoy-based service mesh with mTLS between 200 services',
          'Cut the monthly GCP bill by 28% with rightsizing reports and committed-use discounts',
          'Ran the platform team’s quarterly roadmap and stakeholder reviews',
        ] },
      { company: 'Kvarnberg Betalningar AB', position: 'Site Reliability Engineer', location: 'Stockholm, Sweden', start: '2018-02', end: '2020-04',
        bullets: [
          'Kept the card-authorisation API at 99.99% availability during Black Friday peaks of 2,300 requests per second',
          'Automated PostgreSQL failover with Patroni, shrinking recovery time from 25 to 2 minutes',
          'Wrote the incident process and ran 40 postmortems',
          'Introduced OpenTelemetry tracing across 60 services',
        ] },
      { company: 'Östersjö Spel AB', position: 'DevOps Engineer', location: 'Malmö, Sweden', start: '2016-06', end: '2018-01',
        bullets: [
          'Containerised 35 game back-end services with Docker and Nomad',
          'Built blue-green deployments that removed the weekly maintenance window',
          'Maintained Ansible playbooks for 400 bare-metal hosts',
        ] },
      { company: 'Lundaberg Hosting AB', position: 'Systems Engineer', location: 'Lund, Sweden', start: '2014-09', end: '2016-05',
        bullets: [
          'Operated the VMware and Linux estate for 900 small-business customers',
          'Scripted customer onboarding in Python, saving 15 hours of manual work a week',
        ] },
      { company: 'Vasastan IT-konsult', position: 'Linux Administrator (part-time)', location: 'Göteborg, Sweden', start: '2012-06', end: '2014-08', bullets: [] },
      { company: 'Bohus Nät AB', position: 'Network Technician Intern', location: 'Göteborg, Sweden', start: '2011-06', end: '2011-08',
        bullets: [
          'Documented 120 customer sites and configured Cisco switches for a fibre roll-out',
        ] },
    ],
    education: [
      { institution: 'Chalmers University of Technology', studyType: 'Master of Science', area: 'Computer Systems and Networks', location: 'Göteborg', start: '2009-08', end: '2014-06' },
    ],
    skillGroups: [
      { group: 'Platform', items: ['Kubernetes', 'Argo CD', 'Terraform', 'Envoy', 'Helm'], level: 5 },
      { group: 'Languages', items: ['Go', 'Python', 'Bash'], level: 4 },
      { group: 'Observability', items: ['Prometheus', 'Grafana', 'OpenTelemetry'], level: 5 },
      { group: 'Cloud', items: ['Google Cloud', 'AWS', 'Linux'], level: 4 },
    ],
    languages: [
      { name: 'Swedish', level: 'Native', dots: 5 },
      { name: 'English', level: 'Fluent', dots: 5 },
      { name: 'German', level: 'Basic', dots: 2 },
    ],
    certs: [
      { name: 'Certified Kubernetes Administrator (CKA)', issuer: 'The Linux Foundation', year: '2021' },
      { name: 'HashiCorp Certified: Terraform Associate', issuer: 'HashiCorp', year: '2020' },
    ],
    awards: [
      { title: 'Speaker, Platform Days Stockholm', by: 'Platform Days', year: '2023' },
    ],
    projects: [
      { name: 'kube-slo-lint', description: 'Linter for SLO definitions in Kubernetes manifests, used by three Nordic companies', keywords: ['Go', 'Kubernetes'] },
    ],
    interests: ['Cross-country skiing', 'Sourdough baking'],
  },

  // Nigerian-born US security engineer: certifications, a Lagos role, a degree with a class score.
  chinedu: {
    id: 'chinedu',
    first: 'Chinedu', last: 'Obi-Walters',
    label: 'Senior Application Security Engineer',
    email: 'chinedu.obiwalters@example.com',
    phone: '(512) 555-0163',
    web: 'obiwalters.example.com',
    linkedin: 'chinedu-obi-walters', github: 'cobiwalters',
    city: 'Austin', region: 'TX', country: 'USA',
    summary: 'Security engineer who builds guardrails instead of gates. Eight years across application security, cloud security and incident response in healthcare and logistics, with a developer’s view of threat modelling.',
    work: [
      { company: 'Lantern Ridge Health', position: 'Senior Security Engineer', location: 'Austin, TX', start: '2021-07', end: null,
        bullets: [
          'Run the application security program for 70 engineers building HIPAA-regulated patient apps',
          'Rolled out Semgrep and Dependabot in CI for 180 repositories, fixing 1,100 findings in the first year',
          'Threat-modelled 25 new features with product teams before launch',
          'Led the SOC 2 Type II technical controls work, passed with zero exceptions',
          'Built an AWS IAM least-privilege pipeline that removed 4,000 unused permissions',
        ] },
      { company: 'Copperline Logistics', position: 'Application Security Engineer', location: 'Dallas, TX', start: '2019-01', end: '2021-06',
        bullets: [
          'Ran 30 penetration tests of web and mobile apps with Burp Suite',
          'Started the bug bounty program, triaging 350 reports',
          'Trained 120 developers in secure code review',
          'Cut mean time to patch critical issues from 41 to 9 days',
        ] },
      { company: 'Brightwater Credit Union', position: 'Security Analyst', location: 'San Antonio, TX', start: '2016-08', end: '2018-12',
        bullets: [
          'Monitored the Splunk SIEM and handled 600 security incidents a year',
          'Wrote Python playbooks that auto-closed 45% of phishing alerts',
        ] },
      { company: 'Ikoyi Data Systems Ltd', position: 'IT Support Engineer', location: 'Lagos, Nigeria', start: '2013-03', end: '2015-07', bullets: [] },
    ],
    education: [
      { institution: 'The University of Texas at San Antonio', studyType: 'Master of Science', area: 'Information Technology', location: 'San Antonio, TX', start: '2015-08', end: '2017-05' },
      { institution: 'University of Lagos', studyType: 'B.Sc.', area: 'Electrical and Electronics Engineering', location: 'Lagos, Nigeria', start: '2008-10', end: '2012-11', score: 'Second Class Upper' },
    ],
    skillGroups: [
      { group: 'AppSec', items: ['Threat Modeling', 'Burp Suite', 'Semgrep', 'OWASP ZAP'], level: 5 },
      { group: 'Cloud', items: ['AWS IAM', 'Terraform', 'Kubernetes Security'], level: 4 },
      { group: 'Code', items: ['Python', 'Go', 'TypeScript'], level: 4 },
      { group: 'Ops', items: ['Splunk', 'Okta', 'SOC 2', 'HIPAA'], level: 4 },
    ],
    languages: [
      { name: 'English', level: 'Native', dots: 5 },
      { name: 'Igbo', level: 'Native', dots: 5 },
      { name: 'Yoruba', level: 'Conversational', dots: 3 },
    ],
    certs: [
      { name: 'OSCP', issuer: 'OffSec', year: '2019' },
      { name: 'CISSP', issuer: 'ISC2', year: '2020' },
      { name: 'AWS Certified Security – Specialty', issuer: 'Amazon Web Services', year: '2022' },
    ],
    awards: [
      { title: 'Security Champion of the Year', by: 'Lantern Ridge Health', year: '2023' },
      { title: 'Top 10, Lone Star CTF', by: 'BSides Austin', year: '2018' },
    ],
    projects: [
      { name: 'iam-diet', description: 'CLI that proposes least-privilege AWS IAM policies from CloudTrail logs', keywords: ['Go', 'AWS'] },
    ],
    interests: ['Chess', 'Afrobeat vinyl'],
  },

  // Vietnamese data engineer: diacritics in name and employers, a GPA, projects.
  khoa: {
    id: 'khoa',
    first: 'Trần Minh', last: 'Khoa',
    label: 'Data Engineer',
    email: 'khoa.tran@example.com',
    phone: '+84 90 555 0147',
    web: 'khoatran.example.io',
    linkedin: 'tranminhkhoa', github: 'khoa-tm',
    city: 'Ho Chi Minh City', country: 'Vietnam',
    summary: 'Data engineer who builds batch and streaming pipelines for e-commerce and retail analytics. Strong in Spark, Airflow and dbt; I like data contracts, tested SQL and dashboards people trust.',
    work: [
      { company: 'Sông Hàn Commerce', position: 'Senior Data Engineer', location: 'Ho Chi Minh City', start: '2022-01', end: null,
        bullets: [
          'Own the lakehouse on BigQuery and Delta Lake holding 180 TB of order and clickstream data',
          'Replaced 90 hand-written cron jobs with Airflow DAGs and dbt models with tests on every column',
          'Built a Kafka and Spark Structured Streaming pipeline that brought inventory freshness from 6 hours to 3 minutes',
          'Cut BigQuery spend by 42% with partitioning, clustering and query reviews',
        ] },
      { company: 'Mekong Retail Analytics', position: 'Data Engineer', location: 'Ho Chi Minh City', start: '2019-06', end: '2021-12',
        bullets: [
          'Ingested point-of-sale data from 1,300 stores into Snowflake with Python and Airbyte',
          'Designed the star schema behind 40 Looker dashboards',
          'Introduced Great Expectations data quality checks, catching 95% of bad loads before the morning report',
        ] },
      { company: 'Hương Giang Software', position: 'Junior Data Analyst', location: 'Huế', start: '2018-03', end: '2019-05',
        bullets: [
          'Wrote SQL reports for hotel booking data',
          'Automated weekly Excel reports with pandas',
        ] },
    ],
    education: [
      { institution: 'Ho Chi Minh City University of Technology', studyType: 'Bachelor of Engineering', area: 'Computer Science', location: 'Ho Chi Minh City', start: '2014-09', end: '2018-07', score: 'GPA 3.4/4.0' },
    ],
    skillGroups: [
      { group: 'Languages', items: ['Python', 'SQL', 'Scala'], level: 5 },
      { group: 'Processing', items: ['Apache Spark', 'Apache Airflow', 'dbt', 'Kafka'], level: 5 },
      { group: 'Warehouses', items: ['BigQuery', 'Snowflake', 'PostgreSQL'], level: 4 },
      { group: 'Tools', items: ['Docker', 'Terraform', 'Looker'], level: 3 },
    ],
    languages: [
      { name: 'Vietnamese', level: 'Native', dots: 5 },
      { name: 'English', level: 'Professional (IELTS 7.5)', dots: 4 },
      { name: 'Japanese', level: 'JLPT N3', dots: 2 },
    ],
    certs: [
      { name: 'Google Cloud Professional Data Engineer', issuer: 'Google Cloud', year: '2023' },
      { name: 'dbt Analytics Engineering Certification', issuer: 'dbt Labs', year: '2022' },
    ],
    awards: [
      { title: 'Best Data Product, Sông Hàn Hack Week', by: 'Sông Hàn Commerce', year: '2023' },
    ],
    projects: [
      { name: 'vn-address-normalizer', description: 'Python library that normalises Vietnamese postal addresses, 1.5k weekly downloads on PyPI', keywords: ['Python', 'NLP'] },
      { name: 'Saigon Air Quality Pipeline', description: 'Streaming pipeline and public dashboard for air-quality sensors across 24 districts', keywords: ['Kafka', 'Spark', 'Grafana'] },
    ],
    interests: ['Street food mapping', 'Badminton'],
  },

  // Greek product-minded frontend developer: Diploma (5-year degree), projects, an award.
  nefeli: {
    id: 'nefeli',
    first: 'Nefeli', last: 'Karagianni',
    label: 'Product Frontend Engineer',
    email: 'nefeli.karagianni@example.com',
    phone: '+30 694 555 0192',
    web: 'nefeli.example.gr',
    linkedin: 'nefeli-karagianni', github: 'nkaragianni',
    city: 'Athens', country: 'Greece',
    summary: 'Frontend engineer who sits between design, product and code. I ship experiments, measure them and keep the design system fast and accessible. Happiest when a small UI change moves a business metric.',
    work: [
      { company: 'Aegeanware', position: 'Senior Frontend Engineer', location: 'Athens, Greece', start: '2021-10', end: null,
        bullets: [
          'Lead frontend for the booking funnel of a ferry-ticket platform selling 4M tickets a year',
          'Ran 38 A/B tests with product managers; the redesigned seat picker raised conversion by 6.4%',
          'Moved the app from Create React App to Next.js, improving Largest Contentful Paint from 4.1 s to 1.8 s',
          'Built the accessible component library in React and Storybook used by 5 teams',
        ] },
      { company: 'Plaka Travel Tech', position: 'Frontend Developer', location: 'Athens, Greece', start: '2019-03', end: '2021-09',
        bullets: [
          'Built the hotel search UI in Vue and TypeScript for 2,000 partner hotels',
          'Added Playwright end-to-end tests, cutting checkout regressions by 80%',
          'Worked with UX research on 12 usability studies',
        ] },
      { company: 'Thermaikos Digital', position: 'Junior Web Developer', location: 'Thessaloniki, Greece', start: '2017-09', end: '2019-02', bullets: [] },
    ],
    education: [
      { institution: 'Aristotle University of Thessaloniki', studyType: 'Diploma', area: 'Electrical and Computer Engineering', location: 'Thessaloniki', start: '2011-09', end: '2017-07', score: '8.1/10' },
    ],
    skillGroups: [
      { group: 'Frontend', items: ['TypeScript', 'React', 'Next.js', 'Vue'], level: 5 },
      { group: 'Quality', items: ['Playwright', 'Storybook', 'Accessibility', 'Web Performance'], level: 4 },
      { group: 'Product', items: ['A/B Testing', 'Amplitude', 'Figma'], level: 4 },
    ],
    languages: [
      { name: 'Greek', level: 'Native', dots: 5 },
      { name: 'English', level: 'C2', dots: 5 },
      { name: 'German', level: 'B1', dots: 3 },
    ],
    certs: [
      { name: 'Web Accessibility Specialist (WAS)', issuer: 'IAAP', year: '2022' },
    ],
    awards: [
      { title: 'Best UX, Athens Travel Hackathon', by: 'Athens Travel Hackathon', year: '2019' },
    ],
    projects: [
      { name: 'meltemi-ui', description: 'Open-source React component kit with WCAG 2.2 AA defaults, 1.2k GitHub stars', keywords: ['React', 'TypeScript'] },
      { name: 'Ferry Delay Tracker', description: 'Side project showing live ferry delays for the Saronic Gulf, 15k monthly visitors', keywords: ['Next.js', 'Mapbox'] },
    ],
    interests: ['Sailing', 'Ceramics'],
  },
};

export const PERSONA_DESC = {
  thiago: 'Thiago Albuquerque Saraiva, senior mobile engineer, Recife, Brazil (promotion at one employer, internship without bullets, accents in employer/city names)',
  oskar: 'Oskar Sjöberg, staff platform engineer, Stockholm, Sweden (seven roles over two pages, promotion, a part-time role without bullets, å/ä/ö)',
  chinedu: 'Chinedu Obi-Walters, Nigerian-born senior application security engineer, Austin, USA (certifications, a Lagos role without bullets, a degree with a class score)',
  khoa: 'Trần Minh Khoa, data engineer, Ho Chi Minh City, Vietnam (Vietnamese diacritics, GPA, projects)',
  nefeli: 'Nefeli Karagianni, product-minded frontend engineer, Athens, Greece (five-year Diploma with a score, projects, a role without bullets)',
};
