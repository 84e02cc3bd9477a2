// Six invented Canadian job seekers. Every person, e-mail (example.com / example.org), phone (555-01xx fictional
// range), handle and most employers are made up; real universities, colleges and a few well-known companies appear
// only as names. Dates: 'YYYY-MM', 'YYYY' or 'present'; a co-op work term is `term: ['Winter', 2023, 4]`
// (season, year, months) and has no start/end of its own (designs print it as a season or as months).

export const PERSONAS = {
  rowan: {
    name: 'Rowan Moysiuk',
    label: 'Computer Engineering Student (Co-op)',
    email: 'rowan.moysiuk@example.com',
    phone: '(519) 555-0164',
    location: 'Waterloo, ON',
    locationLong: 'Waterloo, ON N2L 3G1',
    linkedin: 'linkedin.com/in/rowan-moysiuk',
    github: 'github.com/rmoysiuk',
    citizenship: 'Canadian citizen',
    availability: 'Seeking an 8-month co-op from September 2025',
    languages: [['English', 'native'], ['French', 'intermediate, French Immersion certificate']],
    summary: 'Fourth-year Computer Engineering co-op student with four work terms in embedded firmware, backend development and test automation. Happiest close to the hardware, but equally at home shipping web features behind feature flags.',
    quals: [
      'Four co-op work terms (16 months) in embedded, backend and test automation roles',
      'Strong C, C++ and Python; comfortable with FreeRTOS, embedded Linux and CI pipelines',
      'Led the drivetrain firmware sub-team of a student rover that placed 3rd at CIRC 2024',
      'Clear written and spoken communication in English; intermediate French',
    ],
    jobs: [
      {
        position: 'Software Developer Co-op', name: 'Shopify', location: 'Toronto, ON (Remote)', term: ['Winter', 2025, 4],
        highlights: [
          'Built a GraphQL endpoint in Ruby on Rails that exposes shipping-label refunds to merchant apps',
          'Cut flaky failures in the checkout CI pipeline by 40% by isolating shared test fixtures',
          'Shipped a React admin banner to 1.2M merchants behind a gradual feature flag',
        ],
      },
      {
        position: 'Firmware Developer Co-op', name: 'Maplecore Robotics', location: 'Kitchener, ON', term: ['Spring', 2024, 4],
        highlights: [
          'Wrote a CAN bus driver in C for STM32 motor controllers running FreeRTOS',
          'Added hardware-in-the-loop tests with pytest that caught 12 regressions before release',
          'Reduced boot time of the arm controller from 4.1 s to 1.3 s',
        ],
      },
      {
        position: 'Embedded Software Co-op', name: 'BlackBerry QNX', location: 'Ottawa, ON', term: ['Fall', 2023, 4],
        highlights: [
          'Ported a board support package to a new ARM64 evaluation board',
          'Fixed 9 defects in the network driver test suite and documented the flaky ones',
        ],
      },
      {
        position: 'QA Automation Co-op', name: 'Lakeshore Transit Analytics', location: 'Toronto, ON', term: ['Winter', 2023, 4],
        highlights: [
          'Automated 150 regression cases for a fare-data web portal with Selenium and Python',
          'Built a Jenkins job that posts nightly test reports to the team channel',
        ],
      },
    ],
    volunteer: [
      {
        position: 'Volunteer Tutor', name: 'Kitchener Public Library Homework Club', location: 'Kitchener, ON', start: '2022-01', end: '2024-04',
        highlights: ['Tutored high-school students in math and physics two evenings a month'],
      },
    ],
    education: [
      {
        institution: 'University of Waterloo', studyType: 'Bachelor of Applied Science (BASc)', area: 'Computer Engineering',
        honours: 'Honours', coop: true, location: 'Waterloo, ON', start: '2021-09', end: '2026-04', expected: true, score: '86%', scoreLabel: 'Cumulative average',
        courses: ['Real-Time Operating Systems', 'Computer Networks', 'Digital Circuits', 'Algorithms and Data Structures'],
      },
    ],
    projects: [
      {
        name: 'Sunburst Rover Team', role: 'Drivetrain Firmware Lead', keywords: ['Rust', 'Embassy', 'CAN bus'], start: '2022-09', end: 'present',
        highlights: ['Lead 5 members writing Rust firmware for six brushless wheel motors', 'Placed 3rd of 19 teams at the Canadian International Rover Challenge 2024'],
      },
      {
        name: 'TransitPulse', role: 'Personal project', keywords: ['Python', 'FastAPI', 'PostgreSQL', 'React'], start: '2024-01', end: '2024-04',
        highlights: ['Predicts GRT bus delays from GTFS-realtime feeds with a gradient-boosted model', 'Serves 300 weekly users from a $5/month VPS'],
      },
    ],
    skills: [
      ['Languages', ['C', 'C++', 'Python', 'Rust', 'TypeScript', 'SQL', 'Verilog']],
      ['Embedded', ['STM32', 'FreeRTOS', 'CAN bus', 'Embedded Linux', 'Oscilloscopes']],
      ['Tools & Frameworks', ['Git', 'Docker', 'Jenkins', 'GitHub Actions', 'pytest', 'React', 'Ruby on Rails', 'FastAPI']],
    ],
    certs: [],
    awards: ['President’s Scholarship of Distinction (2021)', 'Dean’s Honours List (2022, 2023, 2024)'],
  },

  maude: {
    name: 'Maude-Élise Vachon-Sirois',
    label: 'Business Intelligence Analyst',
    email: 'me.vachonsirois@example.com',
    phone: '514.555.0182',
    location: 'Montréal (QC)',
    locationLong: 'Montréal (Québec) H2J 2L4',
    linkedin: 'linkedin.com/in/mevachonsirois',
    github: 'github.com/mevs-data',
    citizenship: 'Canadian citizen',
    clearance: 'Reliability Status (valid until March 2028)',
    languages: [['French', 'native'], ['English', 'fluent']],
    sle: { language: 'English', reading: 'C', writing: 'B', oral: 'C' },
    bilingual: 'Bilingual: English / French',
    summary: 'Bilingual BI analyst with eight years of experience turning insurance, transit and banking data into dashboards that managers actually use. Comfortable from SQL modelling to presenting results in French or English.',
    quals: [
      'Eight years of BI and data analysis in banking, public transit and insurance',
      'Expert in SQL, Power BI (DAX, Power Query) and dimensional modelling',
      'Led the migration of 60 legacy reports to Power BI at Desjardins',
      'Fully bilingual: presents to executive committees in French and English',
    ],
    jobs: [
      {
        position: 'Senior Business Intelligence Analyst', name: 'Desjardins Group', location: 'Montréal (QC)', start: '2021-01', end: 'present',
        highlights: [
          'Lead a team of 3 analysts building Power BI reports for the property and casualty claims division',
          'Migrated 60 SSRS reports to Power BI and retired two on-premises report servers',
          'Designed a claims data mart in Snowflake with dbt, cutting the month-end refresh from 9 hours to 40 minutes',
        ],
      },
      {
        position: 'Data Analyst', name: 'Société de transport de Montréal', location: 'Montréal (QC)', start: '2018-05', end: '2020-12',
        highlights: [
          'Built ridership dashboards in Tableau used by 40 service planners',
          'Automated weekly on-time performance reports with Python and SQL Server',
          'Presented findings in French and English to the service planning committee',
        ],
      },
      {
        position: 'Junior Data Analyst', name: 'Assurances Boréalis inc.', location: 'Québec (QC)', start: '2017-06', end: '2018-04',
        highlights: [
          'Maintained SAS programs that produce monthly actuarial extracts',
          'Wrote a bilingual data dictionary covering 120 policy fields',
        ],
      },
      {
        position: 'Data Analyst Intern', name: 'Hydro-Québec', location: 'Montréal (QC)', term: ['Summer', 2016, 4],
        highlights: ['Cleaned smart-meter readings and built an outage heat map in Python'],
      },
    ],
    volunteer: [
      {
        position: 'Treasurer (Board Member)', name: 'Coopérative d’habitation Les Érables', location: 'Montréal (QC)', start: '2019-09', end: 'present',
        highlights: ['Prepare the annual budget of a 48-unit housing co-op and present it at the general assembly'],
      },
    ],
    education: [
      { institution: 'HEC Montréal', studyType: 'Graduate Diploma (DESS)', area: 'Business Intelligence', location: 'Montréal (QC)', start: '2018', end: '2019' },
      { institution: 'Université de Montréal', studyType: 'Bachelor of Science (B.Sc.)', area: 'Computer Science', location: 'Montréal (QC)', start: '2013', end: '2017' },
      { institution: 'Cégep du Vieux Montréal', studyType: 'Diploma of College Studies (DEC)', area: 'Natural Science', location: 'Montréal (QC)', start: '2011', end: '2013' },
    ],
    projects: [],
    skills: [
      ['Data', ['SQL', 'T-SQL', 'Python', 'pandas', 'DAX', 'Power Query', 'SAS']],
      ['BI & Cloud', ['Power BI', 'Tableau', 'SSRS', 'SSIS', 'Snowflake', 'dbt', 'Azure Data Factory']],
      ['Methods', ['Dimensional modelling', 'Data governance', 'Scrum']],
    ],
    certs: [
      ['Microsoft Certified: Power BI Data Analyst Associate (PL-300)', '2022'],
      ['SnowPro Core Certification', '2023'],
      ['Tableau Desktop Specialist', '2019'],
    ],
    awards: [],
  },

  olivier: {
    name: 'Olivier Thériault-Lapointe',
    label: 'Computer Science Technology Student',
    email: 'olivier.tlapointe@example.com',
    phone: '418 555-0173',
    location: 'Lévis (Québec)',
    locationLong: 'Lévis, QC G6V 4Z2',
    linkedin: 'linkedin.com/in/olivier-theriault-lapointe',
    github: 'github.com/otlapointe',
    citizenship: 'Canadian citizen',
    availability: 'Available for a summer 2025 ATE work term (May to August)',
    languages: [['French', 'native'], ['English', 'intermediate (B2)']],
    summary: 'Second-year CEGEP student in Computer Science Technology looking for a summer 2025 internship in web or mobile development. Curious, reliable and used to serving customers in French and English.',
    quals: [
      'Two years of college programming in C#, Java and web development',
      'Completed one ATE work term as a programmer analyst',
      'Reliable: three years of part-time work while studying full time',
    ],
    jobs: [
      {
        position: 'Programmer Analyst Intern (ATE work term)', name: 'Logiciels Chaudière-Appalaches inc.', location: 'Lévis (QC)', term: ['Summer', 2024, 4],
        highlights: [
          'Added search filters to a C# and ASP.NET Core inventory app used by three hardware stores',
          'Wrote 45 xUnit tests and fixed 11 bugs reported by users',
        ],
      },
      {
        position: 'Grocery Clerk (part-time)', name: 'IGA', location: 'Lévis (QC)', start: '2022-09', end: 'present',
        highlights: ['Restock shelves and train new clerks on the weekend shift', 'Serve customers in French and English'],
      },
      {
        position: 'Day Camp Counsellor', name: 'Ville de Lévis', location: 'Lévis (QC)', term: ['Summer', 2023, 2],
        highlights: ['Supervised groups of 15 children aged 8 to 10 and planned weekly activities'],
      },
    ],
    volunteer: [
      {
        position: 'Volunteer Sorter', name: 'Comptoir alimentaire de Lévis', location: 'Lévis (QC)', start: '2021-10', end: '2023-06',
        highlights: ['Sorted and packed food baskets two Saturdays a month'],
      },
    ],
    education: [
      {
        institution: 'Cégep de Lévis', studyType: 'DEC', area: 'Computer Science Technology', program: '420.B0', location: 'Lévis (QC)', start: '2022-08', end: '2025-05', expected: true, score: '88%', scoreLabel: 'Average',
        courses: ['Object-Oriented Programming', 'Databases', 'Mobile Development', 'Networks'],
      },
      { institution: 'École secondaire Pointe-Lévy', studyType: 'Secondary School Diploma (DES)', location: 'Lévis (QC)', end: '2022' },
    ],
    projects: [
      {
        name: 'BudgetÉtudiant', role: 'Android app', keywords: ['Kotlin', 'Jetpack Compose', 'Room'], start: '2024-01', end: '2024-05',
        highlights: ['Android app to track student expenses, with 300+ downloads on Google Play'],
      },
      {
        name: 'Robotics Club Website', role: 'Club project', keywords: ['React', 'Firebase'], start: '2023-09', end: '2023-12',
        highlights: ['Rebuilt the club website and its event sign-up form'],
      },
    ],
    skills: [
      ['Languages', ['C#', 'Java', 'Kotlin', 'Python', 'JavaScript', 'HTML/CSS', 'SQL']],
      ['Tools', ['Git', 'Visual Studio', 'Android Studio', 'MySQL', 'SQL Server', 'Linux', 'Unity']],
    ],
    certs: [],
    awards: ['Dean’s List, Cégep de Lévis (Fall 2023)', '2nd place, Cégep de Lévis Hackathon (2024)'],
  },

  nikhil: {
    name: 'Nikhil Vadlamudi',
    label: 'QA Automation Engineer',
    email: 'nikhil.vadlamudi@example.com',
    phone: '+1 647 555 0119',
    location: 'Brampton, ON',
    locationLong: 'Brampton, ON L6Y 0B2',
    linkedin: 'linkedin.com/in/nikhil-vadlamudi',
    github: 'github.com/nvadlamudi',
    status: 'Permanent Resident',
    languages: [['English', 'fluent, CELPIP 10'], ['Telugu', 'native'], ['Hindi', 'fluent']],
    summary: 'QA automation engineer with nine years of testing experience, including two years in Canada on insurance software. Builds maintainable Selenium and Playwright frameworks and enjoys mentoring manual testers into automation.',
    quals: [
      '9+ years of software testing, including 2 years of Canadian experience in insurance software',
      'Built Selenium and Playwright frameworks from scratch for web and API testing',
      'ISTQB Certified Tester (CTFL) and AWS Certified Cloud Practitioner',
      'Experienced in Agile teams with Jira, TestRail and Azure DevOps pipelines',
    ],
    jobs: [
      {
        position: 'QA Automation Analyst (Contract)', name: 'Trillium Mutual Insurance', location: 'Toronto, ON', start: '2023-08', end: 'present',
        highlights: [
          'Built a Playwright and TypeScript test suite covering 320 policy-quote scenarios',
          'Cut regression testing from 3 days to 5 hours by running tests in parallel on Azure DevOps',
          'Tested Guidewire PolicyCenter integrations with REST Assured and Postman',
        ],
      },
      {
        position: 'Warehouse Associate', name: 'Amazon', location: 'Brampton, ON', start: '2022-11', end: '2023-07',
        highlights: ['Picked and packed 300+ orders per shift while meeting safety targets', 'Trained 6 new associates on handheld scanner workflows'],
      },
      {
        position: 'Senior Test Engineer', name: 'Coromandel Infotech Pvt. Ltd.', location: 'Hyderabad, India', start: '2018-06', end: '2022-09', intl: true,
        highlights: [
          'Led a team of 5 testers for a US retail bank’s online banking platform',
          'Designed a hybrid Selenium, TestNG and Cucumber framework reused by 4 projects',
          'Reduced escaped defects by 35% by introducing risk-based test planning',
        ],
      },
      {
        position: 'Test Engineer (Onsite)', name: 'Coromandel Infotech Pvt. Ltd.', location: 'Makati City, Philippines', start: '2017-03', end: '2018-05', intl: true,
        highlights: ['Tested a telecom billing system at the client site with a team of 12', 'Wrote 600 SQL validation queries for data migration testing'],
      },
      {
        position: 'Test Engineer', name: 'Coromandel Infotech Pvt. Ltd.', location: 'Chennai, India', start: '2014-07', end: '2017-02', intl: true,
        highlights: ['Executed manual and automated tests for an insurance claims portal'],
      },
    ],
    volunteer: [
      {
        position: 'Volunteer Mentor', name: 'Brampton Newcomer Tech Circle', location: 'Brampton, ON', start: '2023-03', end: 'present',
        highlights: ['Run monthly mock interviews for newcomer QA and developer job seekers'],
      },
    ],
    education: [
      { institution: 'Seneca Polytechnic', studyType: 'Ontario College Graduate Certificate', area: 'Cloud Architecture and Administration', location: 'Toronto, ON', start: '2023-01', end: '2023-12' },
      {
        institution: 'Jawaharlal Nehru Technological University Hyderabad', studyType: 'Bachelor of Technology (B.Tech)', area: 'Electronics and Communication Engineering', location: 'Hyderabad, India', start: '2010', end: '2014', score: '76%', scoreLabel: 'Aggregate',
        note: 'WES evaluated: equivalent to a Canadian four-year bachelor’s degree',
      },
    ],
    projects: [],
    skills: [
      ['Test Automation', ['Selenium WebDriver', 'Playwright', 'TestNG', 'Cucumber', 'REST Assured', 'Postman', 'JMeter']],
      ['Languages', ['Java', 'TypeScript', 'Python', 'SQL']],
      ['DevOps & Tools', ['Jenkins', 'Azure DevOps', 'Git', 'Jira', 'TestRail', 'Docker']],
    ],
    certs: [
      ['ISTQB Certified Tester Foundation Level (CTFL)', '2016'],
      ['AWS Certified Cloud Practitioner', '2023'],
      ['Professional Scrum Master I (PSM I)', '2021'],
    ],
    awards: [],
  },

  temitope: {
    name: 'Temitope Adewusi',
    label: 'Accountant | CPA Candidate',
    email: 'temitope.adewusi@example.org',
    phone: '(403) 555-0126',
    location: 'Calgary, AB',
    locationLong: 'Calgary, AB T2P 1J9',
    linkedin: 'linkedin.com/in/temitope-adewusi',
    status: 'Open work permit (valid until November 2026)',
    languages: [['English', 'fluent'], ['Yoruba', 'native'], ['French', 'basic']],
    summary: 'Chartered accountant (ICAN) and CPA candidate with seven years of accounting and audit experience in Nigeria and Canada. Known for clean reconciliations, well-documented audit files and calm month-ends.',
    quals: [
      '7 years of accounting and audit experience, including 1.5 years in Canada',
      'Working knowledge of ASPE, IFRS, GST filings and year-end close',
      'Chartered Accountant (ICAN, Nigeria); CPA PEP candidate',
      'Advanced Excel, QuickBooks Online, Sage 50, Yardi and Caseware',
    ],
    jobs: [
      {
        position: 'Staff Accountant', name: 'Bow Valley Property Management Ltd.', location: 'Calgary, AB', start: '2024-05', end: 'present',
        highlights: [
          'Prepare month-end journal entries and reconciliations for 14 residential buildings',
          'Reduced unreconciled bank items from 120 to under 10 within three months',
          'Prepare quarterly GST returns and support the year-end review file in Caseware',
        ],
      },
      {
        position: 'Tax Preparer (Seasonal)', name: 'H&R Block', location: 'Calgary, AB', start: '2024-01', end: '2024-04',
        highlights: ['Prepared 210 personal income tax returns for clients, including newcomers and students'],
      },
      {
        position: 'Audit Senior', name: 'Bankole Ojo & Co. Chartered Accountants', location: 'Lagos, Nigeria', start: '2019-02', end: '2023-01', intl: true,
        highlights: [
          'Led audit fieldwork for 9 clients in manufacturing, retail and non-profit sectors',
          'Supervised 4 audit associates and reviewed working papers under IFRS',
          'Identified NGN 85 million in unrecorded liabilities at a key client',
        ],
      },
      {
        position: 'Audit Associate', name: 'Bankole Ojo & Co. Chartered Accountants', location: 'Lagos, Nigeria', start: '2016-09', end: '2019-01', intl: true,
        highlights: ['Performed substantive testing of revenue, payroll and inventory'],
      },
      {
        position: 'Accounts Officer (NYSC)', name: 'Kubwa General Hospital', location: 'Abuja, Nigeria', start: '2015-08', end: '2016-07', intl: true,
        highlights: ['Processed supplier invoices and maintained the fixed-asset register'],
      },
    ],
    volunteer: [
      {
        position: 'Volunteer Tax Preparer', name: 'Community Volunteer Income Tax Program (CVITP)', location: 'Calgary, AB', start: '2023-03', end: '2023-04',
        highlights: ['Filed 40 free tax returns for low-income households'],
      },
    ],
    education: [
      { institution: 'CPA Western School of Business', studyType: 'CPA Professional Education Program (PEP)', location: 'Calgary, AB', start: '2024', end: 'present' },
      { institution: 'University of Lagos', studyType: 'Bachelor of Science (B.Sc.)', area: 'Accounting', location: 'Lagos, Nigeria', start: '2011', end: '2015', score: 'Second Class Upper', scoreLabel: 'Class' },
    ],
    projects: [],
    skills: [
      ['Accounting', ['IFRS', 'ASPE', 'GST returns', 'Bank reconciliations', 'Month-end close', 'Accounts payable', 'External audit']],
      ['Software', ['QuickBooks Online', 'Sage 50', 'Yardi Voyager', 'Caseware', 'SAP', 'Excel', 'Power BI']],
    ],
    certs: [
      ['Associate Chartered Accountant (ACA), ICAN', '2018'],
      ['Introduction to Canadian Taxation, CPA Canada', '2023'],
    ],
    awards: [],
  },

  brody: {
    name: 'Brody MacIsaac',
    label: 'Red Seal Construction Electrician',
    email: 'brody.macisaac@example.com',
    phone: '902-555-0191',
    location: 'Dartmouth, NS',
    locationLong: 'Dartmouth, NS B2Y 4G8',
    status: 'Valid N.S. Class 5 licence, own tools and truck',
    languages: [['English', 'native']],
    summary: 'Red Seal construction electrician with eleven years in commercial, industrial and camp work. Runs safe, tidy crews, reads drawings well and finishes jobs on budget.',
    quals: [
      'Red Seal Construction Electrician (309A) with 11 years in commercial, industrial and camp work',
      'Foreman for crews of up to 8 on commercial fit-ups worth $4M',
      'Strong knowledge of the Canadian Electrical Code and Nova Scotia amendments',
      'Zero lost-time incidents since 2014',
    ],
    jobs: [
      {
        position: 'Electrical Foreman', name: 'Harbourside Electrical Contractors Ltd.', location: 'Dartmouth, NS', start: '2019-04', end: 'present',
        highlights: [
          'Run crews of 4 to 8 electricians and apprentices on commercial and institutional projects',
          'Installed 600 V distribution, lighting controls and fire alarm systems for a 6-storey medical clinic',
          'Read drawings, order material and track crew hours against the job budget',
        ],
      },
      {
        position: 'Journeyperson Electrician (14/14 rotation)', name: 'Suncor Energy', location: 'Fort McMurray, AB', start: '2017-03', end: '2019-03',
        highlights: [
          'Maintained motor control centres, VFDs and heat tracing at an oil sands upgrader',
          'Worked plant turnarounds under lockout/tagout and confined space permits',
        ],
      },
      {
        position: 'Apprentice Electrician', name: 'Cape Breton Power & Controls', location: 'Sydney, NS', start: '2013-05', end: '2017-02',
        highlights: [
          'Completed 8,000 apprenticeship hours in residential, commercial and industrial work',
          'Bent and installed EMT and rigid conduit, pulled cable and terminated panels',
        ],
      },
    ],
    volunteer: [
      {
        position: 'Volunteer Firefighter', name: 'Cole Harbour Volunteer Fire Brigade', location: 'Cole Harbour, NS', start: '2019-06', end: 'present',
        highlights: ['Respond to about 60 calls a year and maintain the station’s lighting and generator'],
      },
    ],
    education: [
      { institution: 'Nova Scotia Community College (NSCC)', studyType: 'Diploma', area: 'Electrical Construction and Industrial', location: 'Sydney, NS', start: '2011-09', end: '2013-05' },
    ],
    projects: [],
    skills: [
      ['Trade', ['Canadian Electrical Code', 'Conduit bending (EMT, rigid)', '600 V distribution', 'Motor controls', 'VFDs', 'Fire alarm systems', 'PLC troubleshooting', 'Blueprint reading']],
      ['Tools', ['Fluke multimeters', 'Megger insulation testers', 'Hydraulic benders', 'Cable pullers']],
    ],
    certs: [
      ['Red Seal Construction Electrician (309A)', '2017'],
      ['N.S. Certificate of Qualification, Construction Electrician', '2017'],
      ['Fall Protection', '2024'],
      ['WHMIS 2015', '2024'],
      ['Standard First Aid & CPR Level C', '2023'],
      ['Confined Space Entry', '2022'],
      ['Arc Flash Safety (CSA Z462)', '2023'],
      ['Elevating Work Platform Operator', '2022'],
    ],
    awards: [],
  },
};
