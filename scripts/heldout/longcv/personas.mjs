// Five invented senior people for the long-CV held-out batch (synthetic, MIT). E-mails at example.com, phones in
// fictional ranges, employers/products/handles made up; universities are real names only.
// Bullets: a string (may hold **bold** phrases) or {text, sub:[...]}. Dates ISO 'YYYY-MM' or 'YYYY'; end null = current.
// An employer with several roles is a promotion ladder (one employer line, several dated titles).

export const PERSONAS = {
  desmond: {
    id: 'desmond', name: 'Desmond Oyelaran-Price', label: 'Chief Technology Officer',
    email: 'desmond.oyelaran@example.com', phone: '+44 7700 900 318', url: 'oyelaranprice.dev',
    profiles: ['linkedin.com/in/desmond-oyelaran-price', 'github.com/doprice'], location: 'London, United Kingdom',
    summary: 'Technology executive with 24 years of experience building and scaling engineering organisations in fintech, insurance and marketplaces. Has led teams of up to 420 engineers across four countries, taken two companies through acquisition and one through an IPO, and still reviews architecture documents every week.',
    highlights: [
      'Grew **Larkspur Pay** engineering from 38 to 420 people across London, Lisbon and Nairobi while keeping regretted attrition below 6% a year.',
      'Led the technology due diligence and integration of **three acquisitions** worth a combined £310M, retiring 11 legacy platforms within 18 months.',
      'Cut cloud spend by **£9.4M a year** (31%) through a FinOps programme, reserved capacity and the consolidation of 14 Kubernetes clusters into 4.',
      'Board-level owner of information security; achieved PCI DSS Level 1, ISO 27001 and SOC 2 Type II with zero material findings in four audit cycles.',
    ],
    competencies: ['Engineering Leadership', 'Organisation Design', 'Platform Strategy', 'M&A Due Diligence', 'Payments & Ledgers', 'Cloud Cost Management', 'Security & Compliance', 'Board Reporting', 'Hiring at Scale'],
    skillGroups: [['Languages', ['Java', 'Kotlin', 'Go', 'Python', 'TypeScript']], ['Platforms', ['AWS', 'GCP', 'Kubernetes', 'Kafka', 'PostgreSQL', 'Snowflake']], ['Practices', ['DORA metrics', 'Domain-Driven Design', 'Incident Management', 'OKRs']]],
    employers: [
      { name: 'Larkspur Pay', location: 'London, UK', roles: [
        { title: 'Chief Technology Officer', start: '2019-04', end: null, bullets: [
          'Own technology strategy, architecture and delivery for a payments platform processing **£41bn** of annual volume for 160,000 merchants in 31 markets; report to the CEO and present quarterly to the board.',
          { text: 'Restructured engineering into 9 product groups and 3 platform groups with clear ownership boundaries, which doubled deployment frequency and reduced lead time for changes from 9 days to 26 hours.', sub: [
            'Introduced a staff-plus track with 24 principal and staff engineers and a written architecture review process.',
            'Launched a management development programme completed by 57 first-line managers.',
          ] },
          'Sponsored the migration of the card ledger from a monolithic Oracle schema to an event-sourced ledger on PostgreSQL and Kafka, completed with **no customer-facing downtime** over 14 months.',
          'Led engineering through the **Series E round** and the preparation for a public listing, including SOX readiness, audit trails and the separation of regulated entities.',
        ] },
        { title: 'VP Engineering', start: '2016-09', end: '2019-03', bullets: [
          'Scaled the engineering team from 38 to 145 and opened engineering hubs in Lisbon and Nairobi, each with its own director and local hiring pipeline.',
          'Replaced quarterly release trains with continuous delivery; production deployments went from 4 a month to over 300 a week while change failure rate fell below 4%.',
        ] },
      ] },
      { name: 'Brightwater Insurance Group', location: 'London, UK', roles: [
        { title: 'Director of Engineering, Digital', start: '2013-02', end: '2016-08', bullets: [
          'Built the digital engineering function from scratch (6 to 85 people) to deliver direct-to-consumer motor and home insurance, which grew to **1.2 million policies** in three years.',
          'Led the replacement of a 20-year-old mainframe quote engine with a rules service on the JVM, reducing quote latency from 11 seconds to 400 ms and enabling aggregator partnerships.',
          'Set up the first 24/7 on-call rotation and blameless post-incident reviews, cutting major incidents by 70% year over year.',
        ] },
      ] },
      { name: 'Quillfield Marketplaces', location: 'London, UK', dateNote: '(acquired by eBay)', roles: [
        { title: 'Head of Platform Engineering', start: '2010-01', end: '2013-01', bullets: [
          'Ran the platform, data and site reliability teams (32 engineers) for a classifieds marketplace with 9 million monthly users until its acquisition.',
          'Moved the company from a single data centre to a multi-region AWS footprint, improving availability from 99.5% to 99.97% and surviving a full regional outage in 2012 without data loss.',
        ] },
      ] },
      { name: 'Thornbury Capital Markets', location: 'London, UK', roles: [
        { title: 'Lead Software Engineer', start: '2006-06', end: '2009-12', bullets: [
          'Led a team of 9 building a low-latency FX pricing engine in Java that streamed quotes to 400 institutional clients with a median latency of 180 microseconds.',
          'Designed the risk limit service used by the trading desks, which prevented an estimated £2.3M of erroneous trades in its first year.',
        ] },
      ] },
      { name: 'Meridian Systems Integration', location: 'Reading, UK', roles: [
        { title: 'Senior Consultant', start: '2003-03', end: '2006-05', bullets: [
          'Delivered integration projects for retail banks and utilities, including a customer data hub for a building society with 3 million members.',
        ] },
      ] },
    ],
    earlier: [
      { title: 'Software Engineer', employer: 'Halcyon Telecom', start: '2000', end: '2003' },
      { title: 'Graduate Developer', employer: 'Norbrook Software', start: '1999', end: '2000' },
    ],
    education: [
      { institution: 'University of Manchester', studyType: 'BSc (Hons)', area: 'Computer Science', start: '1996', end: '1999', score: 'First Class Honours' },
      { institution: 'London Business School', studyType: 'Executive Programme', area: 'Strategic Leadership', start: '2017', end: '2017' },
    ],
    board: [
      'Non-Executive Director, Fernhill Credit Union (2021 – present)',
      'Technical Advisory Board, Cobaltline Health (2020 – present)',
      'Mentor, TechUp Nigeria Fellowship (2018 – 2022)',
    ],
    talks: [
      '“Scaling an engineering org without losing the plot”, LeadDev London, 2023',
      '“Event-sourced ledgers in production”, QCon London, 2021',
      '“What the board needs from its CTO”, CTO Craft Con, 2020',
      '“From release trains to 300 deploys a week”, DevOps Enterprise Summit London, 2018',
    ],
    languages: ['English (native)', 'Yoruba (conversational)', 'Portuguese (basic)'],
  },

  ingrid: {
    id: 'ingrid', name: 'Ingrid Solheim', label: 'Principal Software Engineer, Distributed Storage',
    email: 'ingrid.solheim@example.com', phone: '+47 412 55 907', url: 'ingridsolheim.example.com',
    profiles: ['github.com/isolheim', 'linkedin.com/in/ingridsolheim'], location: 'Oslo, Norway',
    summary: 'Principal engineer with 22 years in storage systems, databases and infrastructure. Designs systems that hold petabytes and survive bad days, writes the design documents other engineers quote, and mentors staff engineers across organisations.',
    highlights: [
      'Technical lead of **Fjordstore**, an erasure-coded object store holding 2.1 exabytes for 40 million users at 99.999% durability.',
      'Author of 7 granted patents on replication and repair; maintainer of two open-source projects with 14,000 GitHub stars combined.',
      'Mentored 19 engineers into senior and staff roles; chair of the company-wide architecture council since 2021.',
    ],
    competencies: ['Distributed Systems', 'Storage Engines', 'Consensus Protocols', 'Performance Engineering', 'Capacity Planning', 'Technical Strategy', 'Mentoring', 'Design Reviews', 'Incident Command'],
    skillGroups: [['Languages', ['Rust', 'C++', 'Go', 'Java', 'Python']], ['Systems', ['Linux', 'io_uring', 'RocksDB', 'Raft', 'Paxos', 'gRPC', 'Kubernetes']], ['Tools', ['perf', 'eBPF', 'Jepsen', 'TLA+', 'Bazel']]],
    employers: [
      { name: 'Nordvik Cloud AS', location: 'Oslo, Norway', roles: [
        { title: 'Principal Engineer', start: '2020-01', end: null, bullets: [
          'Lead architect for the Fjordstore object store and its metadata layer; set the technical direction for 11 teams (about 90 engineers) in Oslo, Trondheim and Kraków.',
          { text: 'Designed the move from 3-way replication to **locally repairable erasure codes**, saving 38% of raw capacity (about NOK 410M in hardware over five years) without reducing durability.', sub: [
            'Wrote the repair scheduler that keeps rebuild traffic below 8% of cluster bandwidth.',
            'Proved the placement invariants in TLA+ before rollout and ran Jepsen tests on every release.',
          ] },
          'Chair the architecture council that reviews every cross-team design; introduced a lightweight RFC template now used by 600 engineers.',
          'Incident commander for severity-1 storage incidents; led the 2022 region recovery that restored 100% of objects after a power event in under 7 hours.',
        ] },
        { title: 'Staff Engineer', start: '2016-03', end: '2019-12', bullets: [
          'Rewrote the metadata service from a sharded MySQL cluster to a Raft-replicated key-value store in Rust, raising peak throughput from 120k to **1.4 million operations per second**.',
          'Built the tiering service that moves cold objects to high-density disks, reducing storage cost per terabyte by 27%.',
        ] },
        { title: 'Senior Software Engineer', start: '2013-08', end: '2016-02', bullets: [
          'Implemented the first version of the chunk server in C++ with direct I/O and checksummed blocks, used unchanged for four years.',
        ] },
      ] },
      { name: 'Kvasir Data', location: 'Trondheim, Norway', dateNote: '(acquired by Oracle)', roles: [
        { title: 'Database Engineer', start: '2010-02', end: '2013-07', bullets: [
          'Core developer of a columnar analytics database; wrote the vectorised execution engine and the compression codecs that gave a 6x speed-up on TPC-H queries.',
          'Worked with the first 20 enterprise customers on tuning and migration; the company was acquired by Oracle in 2013.',
        ] },
      ] },
      { name: 'Statnett', location: 'Oslo, Norway', roles: [
        { title: 'Software Engineer, Grid Operations Systems', start: '2007-01', end: '2010-01', bullets: [
          'Developed real-time telemetry ingestion for the national grid control centre, handling 250,000 measurements per second with strict availability requirements.',
          'Replaced a proprietary historian with an in-house time-series store, saving NOK 6M a year in licence fees.',
        ] },
      ] },
      { name: 'CERN', location: 'Geneva, Switzerland', roles: [
        { title: 'Fellow, IT Department', start: '2005-02', end: '2006-12', bullets: [
          'Contributed to the storage layer of the LHC Computing Grid, improving tape recall throughput by 40% through request batching.',
        ] },
      ] },
    ],
    earlier: [
      { title: 'Systems Developer', employer: 'Telenor R&D', start: '2003', end: '2005' },
      { title: 'Summer Intern', employer: 'Opera Software', start: '2002', end: '2002' },
    ],
    education: [
      { institution: 'Norwegian University of Science and Technology (NTNU)', studyType: 'MSc', area: 'Computer Science', start: '2001', end: '2003', score: 'Grade A, with distinction' },
      { institution: 'Norwegian University of Science and Technology (NTNU)', studyType: 'BSc', area: 'Computer Engineering', start: '1998', end: '2001' },
    ],
    patents: [
      'US 11,204,518 B2 — Locality-aware placement of erasure-coded fragments, 2021',
      'US 10,877,302 B1 — Bandwidth-bounded repair scheduling for object stores, 2020',
      'US 10,552,119 B2 — Lease-based metadata caching with bounded staleness, 2020',
      'EP 3 604 221 B1 — Tiered migration of immutable objects, 2019',
      'US 10,110,436 B2 — Checksummed chunk layout for direct I/O, 2018',
    ],
    talks: [
      '“Exabytes without tears: erasure coding at Nordvik”, USENIX FAST, 2023',
      '“Raft in Rust, two years later”, RustConf, 2019',
      '“What Jepsen taught us about our metadata service”, Strange Loop, 2018',
    ],
    opensource: [
      { name: 'lrc-rs', description: 'Rust library for locally repairable codes with SIMD kernels, 9,800 stars' },
      { name: 'raftbench', description: 'Benchmark harness for Raft implementations, used by four database vendors' },
      { name: 'chunkcheck', description: 'Offline checksum verifier for block devices' },
    ],
    languages: ['Norwegian (native)', 'English (fluent)', 'German (intermediate)'],
  },

  beatriz: {
    id: 'beatriz', name: 'Beatriz Lacerda Monteiro', label: 'Principal Research Scientist, Speech and Language',
    email: 'beatriz.monteiro@example.com', phone: '+351 912 555 604', url: 'blmonteiro.example.org',
    profiles: ['scholar.google.com/citations?user=bLm0nt3ir0', 'github.com/blmonteiro'], location: 'Lisbon, Portugal',
    summary: 'Research scientist with 21 years in speech recognition, multilingual language models and evaluation. Leads a group that moves research into products used by hundreds of millions of people; 48 peer-reviewed papers, h-index 31.',
    highlights: [
      'Leads a 23-person research group whose multilingual speech model ships in **42 languages**.',
      'Program chair of Interspeech 2024; area chair at ACL, EMNLP and ICASSP.',
    ],
    competencies: ['Speech Recognition', 'Multilingual NLP', 'Self-Supervised Learning', 'Evaluation Methodology', 'Research Leadership', 'Low-Resource Languages'],
    skillGroups: [['Languages', ['Python', 'C++', 'Julia']], ['Frameworks', ['PyTorch', 'JAX', 'Kaldi', 'ESPnet', 'Hugging Face Transformers']], ['Infrastructure', ['Slurm', 'TPU', 'Ray', 'Weights & Biases']]],
    employers: [
      { name: 'Aurelia AI Labs', location: 'Lisbon, Portugal', roles: [
        { title: 'Principal Research Scientist', start: '2021-06', end: null, bullets: [
          'Lead the speech and language group (**23 scientists and engineers**) and set its research agenda across recognition, translation and evaluation.',
          { text: 'Directed the training of a 2-billion-parameter multilingual speech model that reduced word error rate by 24% relative on 42 languages and now serves 310 million monthly users.', sub: [
            'Designed the data mixture for 18 low-resource languages with community partners in Mozambique, Cape Verde and Timor-Leste.',
            'Built the evaluation suite, including a fairness benchmark across accents and age groups.',
          ] },
          'Grew the group’s publication output to 14 papers a year at ACL, Interspeech and NeurIPS while shipping to production every quarter.',
        ] },
        { title: 'Senior Research Scientist', start: '2018-09', end: '2021-05', bullets: [
          'Developed self-supervised pre-training for European Portuguese and Brazilian Portuguese speech, cutting labelled-data needs by a factor of ten.',
          'Co-led the on-device recognition project that shipped on 80 million phones with a 45 MB model.',
        ] },
      ] },
      { name: 'Polyglot Speech Systems', location: 'Cambridge, UK', roles: [
        { title: 'Research Team Lead', start: '2014-01', end: '2018-08', bullets: [
          'Led 8 researchers building acoustic models for broadcast subtitling in 11 languages; the system captioned over 200,000 hours of television a year.',
          'Introduced sequence-discriminative training and neural language model rescoring, improving accuracy by 17% relative on the company benchmark.',
        ] },
      ] },
      { name: 'University of Edinburgh, Centre for Speech Technology Research', location: 'Edinburgh, UK', roles: [
        { title: 'Research Fellow', start: '2010-10', end: '2013-12', bullets: [
          'Investigator on an EU FP7 project on cross-lingual acoustic modelling; co-supervised 4 PhD students and taught the graduate speech processing course.',
        ] },
      ] },
      { name: 'INESC-ID', location: 'Lisbon, Portugal', roles: [
        { title: 'Postdoctoral Researcher', start: '2009-01', end: '2010-09', bullets: [
          'Built the first large-vocabulary recogniser for European Portuguese parliamentary speech, released to the public as a research resource.',
        ] },
      ] },
    ],
    earlier: [
      { title: 'Research Intern', employer: 'Microsoft Research', start: '2007', end: '2007' },
      { title: 'Teaching Assistant', employer: 'Instituto Superior Técnico', start: '2004', end: '2008' },
      { title: 'Software Developer', employer: 'Novabase', start: '2002', end: '2004' },
    ],
    education: [
      { institution: 'Instituto Superior Técnico, Universidade de Lisboa', studyType: 'PhD', area: 'Electrical and Computer Engineering', start: '2004', end: '2008', score: 'Summa cum laude' },
      { institution: 'Instituto Superior Técnico, Universidade de Lisboa', studyType: 'Licenciatura', area: 'Computer Science and Engineering', start: '1997', end: '2002', score: '18/20' },
    ],
    publications: [
      'B. L. Monteiro, R. Aydin and K. Osei. Balanced data mixtures for multilingual speech recognition in 42 languages. In Proc. ACL, 2024.',
      'B. L. Monteiro and T. Varga. Accent-robust evaluation of speech recognisers. In Proc. Interspeech, 2023.',
      'L. Costa, B. L. Monteiro and J. Reyes. Self-supervised pre-training for European Portuguese speech. In Proc. ICASSP, 2021.',
      'B. L. Monteiro, A. Lindqvist and P. Sousa. Compact on-device recognition with streaming transducers. In Proc. Interspeech, 2020.',
      'B. L. Monteiro and S. Renals. Cross-lingual acoustic models for under-resourced languages. IEEE/ACM Transactions on Audio, Speech, and Language Processing, 2013.',
      'B. L. Monteiro and I. Trancoso. Large-vocabulary recognition of parliamentary speech. Computer Speech & Language, 2010.',
    ],
    patents: [
      'US 11,587,004 B2 — Data mixture selection for multilingual acoustic models, 2023',
      'US 11,043,215 B1 — Streaming recognition with accent-adaptive layers, 2021',
    ],
    talks: [
      'Keynote, “Speech technology for the next billion speakers”, LREC-COLING, Turin, 2024',
      'Invited talk, “Evaluating speech recognisers fairly”, Google Research Speech Summit, 2023',
      'Tutorial, “Self-supervised speech models in practice”, Interspeech, Dublin, 2023',
    ],
    service: [
      'Program Chair, Interspeech 2024',
      'Area Chair, ACL 2022–2024, EMNLP 2021–2023, ICASSP 2020–2024',
      'Associate Editor, IEEE/ACM Transactions on Audio, Speech, and Language Processing (2019 – present)',
    ],
    languages: ['Portuguese (native)', 'English (fluent)', 'Spanish (fluent)', 'French (intermediate)'],
  },

  kenneth: {
    id: 'kenneth', name: 'Kenneth W. Abernathy', label: 'VP of Engineering',
    email: 'ken.abernathy@example.com', phone: '(512) 555-0173', url: 'kenabernathy.example.com',
    profiles: ['linkedin.com/in/kwabernathy'], location: 'Austin, TX',
    summary: 'Engineering executive with 26 years of experience in enterprise SaaS, healthcare IT and developer tools. Builds calm, high-output teams; has run organisations of 40 to 260 engineers and owned budgets up to $48M.',
    highlights: [
      'Led engineering at **Cedarline Health** from Series B to a $1.1B acquisition, growing ARR from $18M to $140M.',
      'Delivered a HIPAA- and HITRUST-certified platform migration to AWS for 900 hospital customers with 99.98% availability.',
      'Built hiring processes that brought on **180 engineers in 24 months** with 42% of new leaders from under-represented groups.',
      'Advisor to three early-stage startups and a non-profit coding school.',
    ],
    competencies: ['Engineering Management', 'Org Scaling', 'Budget Ownership', 'SaaS Architecture', 'Healthcare Compliance', 'Agile at Scale', 'Vendor Management', 'Executive Communication', 'Talent Development'],
    skillGroups: [['Technologies', ['Java', 'C#', '.NET', 'Ruby on Rails', 'React', 'AWS', 'Azure', 'PostgreSQL', 'SQL Server', 'Terraform']]],
    employers: [
      { name: 'Pecan Street Software', location: 'Austin, TX', roles: [
        { title: 'VP of Engineering', start: '2022-03', end: null, bullets: [
          'Lead 140 engineers across product engineering, platform, QA and IT for a developer-tools company with 9,000 paying customers; own a $31M annual budget.',
          'Introduced quarterly planning tied to company OKRs and a single engineering metrics dashboard; on-time delivery of committed roadmap items rose from 52% to 86%.',
          { text: 'Led the consolidation of three acquired products onto one platform:', sub: [
            'Unified identity, billing and telemetry services, removing 2.4 million lines of duplicated code.',
            'Cut hosting costs by **$3.8M a year** by retiring two data centres.',
          ] },
        ] },
      ] },
      { name: 'Cedarline Health', location: 'Austin, TX', roles: [
        { title: 'Senior Director of Engineering', start: '2019-01', end: '2022-02', bullets: [
          'Ran a 260-person organisation of 24 teams delivering clinical workflow software to 900 hospitals; partnered with product and clinical leaders on a 3-year roadmap.',
          'Led the technical due diligence and integration for the **$1.1B acquisition** by a public health-IT company, including SOC 2 and HITRUST evidence for 1,400 controls.',
        ] },
        { title: 'Director of Engineering', start: '2016-05', end: '2018-12', bullets: [
          'Grew the team from 45 to 120 engineers and created the engineering manager and principal engineer career ladders.',
          'Sponsored the migration from a colocation facility to AWS, completed two months early and 14% under budget.',
        ] },
        { title: 'Engineering Manager', start: '2014-08', end: '2016-04', bullets: [
          'Managed the integrations team (11 engineers) that built HL7 and FHIR interfaces to 60 electronic health record systems.',
        ] },
      ] },
      { name: 'Ironwood Analytics', location: 'Dallas, TX', dateNote: '(acquired by Oracle)', roles: [
        { title: 'Principal Software Engineer', start: '2010-06', end: '2014-07', bullets: [
          'Architected the multi-tenant reporting engine used by 1,200 retail customers; reduced nightly batch time from 7 hours to 50 minutes.',
          'Acted as technical lead for 3 scrum teams and led the technical integration after the acquisition by Oracle.',
        ] },
      ] },
      { name: 'Harlan & Pike Consulting', location: 'Houston, TX', roles: [
        { title: 'Senior Consultant', start: '2007-01', end: '2010-05', bullets: [
          'Delivered .NET line-of-business systems for energy and logistics clients, including a pipeline scheduling system used by 300 dispatchers.',
        ] },
      ] },
      { name: 'Dell', location: 'Round Rock, TX', roles: [
        { title: 'Software Engineer II', start: '2003-02', end: '2006-12', bullets: [
          'Built order-configuration services for the online store that handled 40,000 configurations an hour at peak.',
        ] },
      ] },
    ],
    earlier: [
      { title: 'Software Engineer', employer: 'Tivoli Systems', start: '2000', end: '2003' },
      { title: 'Programmer Analyst', employer: 'Texas Department of Transportation', start: '1998', end: '2000' },
      { title: 'Student Developer', employer: 'The University of Texas at Austin', start: '1996', end: '1998' },
    ],
    education: [
      { institution: 'The University of Texas at Austin', studyType: 'B.S.', area: 'Computer Science', start: '1994', end: '1998', score: 'GPA 3.7/4.0' },
      { institution: 'Southern Methodist University', studyType: 'M.B.A.', area: 'Technology Management', start: '2008', end: '2010' },
    ],
    board: [
      'Board Member, Code Ranch Austin (non-profit coding school), 2019 – present',
      'Technical Advisor, Mesquite Robotics, 2021 – present',
      'Advisor, Bluebonnet Billing, 2020 – 2023',
    ],
    talks: [
      '“Integrating acquisitions without breaking your teams”, LeadDev StaffPlus New York, 2023',
      '“HIPAA in the cloud: lessons from 900 hospitals”, AWS re:Invent, 2019',
    ],
  },

  mirela: {
    id: 'mirela', name: 'Mirela Dragomir', label: 'Staff Engineer and Payments Consultant',
    email: 'mirela.dragomir@example.com', phone: '+40 745 555 218', url: 'dragomir.example.dev',
    profiles: ['github.com/mdragomir', 'linkedin.com/in/mireladragomir'], location: 'Cluj-Napoca, Romania',
    summary: 'Staff-level engineer and independent consultant with 20 years in payments, banking and high-volume transaction systems. Works hands-on in Go and Java, leads architecture for multi-team programmes and helps scale-ups pass their first regulatory audits.',
    highlights: [
      'Designed the payment orchestration platform for **Klarwerk** that processes 3.1 million transactions a day across 14 acquirers.',
      'Consulted for 9 fintech and banking clients in 6 countries since 2016; 7 of them repeat clients.',
      'Maintainer of **iso8583-go**, used in production by at least 30 companies.',
    ],
    competencies: ['Payments Architecture', 'Card Schemes', 'SEPA & Instant Payments', 'PSD2 / Open Banking', 'Event-Driven Systems', 'Reliability Engineering', 'Technical Due Diligence', 'Team Coaching'],
    skillGroups: [['Languages', ['Go', 'Java', 'Kotlin', 'SQL', 'Python']], ['Infrastructure', ['Kafka', 'PostgreSQL', 'CockroachDB', 'Redis', 'Kubernetes', 'AWS', 'Terraform']], ['Standards', ['ISO 8583', 'ISO 20022', 'EMV', 'PCI DSS', '3-D Secure']]],
    employers: [
      { name: 'Dragomir Engineering SRL', location: 'Cluj-Napoca, Romania', roles: [
        { title: 'Principal Consultant (independent)', start: '2020-09', end: null, bullets: [
          'Architecture and hands-on delivery for payment and banking clients, typically as the interim staff engineer of a 20–60 person engineering team.',
          { text: 'Selected engagements:', sub: [
            '**Klarwerk Payments, Berlin (2023 – present):** designed the orchestration layer routing card traffic across 14 acquirers, raising authorisation rates by 2.3 points.',
            '**Banca Transilvană Digital, Cluj-Napoca (2022 – 2023):** led the SEPA Instant integration delivered in 7 months, ahead of the regulatory deadline.',
            '**Oakridge Lending, Dublin (2021 – 2022):** ran technical due diligence for a Series C investor and wrote the remediation plan.',
            '**Vela Wallet, Lisbon (2020 – 2021):** rebuilt the ledger on PostgreSQL with double-entry invariants checked in CI.',
          ] },
          'Coach client staff engineers on writing design documents, running architecture reviews and planning migrations.',
        ] },
      ] },
      { name: 'Northgate Fintech', location: 'Amsterdam, Netherlands', roles: [
        { title: 'Staff Engineer (contract)', start: '2018-05', end: '2020-08', bullets: [
          'Technical lead for the card issuing platform (5 teams, 38 engineers) that launched debit cards in 12 EU markets and reached 1.6 million cards in two years.',
          'Replaced the batch clearing pipeline with a streaming design on Kafka, reducing settlement reconciliation from next day to under 15 minutes.',
        ] },
      ] },
      { name: 'Paylane Europe', location: 'Bucharest, Romania', roles: [
        { title: 'Engineering Lead, Acquiring', start: '2014-02', end: '2018-04', bullets: [
          'Led 14 engineers building the acquiring gateway in Java; grew volume from 200,000 to 2.5 million transactions a day with 99.99% availability.',
          'Owned PCI DSS Level 1 compliance for the gateway for four consecutive years with no critical findings.',
        ] },
        { title: 'Senior Software Engineer', start: '2011-09', end: '2014-01', bullets: [
          'Implemented the ISO 8583 message layer and 3-D Secure flows for four card schemes.',
        ] },
      ] },
      { name: 'Endava', location: 'Cluj-Napoca, Romania', roles: [
        { title: 'Software Engineer', start: '2008-07', end: '2011-08', bullets: [
          'Built core banking integrations for UK and Nordic clients as part of a 30-person nearshore team; promoted twice in three years.',
        ] },
      ] },
      { name: 'Cluj Software Factory', location: 'Cluj-Napoca, Romania', dateNote: '(acquired by Accenture)', roles: [
        { title: 'Junior Developer', start: '2006-02', end: '2008-06', bullets: [
          'Maintained a Java EE loan origination system for three Romanian banks.',
        ] },
      ] },
    ],
    earlier: [
      { title: 'Web Developer', employer: 'Arcadia Media', start: '2004', end: '2006' },
      { title: 'IT Support Technician', employer: 'Transilvania Computers', start: '2003', end: '2004' },
    ],
    education: [
      { institution: 'Technical University of Cluj-Napoca', studyType: 'Master of Science', area: 'Distributed Systems', start: '2006', end: '2008' },
      { institution: 'Babeș-Bolyai University', studyType: 'Bachelor of Science', area: 'Computer Science', start: '2002', end: '2006', score: 'Diploma grade 9.62/10' },
    ],
    talks: [
      '“Designing for the acquirer that goes down”, GopherCon EU, Berlin, 2024',
      '“ISO 20022 for engineers who were told it is just XML”, Money20/20 Europe, 2023',
      '“Double-entry ledgers on PostgreSQL”, PGConf.EU, 2021',
      '“Go in a PCI environment”, DevTalks Bucharest, 2019',
    ],
    opensource: [
      { name: 'iso8583-go', description: 'ISO 8583 message packer and parser for Go with scheme-specific dialects' },
      { name: 'ledgerkit', description: 'double-entry ledger primitives and invariant checks for PostgreSQL' },
      { name: 'sepa-instant-sim', description: 'simulator for SEPA Instant Credit Transfer test flows' },
    ],
    languages: ['Romanian (native)', 'English (fluent)', 'German (professional)', 'Hungarian (basic)'],
  },
};
