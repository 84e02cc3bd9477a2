// Six invented experienced software engineers for the `seniors` held-out batch (synthetic, MIT licence).
// E-mails at example.com/example.org, phones in fictional ranges (NANP 555-01xx, UK 0161 496 0xxx, Swedish 070-1740 6xx),
// invented people, handles and products; well-known companies appear only as employer names.
//
// Dates: 'YYYY-MM', 'YYYY', 'YYYY-Q3' (quarter, printed "Q3 2020", key = year), 'YYYY-summer' ("Summer 2014", key = year)
// or 'present'. A bullet is a string or [text, [sub-bullets]]. An employer with several roles is a promotion ladder
// (newest role first). { gap: true } entries are career breaks printed inside the experience section.

export const PERSONAS = {
  henrik: {
    id: 'henrik',
    name: 'Henrik Wennerström',
    label: 'Staff Software Engineer, Payments Infrastructure',
    location: 'Stockholm, Sweden',
    email: 'henrik.wennerstrom@example.com',
    phone: '+46 70 174 06 42',
    profiles: [
      { net: 'LinkedIn', handle: 'henrikwennerstrom', url: 'linkedin.com/in/henrikwennerstrom' },
      { net: 'GitHub', handle: 'hwennerstrom', url: 'github.com/hwennerstrom' },
    ],
    summary: 'Staff engineer with 15 years of backend experience, the last nine in payments. I design ledgers and settlement systems that move money correctly under failure, lead cross-team technical programmes, and grow senior engineers into technical leads.',
    achievements: [
      'Designed the double-entry ledger that settles €38 billion a year across 23 markets with zero unreconciled balances since launch.',
      'Cut payment authorisation p99 latency from 420 ms to 95 ms by moving risk scoring off the hot path.',
      'Co-inventor on 2 granted US patents on idempotent settlement; speaker at JFokus and KotlinConf.',
    ],
    work: [
      {
        company: 'Klarna', desc: 'Payments and shopping service, 5,000 employees', location: 'Stockholm, Sweden',
        roles: [
          {
            title: 'Staff Software Engineer', start: '2020-07', end: 'present', bullets: [
              'Technical lead for the Settlement domain (4 teams, 31 engineers); own the architecture roadmap and run the weekly design review.',
              ['Designed the double-entry ledger service in Kotlin on PostgreSQL and Kafka, processing 1.9M postings per minute at peak with exactly-once semantics.', [
                'Wrote the reconciliation engine that matches bank statements to ledger postings within 15 minutes of receipt.',
                'Defined the ledger invariants and the property-based test suite that guards them.',
              ]],
              'Led the migration of 140 services from a shared Oracle schema to per-domain PostgreSQL databases, retiring $2.4M a year in licence costs.',
              'Mentored 6 senior engineers; 3 have since been promoted to staff.',
            ],
          },
          {
            title: 'Senior Software Engineer', start: '2017-04', end: '2020-06', bullets: [
              'Rebuilt the merchant payout scheduler, reducing payout delays by 73% and support tickets by 18k a year.',
              'Introduced consumer-driven contract tests across 40 services, halving integration incidents within two quarters.',
            ],
          },
        ],
      },
      {
        company: 'Ledgerhaus AB', desc: 'Series B fintech, 200 people', location: 'Stockholm, Sweden',
        roles: [{
          title: 'Senior Backend Engineer', start: '2014-09', end: '2017-03', bullets: [
            'Built the card-issuing backend in Java and Go from the first commit to 450k active cards.',
            'Designed the idempotency-key layer adopted by every payment API; duplicate charges fell to zero.',
            'Set up the on-call rotation and wrote the first blameless incident review process.',
          ],
        }],
      },
      {
        company: 'Ericsson', location: 'Gothenburg, Sweden',
        roles: [{
          title: 'Software Developer', start: '2010-08', end: '2014-08', bullets: [
            'Developed charging and billing components for the OSS/BSS suite in Java, deployed at 60+ mobile operators.',
            'Cut the nightly build from 9 hours to 75 minutes by parallelising the integration test harness.',
          ],
        }],
      },
    ],
    earlier: [
      { title: 'Junior Developer', company: 'Nordkust Media', start: '2008', end: '2010' },
      { title: 'Teaching Assistant, Algorithms', company: 'KTH Royal Institute of Technology', start: '2007', end: '2008' },
    ],
    education: [
      { institution: 'KTH Royal Institute of Technology', studyType: 'MSc', area: 'Computer Science', start: '2005', end: '2010' },
    ],
    skills: [
      { group: 'Languages', items: ['Kotlin', 'Java', 'Go', 'SQL'] },
      { group: 'Data & messaging', items: ['PostgreSQL', 'Kafka', 'Cassandra', 'Redis'] },
      { group: 'Infrastructure', items: ['Kubernetes', 'Terraform', 'AWS', 'Envoy'] },
      { group: 'Practices', items: ['Domain-driven design', 'Event sourcing', 'Incident management'] },
    ],
    certs: ['AWS Certified Solutions Architect – Associate, 2019'],
    patents: [
      'US 11,488,201 B2 — Idempotent settlement of split payments across ledgers, 2022',
      'US 11,126,774 B1 — Deferred reconciliation of card authorisations, 2021',
    ],
    talks: [
      '“Ledgers that never lie”, JFokus, Stockholm, 2023',
      '“Exactly-once is a promise you cannot keep”, KotlinConf, Copenhagen, 2019',
    ],
    languages: ['Swedish (native)', 'English (fluent)', 'German (conversational)'],
  },

  adaeze: {
    id: 'adaeze',
    name: 'Adaeze Nwachukwu',
    label: 'Senior Engineering Manager',
    location: 'Toronto, ON, Canada',
    email: 'adaeze.nwachukwu@example.com',
    phone: '+1 416 555 0148',
    profiles: [
      { net: 'LinkedIn', handle: 'adaezenwachukwu', url: 'linkedin.com/in/adaezenwachukwu' },
      { net: 'GitHub', handle: 'adaezen', url: 'github.com/adaezen' },
    ],
    summary: 'Engineering manager with 12 years in software, six of them leading teams. I build teams that ship reliably: clear goals, steady hiring, and review habits that catch problems early. Hands-on background in Ruby, React and payments.',
    achievements: [
      'Grew the Checkout Platform group from 9 to 34 engineers across 4 teams with 92% retention over three years.',
      'Led the checkout rewrite that lifted conversion by 3.1% and added $41M in annual gross merchandise volume.',
      'Introduced an incident review programme that cut repeat Sev-1 incidents by 60%.',
    ],
    work: [
      {
        company: 'Shopify', desc: 'Commerce platform', location: 'Toronto, ON',
        roles: [
          {
            title: 'Senior Engineering Manager, Checkout Platform', start: '2023-06', end: 'present', bullets: [
              'Lead 4 managers and 34 engineers responsible for checkout APIs serving 12k requests per second at peak.',
              'Set the group’s OKRs and quarterly roadmap together with product and design partners.',
              'Ran the 2024 Black Friday readiness programme: no checkout outages during peak and 99.995% availability.',
            ],
          },
          {
            title: 'Engineering Manager, Checkout', start: '2021-03', end: '2023-05', bullets: [
              'Hired 14 engineers, including the team’s first 3 staff-level individual contributors.',
              ['Led the checkout rewrite from server-rendered Rails views to a React and GraphQL stack.', [
                'Coordinated 5 teams through a staged rollout to 100% of merchants in 9 months.',
                'Conversion rose 3.1% and page weight fell by 48%.',
              ]],
            ],
          },
        ],
      },
      {
        company: 'Maplewire Health', desc: 'Series C digital health startup, 350 people', location: 'Toronto, ON',
        roles: [
          {
            title: 'Engineering Manager', start: '2019-07', end: '2021-02', bullets: [
              'Managed the Patient Apps team (7 engineers) shipping the iOS, Android and web booking flows.',
              'Moved releases from monthly to weekly by introducing trunk-based development and feature flags.',
            ],
          },
          {
            title: 'Senior Software Engineer', start: '2017-Q3', end: '2019-06', bullets: [
              'Built the appointment booking API in Rails; bookings grew from 20k to 310k a month.',
              'Delivered field-level encryption of patient records to meet PHIPA requirements.',
            ],
          },
        ],
      },
      { gap: true, title: 'Career break', start: '2016-06', end: '2017-06', text: 'Relocated from Lagos to Toronto with my family and completed a part-time UX design certificate.' },
      {
        company: 'Lagoon Payments Ltd', desc: 'Payments startup, 40 people', location: 'Lagos, Nigeria',
        roles: [{
          title: 'Software Engineer', start: '2013-02', end: '2016-05', bullets: [
            'Built merchant onboarding and KYC checks in Ruby on Rails, onboarding 8k merchants in the first year.',
            'Wrote the webhook delivery service with retries and request signing, delivering 2M events a day.',
            'Mentored 4 graduate engineers and ran the weekly code review clinic.',
          ],
        }],
      },
    ],
    earlier: [
      { title: 'Graduate Trainee', company: 'Zenith Systems Integrators', start: '2011', end: '2013' },
      { title: 'IT Intern', company: 'MTN Nigeria', start: '2010', end: '2010' },
    ],
    education: [
      { institution: 'University of Lagos', studyType: 'B.Sc.', area: 'Computer Science', start: '2006', end: '2011', score: 'First Class Honours' },
      { institution: 'George Brown College', studyType: 'Certificate', area: 'UX Design', start: '2017', end: '2017' },
    ],
    skills: [
      { group: 'Leadership', items: ['Hiring', 'Coaching', 'OKRs', 'Roadmapping', 'Incident review', 'Budgeting'] },
      { group: 'Technical', items: ['Ruby on Rails', 'React', 'GraphQL', 'MySQL', 'Kafka', 'Google Cloud'] },
    ],
    certs: ['Certified ScrumMaster (CSM), Scrum Alliance, 2018', 'AWS Certified Cloud Practitioner, 2020'],
    talks: ['“Hiring for the team you will need next year”, LeadDev London, 2023'],
    languages: ['English (native)', 'Igbo (native)', 'French (intermediate)'],
  },

  joaquin: {
    id: 'joaquin',
    name: 'Joaquín Ibarrola',
    label: 'Principal Site Reliability Engineer',
    location: 'Austin, TX',
    email: 'joaquin.ibarrola@example.com',
    phone: '(512) 555-0193',
    url: 'ibarrola.example.org',
    profiles: [
      { net: 'GitHub', handle: 'jibarrola', url: 'github.com/jibarrola' },
      { net: 'LinkedIn', handle: 'joaquinibarrola', url: 'linkedin.com/in/joaquinibarrola' },
    ],
    summary: 'Site reliability engineer with 15 years running production systems, from racking servers to running a multi-region Kubernetes platform for 900 engineers. I care about SLOs that mean something, boring deploys, and on-call that people can sustain.',
    achievements: [
      'Took the platform from 99.9% to 99.99% availability across 3 AWS regions while traffic grew 4x.',
      'Cut monthly cloud spend by $310k (22%) with rightsizing, spot capacity and storage tiering.',
      'Reduced pages per on-call shift from 14 to 3 by rebuilding alerting on SLO burn rates.',
    ],
    work: [
      {
        company: 'Indeed', desc: 'Job search platform, 11,000 employees', location: 'Austin, TX',
        roles: [
          {
            title: 'Principal Site Reliability Engineer', start: '2023-01', end: 'present', bullets: [
              'Own reliability strategy for the Kubernetes platform: 41 clusters, 18k nodes and 2,600 services.',
              'Designed automated multi-region failover; a regional evacuation now takes 11 minutes instead of 2 hours.',
              'Chair the production readiness review; 120 launches reviewed in 2024.',
            ],
          },
          {
            title: 'Staff Site Reliability Engineer', start: '2020-01', end: '2022-12', bullets: [
              ['Built the SLO platform on Prometheus and Thanos used by 300 teams.', [
                'Multi-window burn-rate alerts replaced 4,000 static threshold alerts.',
                'Open-sourced the rule generator as kube-slo-burn.',
              ]],
              'Led the migration from self-managed Kubernetes to EKS with zero customer-facing downtime.',
            ],
          },
          {
            title: 'Senior Site Reliability Engineer', start: '2018-05', end: '2019-12', bullets: [
              'Automated certificate rotation for 9k endpoints with cert-manager and Vault.',
              'Wrote the capacity model that sized the 2019 data-centre exit to AWS.',
            ],
          },
        ],
      },
      {
        company: 'Lone Star Mutual', desc: 'Contract via TekBridge Staffing', location: 'Austin, TX',
        roles: [{
          title: 'DevOps Engineer (Contract)', start: '2016-10', end: '2018-04', bullets: [
            'Moved 70 legacy Java applications from VMware to AWS with Terraform and Packer.',
            'Built CI/CD pipelines in Jenkins and later GitLab CI, taking deploys from quarterly to daily.',
          ],
        }],
      },
      {
        company: 'Dell Technologies', location: 'Round Rock, TX',
        roles: [{
          title: 'Systems Engineer', start: '2011-06', end: '2016-09', bullets: [
            'Ran configuration management for 6,500 Linux servers with Puppet and later Ansible.',
            'Wrote the capacity forecasting tool in Python that guided a $12M data-centre refresh.',
            'Member of the 24/7 incident response rotation; led 30+ major incident calls.',
          ],
        }],
      },
    ],
    earlier: [
      { title: 'NOC Technician', company: 'Texas Digital Exchange', start: '2009', end: '2011' },
      { title: 'IT Support Specialist (part-time)', company: 'Texas State University', start: '2007', end: '2009' },
    ],
    education: [
      { institution: 'Texas State University', studyType: 'B.S.', area: 'Computer Science', start: '2005', end: '2009', location: 'San Marcos, TX' },
    ],
    skills: [
      { group: 'Cloud & orchestration', items: ['AWS', 'GCP', 'Kubernetes', 'Helm', 'Argo CD'] },
      { group: 'Observability', items: ['Prometheus', 'Thanos', 'Grafana', 'OpenTelemetry'] },
      { group: 'Infrastructure as code', items: ['Terraform', 'Ansible', 'Packer'] },
      { group: 'Languages', items: ['Go', 'Python', 'Bash'] },
    ],
    certs: [
      'Certified Kubernetes Administrator (CKA), 2021',
      'AWS Certified DevOps Engineer – Professional, 2020',
      'HashiCorp Certified: Terraform Associate, 2022',
    ],
    projects: [
      { name: 'kube-slo-burn', description: 'Go controller that generates multi-window SLO burn-rate alerts from Prometheus rules; 1.2k GitHub stars.', url: 'github.com/jibarrola/kube-slo-burn' },
      { name: 'terraform-aws-spotmix', description: 'Terraform module for mixed on-demand and spot node groups, used by 40+ companies.' },
    ],
    talks: [
      '“Paging less without missing more”, SREcon Americas, 2023',
      '“Burn rates for the rest of us” (lightning talk), KubeCon North America, 2021',
    ],
    languages: ['English (native)', 'Spanish (native)'],
  },

  meilin: {
    id: 'meilin',
    name: 'Mei-Lin Trevisan',
    label: 'Staff Machine Learning Engineer',
    location: 'Seattle, WA',
    email: 'meilin.trevisan@example.com',
    phone: '(206) 555-0162',
    url: 'meilin-trevisan.example.com',
    profiles: [
      { net: 'GitHub', handle: 'mltrevisan', url: 'github.com/mltrevisan' },
      { net: 'LinkedIn', handle: 'meilintrevisan', url: 'linkedin.com/in/meilintrevisan' },
    ],
    summary: 'Machine learning engineer with 9 years in industry after a PhD in information retrieval. I build ranking and recommendation systems end to end, from feature pipelines to online experiments, and lead the platform work that lets other teams ship models safely.',
    achievements: [
      'Home-recommendation ranking model lifted the saved-home rate by 11% for 36M monthly users.',
      'Built the feature store that cut model time-to-production from 6 weeks to 8 days.',
      '5 peer-reviewed papers (SIGIR, KDD, RecSys) and 2.3k GitHub stars on open-source work.',
    ],
    work: [
      {
        company: 'Zillow', desc: 'Real-estate marketplace', location: 'Seattle, WA',
        roles: [
          {
            title: 'Staff Machine Learning Engineer', start: '2022-06', end: 'present', bullets: [
              'Tech lead for personalisation across 3 teams (19 engineers and applied scientists).',
              ['Designed the two-tower retrieval and gradient-boosted re-ranking stack behind home recommendations.', [
                'Saved-home rate +11%; p95 serving latency of 38 ms at 25k QPS.',
                'Replaced nightly batch scores with streaming features from Kafka.',
              ]],
              'Set up the offline-to-online evaluation protocol now used in 60+ A/B tests a year.',
            ],
          },
          {
            title: 'Senior Machine Learning Engineer', start: '2020-Q3', end: '2022-05', bullets: [
              'Built the feature store on Spark, Delta Lake and Redis: 400 features feeding 14 production models.',
              'Cut training cost by 35% by moving to spot GPU instances with checkpointing.',
            ],
          },
        ],
      },
      {
        company: 'Trevisan Analytics LLC', desc: 'Independent consultant', location: 'Remote',
        roles: [{
          title: 'Machine Learning Consultant', start: '2019-06', end: '2020-06', bullets: [
            ['Delivered forecasting and search-ranking projects for 4 clients in retail and travel.', [
              'Demand forecast for a regional grocery chain reduced stock-outs by 17%.',
              'Learning-to-rank model for a travel site raised bookings per search by 6%.',
            ]],
          ],
        }],
      },
      {
        company: 'Tableau Software', desc: 'Analytics software, acquired by Salesforce in 2019', location: 'Seattle, WA',
        roles: [{
          title: 'Senior Data Engineer', start: '2015-08', end: '2019-05', bullets: [
            'Built usage-telemetry pipelines on Spark and Airflow processing 3 TB a day.',
            'Designed the product analytics data model used by 200 analysts and product managers.',
            'Shipped the product’s first ML feature, natural-language field suggestions (precision 0.91).',
          ],
        }],
      },
    ],
    earlier: [
      { title: 'Research Assistant', company: 'University of Washington', start: '2010', end: '2015' },
      { title: 'Research Intern', company: 'Microsoft Research', start: '2013-summer', end: '2013-summer' },
    ],
    education: [
      { institution: 'University of Washington', studyType: 'Ph.D.', area: 'Computer Science', start: '2010', end: '2015' },
      { institution: 'University of California, San Diego', studyType: 'B.S.', area: 'Mathematics–Computer Science', start: '2006', end: '2010', score: 'magna cum laude' },
    ],
    skills: [
      { group: 'Machine learning', items: ['PyTorch', 'XGBoost', 'LightGBM', 'Learning to rank', 'Embeddings'] },
      { group: 'Data', items: ['Spark', 'Airflow', 'dbt', 'Snowflake', 'Kafka'] },
      { group: 'Languages', items: ['Python', 'Scala', 'SQL'] },
      { group: 'MLOps', items: ['MLflow', 'SageMaker', 'Kubeflow', 'Docker'] },
    ],
    pubs: [
      'M. Trevisan, K. Oduya. Calibrated two-tower retrieval for sparse marketplaces. RecSys 2023.',
      'M. Trevisan, J. Halvorsen, P. Dutta. Counterfactual evaluation of home recommendations. KDD 2021.',
      'M. Trevisan, E. Lindqvist. Query intent drift in vertical search. SIGIR 2014.',
    ],
    projects: [
      { name: 'featherstore', description: 'Lightweight feature store for PyTorch training loops; 2.3k GitHub stars.', url: 'github.com/mltrevisan/featherstore' },
      { name: 'rankeval-lite', description: 'Offline ranking metrics (NDCG, MRR, recall@k) with bootstrap confidence intervals.' },
    ],
    languages: ['English (fluent)', 'Mandarin (fluent)', 'Italian (basic)'],
  },

  gideon: {
    id: 'gideon',
    name: 'Gideon Harrowgate',
    label: 'Principal Engineer',
    location: 'Manchester, UK',
    email: 'gideon.harrowgate@example.com',
    phone: '+44 161 496 0372',
    url: 'gideonharrowgate.example.org',
    profiles: [
      { net: 'GitHub', handle: 'gharrowgate', url: 'github.com/gharrowgate' },
      { net: 'LinkedIn', handle: 'gideonharrowgate', url: 'linkedin.com/in/gideonharrowgate' },
    ],
    summary: 'Principal engineer with 22 years of experience across media, consumer marketplaces and consulting. I untangle large legacy systems without stopping the business, set technical direction across many teams, and still write production code most weeks.',
    achievements: [
      'Led the strangler-fig migration of a 1.2M-line monolith into 60 services at Auto Trader, with no customer-facing outage.',
      'As a consultant, rescued 3 overdue programmes, each delivered within 6 months of my engagement.',
      'Built the BBC iPlayer recommendations API that served 9M weekly users during the London 2012 Olympics.',
    ],
    work: [
      {
        company: 'Auto Trader UK', desc: 'Online automotive marketplace, 1,100 people', location: 'Manchester, UK',
        roles: [{
          title: 'Principal Engineer', start: '2019-11', end: 'present', bullets: [
            'Set technical direction for the Marketplace platform (11 teams, about 90 engineers).',
            ['Led the monolith decomposition programme from first service to final cut-over.', [
              'Defined the domain boundaries with product and data teams.',
              'Built the Kotlin service template now used by 60 services.',
              'Retired the Oracle estate, saving £1.1M a year.',
            ]],
            'Introduced architecture decision records and a fortnightly design forum.',
            'Coached 8 senior engineers towards staff-level roles.',
          ],
        }],
      },
      {
        company: 'Harrowgate Software Ltd', desc: 'Own consultancy', location: 'Manchester, UK',
        roles: [{
          title: 'Independent Consultant', start: '2016-01', end: '2019-10', bullets: [
            ['Architecture and delivery consulting for clients in retail, government and finance:', [
              'Co-op Digital: re-planned the membership platform rebuild, which launched 4 months later.',
              'HM Land Registry (via Caxton Partners): designed the event-driven case-tracking service.',
              'Northcoast Building Society: led a 12-person team replacing the mortgage origination system.',
            ]],
            'Ran Kotlin and domain-driven design workshops for over 200 engineers.',
          ],
        }],
      },
      {
        company: 'BBC', location: 'Salford, UK',
        roles: [
          {
            title: 'Lead Engineer', start: '2013-09', end: '2015-12', bullets: [
              'Led the 8-person personalisation team through the move from on-premise hosting to AWS.',
              'Cut iPlayer page render time by 40% with edge caching and a shared component library.',
            ],
          },
          {
            title: 'Senior Software Engineer', start: '2011-03', end: '2013-08', bullets: [
              'Built the iPlayer recommendations API in Java and Scala, serving 9M weekly users during the London 2012 Olympics.',
            ],
          },
        ],
      },
      {
        company: 'Sage Group', desc: 'Business software', location: 'Newcastle upon Tyne, UK',
        roles: [{
          title: 'Software Engineer', start: '2007-06', end: '2011-02', bullets: [
            'Developed payroll calculation modules in C# for 120k small-business customers.',
            'Automated regression testing of HMRC tax-year changes, reducing release testing from 3 weeks to 4 days.',
          ],
        }],
      },
    ],
    earlier: [
      { title: 'Developer', company: 'Pennine Data Services', start: '2004', end: '2007' },
      { title: 'Web Developer (contract)', company: 'Castlefield Digital', start: '2003', end: '2004' },
      { title: 'Graduate Programmer', company: 'Norwich Union', start: '2002', end: '2003' },
    ],
    education: [
      { institution: 'The University of Manchester', studyType: 'BSc (Hons)', area: 'Computer Science', start: '1999', end: '2002', score: 'First Class' },
    ],
    skills: [
      { group: 'Languages', items: ['Kotlin', 'Java', 'TypeScript', 'Python', 'C#'] },
      { group: 'Architecture', items: ['Event-driven systems', 'Domain-driven design', 'Microservices', 'Strangler fig migrations'] },
      { group: 'Platforms', items: ['GCP', 'AWS', 'Kubernetes', 'Kafka', 'PostgreSQL'] },
    ],
    certs: ['Google Cloud Professional Cloud Architect, 2020'],
    projects: [
      { name: 'ktor-outbox', description: 'Transactional outbox library for Kotlin services; 640 GitHub stars.', url: 'github.com/gharrowgate/ktor-outbox' },
    ],
    talks: [
      '“Strangling a monolith without strangling the team”, QCon London, 2022',
      '“Kotlin at the BBC”, Manchester Java Community, 2014',
    ],
    pubs: ['G. Harrowgate. Lessons from a decade of event-driven systems. InfoQ, 2021.'],
  },

  ilse: {
    id: 'ilse',
    name: 'Ilse Vandermeulen',
    label: 'Staff Frontend Engineer',
    location: 'Rotterdam, the Netherlands',
    email: 'ilse.vandermeulen@example.org',
    phone: '+31 20 555 0173',
    url: 'ilse-vandermeulen.example.org',
    profiles: [
      { net: 'GitHub', handle: 'ilsevdm', url: 'github.com/ilsevdm' },
      { net: 'LinkedIn', handle: 'ilsevandermeulen', url: 'linkedin.com/in/ilsevandermeulen' },
    ],
    summary: 'Frontend engineer with 10 years of experience building fast, accessible web applications. I lead design-system and web-performance work across product teams, and I maintain two open-source accessibility tools.',
    achievements: [
      'Led the design system used by 45 product teams; UI defects reported by QA fell by 38%.',
      'Improved Largest Contentful Paint on the search results page from 3.4 s to 1.6 s.',
      'Maintainer of eslint-plugin-a11y-strict (310k weekly npm downloads).',
    ],
    work: [
      {
        company: 'Booking.com', desc: 'Online travel platform', location: 'Amsterdam',
        roles: [
          {
            title: 'Staff Frontend Engineer', start: '2023-04', end: 'present', bullets: [
              'Lead frontend architecture for the search and property pages, shared by 12 teams.',
              ['Drove the move from a custom bundler to Vite and React Server Components.', [
                'Build times fell from 14 minutes to 3.',
                'JavaScript shipped to the search page fell by 41%.',
              ]],
              'Run the web performance guild; performance budgets now block 1 in 20 merges that would regress Core Web Vitals.',
            ],
          },
          {
            title: 'Senior Frontend Engineer', start: '2021-02', end: '2023-03', bullets: [
              'Built the design-system component library in TypeScript and React, with Storybook and Playwright visual tests.',
              'Made the booking flow WCAG 2.1 AA compliant; accessibility issues in audits fell from 212 to 9.',
            ],
          },
        ],
      },
      {
        company: 'Coolblue', desc: 'Contract via Polderbrook Recruitment', location: 'Rotterdam',
        roles: [{
          title: 'Front-end Developer (Contract)', start: '2019-07', end: '2021-01', bullets: [
            'Rebuilt the product comparison pages in React and TypeScript, raising the add-to-cart rate by 7%.',
            'Introduced Playwright end-to-end tests, replacing a flaky Selenium suite of 600 tests.',
          ],
        }],
      },
      {
        company: 'Vandermeulen Web', desc: 'Freelance', location: 'Rotterdam',
        roles: [{
          title: 'Freelance Front-end Developer', start: '2018-01', end: '2019-06', bullets: [
            'Built sites and web apps for 9 clients, including a municipal permit portal used by 60k residents.',
          ],
        }],
      },
      {
        company: 'Grachtwerk B.V.', desc: 'Digital agency, 40 people', location: 'Amsterdam',
        roles: [{
          title: 'Front-end Developer', start: '2015-09', end: '2017-12', bullets: [
            'Delivered 20+ responsive sites and campaign apps for retail and cultural clients.',
            'Set up the agency’s first shared component library and code review practice.',
          ],
        }],
      },
    ],
    earlier: [
      { title: 'Student Assistant', company: 'Hogeschool Rotterdam', start: '2013', end: '2015' },
      { title: 'Web Development Intern', company: 'Maasdelta Media', start: '2014-summer', end: '2014-summer' },
    ],
    education: [
      { institution: 'Hogeschool Rotterdam', studyType: 'BSc', area: 'Informatica', start: '2011', end: '2015' },
    ],
    skills: [
      { group: 'Languages', items: ['TypeScript', 'JavaScript', 'HTML', 'CSS'] },
      { group: 'Frameworks', items: ['React', 'Next.js', 'Web Components', 'Vite'] },
      { group: 'Testing', items: ['Playwright', 'Jest', 'Storybook', 'axe-core'] },
      { group: 'Practices', items: ['Design systems', 'Accessibility (WCAG 2.1)', 'Web performance'] },
    ],
    certs: ['IAAP Web Accessibility Specialist (WAS), 2022'],
    projects: [
      { name: 'eslint-plugin-a11y-strict', description: 'ESLint rules for accessible React components; 310k weekly npm downloads.', url: 'github.com/ilsevdm/eslint-plugin-a11y-strict' },
      { name: 'contrast-cli', description: 'Command-line checker for colour contrast in design tokens.' },
    ],
    talks: [
      '“Budgets, not heroics: web performance at scale”, React Summit, Amsterdam, 2023',
      '“Accessible by default”, Frontend Love, Amsterdam, 2021',
    ],
    languages: ['Dutch (native)', 'English (fluent)', 'French (intermediate)'],
  },
};
