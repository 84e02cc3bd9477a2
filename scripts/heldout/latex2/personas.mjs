// Invented personas for held-out LaTeX batch 2. Every person, employer, product, e-mail (example.com) and
// phone number is made up; the phone numbers use 555-style blocks that are not assigned to subscribers.
// Universities are real institutions, used only as names. Dates are ISO 'YYYY-MM'; end: null is a current role.
// None of these people appear in batch 1 (scripts/heldout/latex/personas.mjs).

export const personas = {
  // Rust systems engineer in Norway: promotion at one employer, an ended role, open-source projects.
  eirik: {
    first: 'Eirik', last: 'Solbakken',
    label: 'Systems Engineer (Rust)',
    email: 'eirik.solbakken@example.com',
    phone: '+47 555 01 482',
    web: 'solbakken.example.com',
    github: 'esolbakk', linkedin: 'eirik-solbakken',
    city: 'Trondheim', country: 'Norway',
    summary: 'Systems engineer who writes fast, safe storage and networking code in Rust. Seven years of experience with embedded databases, async runtimes and profiling production latency.',
    work: [
      { company: 'Fjordline Data AS', position: 'Staff Software Engineer', location: 'Trondheim, Norway', start: '2023-05', end: null,
        bullets: [
          'Lead the storage team of six engineers building a log-structured key-value engine in Rust',
          'Cut p99 write latency from 14 ms to 3 ms by replacing the compaction scheduler with an IO-aware one',
          'Designed the offline backup format and its checksum verification, now used by 40 customers',
          'Run the internal Rust guild and its monthly profiling workshops',
        ] },
      { company: 'Fjordline Data AS', position: 'Senior Software Engineer', location: 'Trondheim, Norway', start: '2020-09', end: '2023-04',
        bullets: [
          'Ported the replication layer from C++ to Rust with zero downtime for existing clusters',
          'Built a deterministic simulation test harness that found 23 concurrency bugs before release',
        ] },
      { company: 'Nordkyst Maritime Systems', position: 'Software Engineer', location: 'Bergen, Norway', start: '2017-08', end: '2020-08',
        bullets: [
          'Wrote firmware tooling and a telemetry gateway for vessel sensors in C and Rust',
          'Reduced satellite bandwidth costs by 31% with a delta compression protocol',
          'Maintained the CI pipeline for cross-compiling to ARM and x86 targets',
        ] },
      { company: 'SINTEF Digital', position: 'Research Assistant', location: 'Trondheim, Norway', start: '2016-06', end: '2017-06',
        bullets: [] },
    ],
    education: [
      { institution: 'Norwegian University of Science and Technology', studyType: 'MSc', area: 'Computer Science', location: 'Trondheim, Norway', start: '2015-08', end: '2017-06',
        note: 'Thesis: Lock-free B-trees for persistent memory' },
      { institution: 'Norwegian University of Science and Technology', studyType: 'BSc', area: 'Informatics', location: 'Trondheim, Norway', start: '2012-08', end: '2015-06' },
    ],
    skillGroups: [
      ['Languages', ['Rust', 'C', 'C++', 'Python', 'SQL']],
      ['Systems', ['Tokio', 'io_uring', 'eBPF', 'Linux']],
      ['Tools', ['perf', 'Git', 'Nix', 'GitHub Actions']],
    ],
    languages: [['Norwegian', 'native'], ['English', 'fluent'], ['German', 'basic']],
    projects: [
      { name: 'fjellkv', description: 'An embeddable key-value store in Rust with crash-safe writes; 2,100 GitHub stars', keywords: ['Rust', 'io_uring'] },
      { name: 'tidevann', description: 'A tracing profiler for async Rust services that flags slow futures', keywords: ['Rust', 'eBPF'] },
    ],
    awards: [['2022', 'Best Paper, Norwegian Informatics Conference (NIK)'], ['2017', 'NTNU Excellent Thesis Award']],
  },

  // Mobile engineer in Brazil: current role, promotion, year-only dates in some layouts.
  larissa: {
    first: 'Larissa', last: 'Figueiredo Brandão',
    label: 'Senior Mobile Engineer',
    email: 'larissa.brandao@example.com',
    phone: '+55 11 5555-0193',
    web: 'larissabrandao.example.com',
    github: 'lfbrandao', linkedin: 'larissa-brandao-dev',
    city: 'São Paulo', country: 'Brazil',
    summary: 'Mobile engineer with eight years of experience shipping Android and iOS apps used by millions, with a focus on payments, accessibility and app performance.',
    work: [
      { company: 'Pitanga Pagamentos', position: 'Senior Mobile Engineer', location: 'São Paulo, Brazil', start: '2022-02', end: null,
        bullets: [
          'Lead the Kotlin Multiplatform migration of the payments SDK shared by the Android and iOS apps',
          'Reduced cold start time of the Android app by 42% with baseline profiles and lazy module loading',
          'Introduced screenshot testing and accessibility audits into the release checklist',
        ] },
      { company: 'Pitanga Pagamentos', position: 'Mobile Engineer', location: 'São Paulo, Brazil', start: '2019-07', end: '2022-01',
        bullets: [
          'Built the PIX instant payment flow in Swift and Kotlin, processing 3 million transfers per month',
          'Wrote the offline-first sync layer for the merchant app using Room and Core Data',
        ] },
      { company: 'Cajuína Studio', position: 'Android Developer', location: 'Recife, Brazil', start: '2016-03', end: '2019-06',
        bullets: [
          'Developed six client apps in Java and Kotlin for retail and health customers',
          'Set up Fastlane and Firebase App Distribution for automated beta releases',
        ] },
    ],
    education: [
      { institution: 'Universidade Federal de Pernambuco', studyType: 'Bachelor of Science', area: 'Computer Science', location: 'Recife, Brazil', start: '2012-02', end: '2016-12' },
    ],
    skillGroups: [
      ['Mobile', ['Kotlin', 'Swift', 'Jetpack Compose', 'SwiftUI', 'Kotlin Multiplatform']],
      ['Backend', ['GraphQL', 'Firebase', 'Node.js']],
      ['Practices', ['Accessibility', 'CI/CD', 'Performance profiling']],
    ],
    languages: [['Portuguese', 'native'], ['English', 'fluent'], ['Spanish', 'intermediate']],
    projects: [
      { name: 'Acessa Kit', description: 'Open-source Compose library of accessible form components, 900 GitHub stars', keywords: ['Kotlin', 'Jetpack Compose'] },
    ],
    awards: [['2023', 'Speaker, Android Dev Summit Extended São Paulo'], ['2021', 'Pitanga Pagamentos Engineering Award']],
    certificates: [['2022', 'Google Associate Android Developer'], ['2020', 'AWS Certified Cloud Practitioner']],
  },

  // Quant developer in Singapore: promotions, internships, awards, 2-page layouts.
  weijie: {
    first: 'Wei Jie', last: 'Tan',
    label: 'Quantitative Developer',
    email: 'weijie.tan@example.com',
    phone: '+65 5555 0187',
    github: 'wjtan-quant', linkedin: 'tan-wei-jie',
    city: 'Singapore', country: 'Singapore',
    summary: 'Quantitative developer building low-latency trading and risk systems in C++ and Python, with six years in market making and portfolio analytics.',
    work: [
      { company: 'Merlion Capital Partners', position: 'Vice President, Quantitative Development', location: 'Singapore', start: '2023-01', end: null,
        bullets: [
          'Own the options pricing library used by 30 traders across three Asian equity desks',
          'Rewrote the volatility surface calibration in C++20, reducing run time from 9 minutes to 40 seconds',
          'Lead a team of four developers and review all changes to the risk engine',
          'Built a Python backtesting framework on Polars that replaced three legacy tools',
        ] },
      { company: 'Merlion Capital Partners', position: 'Associate, Quantitative Development', location: 'Singapore', start: '2020-07', end: '2022-12',
        bullets: [
          'Implemented real-time Greeks aggregation over Kafka for intraday risk reporting',
          'Cut market data handler latency by 35% with lock-free ring buffers',
        ] },
      { company: 'Straits Quant Technologies', position: 'Software Engineer', location: 'Singapore', start: '2018-07', end: '2020-06',
        bullets: [
          'Developed FIX gateways and order routers for SGX and HKEX in C++',
          'Maintained the tick database ingesting 2 TB of market data per day',
        ] },
      { company: 'Orchid Securities', position: 'Technology Intern', location: 'Singapore', start: '2017-05', end: '2017-08',
        bullets: [
          'Automated daily P&L reconciliation in Python for the fixed income desk',
        ] },
    ],
    education: [
      { institution: 'National University of Singapore', studyType: 'Master of Science', area: 'Quantitative Finance', location: 'Singapore', start: '2019-08', end: '2021-05', score: '4.6/5.0' },
      { institution: 'Nanyang Technological University', studyType: 'Bachelor of Engineering', area: 'Computer Science', location: 'Singapore', start: '2014-08', end: '2018-06', score: 'First Class Honours' },
    ],
    skillGroups: [
      ['Languages', ['C++20', 'Python', 'kdb+/q', 'SQL']],
      ['Finance', ['Options pricing', 'Risk management', 'Market microstructure']],
      ['Technology', ['Kafka', 'Polars', 'Linux', 'CMake']],
    ],
    languages: [['English', 'native'], ['Mandarin', 'native'], ['Malay', 'conversational']],
    awards: [['2022', 'Merlion Capital Partners Innovation Award'], ['2018', 'NTU Dean’s List (four semesters)'], ['2016', 'Finalist, SGX Algorithmic Trading Challenge']],
    certificates: [['2021', 'CFA Level II Candidate']],
  },

  // SRE in Poland: promotion, ended roles, certificates, Polish diacritics.
  katarzyna: {
    first: 'Katarzyna', last: 'Wróblewska',
    label: 'Site Reliability Engineer',
    email: 'k.wroblewska@example.com',
    phone: '+48 555 010 233',
    web: 'wroblewska.example.com',
    github: 'kwroblewska', linkedin: 'katarzyna-wroblewska-sre',
    city: 'Kraków', country: 'Poland',
    summary: 'Site reliability engineer who keeps large Kubernetes platforms boring. Nine years across operations, observability and incident response.',
    work: [
      { company: 'Wawel Cloud sp. z o.o.', position: 'Lead Site Reliability Engineer', location: 'Kraków, Poland', start: '2022-10', end: null,
        bullets: [
          'Lead five SREs running 38 Kubernetes clusters that serve 1.2 billion requests a day',
          'Introduced SLOs and error budgets for 60 services and cut paging alerts by 55%',
          'Drove the migration from Prometheus federation to Thanos with no loss of metrics history',
        ] },
      { company: 'Wawel Cloud sp. z o.o.', position: 'Site Reliability Engineer', location: 'Kraków, Poland', start: '2019-04', end: '2022-09',
        bullets: [
          'Automated cluster upgrades with Terraform and Argo CD, from two days of manual work to one hour',
          'Wrote the incident review process and ran 40 blameless postmortems',
        ] },
      { company: 'Bursztyn Telecom', position: 'Systems Administrator', location: 'Gdańsk, Poland', start: '2015-09', end: '2019-03',
        bullets: [
          'Managed 400 Linux servers and the Ansible code that configured them',
          'Built the first Grafana dashboards and on-call rotation for the billing platform',
        ] },
    ],
    education: [
      { institution: 'AGH University of Science and Technology', studyType: 'MSc', area: 'Computer Science', location: 'Kraków, Poland', start: '2013-10', end: '2015-07' },
      { institution: 'Gdańsk University of Technology', studyType: 'BSc', area: 'Telecommunications', location: 'Gdańsk, Poland', start: '2009-10', end: '2013-02' },
    ],
    skillGroups: [
      ['Platforms', ['Kubernetes', 'AWS', 'GCP', 'Linux']],
      ['Automation', ['Terraform', 'Ansible', 'Argo CD', 'Go', 'Python']],
      ['Observability', ['Prometheus', 'Thanos', 'Grafana', 'OpenTelemetry']],
    ],
    languages: [['Polish', 'native'], ['English', 'C1'], ['Czech', 'A2']],
    certificates: [['2023', 'Certified Kubernetes Administrator (CKA)'], ['2021', 'HashiCorp Certified: Terraform Associate']],
    talks: [['2023', 'Error budgets that people actually use', 'KubeCon Europe'], ['2021', 'Postmortems without blame', 'Infoshare Gdańsk']],
  },

  // PhD-to-industry ML engineer in Israel: publications, teaching, year-only dates in academic layouts.
  noa: {
    first: 'Noa', last: 'Ben-Ami',
    label: 'Machine Learning Engineer',
    email: 'noa.benami@example.com',
    phone: '+972 55-555-0164',
    web: 'noabenami.example.com',
    github: 'noabenami', linkedin: 'noa-ben-ami', scholar: 'noa-ben-ami-scholar',
    city: 'Haifa', country: 'Israel',
    summary: 'Machine learning engineer with a PhD in speech recognition. I turn research models into reliable services, from data pipelines to on-device inference.',
    work: [
      { company: 'Carmel Voice Ltd.', position: 'Senior Machine Learning Engineer', location: 'Haifa, Israel', start: '2024-02', end: null,
        bullets: [
          'Lead the on-device speech recognition model for Hebrew and Arabic, shipped to 2 million phones',
          'Distilled a 600M-parameter model into a 45M-parameter one with a 6% relative loss in word error rate',
          'Built the evaluation pipeline that scores every release on 120 hours of labelled audio',
        ] },
      { company: 'Carmel Voice Ltd.', position: 'Machine Learning Engineer', location: 'Haifa, Israel', start: '2022-09', end: '2024-01',
        bullets: [
          'Trained streaming conformer models with PyTorch on a 64-GPU cluster',
          'Cut inference cost by 48% by quantising models to INT8 with ONNX Runtime',
        ] },
      { company: 'Technion – Israel Institute of Technology', position: 'Teaching Assistant', location: 'Haifa, Israel', start: '2018-10', end: '2022-06',
        bullets: [
          'Taught tutorials for Introduction to Machine Learning to classes of 80 students',
        ] },
      { company: 'Negev Robotics', position: 'Research Intern', location: 'Beersheba, Israel', start: '2017-07', end: '2017-09',
        bullets: [] },
    ],
    education: [
      { institution: 'Technion – Israel Institute of Technology', studyType: 'PhD', area: 'Electrical Engineering', location: 'Haifa, Israel', start: '2018-10', end: '2022-08',
        note: 'Thesis: Low-resource speech recognition with self-supervised pretraining' },
      { institution: 'Ben-Gurion University of the Negev', studyType: 'BSc', area: 'Computer Science and Mathematics', location: 'Beersheba, Israel', start: '2014-10', end: '2018-06',
        note: 'Graduated summa cum laude' },
    ],
    skillGroups: [
      ['Programming', ['Python', 'C++', 'Bash']],
      ['Machine learning', ['PyTorch', 'ONNX Runtime', 'Hugging Face Transformers', 'Kaldi']],
      ['Infrastructure', ['Kubernetes', 'Ray', 'Airflow', 'Docker']],
    ],
    languages: [['Hebrew', 'native'], ['English', 'fluent'], ['Russian', 'conversational']],
    publications: [
      'N. Ben-Ami, Y. Katz and D. Mizrahi. Self-Supervised Pretraining for Low-Resource Hebrew ASR. Interspeech 2022.',
      'N. Ben-Ami and Y. Katz. Streaming Conformers with Adaptive Context. ICASSP 2021.',
      'O. Levin, N. Ben-Ami and Y. Katz. Code-Switching Benchmarks for Hebrew and English Speech. LREC 2020.',
    ],
    awards: [['2021', 'Jacobs Fellowship for Excellence in Research'], ['2018', 'Dean’s Excellence Award, Ben-Gurion University']],
  },
};
