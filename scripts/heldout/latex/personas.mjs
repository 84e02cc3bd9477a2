// Invented personas for the held-out LaTeX resume batch. Every person, employer project, e-mail
// (example.com) and phone number (fictional ranges: UK 07700 900xxx, North America 555-01xx,
// Australia 0491 570 xxx) is made up. Universities are real institutions, used only as names.
// Dates are ISO 'YYYY-MM'; end: null means a current role.

export const personas = {
  amara: {
    first: 'Amara', last: 'Okonkwo-Reid',
    label: 'Machine Learning Research Scientist',
    email: 'amara.okonkwo-reid@example.com',
    phone: '+44 7700 900418',
    web: 'okonkwo-reid.example.com',
    github: 'amaraokr', linkedin: 'amara-okonkwo-reid', orcid: '0000-0003-4417-2096',
    city: 'Cambridge', country: 'United Kingdom', street: '14 Mill Road',
    summary: 'Research scientist working on sample-efficient and well-calibrated reinforcement learning for robots. Five years of experience taking ideas from paper to production, with publications at NeurIPS, ICLR and ICRA.',
    work: [
      { company: 'Fenwick Labs', position: 'Senior Research Scientist', location: 'Cambridge, UK', start: '2023-02', end: null,
        bullets: [
          'Lead a team of four researchers on sample-efficient reinforcement learning for warehouse robotics',
          'Designed an offline-to-online fine-tuning method that cut real-robot training time by 38%',
          'Published three papers at NeurIPS and ICLR and filed two patents on policy distillation',
        ] },
      { company: 'Polaris AI', position: 'Research Scientist Intern', location: 'London, UK', start: '2021-06', end: '2021-09',
        bullets: [
          'Built a JAX library for uncertainty estimation in large vision models, now used by five internal teams',
          'Reduced calibration error on ImageNet-C by 21% with a post-hoc ensembling method',
        ] },
      { company: 'University of Edinburgh', position: 'Graduate Teaching Assistant', location: 'Edinburgh, UK', start: '2019-09', end: '2022-12',
        bullets: [
          'Taught weekly tutorials for the Machine Learning Practical course to groups of 20 MSc students',
          'Designed coursework on variational autoencoders and marked more than 300 scripts',
        ] },
    ],
    education: [
      { institution: 'University of Edinburgh', studyType: 'PhD', area: 'Informatics', location: 'Edinburgh, UK', start: '2019-09', end: '2023-01',
        note: 'Thesis: Calibrated Uncertainty for Deep Reinforcement Learning' },
      { institution: 'University of Edinburgh', studyType: 'MSc', area: 'Artificial Intelligence', location: 'Edinburgh, UK', start: '2018-09', end: '2019-08',
        note: 'Awarded with Distinction' },
      { institution: 'University of Ibadan', studyType: 'BSc', area: 'Mathematics', location: 'Ibadan, Nigeria', start: '2013-10', end: '2017-07',
        note: 'First Class Honours' },
    ],
    skillGroups: [
      ['Languages', ['Python', 'C++', 'CUDA', 'Bash']],
      ['ML frameworks', ['JAX', 'PyTorch', 'NumPy', 'scikit-learn']],
      ['Research areas', ['Reinforcement learning', 'Bayesian deep learning', 'Uncertainty quantification']],
      ['Tools', ['Slurm', 'Docker', 'Git', 'Weights & Biases']],
    ],
    languages: [['English', 'native'], ['Igbo', 'native'], ['French', 'intermediate (B2)']],
    publications: [
      'A. Okonkwo-Reid, T. Lindqvist and R. Chaudhry. Offline-to-Online Policy Distillation for Warehouse Robots. NeurIPS 2024.',
      'A. Okonkwo-Reid and M. Ferreira. Calibrated Value Ensembles for Safe Exploration. ICLR 2023.',
      'A. Okonkwo-Reid, J. Hale and S. Moreau. Uncertainty-Aware Grasping under Distribution Shift. ICRA 2022.',
    ],
    awards: [
      ['2019', 'EPSRC Doctoral Training Studentship'],
      ['2017', 'Best Graduating Student in Mathematics, University of Ibadan'],
    ],
  },

  seoyeon: {
    first: 'Seo-yeon', last: 'Park',
    label: 'Embedded Software Engineer',
    email: 'seoyeon.park@example.com',
    phone: '+82 10-5555-0147',
    github: 'sypark-fw', linkedin: 'seoyeon-park-fw',
    city: 'Daejeon', country: 'South Korea',
    summary: 'Firmware engineer with eight years of experience in automotive and IoT devices, from bare-metal drivers to OTA update pipelines on ARM Cortex-M.',
    work: [
      { company: 'Hanbit Mobility Co., Ltd.', position: 'Senior Firmware Engineer', location: 'Daejeon, South Korea', start: '2022-04', end: null,
        bullets: [
          'Own the bootloader and OTA update stack of an ARM Cortex-M7 battery management unit shipped in 120,000 e-scooters',
          'Cut boot time from 1.8 s to 420 ms by restructuring the flash layout and initialising peripherals lazily',
          'Mentor three junior engineers and run weekly MISRA C code reviews',
        ] },
      { company: 'Hanbit Mobility Co., Ltd.', position: 'Firmware Engineer', location: 'Daejeon, South Korea', start: '2019-01', end: '2022-03',
        bullets: [
          'Wrote CAN and LIN drivers in C for the motor controller, certified to ISO 26262 ASIL-B',
          'Built a hardware-in-the-loop test rig with Python and Vector CANoe, raising regression coverage to 85%',
        ] },
      { company: 'Hanbit Mobility Co., Ltd.', position: 'Junior Firmware Engineer', location: 'Daejeon, South Korea', start: '2017-03', end: '2018-12',
        bullets: [
          'Ported a FreeRTOS sensor hub from STM32F4 to STM32L4, halving standby current',
        ] },
      { company: 'Daon Sensor Systems', position: 'Research Intern', location: 'Suwon, South Korea', start: '2016-07', end: '2016-12',
        bullets: [
          'Prototyped a Bluetooth LE environmental sensor on nRF52832 with Zephyr RTOS',
        ] },
    ],
    education: [
      { institution: 'KAIST', studyType: 'M.S.', area: 'Electrical Engineering', location: 'Daejeon, South Korea', start: '2015-03', end: '2017-02',
        note: 'Thesis: Low-power scheduling for multi-sensor wearables' },
      { institution: 'Kyungpook National University', studyType: 'B.S.', area: 'Electronic Engineering', location: 'Daegu, South Korea', start: '2011-03', end: '2015-02',
        score: '4.12/4.5' },
    ],
    skillGroups: [
      ['Languages', ['C', 'C++', 'Rust', 'Python', 'ARM assembly']],
      ['Platforms', ['ARM Cortex-M', 'STM32', 'nRF52', 'FreeRTOS', 'Zephyr']],
      ['Protocols', ['CAN', 'LIN', 'SPI', 'I2C', 'Bluetooth LE']],
      ['Practices', ['MISRA C', 'ISO 26262', 'Hardware-in-the-loop testing']],
    ],
    languages: [['Korean', 'native'], ['English', 'fluent'], ['Japanese', 'conversational, JLPT N2']],
    certificates: [
      ['2021', 'Automotive SPICE Provisional Assessor', 'intacs'],
      ['2016', 'Engineer Information Processing', 'HRD Korea'],
    ],
    projects: [
      { name: 'tinyboot', description: 'Open-source A/B bootloader for Cortex-M with signed images (Rust, 600 GitHub stars)' },
      { name: 'canlog-rs', description: 'Command-line CAN trace analyser written in Rust' },
    ],
  },

  gabrielle: {
    first: 'Gabrielle', last: 'Tremblay',
    label: 'Senior Full-Stack Developer',
    email: 'gabrielle.tremblay@example.com',
    phone: '+1 (514) 555-0142',
    web: 'gtremblay.example.com',
    github: 'gtremblay-dev', linkedin: 'gabrielle-tremblay',
    city: 'Montréal', region: 'QC', country: 'Canada',
    summary: 'Full-stack developer who likes boring, reliable systems. Seven years building React front ends and Node.js and Rails back ends for e-commerce and logistics.',
    work: [
      { company: 'Maplewave Commerce', position: 'Senior Full-Stack Developer', location: 'Montréal, QC', start: '2021-08', end: null,
        bullets: [
          'Lead the checkout squad of six engineers building a React and TypeScript storefront for 2M monthly shoppers',
          'Migrated payment services from a Rails monolith to Node.js services on AWS, cutting p95 latency by 45%',
          'Introduced contract testing with Pact and moved deployments from weekly to daily',
        ] },
      { company: 'Northern Loop Labs', position: 'Software Developer', location: 'Toronto, ON', start: '2018-05', end: '2021-07',
        bullets: [
          'Built a GraphQL API with Node.js and PostgreSQL for a fleet-tracking dashboard used by 300 trucking firms',
          'Rewrote the AngularJS front end in React and Redux, reducing bundle size by 60%',
          'Set up GitHub Actions pipelines and Terraform-managed staging environments',
        ] },
      { company: 'Ruelle Digital', position: 'Web Developer Intern', location: 'Laval, QC', start: '2017-05', end: '2017-08',
        bullets: [
          'Developed accessible WCAG 2.1 AA forms for a municipal permit portal',
        ] },
    ],
    education: [
      { institution: 'McGill University', studyType: 'B.Sc.', area: 'Computer Science', location: 'Montréal, QC', start: '2014-09', end: '2018-04',
        score: '3.72/4.00' },
    ],
    skillGroups: [
      ['Languages', ['TypeScript', 'JavaScript', 'Python', 'Ruby', 'SQL']],
      ['Frameworks', ['React', 'Next.js', 'Node.js', 'GraphQL', 'Ruby on Rails']],
      ['Data & cloud', ['PostgreSQL', 'Redis', 'AWS', 'Docker', 'Terraform']],
    ],
    languages: [['French', 'native'], ['English', 'fluent']],
    projects: [
      { name: 'pgqueue-lite', description: 'Open-source job queue built on PostgreSQL LISTEN/NOTIFY, 1.2k GitHub stars', keywords: ['TypeScript', 'PostgreSQL'] },
      { name: 'Vélo Planner', description: 'Bike-share trip planner PWA with offline maps', keywords: ['React', 'Mapbox'] },
    ],
  },

  aisha: {
    first: 'Aisha', last: 'Rahman',
    label: 'Senior Product Manager',
    email: 'aisha.rahman@example.com',
    phone: '+61 491 570 156',
    linkedin: 'aisharahman-pm',
    web: 'aisharahman.example.com',
    city: 'Melbourne', region: 'VIC', country: 'Australia',
    summary: 'Product manager with ten years in fintech, logistics and insurance. I turn customer research into roadmaps that engineering teams can ship.',
    work: [
      { company: 'Tidepool Finance', position: 'Senior Product Manager', location: 'Melbourne, VIC', start: '2022-01', end: null,
        bullets: [
          'Own the mobile savings product for 1.4M customers; grew monthly active users by 32% in 18 months',
          'Launched round-up investing with three squads, reaching A$50M in managed funds within a year',
          'Run quarterly discovery with 40+ customer interviews and A/B tests in Amplitude',
        ] },
      { company: 'Koala Freight', position: 'Product Manager', location: 'Sydney, NSW', start: '2019-03', end: '2021-12',
        bullets: [
          'Shipped a real-time shipment tracking portal for 2,500 business customers, cutting support calls by 27%',
          'Defined the roadmap of the API partner program with engineering and sales',
        ] },
      { company: 'Koala Freight', position: 'Associate Product Manager', location: 'Sydney, NSW', start: '2017-07', end: '2019-02',
        bullets: [
          'Managed the driver app backlog and release cadence across iOS and Android',
        ] },
      { company: 'Southern Cross Insurance Group', position: 'Business Analyst', location: 'Brisbane, QLD', start: '2015-02', end: '2017-06',
        bullets: [
          'Mapped claims processes and wrote requirements for a Guidewire ClaimCenter implementation',
        ] },
    ],
    education: [
      { institution: 'Melbourne Business School', studyType: 'Master of Business Administration', area: 'Strategy', location: 'Melbourne, VIC', start: '2020-02', end: '2022-11' },
      { institution: 'University of Queensland', studyType: 'Bachelor of Commerce', area: 'Information Systems', location: 'Brisbane, QLD', start: '2011-02', end: '2014-11' },
    ],
    skillGroups: [
      ['Product', ['Product strategy', 'Roadmapping', 'User research', 'A/B testing', 'OKRs']],
      ['Tools', ['SQL', 'Amplitude', 'Jira', 'Figma', 'Miro']],
    ],
    languages: [['English', 'native'], ['Bengali', 'fluent'], ['Malay', 'basic']],
    certificates: [
      ['2018', 'Certified Scrum Product Owner (CSPO)', 'Scrum Alliance'],
      ['2020', 'Product Analytics Certification', 'Amplitude Academy'],
    ],
  },

  javier: {
    first: 'Javier', last: 'Ortega Lozano',
    label: 'Structural Engineer',
    email: 'javier.ortega@example.com',
    phone: '+34 699 555 012',
    linkedin: 'javier-ortega-lozano',
    city: 'Valencia', country: 'Spain', street: 'Calle de Colón 48, 3º',
    summary: 'Chartered civil engineer (Ingeniero de Caminos) with eleven years in bridge design and site management. Experienced in high-speed rail viaducts, water infrastructure and BIM coordination.',
    work: [
      { company: 'Arcadia Infraestructuras S.A.', position: 'Senior Structural Engineer', location: 'Madrid, Spain', start: '2019-09', end: null,
        bullets: [
          'Lead structural design of three post-tensioned concrete viaducts (2.3 km in total) on the Madrid–Valencia high-speed line',
          'Coordinate a team of seven engineers and drafters working in Revit and Tekla Structures to BIM Level 2',
          'Reduced steel tonnage by 11% through finite-element optimisation in SAP2000 and Midas Civil',
        ] },
      { company: 'Levante Obras Civiles S.L.', position: 'Site Engineer', location: 'Valencia, Spain', start: '2015-06', end: '2019-08',
        bullets: [
          'Supervised construction of a €24M wastewater treatment plant, delivered two months ahead of schedule',
          'Managed subcontractors, quality inspections and health and safety plans for up to 120 workers on site',
        ] },
      { company: 'Ingeniería Túria', position: 'Graduate Engineer', location: 'Valencia, Spain', start: '2014-01', end: '2015-05',
        bullets: [
          'Performed geotechnical calculations and prepared tender drawings in AutoCAD Civil 3D',
        ] },
    ],
    education: [
      { institution: 'Universitat Politècnica de València', studyType: 'Máster', area: 'Ingeniería de Caminos, Canales y Puertos', location: 'Valencia, Spain', start: '2011-09', end: '2013-07',
        note: 'Erasmus semester at TU Delft (2012)' },
      { institution: 'Universitat Politècnica de València', studyType: 'Grado', area: 'Ingeniería Civil', location: 'Valencia, Spain', start: '2007-09', end: '2011-07' },
    ],
    skillGroups: [
      ['Analysis', ['SAP2000', 'Midas Civil', 'Eurocodes']],
      ['BIM & CAD', ['Revit', 'Tekla Structures', 'AutoCAD Civil 3D']],
      ['Management', ['Primavera P6', 'Cost control', 'Health and safety']],
    ],
    languages: [['Spanish', 'native'], ['Valencian', 'native'], ['English', 'C1'], ['French', 'B1']],
    projects: [
      { name: 'Cabriel river viaduct, Madrid–Valencia high-speed line', start: '2020', end: '2023', description: 'Post-tensioned concrete box-girder viaduct, 1.1 km with 66 m spans; lead structural designer' },
      { name: 'Pinedo II wastewater treatment plant', start: '2016', end: '2019', description: 'Design-and-build contract for 150,000 population equivalent; site engineer for civil works' },
      { name: 'Túria riverbed footbridge', start: '2014', end: '2014', description: 'Steel truss footbridge with a 48 m span; tender design and drawings' },
    ],
    certificates: [
      ['2020', 'Project Management Professional (PMP)', 'PMI'],
      ['2016', 'Coordinator of Health and Safety in Construction', 'Fundación Laboral de la Construcción'],
    ],
  },

  marcus: {
    first: 'Marcus J.', last: 'Whitfield',
    label: 'Senior Financial Analyst',
    email: 'marcus.whitfield@example.com',
    phone: '(312) 555-0178',
    linkedin: 'mjwhitfield',
    city: 'Chicago', region: 'IL', country: 'USA',
    summary: 'Financial analyst with six years in private equity and healthcare finance. Builds models that decision makers trust and automates the reporting around them.',
    work: [
      { company: 'Granite Peak Capital Partners', position: 'Senior Financial Analyst', location: 'Chicago, IL', start: '2022-06', end: null,
        bullets: [
          'Build three-statement LBO models for middle-market healthcare deals with enterprise values of $50M–$400M',
          'Prepared investment committee memos for nine transactions, three of which closed',
          'Automated monthly portfolio KPI reporting with Python and Power BI, saving 25 analyst hours a month',
        ] },
      { company: 'Lakeshore Health Systems', position: 'Financial Analyst', location: 'Evanston, IL', start: '2019-07', end: '2022-05',
        bullets: [
          'Owned the $310M operating budget forecast for four hospitals and presented variance analysis to the CFO',
          'Built a driver-based staffing cost model in Excel and Anaplan, improving forecast accuracy by eight points',
        ] },
      { company: 'Harbor & Vine Securities', position: 'Investment Banking Summer Analyst', location: 'New York, NY', start: '2018-06', end: '2018-08',
        bullets: [
          'Supported a sell-side M&A process for a $180M consumer goods company and built comparable companies analyses',
        ] },
    ],
    education: [
      { institution: 'University of Illinois Urbana-Champaign', studyType: 'B.S.', area: 'Finance', location: 'Champaign, IL', start: '2015-08', end: '2019-05',
        score: '3.86/4.00', note: 'Minor in Statistics; Dean’s List (all semesters)' },
    ],
    skillGroups: [
      ['Finance', ['Financial modeling', 'DCF', 'LBO', 'Budgeting and forecasting']],
      ['Technical', ['Excel', 'VBA', 'Python', 'SQL', 'Power BI', 'Anaplan']],
      ['Data', ['Bloomberg Terminal', 'Capital IQ', 'PitchBook']],
    ],
    certificates: [
      ['2023', 'CFA Level II Candidate', 'CFA Institute'],
      ['2019', 'Bloomberg Market Concepts', 'Bloomberg'],
    ],
  },
};
