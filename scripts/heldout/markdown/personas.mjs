// Seven invented developers for the "markdown" batch (all synthetic; e-mails at example.com / example.org, phones in
// the fictional ranges 555-01xx (US/Canada), 07700 900xxx (UK) and 0491 570 xxx (Australia)). Real company names
// appear only as employer names. Text fields are Markdown inline source (`code`, **bold**); the key stores what
// the page prints (md.mjs txt()).

export const PERSONAS = {
  tobias: {
    name: 'Tobias Brenneman',
    label: 'Senior Backend Engineer',
    location: 'Chicago, IL',
    email: 'tobias.brenneman@example.com',
    phone: '(312) 555-0147',
    github: 'github.com/tbrenneman',
    linkedin: 'linkedin.com/in/tobias-brenneman',
    summary: 'Backend engineer with nine years of building APIs and event pipelines in **Go**. I like boring, observable systems, small interfaces and on-call rotations that stay quiet.',
    work: [
      {
        company: 'Ardent Freight', position: 'Senior Backend Engineer', location: 'Chicago, IL', start: '2021-04', end: null,
        bullets: [
          'Designed the shipment-tracking API in Go and gRPC, serving 38k requests/s at a p99 under 45 ms',
          'Replaced a nightly billing cron job with an event-driven pipeline on `NATS JetStream`, cutting invoice lag from 24 hours to 5 minutes',
          'Led the move of 14 services from Heroku to Kubernetes (EKS) with zero customer-facing downtime',
          'Mentored four engineers and introduced table-driven tests and `golangci-lint` in CI',
        ],
      },
      {
        company: 'Cloudflare', position: 'Software Engineer, Systems', location: 'Austin, TX', start: '2018-06', end: '2021-03',
        bullets: [
          'Built a rate-limiting sidecar in Go that evaluates 2M rules per edge node',
          'Reduced memory use of the config distribution service by **60%** with a trie-based index',
          'Wrote the incident runbooks for the DNS analytics pipeline',
        ],
      },
      {
        company: 'Milestone Benefits Group', position: 'Backend Developer', location: 'Milwaukee, WI', start: '2016-01', end: '2018-05',
        bullets: [
          'Maintained PHP and Go services for benefits enrollment used by 300 employers',
          'Added PostgreSQL read replicas and a query-plan review, halving report generation time',
        ],
      },
    ],
    education: [
      { institution: 'University of Illinois Urbana-Champaign', studyType: 'B.S.', area: 'Computer Science', start: '2011-08', end: '2015-05', location: 'Urbana, IL' },
    ],
    skills: [
      { label: 'Languages', items: ['Go', 'Python', 'SQL', 'PHP'], years: '9' },
      { label: 'Infrastructure', items: ['Kubernetes', 'Docker', 'Terraform', 'AWS'], years: '5' },
      { label: 'Data', items: ['PostgreSQL', 'Redis', 'NATS', 'Kafka'], years: '7' },
      { label: 'Tooling', items: ['gRPC', 'Protocol Buffers', 'OpenTelemetry', 'Prometheus'], years: '4' },
    ],
  },

  anneliese: {
    name: 'Anneliese Haverkamp',
    label: 'Site Reliability Engineer',
    location: 'Toronto, ON',
    email: 'anneliese.haverkamp@example.com',
    phone: '416-555-0182',
    github: 'github.com/ahaverkamp',
    linkedin: 'linkedin.com/in/anneliese-haverkamp',
    summary: 'SRE who turns pager fatigue into runbooks, SLOs and automation. Seven years across Kubernetes platforms, CI/CD and incident response.',
    work: [
      {
        company: 'Shopify', position: 'Senior Site Reliability Engineer', location: 'Toronto, ON', start: '2020-09', end: null,
        bullets: [
          'Own the SLO program for checkout: 42 services with error budgets reviewed weekly with product teams',
          'Automated Kubernetes node-pool upgrades with Argo Workflows, shrinking upgrade windows from 3 days to 6 hours',
          'Reduced pager noise by 70% by rewriting alert rules around multi-window burn rates',
          'Incident commander for 30+ SEV-1 and SEV-2 incidents; wrote the blameless postmortem template',
        ],
      },
      {
        company: 'Lakeshore Telecom', position: 'DevOps Engineer', location: 'Mississauga, ON', start: '2017-05', end: '2020-08',
        bullets: [
          'Moved 120 Jenkins jobs to GitLab CI runners on autoscaling spot instances',
          'Wrote Terraform modules for VPCs, IAM and RDS used by nine product teams',
          'Introduced Prometheus and Grafana, retiring 400 Nagios checks',
        ],
      },
      {
        company: 'University of Waterloo', position: 'IT Systems Co-op', location: 'Waterloo, ON', start: '2016-01', end: '2016-04',
        bullets: ['Patched and monitored 200 Linux lab machines with Ansible'],
      },
    ],
    education: [
      { institution: 'University of Waterloo', studyType: 'BASc', area: 'Computer Engineering', start: '2012-09', end: '2017-04', location: 'Waterloo, ON' },
    ],
    skills: [
      { label: 'Cloud', items: ['AWS', 'GCP'], years: '6' },
      { label: 'Orchestration', items: ['Kubernetes', 'Helm', 'Argo CD'], years: '5' },
      { label: 'Infrastructure as code', items: ['Terraform', 'Ansible', 'Pulumi'], years: '6' },
      { label: 'Observability', items: ['Prometheus', 'Grafana', 'Loki', 'PagerDuty'], years: '5' },
      { label: 'Languages', items: ['Go', 'Python', 'Bash'], years: '7' },
    ],
    certs: ['Certified Kubernetes Administrator (CKA), 2021', 'AWS Certified SysOps Administrator – Associate, 2019'],
  },

  kasimir: {
    name: 'Kasimir Szalai',
    label: 'Systems Programmer (Rust)',
    location: 'Edinburgh, UK',
    email: 'kasimir.szalai@example.org',
    phone: '+44 7700 900431',
    github: 'github.com/kszalai',
    url: 'https://kszalai.example.org',
    summary: 'Systems programmer working on packet processing, compilers and memory safety. Rust since 2016, C and C++ before that.',
    work: [
      {
        company: 'Ferrous Networks', position: 'Senior Rust Engineer', location: 'Edinburgh', start: '2021-02', end: null,
        bullets: [
          'Wrote a zero-copy packet parser in Rust (`nom`, `bytes`) that processes 14 Gbit/s per core',
          'Ported the eBPF flow exporter from C to Rust with `aya`, removing a whole class of use-after-free bugs',
          'Maintain our fork of the `tokio` runtime; cut tail latency of the control plane by 30%',
        ],
      },
      {
        company: 'Arm', position: 'Software Engineer, Compilers', location: 'Cambridge', start: '2018-09', end: '2021-01',
        bullets: [
          'Implemented LLVM backend optimisations for Cortex-M that shrank CoreMark code size by 4%',
          'Built a libFuzzer harness that found 23 miscompilation bugs before release',
        ],
      },
      {
        company: 'University of Edinburgh', position: 'Research Assistant', location: 'Edinburgh', start: '2017-06', end: '2018-08',
        bullets: ['Prototyped a verified memory allocator in Rust and Coq for a microkernel research project'],
      },
    ],
    education: [
      { institution: 'University of Edinburgh', studyType: 'MSc', area: 'Computer Science', start: '2016-09', end: '2017-08', location: 'Edinburgh' },
      { institution: 'University of Glasgow', studyType: 'BSc (Hons)', area: 'Software Engineering', start: '2012-09', end: '2016-06', location: 'Glasgow', score: 'First Class' },
    ],
    skills: [
      { label: 'Languages', items: ['Rust', 'C', 'C++', 'Zig', 'Python'], years: '8' },
      { label: 'Systems', items: ['Linux', 'eBPF', 'io_uring', 'LLVM'], years: '6' },
      { label: 'Tools', items: ['Cargo', 'Miri', 'perf', 'GDB', 'libFuzzer'], years: '6' },
    ],
    projects: [
      { name: 'tinyring', description: 'Lock-free single-producer/single-consumer ring buffer crate, 1.2k stars', keywords: ['Rust', 'no_std'] },
      { name: 'pcap-lite', description: 'Streaming pcapng reader with zero allocations per packet', keywords: ['Rust'] },
    ],
  },

  renata: {
    name: 'Renata Castellanos',
    label: 'Data Engineer',
    location: 'Austin, TX',
    email: 'renata.castellanos@example.com',
    phone: '(512) 555-0163',
    linkedin: 'linkedin.com/in/renata-castellanos',
    github: 'github.com/rcastellanos',
    summary: 'Data engineer who builds pipelines people can trust: tested, documented and cheap to run. Comfortable from Kafka topics to the dashboard.',
    work: [
      {
        company: 'Indeed', position: 'Senior Data Engineer', location: 'Austin, TX', start: '2022-01', end: null,
        bullets: [
          'Own the batch and streaming pipelines behind job recommendations: 9 TB/day through Spark and Kafka',
          'Migrated 300 Airflow DAGs from Airflow 1 to 2 with a codemod and no missed SLAs',
          'Built a dbt project of 450 models with data contracts and column-level lineage',
        ],
      },
      {
        company: 'Brightwater Analytics', position: 'Data Engineer', location: 'Austin, TX', start: '2019-06', end: '2021-12',
        bullets: [
          'Designed the Snowflake warehouse (Data Vault 2.0) for 40 client sources',
          'Cut monthly Snowflake spend by 35% by clustering the largest fact tables and suspending idle warehouses',
          'Wrote Great Expectations suites that catch schema drift before dashboards break',
        ],
      },
      {
        company: 'Lone Star Transit Authority', position: 'Data Analyst', location: 'San Antonio, TX', start: '2017-07', end: '2019-05',
        bullets: ['Automated ridership reports with Python and SQL Server, saving 20 analyst-hours a week'],
      },
    ],
    education: [
      { institution: 'The University of Texas at San Antonio', studyType: 'B.S.', area: 'Statistics', start: '2013-08', end: '2017-05', location: 'San Antonio, TX', score: '3.7' },
    ],
    skills: [
      { label: 'Languages', items: ['Python', 'SQL', 'Scala'], years: '8', level: 'Expert' },
      { label: 'Processing', items: ['Apache Spark', 'Kafka', 'Flink', 'dbt'], years: '5', level: 'Advanced' },
      { label: 'Orchestration', items: ['Airflow', 'Dagster'], years: '5', level: 'Advanced' },
      { label: 'Warehouses', items: ['Snowflake', 'BigQuery', 'PostgreSQL'], years: '6', level: 'Expert' },
      { label: 'Cloud', items: ['AWS', 'Terraform'], years: '4', level: 'Intermediate' },
    ],
  },

  hiroko: {
    name: 'Hiroko Nakashima',
    label: 'iOS Developer',
    location: 'Melbourne, VIC',
    email: 'hiroko.nakashima@example.com',
    phone: '0491 570 156',
    github: 'github.com/hnakashima',
    url: 'https://hiroko.example.com',
    summary: 'iOS developer with eight years of shipping native apps in Swift and Objective-C. Focused on accessibility, modular architecture and fast builds.',
    work: [
      {
        company: 'Culture Amp', position: 'iOS Engineer', location: 'Melbourne', start: '2021-07', end: null,
        bullets: [
          'Rebuilt the survey-taking flow in SwiftUI, raising completion on iPhone by 12%',
          'Split the app into 18 Swift packages, bringing clean build time down from 9 to 3 minutes',
          'Added snapshot tests with `swift-snapshot-testing` and a visual diff step to the Bitrise pipeline',
        ],
      },
      {
        company: 'Wattle & Co. Digital', position: 'iOS Developer', location: 'Melbourne', start: '2018-03', end: '2021-06',
        bullets: [
          'Shipped 11 client apps to the App Store, including a banking app with 400k monthly users',
          'Introduced Combine and MVVM in place of ad-hoc delegate chains in a legacy codebase',
          'Cut the crash rate from 1.8% to 0.2% through Crashlytics triage and Core Data threading fixes',
        ],
      },
      {
        company: 'Pixel Harbour Studio', position: 'Junior Mobile Developer', location: 'Geelong', start: '2016-11', end: '2018-02',
        bullets: ['Built features for Objective-C and Swift apps and maintained the in-house push notification service'],
      },
    ],
    education: [
      { institution: 'RMIT University', studyType: 'Bachelor of Information Technology', start: '2013-03', end: '2016-11', location: 'Melbourne' },
    ],
    skills: [
      { label: 'Languages', items: ['Swift', 'Objective-C'] },
      { label: 'Frameworks', items: ['SwiftUI', 'UIKit', 'Combine', 'Core Data', 'XCTest'] },
      { label: 'Tooling', items: ['Xcode Instruments', 'Fastlane', 'Bitrise', 'Figma'] },
    ],
    projects: [
      { name: 'Tramline', description: 'Home-screen widget with live Melbourne tram arrivals, rated 4.7 on the App Store', keywords: ['WidgetKit', 'SwiftUI'] },
    ],
  },

  odalys: {
    name: 'Odalys Ferraz',
    label: 'Open-Source Maintainer · Python & TypeScript',
    location: 'Porto, Portugal',
    email: 'odalys.ferraz@example.org',
    github: 'github.com/odalysf',
    url: 'https://odalys.example.org',
    summary: 'Staff engineer and long-time open-source maintainer. I care about API design, release engineering and welcoming first-time contributors.',
    work: [
      {
        company: 'Sentry', position: 'Staff Software Engineer', location: 'Remote', start: '2022-03', end: null,
        bullets: [
          'Maintain the Python SDK (40M monthly downloads) and triage 60+ issues a week with two co-maintainers',
          'Designed the plugin API for framework integrations, now used by 25 community packages',
          'Run the monthly release train and the semantic-versioning policy',
        ],
      },
      {
        company: 'Farfetch', position: 'Senior Software Engineer', location: 'Porto', start: '2018-01', end: '2022-02',
        bullets: [
          'Built the design-token pipeline in TypeScript shared by six web and mobile apps',
          'Open-sourced `tokenforge` and grew it to 2.3k GitHub stars and 80 contributors',
        ],
      },
      {
        company: 'Grão Software', position: 'Software Developer', location: 'Braga', start: '2015-09', end: '2017-12',
        bullets: ['Developed Django and PostgreSQL booking systems for three municipalities'],
      },
    ],
    education: [
      { institution: 'Universidade do Minho', studyType: 'MSc', area: 'Informatics Engineering', start: '2010-09', end: '2015-07', location: 'Braga' },
    ],
    skills: [
      { label: 'Languages', items: ['Python', 'TypeScript', 'JavaScript', 'SQL'] },
      { label: 'Frameworks', items: ['Django', 'Node.js', 'pytest'] },
      { label: 'Release engineering', items: ['GitHub Actions', 'semantic-release', 'Docker'] },
    ],
    projects: [
      { name: 'tokenforge', description: 'Compiles design tokens to CSS, Swift and Kotlin; 2.3k stars', keywords: ['TypeScript', 'Node.js'] },
      { name: 'pytest-quarantine', description: 'pytest plugin that isolates flaky tests; 900k downloads a month', keywords: ['Python', 'pytest'] },
      { name: 'awesome-sdk-design', description: 'Curated guidelines for designing client SDKs', keywords: ['Markdown'] },
    ],
    talks: ['Maintaining a Python SDK at scale — PyCon Portugal 2023', 'Design tokens without the drama — JSConf EU 2019'],
  },

  declan: {
    name: 'Declan Eklund',
    label: 'Junior Full-Stack Developer',
    location: 'Minneapolis, MN',
    email: 'declan.eklund@example.com',
    phone: '(612) 555-0129',
    github: 'github.com/declaneklund',
    linkedin: 'linkedin.com/in/declan-eklund',
    summary: 'Full-stack developer one year out of school. I build React front ends and Node.js APIs, and I write the tests first when I can.',
    work: [
      {
        company: 'Target', position: 'Software Engineer I', location: 'Minneapolis, MN', start: '2024-07', end: null,
        bullets: [
          'Build React and TypeScript components for the store scheduling app used in 1,900 stores',
          'Added Playwright end-to-end tests for the shift-swap flow, catching 3 regressions before release',
        ],
      },
      {
        company: 'North Loop Labs', position: 'Software Engineering Intern', location: 'Minneapolis, MN', start: '2023-06', end: '2023-08', season: 'Summer',
        bullets: [
          'Wrote Express.js endpoints and PostgreSQL migrations for a volunteer-matching platform',
          'Built an admin dashboard with Next.js and Tailwind CSS',
        ],
      },
      {
        company: 'University of Minnesota', position: 'Undergraduate Teaching Assistant', location: 'Minneapolis, MN', start: '2022-09', end: '2023-05',
        bullets: ['Led weekly lab sessions for 40 students in an introductory Python course'],
      },
    ],
    education: [
      { institution: 'University of Minnesota', studyType: 'B.S.', area: 'Computer Science', start: '2020-09', end: '2024-05', location: 'Minneapolis, MN', score: '3.6/4.0' },
    ],
    skills: [
      { label: 'Frontend', items: ['JavaScript', 'TypeScript', 'React', 'Next.js', 'Tailwind CSS'], level: 'Proficient' },
      { label: 'Backend', items: ['Node.js', 'Express.js', 'PostgreSQL'], level: 'Working knowledge' },
      { label: 'Tools', items: ['Git', 'Docker', 'Playwright'], level: 'Proficient' },
    ],
    projects: [
      { name: 'PlateShare', description: 'Matches restaurants with food shelves for same-day surplus pickups', keywords: ['React', 'Node.js', 'PostgreSQL'] },
      { name: 'hot-dish', description: 'Command-line recipe scaler with unit conversion', keywords: ['Go'] },
    ],
  },
};
