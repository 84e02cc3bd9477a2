// Six invented freelancers, contractors and consultants for the "freelance" held-out batch.
// Every person, e-mail (example.com / example.org), phone number (UK Ofcom drama ranges, US 555-01xx, or made-up
// numbers) and handle is invented; real, well-known companies appear only as employer / client names, and the
// agencies are used only as names. Dates are ISO 'YYYY-MM' (end null = ongoing); designs choose how to print them.
//
// engagements[]: one client engagement each. client = the company the person worked at (null when only the agency
// is printed), agency = the placing agency or platform (printed as "via …"), type = Contract / Freelance / Interim.
// company: the person's own limited company / practice, under which the engagements may be grouped.

export const PERSONAS = {
  rory: {
    id: 'rory',
    name: 'Rory Quennell',
    kind: 'developer',
    label: 'Senior Java & Kotlin Contractor',
    email: 'rory.quennell@example.com',
    phone: '07700 900418',
    phoneIntl: '+44 7700 900418',
    location: 'London, UK',
    city: 'London',
    links: { linkedin: 'linkedin.com/in/roryquennell', github: 'github.com/rquennell' },
    handles: { linkedin: 'roryquennell', github: 'rquennell' },
    rate: '£650 per day',
    ir35: 'Outside IR35',
    availability: 'Available from 3 March 2025',
    notice: '2 weeks',
    summary: 'Contract backend engineer with eleven years on the JVM, the last five as a limited-company contractor in banking, retail and the public sector. I join mid-flight, stabilise delivery and leave teams with clean services, tests and runbooks.',
    company: { name: 'Quennell Software Ltd', title: 'Director', start: '2020-09', end: null },
    hd: { contracts: 'Contract Roles', permanent: 'Permanent Roles', skills: 'Technical Skills', summary: 'Profile' },
    engagements: [
      {
        client: 'Barclays', agency: 'Hays', type: 'Contract', role: 'Senior Kotlin Developer', start: '2024-03', end: '2025-02', location: 'London', mode: 'hybrid',
        bullets: [
          'Rebuilt the payments-limits service in Kotlin and Spring Boot 3, cutting p95 latency from 420 ms to 85 ms',
          'Introduced contract tests with Pact between six squads, removing the weekly end-to-end test freeze',
          'Led the migration of 14 services from on-premise WebSphere to OpenShift',
        ],
        stack: ['Kotlin', 'Spring Boot', 'Kafka', 'OpenShift', 'PostgreSQL'],
      },
      {
        client: 'Deutsche Bank', agency: 'Harvey Nash', type: 'Contract', role: 'Java Developer', start: '2023-06', end: '2024-02', location: 'London', mode: 'on-site',
        bullets: [
          'Delivered trade-reporting adapters for EMIR Refit ahead of the April 2024 regulatory deadline',
          'Replaced a nightly batch with Kafka Streams, giving risk users intraday positions',
          'Paired with permanent staff to hand over the codebase with 85% test coverage',
        ],
        stack: ['Java 17', 'Kafka Streams', 'Oracle', 'Jenkins'],
      },
      {
        client: 'Ocado Technology', agency: null, type: 'Contract', role: 'Backend Engineer', start: '2022-10', end: '2023-05', location: 'Hatfield', mode: 'hybrid',
        bullets: [
          'Built the slot-capacity API used by the checkout for 1.2 million weekly orders',
          'Moved service configuration into Terraform and cut environment set-up from two days to one hour',
        ],
        stack: ['Java', 'Micronaut', 'AWS', 'Terraform'],
      },
      {
        client: 'HMRC', agency: 'Sopra Steria', type: 'Contract', role: 'Java Developer', start: '2022-01', end: '2022-09', location: 'Telford', mode: 'remote',
        bullets: [
          'Developed microservices for the Making Tax Digital VAT platform on the Scala and Java estate',
          'Fixed accessibility defects found in the GDS service assessment',
        ],
        stack: ['Java', 'Scala', 'MongoDB'],
      },
      {
        client: 'Sainsbury’s', agency: 'Computer Futures', type: 'Contract', role: 'Senior Java Developer', start: '2021-04', end: '2021-12', location: 'London', mode: 'remote',
        bullets: [
          'Extended the Nectar offers engine to support personalised coupons for 18 million customers',
          'Profiled and tuned JVM garbage collection, halving pod restarts during peak trading',
        ],
        stack: ['Java 11', 'Spring Boot', 'Kubernetes'],
      },
      {
        client: 'Aviva', agency: null, type: 'Contract', role: 'Java Developer', start: '2020-09', end: '2021-03', location: 'Norwich', mode: 'remote',
        bullets: [
          'Built claims-intake REST endpoints and the document upload flow for motor claims',
        ],
        stack: ['Java', 'Spring', 'Azure'],
      },
    ],
    permanent: [
      {
        company: 'Fieldmoor Systems', position: 'Senior Software Engineer', start: '2015-09', end: '2020-08', location: 'Reading',
        bullets: [
          'Owned the policy-administration API for a white-label insurance platform',
          'Mentored four junior developers and ran the fortnightly code-review clinic',
        ],
      },
      {
        company: 'Brackwell Insurance Services', position: 'Graduate Developer', start: '2013-09', end: '2015-08', location: 'Bristol',
        bullets: ['Maintained Java EE quote engines and wrote the first automated regression suite'],
      },
    ],
    education: [
      { institution: 'University of Bristol', studyType: 'BSc (Hons)', area: 'Computer Science', start: '2010-09', end: '2013-06', score: '2:1', location: 'Bristol' },
    ],
    skills: [
      { group: 'Languages', items: ['Java 17', 'Kotlin', 'SQL', 'TypeScript'] },
      { group: 'Frameworks', items: ['Spring Boot', 'Micronaut', 'Hibernate', 'Kafka Streams'] },
      { group: 'Cloud & DevOps', items: ['AWS', 'Kubernetes', 'Docker', 'Terraform', 'Jenkins', 'GitHub Actions'] },
      { group: 'Testing', items: ['JUnit 5', 'Mockito', 'Testcontainers', 'Pact'] },
    ],
    certifications: [
      { name: 'AWS Certified Developer – Associate', year: '2022' },
      { name: 'Oracle Certified Professional, Java SE 11 Developer', year: '2019' },
    ],
    languages: [],
    clients: ['Barclays', 'Deutsche Bank', 'Ocado', 'HMRC', 'Sainsbury’s', 'Aviva'],
  },

  leonor: {
    id: 'leonor',
    name: 'Leonor Tenreiro',
    kind: 'designer',
    label: 'Freelance Brand & Product Designer',
    email: 'leonor@example.org',
    phone: '+351 910 000 417',
    location: 'Lisbon, Portugal',
    city: 'Lisbon',
    url: 'tenreiro.example.com',
    links: { behance: 'behance.net/leonortenreiro', dribbble: 'dribbble.com/leonort', linkedin: 'linkedin.com/in/leonor-tenreiro' },
    handles: { behance: 'leonortenreiro', dribbble: 'leonort', linkedin: 'leonor-tenreiro' },
    rate: 'Day rate on request',
    availability: 'Booking projects from April 2025',
    summary: 'Independent designer working between brand identity and product UI. Since 2019 I have run Studio Tenreiro, a one-person practice that plugs into in-house teams for design systems, launches and rebrands.',
    company: { name: 'Studio Tenreiro', title: 'Founder & Lead Designer', start: '2019-02', end: null },
    hd: { contracts: 'Freelance Projects', permanent: 'Employment', skills: 'Tools', summary: 'About' },
    engagements: [
      {
        client: 'Farfetch', agency: null, type: 'Freelance', role: 'Product Designer, Design System', start: '2024-05', end: '2024-12', location: 'Porto', mode: 'remote',
        bullets: [
          'Audited 240 components across web and app and merged them into one token-based library in Figma',
          'Wrote usage guidelines and ran weekly office hours for 30 product designers',
        ],
      },
      {
        client: 'Feedzai', agency: null, type: 'Contract', role: 'UX Designer', start: '2023-09', end: '2024-03', location: 'Lisbon', mode: 'hybrid',
        bullets: [
          'Redesigned the fraud-analyst case manager, reducing clicks per decision by 40%',
          'Ran 18 usability sessions with analysts in three banks',
        ],
      },
      {
        client: 'Maré Alta Hotels', agency: null, type: 'Freelance', role: 'Brand Identity Designer', start: '2023-02', end: '2023-07', location: 'Algarve', mode: 'remote',
        bullets: [
          'Created the identity, signage and booking-site visual language for a group of four boutique hotels',
        ],
      },
      {
        client: 'Oficina Verde', agency: null, type: 'Freelance', role: 'Web & Brand Designer', start: '2022-06', end: '2022-11', location: 'Lisbon', mode: 'remote',
        bullets: [
          'Designed and built the cooperative’s Webflow site and a bilingual annual report',
        ],
      },
      {
        client: 'Klarna', agency: 'Toptal', type: 'Contract', role: 'Senior UI Designer', start: '2021-03', end: '2021-10', location: 'Stockholm', mode: 'remote',
        bullets: [
          'Designed merchant onboarding screens for the Portuguese and Spanish launches',
          'Prototyped the new payout dashboard in Framer for executive review',
        ],
      },
      {
        client: 'Volkswagen Digital Solutions', agency: null, type: 'Contract', role: 'UX Researcher', start: '2019-09', end: '2020-12', location: 'Lisbon', mode: 'on-site',
        bullets: [
          'Planned and ran diary studies with 40 fleet managers for a connected-car portal',
          'Turned findings into journey maps that set the 2020 product roadmap',
        ],
      },
    ],
    permanent: [
      {
        company: 'Bairro Creative Agency', position: 'Designer', start: '2015-10', end: '2019-01', location: 'Lisbon',
        bullets: [
          'Designed campaigns and packaging for food and hospitality brands',
          'Promoted from Junior Designer in 2017',
        ],
      },
    ],
    education: [
      { institution: 'Universidade de Lisboa, Faculdade de Belas-Artes', studyType: 'Licenciatura', area: 'Communication Design', start: '2011-09', end: '2015-07', location: 'Lisbon' },
      { institution: 'Copenhagen Institute of Interaction Design', studyType: 'Summer School', area: 'Interaction Design', start: '2017-07', end: '2017-08', season: 'Summer', location: 'Copenhagen' },
    ],
    skills: [
      { group: 'Design', items: ['Figma', 'Adobe Illustrator', 'Adobe InDesign', 'Photoshop', 'After Effects'] },
      { group: 'Build & prototype', items: ['Framer', 'Webflow', 'ProtoPie'] },
      { group: 'Methods', items: ['Design systems', 'User research', 'Usability testing', 'Brand identity', 'Accessibility (WCAG 2.2)'] },
    ],
    certifications: [],
    languages: [
      { language: 'Portuguese', level: 'native' },
      { language: 'English', level: 'C2' },
      { language: 'Spanish', level: 'B2' },
    ],
    clients: ['Farfetch', 'Feedzai', 'Klarna', 'Volkswagen', 'Maré Alta Hotels', 'Oficina Verde', 'Delta Cafés', 'Lisbon Design Week'],
    projects: [
      { name: 'Farfetch Atlas', description: 'A token-based design system shared by web, iOS and Android teams' },
      { name: 'Maré Alta', description: 'Identity and wayfinding for four boutique hotels on the Algarve coast' },
      { name: 'Oficina Verde Report', description: 'Bilingual annual report and Webflow site for a housing cooperative' },
    ],
  },

  gerrit: {
    id: 'gerrit',
    name: 'Gerrit Oudeman',
    kind: 'interim',
    label: 'Interim Finance & Operations Manager',
    email: 'gerrit.oudeman@example.com',
    phone: '+31 6 5550 2173',
    location: 'Utrecht, the Netherlands',
    city: 'Utrecht',
    links: { linkedin: 'linkedin.com/in/gerritoudeman' },
    handles: { linkedin: 'gerritoudeman' },
    rate: '€135 per hour',
    availability: 'Available from 1 May 2025, 4 days a week',
    summary: 'Interim manager for finance and operations turnarounds in logistics, food and public organisations. Typical assignments last six to eighteen months: stabilise the monthly close, fix working capital, land an ERP programme and hand over to a permanent successor.',
    company: { name: 'Oudeman Interim Management B.V.', title: 'Owner & Interim Manager', start: '2016-01', end: null },
    hd: { contracts: 'Interim Assignments', permanent: 'Career before interim', skills: 'Expertise', summary: 'Profile' },
    engagements: [
      {
        client: 'Philips', agency: null, type: 'Interim', role: 'Interim Finance Director Supply Chain', start: '2024-01', end: null, location: 'Eindhoven',
        bullets: [
          'Lead a finance team of 22 across three factories during the carve-out of the domestic appliances supply chain',
          'Released €38 million of working capital by renegotiating payment terms with 120 suppliers',
          'Rebuilt the rolling forecast in SAP Analytics Cloud',
        ],
      },
      {
        client: 'PostNL', agency: null, type: 'Interim', role: 'Interim Programme Manager ERP', start: '2022-09', end: '2023-11', location: 'The Hague',
        bullets: [
          'Took over a delayed SAP S/4HANA finance programme and brought go-live back within four months',
          'Chaired the design authority with the system integrator and internal audit',
        ],
      },
      {
        client: 'Heineken', agency: 'Boer & Croon', type: 'Interim', role: 'Interim Head of Operations Control', start: '2021-10', end: '2022-06', location: 'Zoeterwoude',
        bullets: [
          'Introduced a weekly cost-per-hectolitre dashboard in Power BI for two breweries',
          'Recruited and onboarded my permanent successor',
        ],
      },
      {
        client: 'Gemeente Utrecht', agency: null, type: 'Interim', role: 'Interim Controller', start: '2020-11', end: '2021-08', location: 'Utrecht',
        bullets: [
          'Restored an unqualified audit opinion after two years of qualified opinions',
        ],
      },
      {
        client: 'Van Leeuwen Logistiek', agency: null, type: 'Interim', role: 'Interim CFO', start: '2019-03', end: '2020-09', location: 'Venlo',
        bullets: [
          'Refinanced €60 million of debt and steered the company through the 2020 volume collapse',
          'Shortened the monthly close from twelve to five working days',
        ],
      },
      {
        client: 'Bakkerij Molenaar Groep', agency: 'Nyenrode Interim Pool', type: 'Interim', role: 'Interim Operations Manager', start: '2016-02', end: '2018-12', location: 'Zwolle',
        bullets: [
          'Merged two bakery sites into one and reduced waste by 18%',
        ],
      },
    ],
    permanent: [
      {
        company: 'Unilever', position: 'Finance Business Partner', start: '2010-04', end: '2015-12', location: 'Rotterdam',
        bullets: ['Business partner to the Benelux foods supply chain, budget €400 million'],
      },
      {
        company: 'KPMG', position: 'Senior Auditor', start: '2006-09', end: '2010-03', location: 'Amstelveen',
        bullets: ['Audited manufacturing and logistics clients under IFRS and Dutch GAAP'],
      },
    ],
    education: [
      { institution: 'Vrije Universiteit Amsterdam', studyType: 'Executive Master', area: 'Finance & Control', start: '2008-09', end: '2010-06', location: 'Amsterdam' },
      { institution: 'Erasmus Universiteit Rotterdam', studyType: 'MSc', area: 'Accounting & Finance', start: '2001-09', end: '2006-08', location: 'Rotterdam' },
    ],
    skills: [
      { group: 'Finance', items: ['IFRS', 'Dutch GAAP', 'Working capital management', 'Budgeting & forecasting', 'Refinancing'] },
      { group: 'Systems', items: ['SAP S/4HANA', 'SAP Analytics Cloud', 'Power BI', 'Excel'] },
      { group: 'Leadership', items: ['Change management', 'Lean Six Sigma Green Belt', 'Stakeholder management'] },
    ],
    certifications: [
      { name: 'Registercontroller (RC), VRC', year: '2010' },
      { name: 'Lean Six Sigma Green Belt', year: '2014' },
    ],
    languages: [
      { language: 'Dutch', level: 'native' },
      { language: 'English', level: 'fluent' },
      { language: 'German', level: 'good' },
    ],
    clients: ['Philips', 'PostNL', 'Heineken', 'Gemeente Utrecht', 'Van Leeuwen Logistiek'],
  },

  anjali: {
    id: 'anjali',
    name: 'Anjali Venkatesalu',
    kind: 'consultant',
    label: 'ServiceNow Consultant (ITSM / ITOM)',
    email: 'anjali.v@example.com',
    phone: '(214) 555-0162',
    location: 'Dallas, TX',
    city: 'Dallas',
    links: { linkedin: 'linkedin.com/in/anjalivenkatesalu' },
    handles: { linkedin: 'anjalivenkatesalu' },
    rate: '$85/hr C2C',
    availability: 'Available with two weeks’ notice',
    workAuth: 'Green Card holder – no sponsorship required',
    summary: 'ServiceNow consultant with six years of contract delivery on ITSM, ITOM and CMDB for airlines, telecom and healthcare clients, placed through national staffing partners on W2 and C2C terms.',
    hd: { contracts: 'Contract Experience', permanent: 'Full-Time Employment', skills: 'Technical Skills', summary: 'Professional Summary' },
    engagements: [
      {
        client: 'Southwest Airlines', agency: 'TEKsystems', type: 'W2 Contract', role: 'Senior ServiceNow Developer', start: '2024-02', end: null, location: 'Dallas, TX', mode: 'hybrid',
        bullets: [
          'Build catalog items, Flow Designer flows and IntegrationHub spokes for the crew-scheduling service desk',
          'Migrated 1,900 legacy workflows to Flow Designer ahead of the Washington DC upgrade',
          'Set up ATF test suites that now run on every update set',
        ],
      },
      {
        client: 'Texas Instruments', agency: 'Insight Global', type: 'C2C Contract', role: 'ServiceNow ITOM Consultant', start: '2023-01', end: '2024-01', location: 'Dallas, TX', mode: 'on-site',
        bullets: [
          'Configured Discovery and Service Mapping for 14,000 servers across four data centers',
          'Raised CMDB health score from 61% to 93% with identification rules and reconciliation',
        ],
      },
      {
        client: 'AT&T', agency: 'Robert Half', type: 'W2 Contract', role: 'ServiceNow Developer', start: '2022-03', end: '2022-12', location: 'Plano, TX', mode: 'remote',
        bullets: [
          'Built REST integrations between ServiceNow and Jira for 300 engineering teams',
          'Wrote script includes and business rules for major-incident automation',
        ],
      },
      {
        client: null, agency: 'Modis', type: 'Contract', role: 'ServiceNow Administrator', note: 'healthcare client, name withheld', start: '2021-06', end: '2022-02', location: 'Remote',
        bullets: [
          'Administered ITSM for a 40,000-employee hospital network, including SLAs, assignment rules and reports',
        ],
      },
      {
        client: 'McKesson', agency: 'Apex Systems', type: 'W2 Contract', role: 'ITSM Analyst', start: '2020-11', end: '2021-05', location: 'Irving, TX', mode: 'remote',
        bullets: [
          'Rolled out the change-management module and trained 120 change approvers',
        ],
      },
    ],
    permanent: [
      {
        company: 'Kintara Health Systems', position: 'IT Service Desk Analyst', start: '2019-06', end: '2020-10', location: 'Dallas, TX',
        bullets: ['Resolved tier-2 incidents and wrote 150 knowledge articles in ServiceNow'],
      },
      {
        company: 'Infosys', position: 'Systems Engineer', start: '2014-07', end: '2017-07', location: 'Hyderabad, India',
        bullets: ['Supported ITSM operations for a US retail client across three time zones'],
      },
    ],
    education: [
      { institution: 'The University of Texas at Dallas', studyType: 'M.S.', area: 'Information Technology and Management', start: '2017-08', end: '2019-05', location: 'Richardson, TX' },
      { institution: 'JNTU Hyderabad', studyType: 'B.Tech', area: 'Electronics and Communication Engineering', start: '2010-08', end: '2014-05', score: 'CGPA 8.1/10', location: 'Hyderabad' },
    ],
    skills: [
      { group: 'ServiceNow', items: ['ITSM', 'ITOM', 'CMDB', 'Discovery', 'Service Mapping', 'Flow Designer', 'IntegrationHub', 'ATF'] },
      { group: 'Development', items: ['JavaScript', 'Glide API', 'REST', 'SOAP'] },
      { group: 'Process & Tools', items: ['ITIL 4', 'Agile/Scrum', 'Jira', 'Confluence'] },
    ],
    certifications: [
      { name: 'ServiceNow Certified System Administrator (CSA)', year: '2019' },
      { name: 'Certified Implementation Specialist – ITSM', year: '2021' },
      { name: 'ITIL 4 Foundation', year: '2020' },
    ],
    languages: [],
    clients: ['Southwest Airlines', 'Texas Instruments', 'AT&T', 'McKesson'],
  },

  solveig: {
    id: 'solveig',
    name: 'Solveig Brekke',
    kind: 'translator',
    label: 'Freelance Translator, Norwegian & German into English',
    email: 'solveig@example.org',
    phone: '0131 496 0572',
    phoneIntl: '+44 131 496 0572',
    location: 'Edinburgh, Scotland',
    city: 'Edinburgh',
    url: 'brekke-translation.example.com',
    links: { proz: 'proz.com/profile/3381907', linkedin: 'linkedin.com/in/solveigbrekke' },
    handles: { proz: '3381907', linkedin: 'solveigbrekke' },
    rate: 'From £0.11 per word; review and MTPE by the hour',
    availability: 'Capacity: about 2,500 words a day',
    summary: 'Norwegian-born, Edinburgh-based translator working from Norwegian and German into English since 2016. I specialise in energy and offshore documentation, contracts and tourism marketing, and I review for agencies and direct clients.',
    hd: { contracts: 'Clients & Engagements', permanent: 'In-house Experience', skills: 'Tools & Specialisms', summary: 'About me' },
    engagements: [
      {
        client: 'RWS', agency: null, type: 'Freelance', role: 'Translator & Reviewer (NO>EN, DE>EN)', start: '2021-01', end: null, location: 'Remote',
        bullets: [
          'Translate and review life-sciences and energy projects, about 400,000 words a year',
          'Member of the Norwegian quality panel that scores new vendors',
        ],
      },
      {
        client: 'Equinor', agency: 'Semantix', type: 'Contract', role: 'Technical Translator (on-site)', start: '2023-04', end: '2023-09', location: 'Stavanger',
        bullets: [
          'Translated HSE procedures and offshore operating manuals for the Johan Castberg field',
          'Built a 6,000-entry Norwegian–English termbase with the engineering teams',
        ],
      },
      {
        client: 'European Commission, DG Translation', agency: null, type: 'Freelance', role: 'Freelance Translator (framework contract)', start: '2020-03', end: '2022-12', location: 'Remote',
        bullets: [
          'Translated German consultation responses and legal notices into English',
        ],
      },
      {
        client: 'Hurtigruten', agency: null, type: 'Freelance', role: 'Marketing Translator', start: '2019-05', end: '2020-02', location: 'Remote',
        bullets: [
          'Transcreated brochures, web copy and expedition itineraries for the UK market',
        ],
      },
      {
        client: 'Edinburgh Festival Fringe Society', agency: null, type: 'Seasonal contract', role: 'Surtitle Translator', start: '2019-07', end: '2019-08', season: 'Summer', location: 'Edinburgh',
        bullets: [
          'Surtitled four Norwegian and German productions for live performance',
        ],
      },
    ],
    permanent: [
      {
        company: 'TransPerfect', position: 'In-house Translator', start: '2016-09', end: '2018-12', location: 'London',
        bullets: ['Translated legal and financial documents and trained two junior linguists'],
      },
    ],
    education: [
      { institution: 'The University of Edinburgh', studyType: 'MSc', area: 'Translation Studies', start: '2015-09', end: '2016-08', score: 'Distinction', location: 'Edinburgh' },
      { institution: 'Universitetet i Oslo', studyType: 'BA', area: 'German Language and Literature', start: '2012-08', end: '2015-06', location: 'Oslo' },
    ],
    skills: [
      { group: 'CAT tools', items: ['Trados Studio 2024', 'memoQ', 'Phrase TMS', 'Xbench'] },
      { group: 'Specialisms', items: ['Energy & offshore', 'Contracts', 'Tourism marketing', 'Subtitling'] },
      { group: 'Services', items: ['Translation', 'Review', 'MT post-editing', 'Terminology management'] },
    ],
    certifications: [
      { name: 'Member of the Chartered Institute of Linguists (MCIL)', year: '2019' },
      { name: 'ITI Qualified Member (MITI)', year: '2021' },
    ],
    languages: [
      { language: 'Norwegian', level: 'native' },
      { language: 'English', level: 'near-native' },
      { language: 'German', level: 'C2' },
      { language: 'Swedish', level: 'reading' },
    ],
    clients: ['RWS', 'Equinor', 'European Commission', 'Hurtigruten', 'Edinburgh Festival Fringe'],
  },

  tendai: {
    id: 'tendai',
    name: 'Tendai Mbatha',
    kind: 'data',
    label: 'Independent Data Engineer',
    email: 'tendai@example.com',
    phone: '0161 496 0839',
    location: 'Manchester, UK',
    city: 'Manchester',
    url: 'larchfielddata.example.com',
    links: { github: 'github.com/tmbatha-data', linkedin: 'linkedin.com/in/tendaimbatha' },
    handles: { github: 'tmbatha-data', linkedin: 'tendaimbatha' },
    rate: '£600/day',
    ir35: 'Outside IR35',
    availability: 'Available from 1 April 2025',
    summary: 'Data engineer contracting through my own company since 2019. I design lakehouse and warehouse platforms on Databricks and Snowflake, migrate legacy SSIS estates and set up the testing and CI that keep pipelines boring.',
    company: { name: 'Larchfield Data Ltd', title: 'Director & Lead Consultant', start: '2019-06', end: null },
    hd: { contracts: 'Engagements', permanent: 'Permanent Employment', skills: 'Stack', summary: 'Summary' },
    engagements: [
      {
        client: 'Auto Trader UK', agency: null, type: 'Contract', role: 'Contract Data Engineer (Databricks)', start: '2024-06', end: null, location: 'Manchester', mode: 'hybrid',
        bullets: [
          'Designing the Unity Catalog migration for 2,300 tables and 90 data producers',
          'Cut nightly Spark job cost by 37% with Photon, cluster policies and Z-ordering',
        ],
      },
      {
        client: 'The Co-operative Bank', agency: 'Oliver Bernard', type: 'Contract', role: 'Data Platform Engineer', start: '2023-07', end: '2024-05', location: 'Manchester', mode: 'hybrid',
        bullets: [
          'Built the Azure Data Factory and dbt pipelines feeding the regulatory returns mart',
          'Added data contracts and Great Expectations checks at every layer',
        ],
      },
      {
        client: 'NHS England', agency: null, type: 'Contract', role: 'Senior Data Engineer', start: '2022-09', end: '2023-06', location: 'Leeds', mode: 'remote',
        bullets: [
          'Delivered the waiting-list data pipeline used by 42 integrated care boards',
          'Wrote the pseudonymisation service in PySpark with the data protection team',
        ],
      },
      {
        client: 'Boohoo Group', agency: 'Harnham', type: 'Contract', role: 'Data Engineer (Snowflake migration)', start: '2021-11', end: '2022-08', location: 'Manchester', mode: 'hybrid',
        bullets: [
          'Moved 600 SSIS packages to Snowflake and dbt over three releases',
        ],
      },
      {
        client: 'Kestrel Freight Analytics', agency: null, type: 'Contract', role: 'Analytics Engineer', start: '2020-10', end: '2021-10', location: 'Warrington', mode: 'remote',
        bullets: [
          'Modelled shipment events in Data Vault 2.0 and published Looker explores for customers',
        ],
      },
      {
        client: 'Manchester Airports Group', agency: null, type: 'Contract', role: 'BI Developer', start: '2019-07', end: '2020-09', location: 'Manchester', mode: 'on-site',
        bullets: [
          'Built passenger-flow dashboards in Power BI from security-lane sensors',
        ],
      },
    ],
    permanent: [
      {
        company: 'Sky', position: 'Data Engineer', start: '2016-08', end: '2019-05', location: 'Leeds',
        bullets: ['Built Kafka ingestion for set-top-box viewing events, 4 billion rows a day'],
      },
      {
        company: 'Capita', position: 'Graduate Data Analyst', start: '2014-09', end: '2016-07', location: 'Manchester',
        bullets: ['Automated contact-centre reporting with SQL Server and SSIS'],
      },
    ],
    education: [
      { institution: 'The University of Manchester', studyType: 'BSc', area: 'Mathematics', start: '2011-09', end: '2014-06', score: '2:1', location: 'Manchester' },
    ],
    skills: [
      { group: 'Languages', items: ['Python', 'SQL', 'PySpark', 'Scala'] },
      { group: 'Platforms', items: ['Databricks', 'Snowflake', 'dbt', 'Airflow', 'Kafka', 'Delta Lake'] },
      { group: 'Cloud', items: ['Azure Data Factory', 'AWS Glue', 'Terraform'] },
      { group: 'BI & modelling', items: ['Power BI', 'Looker', 'Data Vault 2.0', 'Kimball'] },
    ],
    certifications: [
      { name: 'Databricks Certified Data Engineer Professional', year: '2023' },
      { name: 'SnowPro Core Certification', year: '2022' },
    ],
    languages: [
      { language: 'English', level: 'native' },
      { language: 'Shona', level: 'fluent' },
    ],
    clients: ['Auto Trader', 'The Co-operative Bank', 'NHS England', 'Boohoo', 'MAG'],
  },
};
