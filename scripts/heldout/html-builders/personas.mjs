// Invented personas for the held-out "online resume builder" HTML batch. Every person, employer, product, handle,
// e-mail (example.com) and phone number is made up (US: 555-01xx; AU: the 0491 570 xxx drama range; others in
// 555-style blocks). Universities and bootcamps are used only as names. None of these people appear in the other
// held-out batches (jsonresume-themes, latex, latex2, word-templates).
//
// Dates are 'YYYY-MM' or 'YYYY' (year-only where the person only knows the year); end: null = current role.
// `bullets` are the role's highlights (0-6). Fields a design does not print never reach its key.

export const personas = {
  // Backend engineer in Spain: accents in name, employers, cities and degrees; 3 roles; two degrees.
  lucia: {
    id: 'lucia',
    first: 'Lucía', last: 'Ferrández Quiñones',
    label: 'Senior Backend Engineer',
    headline: 'Senior Backend Engineer at Pagoséntrico | Go · Kafka · PostgreSQL',
    email: 'lucia.ferrandez@example.com',
    phone: '+34 600 555 014',
    web: 'luciaferrandez.example.com',
    linkedin: 'lucia-ferrandez-q', github: 'lferrandezq',
    city: 'Sevilla', region: 'Andalucía', country: 'Spain', countryLocal: 'España',
    summary: 'Backend engineer with nine years of experience building payment and logistics platforms in Go and Python. I like boring, observable systems, clear API contracts and mentoring junior developers.',
    work: [
      { company: 'Pagoséntrico S.L.', position: 'Senior Backend Engineer', location: 'Sevilla, Spain', start: '2021-03', end: null,
        bullets: [
          'Own the settlement service in Go that moves €40M a month between 1,200 merchants and three acquiring banks',
          'Split the Django monolith into five services behind gRPC contracts without a single failed settlement run',
          'Introduced Kafka outbox events, cutting reconciliation errors by 70%',
          'Wrote the on-call runbooks and led 14 blameless postmortems',
          'Mentor two junior engineers through the company’s growth framework',
        ] },
      { company: 'Logística Guadalquivir S.A.', position: 'Backend Developer', location: 'Sevilla, Spain', start: '2018-01', end: '2021-02',
        bullets: [
          'Built the route-planning API in Python and PostgreSQL used by 300 delivery vans',
          'Moved batch jobs from cron to Airflow and halved the nightly processing window',
          'Added contract tests between the mobile app and the backend',
        ] },
      { company: 'Telecomunicaciones Alhambra', position: 'Junior Software Developer', location: 'Granada, Spain', start: '2016-06', end: '2017-12',
        bullets: [
          'Maintained Java billing batch jobs and migrated them from Oracle to PostgreSQL',
        ] },
    ],
    education: [
      { institution: 'Universidad de Sevilla', studyType: 'Máster Universitario', area: 'Ingeniería del Software', location: 'Sevilla', start: '2016-09', end: '2018-06' },
      { institution: 'Universidad de Granada', studyType: 'Grado', area: 'Ingeniería Informática', location: 'Granada', start: '2012-09', end: '2016-06', score: '8,4/10' },
    ],
    topSkills: ['Go', 'Apache Kafka', 'PostgreSQL'],
    skillGroups: [
      { group: 'Languages', items: ['Go', 'Python', 'Java', 'SQL'], level: 5 },
      { group: 'Data', items: ['PostgreSQL', 'Kafka', 'Redis'], level: 4 },
      { group: 'Platform', items: ['Docker', 'Kubernetes', 'AWS', 'Terraform', 'gRPC'], level: 4 },
    ],
    languages: [
      { name: 'Spanish', local: 'Español', level: 'Native', linkedin: 'Native or Bilingual', cefr: null, dots: 5 },
      { name: 'English', local: 'Inglés', level: 'Advanced (C1)', linkedin: 'Full Professional', cefr: 'C1', dots: 4 },
      { name: 'French', local: 'Francés', level: 'Intermediate (B1)', linkedin: 'Limited Working', cefr: 'B1', dots: 3 },
    ],
    certs: [
      { name: 'AWS Certified Solutions Architect – Associate', issuer: 'Amazon Web Services', year: '2022' },
      { name: 'Certified Kubernetes Application Developer (CKAD)', issuer: 'The Linux Foundation', year: '2023' },
    ],
    awards: [],
    projects: [
      { name: 'sevici-stats', description: 'Open-source dashboard of Seville bike-share availability, written in Go with a small HTMX front end', keywords: ['Go', 'HTMX', 'SQLite'] },
    ],
    interests: ['Trail running', 'Flamenco guitar'],
  },

  // iOS engineer in Australia: 3 roles, apps as projects, an award, a WAM score.
  jarrah: {
    id: 'jarrah',
    first: 'Jarrah', last: 'Whitlock',
    label: 'iOS Engineer',
    headline: 'Senior iOS Engineer · Swift & SwiftUI · Melbourne',
    email: 'jarrah.whitlock@example.com',
    phone: '0491 570 156',
    web: 'jarrah.example.dev',
    linkedin: 'jarrah-whitlock', github: 'jarrahcodes',
    city: 'Melbourne', region: 'VIC', regionLong: 'Victoria', country: 'Australia',
    summary: 'iOS engineer who has shipped consumer finance and health apps to more than a million Australians. Comfortable across SwiftUI and UIKit, accessibility, release automation and working closely with designers.',
    work: [
      { company: 'Koala Ledger Pty Ltd', position: 'Senior iOS Engineer', location: 'Melbourne, VIC', start: '2022-02', end: null,
        bullets: [
          'Lead the iOS side of a budgeting app with 1.1 million users and a 4.8-star App Store rating',
          'Rebuilt onboarding in SwiftUI and lifted sign-up completion from 54% to 71%',
          'Cut cold-start time by 40% by deferring Core Data migrations and trimming dynamic frameworks',
          'Set up Fastlane and Xcode Cloud so that releases ship every two weeks without manual steps',
        ] },
      { company: 'Tramline Health', position: 'iOS Developer', location: 'Melbourne, VIC', start: '2019-07', end: '2022-01',
        bullets: [
          'Built the telehealth video-consult feature with WebRTC and CallKit',
          'Made the app pass a WCAG 2.1 AA audit: VoiceOver labels, Dynamic Type and contrast fixes',
          'Wrote snapshot and XCTest suites that raised coverage from 22% to 68%',
        ] },
      { company: 'Southbank Digital Agency', position: 'Graduate Mobile Developer', location: 'Melbourne, VIC', start: '2018-02', end: '2019-06',
        bullets: [
          'Delivered five client apps in Swift and Objective-C for retail and events clients',
          'Maintained a shared networking and analytics framework used by every agency app',
        ] },
    ],
    education: [
      { institution: 'Monash University', studyType: 'Bachelor of Computer Science', area: 'Software Development', location: 'Clayton, VIC', start: '2014-02', end: '2017-11', score: 'WAM 78 (Distinction)' },
    ],
    topSkills: ['SwiftUI', 'iOS Development', 'Accessibility'],
    skillGroups: [
      { group: 'Languages', items: ['Swift', 'Objective-C', 'Kotlin'], level: 5 },
      { group: 'Apple frameworks', items: ['SwiftUI', 'UIKit', 'Combine', 'Core Data', 'CallKit'], level: 5 },
      { group: 'Tooling', items: ['XCTest', 'Fastlane', 'Xcode Cloud', 'Firebase', 'GraphQL'], level: 4 },
    ],
    languages: [
      { name: 'English', level: 'Native', dots: 5 },
      { name: 'Japanese', level: 'Conversational', dots: 2 },
    ],
    certs: [],
    awards: [
      { title: 'Swift Student Challenge winner', by: 'Apple WWDC', year: '2017', description: 'One of the winning student playgrounds, a sign-language alphabet trainer' },
    ],
    projects: [
      { name: 'Tide Tables AU', description: 'Offline tide predictions for 400 Australian ports; 40k downloads on the App Store', keywords: ['SwiftUI', 'WidgetKit'], url: 'tides.example.dev' },
      { name: 'swift-snapshot-lite', description: 'A tiny snapshot-testing library for SwiftUI views with 600 GitHub stars', keywords: ['Swift', 'XCTest'] },
    ],
    interests: ['Surfing', 'Film photography'],
  },

  // ML engineer in India with a PhD: publications, an award, CGPA; 3 roles incl. a research internship.
  kavya: {
    id: 'kavya',
    first: 'Kavya', last: 'Subramaniam',
    prefix: 'Dr.',
    label: 'Machine Learning Engineer',
    headline: 'Senior ML Engineer | PhD, IISc | Recommendation systems, LLM serving',
    email: 'kavya.subramaniam@example.com',
    phone: '+91 98480 55012',
    web: 'kavya.example.com',
    linkedin: 'kavya-subramaniam-phd', github: 'kavyasub', scholar: 'scholar.example.com/kavya-s',
    city: 'Hyderabad', region: 'Telangana', country: 'India',
    summary: 'Machine learning engineer with a PhD in representation learning and four years of industry experience taking ranking and language models from notebooks to low-latency production services.',
    work: [
      { company: 'Nilgiri AI Labs', position: 'Senior Machine Learning Engineer', location: 'Hyderabad, India', start: '2022-08', end: null,
        bullets: [
          'Lead a team of four building the retrieval and ranking stack for a grocery marketplace with 9 million users',
          'Distilled a 7B-parameter reranker into a 300M model served with Triton at 18 ms p95',
          'Raised add-to-cart rate by 6.2% in an online A/B test with a two-tower candidate generator',
          'Built the offline evaluation pipeline on Spark that replays a week of traffic in two hours',
          'Run the fortnightly ML paper reading group',
        ] },
      { company: 'Deccan Retail Analytics', position: 'Machine Learning Engineer', location: 'Bengaluru, India', start: '2021-01', end: '2022-07',
        bullets: [
          'Shipped demand-forecasting models for 2,000 stores with PyTorch and Kubeflow pipelines',
          'Cut feature-computation cost by 35% by moving features to a shared Feast store',
          'Introduced MLflow model registry and model cards for every production model',
        ] },
      { company: 'Kaveri Research', position: 'Research Intern', location: 'Bengaluru, India', start: '2019-05', end: '2019-08',
        bullets: [
          'Prototyped contrastive pre-training for product images; work became a workshop paper',
        ] },
    ],
    education: [
      { institution: 'Indian Institute of Science', studyType: 'PhD', area: 'Computer Science and Automation', location: 'Bengaluru', start: '2016-08', end: '2020-12', thesis: 'Learning Transferable Representations from Weak Supervision' },
      { institution: 'National Institute of Technology Tiruchirappalli', studyType: 'B.Tech', area: 'Computer Science and Engineering', location: 'Tiruchirappalli', start: '2012-07', end: '2016-05', score: 'CGPA 9.1/10' },
    ],
    topSkills: ['Recommender Systems', 'PyTorch', 'Large Language Models (LLM)'],
    skillGroups: [
      { group: 'Machine learning', items: ['PyTorch', 'TensorFlow', 'Hugging Face Transformers', 'scikit-learn'], level: 5 },
      { group: 'Data & MLOps', items: ['Spark', 'Kubeflow', 'MLflow', 'Feast', 'Triton Inference Server'], level: 4 },
      { group: 'Programming', items: ['Python', 'SQL', 'CUDA', 'C++'], level: 4 },
    ],
    languages: [
      { name: 'English', level: 'Fluent', linkedin: 'Full Professional', dots: 5 },
      { name: 'Tamil', level: 'Native', linkedin: 'Native or Bilingual', dots: 5 },
      { name: 'Hindi', level: 'Professional', linkedin: 'Professional Working', dots: 4 },
      { name: 'Telugu', level: 'Basic', linkedin: 'Elementary', dots: 2 },
    ],
    certs: [
      { name: 'Google Cloud Professional Machine Learning Engineer', issuer: 'Google Cloud', year: '2023' },
    ],
    awards: [
      { title: 'Institute Gold Medal', by: 'NIT Tiruchirappalli', year: '2016', description: 'Highest CGPA in the Computer Science graduating class' },
      { title: 'Best Student Paper', by: 'Workshop on Weakly Supervised Learning', year: '2020', description: 'For the paper on noisy-label contrastive learning' },
    ],
    publications: [
      'K. Subramaniam and R. Iyengar. Contrastive Learning under Noisy Labels. Workshop on Weakly Supervised Learning, 2020.',
      'K. Subramaniam, A. Bose and R. Iyengar. Weak Supervision for Product Image Retrieval. Indian Conference on Data Science, 2019.',
      'K. Subramaniam. Learning Transferable Representations from Weak Supervision. PhD thesis, Indian Institute of Science, 2021.',
    ],
    projects: [
      { name: 'tinyrank', description: 'Open-source library of learning-to-rank losses for PyTorch (1.4k GitHub stars)', keywords: ['PyTorch', 'Python'] },
    ],
    interests: ['Carnatic music', 'Chess'],
  },

  // Engineering lead in the Netherlands: three positions at one employer (promotions), a role without bullets,
  // a year-only student job; Dutch "IJ" digraph in the surname.
  maarten: {
    id: 'maarten',
    first: 'Maarten', last: 'IJsselstein',
    label: 'Engineering Lead',
    headline: 'Engineering Lead, Payments at Tulpbank Digital | Java, Kafka, growing teams',
    email: 'maarten.ijsselstein@example.com',
    phone: '+31 6 5550 1872',
    web: 'maarten.example.com',
    linkedin: 'maarten-ijsselstein', github: 'mijssel',
    city: 'Utrecht', region: 'Utrecht', country: 'Netherlands',
    summary: 'Engineering lead with ten years in fintech. I grew the payments team at Tulpbank Digital from four to fourteen engineers, and I still review code every week. Interested in domain-driven design, on-call health and hiring well.',
    work: [
      { company: 'Tulpbank Digital B.V.', position: 'Engineering Lead, Payments', location: 'Amsterdam, Netherlands', start: '2022-04', end: null,
        bullets: [
          'Lead two teams (14 engineers) that own SEPA Instant, iDEAL and card payment processing',
          'Hired nine engineers and introduced a structured interview loop with calibrated rubrics',
          'Cut payment incidents by 60% in a year with error budgets and a weekly reliability review',
          'Drove the migration from IBM MQ to Kafka for 25 million messages a day',
        ] },
      { company: 'Tulpbank Digital B.V.', position: 'Senior Software Engineer', location: 'Amsterdam, Netherlands', start: '2019-09', end: '2022-03',
        bullets: [
          'Designed the event-sourced ledger in Java and Spring Boot behind every customer account',
          'Led the PSD2 open-banking API project, delivered on time for the regulatory deadline',
          'Mentored four engineers, two of whom were promoted to senior',
        ] },
      { company: 'Tulpbank Digital B.V.', position: 'Software Engineer', location: 'Amsterdam, Netherlands', start: '2017-06', end: '2019-08',
        bullets: [
          'Built the direct-debit mandate service and its batch reconciliation',
          'Introduced Testcontainers-based integration tests in the payments codebase',
        ] },
      { company: 'Dijkstra & Vos Consultancy', position: 'Junior Java Developer', location: 'Utrecht, Netherlands', start: '2015-09', end: '2017-05',
        bullets: [] },
      { company: 'Utrecht University', position: 'Teaching Assistant', location: 'Utrecht, Netherlands', start: '2013', end: '2015',
        bullets: [
          'Ran lab sessions for the second-year Concurrency course',
        ] },
    ],
    education: [
      { institution: 'Utrecht University', studyType: 'MSc', area: 'Computing Science', location: 'Utrecht', start: '2013-09', end: '2015-08' },
      { institution: 'Utrecht University', studyType: 'BSc', area: 'Informatica', location: 'Utrecht', start: '2010-09', end: '2013-07' },
    ],
    topSkills: ['Engineering Management', 'Domain-Driven Design (DDD)', 'Apache Kafka'],
    skillGroups: [
      { group: 'Leadership', items: ['Hiring', 'Coaching', 'Incident management', 'OKRs'], level: 5 },
      { group: 'Engineering', items: ['Java', 'Kotlin', 'Spring Boot', 'Kafka', 'PostgreSQL', 'AWS'], level: 4 },
    ],
    languages: [
      { name: 'Dutch', level: 'Native', linkedin: 'Native or Bilingual', dots: 5 },
      { name: 'English', level: 'Fluent', linkedin: 'Full Professional', dots: 5 },
      { name: 'German', level: 'Basic', linkedin: 'Limited Working', dots: 2 },
    ],
    certs: [
      { name: 'iSAQB Certified Professional for Software Architecture – Foundation Level', issuer: 'iSAQB', year: '2020' },
    ],
    awards: [
      { title: 'Tulpbank Engineering Award', by: 'Tulpbank Digital', year: '2021', description: 'For the zero-downtime ledger migration' },
    ],
    projects: [],
    interests: ['Korfball', 'Sourdough baking'],
  },

  // Junior full-stack developer in the US, bootcamp grad who came from retail (promotion in retail), projects.
  tessa: {
    id: 'tessa',
    first: 'Tessa', last: 'Kowalczyk',
    label: 'Junior Full-Stack Developer',
    headline: 'Junior Full-Stack Developer | React · Node.js · PostgreSQL | Former retail supervisor',
    email: 'tessa.kowalczyk@example.com',
    phone: '(412) 555-0187',
    web: 'tessak.example.com',
    linkedin: 'tessa-kowalczyk', github: 'tessakcodes',
    city: 'Pittsburgh', region: 'PA', regionLong: 'Pennsylvania', country: 'United States',
    summary: 'Full-stack developer who spent six years running retail shifts before switching careers through a coding bootcamp. I build accessible React front ends and tidy Node.js APIs, and I bring a customer-first habit to every ticket.',
    work: [
      { company: 'Allegheny Parcel Co.', position: 'Junior Software Developer', location: 'Pittsburgh, PA', start: '2024-03', end: null,
        bullets: [
          'Build features for the internal dispatch dashboard in React and TypeScript',
          'Added Jest and React Testing Library tests to 30 components',
          'Fixed 45 accessibility issues found in an axe audit',
        ] },
      { company: 'Forge Coding Bootcamp', position: 'Teaching Assistant (part-time)', location: 'Remote', start: '2023-10', end: '2024-02',
        bullets: [
          'Held office hours for 25 students on JavaScript, Express and SQL',
          'Reviewed capstone pull requests and wrote feedback rubrics',
        ] },
      { company: 'Brightway Outfitters', position: 'Store Shift Supervisor', location: 'Pittsburgh, PA', start: '2019-05', end: '2023-06',
        bullets: [
          'Supervised teams of up to 12 associates per shift in a store with $4M annual sales',
          'Built a shared Google Sheets scheduling tool that cut weekly scheduling time from 5 hours to 1',
          'Trained 30 new hires on point-of-sale and inventory procedures',
          'Kept shrink below 1% for three consecutive years',
        ] },
      { company: 'Brightway Outfitters', position: 'Sales Associate', location: 'Pittsburgh, PA', start: '2017-08', end: '2019-04',
        bullets: [
          'Named associate of the quarter twice for customer feedback scores',
        ] },
    ],
    education: [
      { institution: 'Forge Coding Bootcamp', studyType: 'Certificate', area: 'Full-Stack Web Development', location: 'Pittsburgh, PA', start: '2023-06', end: '2023-09' },
      { institution: 'Community College of Allegheny County', studyType: 'Associate of Arts', area: 'Communication', location: 'Pittsburgh, PA', start: '2015', end: '2017' },
    ],
    topSkills: ['React.js', 'Node.js', 'Customer Service'],
    skillGroups: [
      { group: 'Front end', items: ['JavaScript', 'TypeScript', 'React', 'HTML', 'CSS'], level: 4, years: 2 },
      { group: 'Back end', items: ['Node.js', 'Express', 'PostgreSQL'], level: 3, years: 1 },
      { group: 'Tools', items: ['Git', 'Jest', 'Figma'], level: 3, years: 2 },
    ],
    languages: [
      { name: 'English', level: 'Native', dots: 5 },
      { name: 'Polish', level: 'Conversational', dots: 3 },
    ],
    certs: [
      { name: 'AWS Certified Cloud Practitioner', issuer: 'Amazon Web Services', year: '2024' },
    ],
    awards: [],
    projects: [
      { name: 'ShiftSwap', description: 'Shift-trading web app for hourly workers with SMS reminders; used by two local stores', keywords: ['React', 'Node.js', 'PostgreSQL'], url: 'shiftswap.example.com' },
      { name: 'PantryPal', description: 'Food-bank inventory tracker built as the bootcamp capstone with a team of three', keywords: ['Express', 'React', 'Tailwind CSS'] },
      { name: 'Bus Buddy PGH', description: 'Progressive web app that shows the next buses at saved stops, working offline', keywords: ['TypeScript', 'Service Workers'] },
    ],
    interests: ['Thrift-store upcycling', 'Pittsburgh Pirates'],
  },

  // SRE in Türkiye: Turkish letters (ş ğ ı İ ö ü ç) everywhere; 6 bullets; a year-only ended role.
  baris: {
    id: 'baris',
    first: 'Barış', last: 'Karaağaç',
    label: 'Site Reliability Engineer',
    headline: 'Senior SRE | Kubernetes, Terraform, observability | CKA',
    email: 'baris.karaagac@example.com',
    phone: '+90 532 555 01 84',
    web: 'bariskaraagac.example.com',
    linkedin: 'baris-karaagac', github: 'bkaraagac',
    city: 'İstanbul', region: 'İstanbul', country: 'Türkiye',
    summary: 'Site reliability engineer with nine years in Linux operations and cloud platforms. I build paved roads on Kubernetes, keep payment systems at 99.99% and turn incidents into automation.',
    work: [
      { company: 'Boğaziçi Ödeme Hizmetleri A.Ş.', position: 'Senior Site Reliability Engineer', location: 'İstanbul, Türkiye', start: '2022-01', end: null,
        bullets: [
          'Run 14 production Kubernetes clusters on GCP for a payment processor handling 3 million transactions a day',
          'Kept the card authorisation API at 99.99% availability for two years through SLOs and error budgets',
          'Rewrote the Terraform estate into 40 reusable modules with policy checks in CI',
          'Built the Prometheus, Thanos and Grafana stack; alert noise fell by 65%',
          'Automated PostgreSQL minor upgrades with zero downtime using logical replication',
          'Lead the incident commander rotation and its quarterly game days',
        ] },
      { company: 'Anadolu Kargo Teknoloji', position: 'Site Reliability Engineer', location: 'İstanbul, Türkiye', start: '2019-04', end: '2021-12',
        bullets: [
          'Moved 120 services from VMs to Kubernetes with Helm and Argo CD',
          'Introduced on-call handbooks and blameless postmortems',
          'Wrote a Go operator that rotates database credentials from Vault',
          'Halved monthly cloud spend with rightsizing reports and spot node pools',
        ] },
      { company: 'Ege Barındırma', position: 'Linux System Administrator', location: 'İzmir, Türkiye', start: '2016', end: '2019',
        bullets: [
          'Administered 400 Debian and CentOS servers for shared and dedicated hosting',
          'Replaced hand-run scripts with Ansible playbooks',
        ] },
    ],
    education: [
      { institution: 'Orta Doğu Teknik Üniversitesi', studyType: 'B.S.', area: 'Computer Engineering', location: 'Ankara', start: '2011-09', end: '2016-06', score: 'GPA 3.21/4.00' },
    ],
    topSkills: ['Site Reliability Engineering', 'Kubernetes', 'Terraform'],
    skillGroups: [
      { group: 'Platforms', items: ['Kubernetes', 'GCP', 'Linux', 'Helm', 'Argo CD'], level: 5 },
      { group: 'Automation', items: ['Terraform', 'Ansible', 'Go', 'Python', 'Bash'], level: 4 },
      { group: 'Observability', items: ['Prometheus', 'Grafana', 'Thanos', 'OpenTelemetry'], level: 4 },
    ],
    languages: [
      { name: 'Turkish', local: 'Türkçe', level: 'Native', linkedin: 'Native or Bilingual', cefr: null, dots: 5 },
      { name: 'English', local: 'İngilizce', level: 'Advanced (C1)', linkedin: 'Full Professional', cefr: 'C1', dots: 4 },
      { name: 'German', local: 'Almanca', level: 'Elementary (A2)', linkedin: 'Elementary', cefr: 'A2', dots: 2 },
    ],
    certs: [
      { name: 'Certified Kubernetes Administrator (CKA)', issuer: 'The Linux Foundation', year: '2021' },
      { name: 'Google Cloud Professional Cloud Architect', issuer: 'Google Cloud', year: '2023' },
    ],
    awards: [
      { title: 'Speaker, DevOps Meetup İstanbul', by: 'DevOps Meetup İstanbul', year: '2023', description: 'Talk: zero-downtime PostgreSQL upgrades on Kubernetes' },
    ],
    projects: [
      { name: 'kube-budget', description: 'CLI that reports Kubernetes resource requests against actual usage per team', keywords: ['Go', 'Prometheus'] },
    ],
    interests: ['Sailing on the Bosphorus', 'Board games'],
  },
};

export const PERSONA_DESC = {
  lucia: 'Lucía Ferrández Quiñones, senior backend engineer in Sevilla, Spain (accents; 3 roles; Máster + Grado)',
  jarrah: 'Jarrah Whitlock, senior iOS engineer in Melbourne, Australia (3 roles; apps as projects; an award)',
  kavya: 'Dr. Kavya Subramaniam, machine-learning engineer with a PhD in Hyderabad, India (3 roles incl. an internship; publications; awards)',
  maarten: 'Maarten IJsselstein, engineering lead in Utrecht, Netherlands (three positions at one employer; a role with no bullets; year-only student job)',
  tessa: 'Tessa Kowalczyk, junior full-stack developer in Pittsburgh, USA, bootcamp graduate who came from retail (promotion in retail; projects)',
  baris: 'Barış Karaağaç, senior site reliability engineer in İstanbul, Türkiye (Turkish letters; 6 bullets; year-only ended role)',
};
