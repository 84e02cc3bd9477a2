// Seven invented South Asian job seekers (India, Pakistan, Bangladesh, Sri Lanka, Nepal). Every name, employer,
// client, e-mail (example.com / example.org), handle and phone number is made up; universities, boards and schools
// are real institutions used only as names. Dates: 'YYYY-MM-DD' (the day is only printed by some date styles) or
// 'present'. Each design chooses which fields it prints and records exactly those in the key.

export const PERSONAS = {
  aniruddha: {
    id: 'aniruddha', country: 'India',
    name: 'Aniruddha Shrikant Deshpande', label: 'Senior Design Engineer – Mechanical',
    phone: '+91 98220 41736', email: 'aniruddha.deshpande@example.com',
    address: 'Flat No. 12, Shubham Residency, Wakad, Pune, Maharashtra – 411057', city: 'Pune, Maharashtra',
    profiles: [{ text: 'linkedin.com/in/aniruddha-deshpande-mech', url: 'https://www.linkedin.com/in/aniruddha-deshpande-mech' }],
    totalExp: '9+ years',
    objective: 'To work in a challenging environment in product design and development where I can apply my experience in sheet metal and casting design, and grow along with the organisation.',
    summary: [
      'Mechanical design engineer with 9+ years of experience in automotive and off-highway product development.',
      'Expertise in 3D modelling, detailing and GD&T using CATIA V5, Creo and SolidWorks.',
      'Handled complete NPD cycle from concept to PPAP for chassis and cabin parts.',
      'Experience in DFMEA, DVP&R, tolerance stack-up and design for manufacturing.',
      'Led a team of 6 design engineers and coordinated with suppliers and plant teams.',
    ],
    work: [
      {
        company: 'Kestrel Mobility Systems Pvt. Ltd.', city: 'Pune', title: 'Senior Design Engineer', start: '2019-06-17', end: 'present',
        roles: [
          'Responsible for design of cabin structure and BIW sheet metal parts for tractor and loader platforms.',
          'Preparation of 2D drawings with GD&T as per ASME Y14.5 and release through Teamcenter.',
          'Carrying out tolerance stack-up analysis and DFMEA for new parts.',
          'Coordinating with CAE team for stiffness and durability analysis and implementing design changes.',
        ],
        achievements: [
          'Reduced cabin weight by 18 kg through design optimisation, saving Rs. 2,400 per vehicle.',
          'Received "Best Innovator Award 2022" for a modular roof design adopted on 3 platforms.',
        ],
      },
      {
        company: 'Vardhaman Auto Components Limited', city: 'Chakan', title: 'Design Engineer', start: '2016-08-01', end: '2019-06-14',
        roles: [
          'Designed brackets, housings and cast parts for commercial vehicle chassis.',
          'Prepared BOM, ECN and drawing release in PLM system.',
          'Supported toolroom and suppliers during PPAP and first article inspection.',
        ],
        achievements: [
          'Completed 45 new part developments within timeline with zero field failures.',
        ],
      },
      {
        company: 'Sahyadri Precision Engineers (P) Ltd', city: 'Pune', title: 'Graduate Engineer Trainee', start: '2015-07-06', end: '2016-07-29',
        roles: [
          'Worked on fixture design and drafting of machined components in AutoCAD.',
          'Assisted in reverse engineering of spare parts for customers.',
        ],
        achievements: [],
      },
    ],
    education: [
      { deg: 'M.E.', area: 'Design Engineering', board: 'Savitribai Phule Pune University', inst: 'College of Engineering Pune', year: '2015', score: '8.12 CGPA' },
      { deg: 'B.E.', area: 'Mechanical', board: 'Savitribai Phule Pune University', inst: 'Vishwakarma Institute of Technology', year: '2013', score: '71.40%' },
      { deg: 'HSC', area: 'Science', board: 'Maharashtra State Board', inst: 'Fergusson College', year: '2009', score: '82.33%' },
      { deg: 'SSC', board: 'Maharashtra State Board', inst: 'New English School', year: '2007', score: '88.92%' },
    ],
    skills: [
      ['CAD Tools', ['CATIA V5', 'Creo Parametric', 'SolidWorks', 'AutoCAD']],
      ['PLM', ['Teamcenter', 'Windchill']],
      ['Analysis', ['ANSYS Workbench', 'Tolerance Stack-up', 'GD&T']],
      ['Quality Tools', ['DFMEA', 'DVP&R', 'PPAP', '8D']],
      ['Office', ['MS Excel', 'MS PowerPoint']],
    ],
    certs: ['Certified SolidWorks Professional (CSWP)', 'GD&T Advanced Course – ASME Y14.5, ARAI Pune'],
    languages: ['English', 'Hindi', 'Marathi'],
    strengths: ['Good analytical and problem-solving skills', 'Team player with leadership qualities'],
    hobbies: ['Trekking', 'Reading'],
    personal: [['Father\'s Name', 'Shrikant Vasant Deshpande'], ['Date of Birth', '14-03-1991'], ['Gender', 'Male'], ['Nationality', 'Indian'], ['Marital Status', 'Married'], ['Passport No.', 'T4827193']],
    place: 'Pune',
  },

  zeeshan: {
    id: 'zeeshan', country: 'Pakistan',
    name: 'Zeeshan Haider Bhatti', label: 'Assistant Manager – Accounts',
    phone: '+92 321 4790536', email: 'zeeshan.bhatti@example.org',
    address: 'House No. 47-B, Block C, Faisal Town, Lahore 54770, Pakistan', city: 'Lahore, Pakistan',
    profiles: [{ text: 'linkedin.com/in/zeeshanhbhatti', url: 'https://linkedin.com/in/zeeshanhbhatti' }],
    totalExp: '6 years',
    objective: 'A result-oriented finance professional seeking a position in a reputable organisation where I can utilise my skills in financial reporting, taxation and ERP systems to add value to the business.',
    summary: [
      'ACCA affiliate with 6 years of experience in financial reporting, payables and tax compliance.',
      'Hands-on experience of SAP FICO and Oracle NetSuite in manufacturing and FMCG sectors.',
      'Prepared monthly management accounts and IFRS-based financial statements.',
      'Good knowledge of Income Tax Ordinance 2001 and Sales Tax Act 1990.',
    ],
    work: [
      {
        company: 'Crescent Agro Foods (Pvt.) Limited', city: 'Lahore', title: 'Assistant Manager – Accounts', start: '2021-02-01', end: 'present',
        roles: [
          'Supervising accounts payable team of 4 officers and monthly vendor reconciliations.',
          'Preparation of monthly management accounts and variance analysis for the CFO.',
          'Filing of monthly sales tax returns and withholding tax statements with FBR.',
          'Coordinating with external auditors for half-yearly review and annual audit.',
        ],
        achievements: [
          'Reduced month-end closing time from 10 days to 5 days by automating accruals in SAP.',
          'Recovered PKR 3.2 million of sales tax refunds pending since 2019.',
        ],
      },
      {
        company: 'Indus Textile Mills Limited', city: 'Faisalabad', title: 'Accounts Officer', start: '2018-07-16', end: '2021-01-29',
        roles: [
          'Recording of daily vouchers, bank reconciliations and fixed asset register.',
          'Preparation of payroll for 850 employees and EOBI / social security contributions.',
          'Assisted in preparation of annual financial statements as per IFRS.',
        ],
        achievements: [
          'Identified duplicate vendor payments of PKR 780,000 during reconciliation.',
        ],
      },
      {
        company: 'Yousuf Adil & Co. Chartered Accountants', city: 'Lahore', title: 'Audit Trainee', start: '2017-01-02', end: '2018-06-29',
        roles: [
          'Performed statutory audits of manufacturing and trading companies.',
          'Tested internal controls and prepared audit working papers.',
        ],
        achievements: [],
      },
    ],
    education: [
      { deg: 'ACCA', area: 'Affiliate', board: 'ACCA UK', inst: 'Professionals\' Academy of Commerce', year: '2020', score: 'Affiliate' },
      { deg: 'B.Com (Hons)', area: 'Accounting & Finance', board: 'University of the Punjab', inst: 'Hailey College of Commerce', year: '2016', score: '3.41 CGPA' },
      { deg: 'I.Com', area: 'Commerce', board: 'BISE Lahore', inst: 'Government College of Commerce', year: '2012', score: '78%' },
      { deg: 'Matric', area: 'Science', board: 'BISE Lahore', inst: 'Crescent Model Higher Secondary School', year: '2010', score: '84%' },
    ],
    skills: [
      ['ERP', ['SAP FICO', 'Oracle NetSuite', 'QuickBooks']],
      ['Accounting', ['IFRS', 'Financial Reporting', 'Accounts Payable', 'Bank Reconciliation']],
      ['Taxation', ['Income Tax', 'Sales Tax', 'Withholding Tax']],
      ['MS Office', ['Advanced Excel', 'Power Query', 'Pivot Tables']],
    ],
    certs: ['Certified Payroll Professional – ICMA Pakistan', 'Advanced Excel for Accountants – ICAP'],
    languages: ['English', 'Urdu', 'Punjabi'],
    strengths: ['Attention to detail', 'Ability to work under pressure'],
    hobbies: ['Cricket', 'Reading Urdu literature'],
    personal: [['Father\'s Name', 'Haider Ali Bhatti'], ['Date of Birth', '09 November 1994'], ['CNIC No.', '35202-4718263-5'], ['Religion', 'Islam'], ['Domicile', 'Lahore'], ['Marital Status', 'Single'], ['Nationality', 'Pakistani']],
    place: 'Lahore',
  },

  nafisa: {
    id: 'nafisa', country: 'Bangladesh',
    name: 'Nafisa Tabassum Mahmud', label: 'Data Analyst',
    phone: '+880 1711-408263', email: 'nafisa.tabassum@example.com',
    address: 'House 23, Road 7, Dhanmondi, Dhaka-1205, Bangladesh', city: 'Dhaka, Bangladesh',
    profiles: [
      { text: 'linkedin.com/in/nafisa-tabassum', url: 'https://linkedin.com/in/nafisa-tabassum' },
      { text: 'github.com/nafisatm', url: 'https://github.com/nafisatm' },
    ],
    totalExp: '3.5 years',
    objective: 'Detail-oriented data analyst seeking to build data-driven reporting and customer analytics solutions in a growing fintech or telecom organisation.',
    summary: [
      '3.5 years of experience in SQL, Python and Power BI for telecom and mobile financial services.',
      'Built automated dashboards used by senior management for daily business review.',
      'Experience in customer segmentation, churn analysis and A/B test evaluation.',
    ],
    work: [
      {
        company: 'Padma Mobile Financial Services Ltd.', city: 'Dhaka', title: 'Data Analyst', start: '2022-03-01', end: 'present',
        roles: [
          'Develop and maintain Power BI dashboards for transaction volume, agent performance and KYC funnel.',
          'Write SQL queries on Oracle and BigQuery to extract data for business teams.',
          'Perform customer segmentation using RFM analysis in Python.',
        ],
        achievements: [
          'Churn model helped retention team reduce monthly churn from 4.1% to 3.2%.',
          'Automated 14 weekly Excel reports, saving 20 hours of manual work every week.',
        ],
      },
      {
        company: 'Meghna Telecom Limited', city: 'Dhaka', title: 'Junior Business Analyst', start: '2020-10-15', end: '2022-02-28',
        roles: [
          'Prepared daily revenue and recharge reports for the commercial team.',
          'Analysed campaign performance and presented findings to product managers.',
          'Maintained data dictionary and validated data quality in the reporting warehouse.',
        ],
        achievements: [
          'Recognised as "Star Performer of the Quarter" in Q3 2021.',
        ],
      },
    ],
    education: [
      { deg: 'BSc', area: 'Statistics', board: 'University of Dhaka', inst: 'University of Dhaka', year: '2020', start: '2015', score: '3.62 out of 4.00' },
      { deg: 'HSC', area: 'Science', board: 'Dhaka Board', inst: 'Viqarunnisa Noon School & College', year: '2015', score: 'GPA 5.00' },
      { deg: 'SSC', area: 'Science', board: 'Dhaka Board', inst: 'Viqarunnisa Noon School & College', year: '2013', score: 'GPA 5.00' },
    ],
    skills: [
      ['Languages', ['SQL', 'Python', 'R']],
      ['BI Tools', ['Power BI', 'Tableau', 'Looker Studio']],
      ['Databases', ['Oracle', 'Google BigQuery', 'PostgreSQL']],
      ['Libraries', ['pandas', 'scikit-learn', 'Matplotlib']],
      ['Others', ['Advanced Excel', 'Git', 'Airflow']],
    ],
    certs: ['Google Data Analytics Professional Certificate', 'Microsoft Certified: Power BI Data Analyst Associate'],
    languages: ['Bangla', 'English'],
    strengths: ['Strong communication skills', 'Curious and quick learner'],
    hobbies: ['Photography', 'Travelling'],
    personal: [['Father\'s Name', 'Md. Abdul Mahmud'], ['Mother\'s Name', 'Shahnaz Parvin'], ['Date of Birth', '02 February 1998'], ['Religion', 'Islam'], ['Nationality', 'Bangladeshi (by birth)'], ['Blood Group', 'B+']],
    place: 'Dhaka',
  },

  kavindu: {
    id: 'kavindu', country: 'Sri Lanka',
    name: 'Kavindu Sachintha Ranasinghe', label: 'Senior Software Engineer',
    phone: '+94 77 318 6042', email: 'kavindu.ranasinghe@example.com',
    address: 'No. 58/3, Temple Road, Maharagama 10280, Sri Lanka', city: 'Colombo, Sri Lanka',
    profiles: [
      { text: 'github.com/kavindu-sr', url: 'https://github.com/kavindu-sr' },
      { text: 'linkedin.com/in/kavindu-ranasinghe', url: 'https://linkedin.com/in/kavindu-ranasinghe' },
    ],
    totalExp: '6 years',
    objective: 'Seeking a senior engineering role in a product company where I can design scalable backend systems and mentor engineers.',
    summary: [
      'Software engineer with 6 years of experience in Java, Spring Boot and React for banking and travel domains.',
      'Designed microservices deployed on AWS with Docker and Kubernetes.',
      'Experienced in Agile delivery with offshore teams for clients in the UK and Australia.',
    ],
    work: [
      {
        company: 'Lankatech Solutions (Pvt) Ltd', city: 'Colombo', title: 'Senior Software Engineer', start: '2021-09-01', end: 'present',
        roles: [
          'Lead a team of 5 engineers delivering payment microservices for a UK retail bank.',
          'Review designs and pull requests and guide junior engineers.',
        ],
        achievements: [
          'Promoted from Software Engineer to Senior Software Engineer within 2 years.',
        ],
        projects: [
          {
            title: 'Open Banking Payment Gateway', client: 'Northgate Bank plc, UK', role: 'Senior Software Engineer', duration: ['2022-04-01', 'present'], team: '12',
            tech: 'Java 17, Spring Boot, Kafka, PostgreSQL, AWS EKS',
            desc: 'PSD2 compliant payment initiation platform that processes more than 300,000 payments per day.',
            resp: [
              'Designed idempotent payment APIs and event-driven settlement flows with Kafka.',
              'Improved p95 latency of the payment initiation API from 480 ms to 190 ms.',
              'Implemented contract tests and Testcontainers based integration tests.',
            ],
          },
          {
            title: 'Branch Appointment System', client: 'Southern Cross Credit Union, Australia', role: 'Software Engineer', duration: ['2021-09-01', '2022-03-31'], team: '6',
            tech: 'Spring Boot, React, MySQL',
            desc: 'Web application for customers to book branch appointments and for staff to manage queues.',
            resp: [
              'Developed booking and notification REST services.',
              'Built React screens for staff queue management.',
            ],
          },
        ],
      },
      {
        company: 'Ceylon Travel Systems Limited', city: 'Colombo', title: 'Software Engineer', start: '2018-11-05', end: '2021-08-27',
        roles: [
          'Developed and maintained hotel booking engine modules in Java.',
          'Worked on integration with GDS and channel manager APIs.',
        ],
        achievements: [],
        projects: [
          {
            title: 'Hotel Booking Engine', client: 'In-house product', role: 'Software Engineer', duration: ['2018-11-05', '2021-08-27'], team: '9',
            tech: 'Java 8, Spring MVC, Hibernate, Oracle',
            desc: 'Booking engine used by 140 partner hotels in Sri Lanka and the Maldives.',
            resp: [
              'Implemented rate and availability caching that reduced search time by 60%.',
              'Wrote integration adapters for two channel manager APIs.',
            ],
          },
        ],
      },
    ],
    education: [
      { deg: 'BSc (Hons)', area: 'Computer Science', board: 'University of Colombo', inst: 'University of Colombo School of Computing', year: '2018', start: '2014', score: 'Second Class (Upper Division)' },
      { deg: 'G.C.E. Advanced Level', area: 'Physical Science', board: 'Department of Examinations', inst: 'Ananda College, Colombo', year: '2013', score: '2A, 1B' },
      { deg: 'G.C.E. Ordinary Level', board: 'Department of Examinations', inst: 'Ananda College, Colombo', year: '2010', score: '9A' },
    ],
    skills: [
      ['Programming Languages', ['Java', 'TypeScript', 'Python']],
      ['Frameworks', ['Spring Boot', 'Hibernate', 'React', 'Node.js']],
      ['Databases', ['PostgreSQL', 'Oracle', 'MySQL', 'Redis']],
      ['Cloud / DevOps', ['AWS', 'Docker', 'Kubernetes', 'Jenkins', 'Terraform']],
      ['Tools', ['Git', 'JIRA', 'SonarQube']],
    ],
    certs: ['AWS Certified Developer – Associate', 'Oracle Certified Professional: Java SE 11 Developer'],
    languages: ['Sinhala', 'English', 'Tamil'],
    strengths: ['Problem solving', 'Mentoring'],
    hobbies: ['Cricket', 'Blogging about Java'],
    personal: [['Date of Birth', '21st July 1994'], ['NIC No.', '942031874V'], ['Gender', 'Male'], ['Nationality', 'Sri Lankan'], ['Civil Status', 'Single']],
    place: 'Maharagama',
  },

  bishnu: {
    id: 'bishnu', country: 'Nepal',
    name: 'Bishnu Prasad Ghimire', label: 'Civil Engineer (Structural)',
    phone: '+977 9841-572039', email: 'bishnu.ghimire@example.org',
    address: 'Baneshwor-10, Kathmandu, Nepal', city: 'Kathmandu, Nepal',
    profiles: [{ text: 'linkedin.com/in/bishnu-ghimire-ce', url: 'https://linkedin.com/in/bishnu-ghimire-ce' }],
    totalExp: '11 years',
    objective: 'To contribute my experience in structural design and construction supervision of buildings and bridges to an organisation committed to quality and safety.',
    summary: [
      'Civil engineer with 11 years of experience in design and supervision of RCC buildings, bridges and hydropower structures.',
      'Registered with Nepal Engineering Council (NEC Reg. No. 6218 Civil "A").',
      'Experience in quantity estimation, BOQ preparation, billing and contract management.',
      'Handled post-earthquake reconstruction projects funded by international agencies.',
    ],
    work: [
      {
        company: 'Himalayan Infra Consult Pvt. Ltd.', city: 'Kathmandu', title: 'Senior Structural Engineer', start: '2018-04-16', end: 'present',
        roles: [
          'Structural analysis and design of RCC and steel buildings using ETABS and SAFE.',
          'Review of shop drawings and bar bending schedules.',
          'Site supervision, quality control tests and preparation of running bills.',
          'Coordination with clients, contractors and municipal authorities for building permits.',
        ],
        achievements: [
          'Designed 22 school buildings under the post-earthquake reconstruction programme.',
          'Completed a 120 m steel truss bridge in Sindhupalchok two months ahead of schedule.',
        ],
      },
      {
        company: 'Gandaki Hydropower Developers Limited', city: 'Pokhara', title: 'Civil Engineer', start: '2014-01-01', end: '2018-03-31',
        roles: [
          'Supervised construction of headworks, desanding basin and powerhouse for a 12 MW project.',
          'Prepared quantity estimates, BOQ and monthly progress reports.',
          'Ensured compliance with safety and environmental guidelines at site.',
        ],
        achievements: [
          'Reduced concrete wastage by 7% through improved batching control.',
        ],
      },
      {
        company: 'Shrestha Builders & Suppliers', city: 'Lalitpur', title: 'Site Engineer', start: '2012-09-01', end: '2013-12-31',
        roles: [
          'Supervised construction of residential buildings and layout work.',
          'Maintained site records, material reconciliation and labour attendance.',
        ],
        achievements: [],
      },
    ],
    education: [
      { deg: 'M.Sc.', area: 'Structural Engineering', board: 'Tribhuvan University', inst: 'Pulchowk Campus, IOE', year: '2017', start: '2015', score: '80.6%' },
      { deg: 'B.E.', area: 'Civil Engineering', board: 'Tribhuvan University', inst: 'Thapathali Campus, IOE', year: '2012', start: '2008', score: '76.2%' },
      { deg: '+2', area: 'Science', board: 'HSEB', inst: 'Trinity International College', year: '2008', score: '71.5%' },
      { deg: 'SLC', board: 'Office of the Controller of Examinations', inst: 'Shree Mahendra Secondary School', year: '2006', score: '82.25%' },
    ],
    skills: [
      ['Design Software', ['ETABS', 'SAP2000', 'SAFE', 'STAAD.Pro']],
      ['Drafting', ['AutoCAD', 'Revit Structure']],
      ['Estimation', ['MS Excel', 'MS Project', 'BOQ preparation']],
      ['Codes', ['NBC 105:2020', 'IS 456:2000', 'IS 1893']],
    ],
    certs: ['Nepal Engineering Council Registration – Civil "A" Category', 'Training on Seismic Retrofitting of Buildings, NSET'],
    languages: ['Nepali', 'English', 'Hindi'],
    strengths: ['Site leadership', 'Planning and coordination'],
    hobbies: ['Hiking', 'Volunteering'],
    personal: [['Date of Birth', '1988/05/12'], ['Permanent Address', 'Lekhnath-4, Kaski, Nepal'], ['Gender', 'Male'], ['Nationality', 'Nepali'], ['Marital Status', 'Married'], ['Citizenship No.', '27-01-74-08213']],
    place: 'Kathmandu',
  },

  ishita: {
    id: 'ishita', country: 'India',
    name: 'Ishita Ramakrishnan', label: 'MBA (HR) – Fresher',
    phone: '+91 94440 18257', email: 'ishita.ramakrishnan@example.com',
    address: '7/14, 2nd Cross Street, Besant Nagar, Chennai – 600090', city: 'Chennai, Tamil Nadu',
    profiles: [{ text: 'linkedin.com/in/ishita-ramakrishnan-hr', url: 'https://linkedin.com/in/ishita-ramakrishnan-hr' }],
    totalExp: 'Fresher',
    objective: 'To secure an entry-level position in Human Resources where I can use my knowledge of recruitment, employee engagement and HR analytics, and grow with the organisation.',
    summary: [
      'MBA in Human Resource Management with summer internship in talent acquisition.',
      'Knowledge of recruitment life cycle, onboarding, payroll basics and labour laws.',
      'Good communication and interpersonal skills.',
    ],
    work: [
      {
        company: 'Coromandel Staffing Services Pvt. Ltd.', city: 'Chennai', title: 'HR Intern – Talent Acquisition', start: '2024-05-06', end: '2024-07-05', intern: true,
        roles: [
          'Screened 300+ resumes and scheduled interviews for IT and BPO requirements.',
          'Sourced candidates through Naukri, LinkedIn and employee referrals.',
          'Prepared offer letters and maintained candidate tracker in Excel.',
        ],
        achievements: [
          'Helped close 18 positions within the internship period.',
        ],
      },
    ],
    education: [
      { deg: 'MBA', area: 'Human Resource Management', board: 'University of Madras', inst: 'Madras School of Social Work', year: '2025', start: '2023', score: '8.4 CGPA' },
      { deg: 'B.Com', area: 'General', board: 'University of Madras', inst: 'Stella Maris College', year: '2023', start: '2020', score: '81.6%' },
      { deg: 'HSC', board: 'Tamil Nadu State Board', inst: 'Sishya School', year: '2020', score: '89.5%' },
      { deg: 'SSLC', board: 'Tamil Nadu State Board', inst: 'Sishya School', year: '2018', score: '92.4%' },
    ],
    projects: [
      { name: 'A Study on Employee Engagement in IT Companies in Chennai', desc: 'Surveyed 150 employees and analysed engagement drivers using SPSS.', tech: ['SPSS', 'MS Excel'] },
      { name: 'Attrition Analysis Dashboard', desc: 'Built an HR dashboard on attrition and exit-interview data.', tech: ['Power BI'] },
    ],
    skills: [
      ['HR Functions', ['Recruitment', 'Onboarding', 'Employee Engagement', 'Payroll Basics']],
      ['Tools', ['MS Excel', 'Power BI', 'SPSS', 'Zoho People']],
      ['Soft Skills', ['Communication', 'Interpersonal Skills', 'Team Work']],
    ],
    certs: ['Certificate in HR Analytics – NIPM Chennai Chapter', 'Labour Laws for HR Professionals – NPTEL'],
    languages: ['English', 'Tamil', 'Hindi'],
    strengths: ['Positive attitude', 'Good listener', 'Quick learner'],
    hobbies: ['Carnatic music', 'Badminton'],
    personal: [['Father\'s Name', 'K. Ramakrishnan'], ['Date of Birth', '18/08/2002'], ['Gender', 'Female'], ['Nationality', 'Indian'], ['Marital Status', 'Single']],
    extra: ['Secretary, HR Club "Synergy", Madras School of Social Work (2023-24)', 'Volunteer, National Service Scheme (NSS)'],
    place: 'Chennai',
  },

  rajdeep: {
    id: 'rajdeep', country: 'India',
    name: 'Rajdeep Sengupta', label: 'Area Sales Manager',
    phone: '+91 98310 62748', email: 'rajdeep.sengupta@example.com',
    address: 'AE-214, Salt Lake Sector 1, Kolkata – 700064, West Bengal', city: 'Kolkata, West Bengal',
    profiles: [{ text: 'linkedin.com/in/rajdeepsengupta-sales', url: 'https://linkedin.com/in/rajdeepsengupta-sales' }],
    totalExp: '12 years',
    objective: 'Seeking a senior sales leadership role in FMCG / consumer durables to drive distribution expansion and revenue growth in East India.',
    summary: [
      'Sales professional with 12 years of experience in FMCG and consumer durables across West Bengal, Odisha and the North-East.',
      'Managing a team of 9 sales officers and 45 distributors with annual turnover of Rs. 86 crore.',
      'Strong in distributor management, channel expansion, trade marketing and key account handling.',
    ],
    work: [
      {
        company: 'Everfresh Consumer Products Limited', city: 'Kolkata', title: 'Area Sales Manager', start: '2020-03-02', end: 'present',
        roles: [
          'Responsible for primary and secondary sales of the Kolkata and South Bengal territory.',
          'Appointing and managing distributors and super stockists.',
          'Planning monthly targets, schemes and trade promotions with the marketing team.',
        ],
        achievements: [
          'Achieved 118% of annual target in FY 2022-23 and ranked No. 1 ASM in East zone.',
          'Expanded direct outlet coverage from 14,000 to 21,500 outlets.',
        ],
      },
      {
        company: 'Suryoday Appliances Pvt. Ltd.', city: 'Bhubaneswar', title: 'Sales Officer', start: '2016-07-01', end: '2020-02-28',
        roles: [
          'Handled dealer network of 120 counters across Odisha.',
          'Conducted in-shop promotions and product demonstrations.',
        ],
        achievements: [
          'Launched the brand in 6 new districts and grew territory sales by 40%.',
        ],
      },
      {
        company: 'Bengal Beverages (P) Ltd', city: 'Siliguri', title: 'Territory Sales Executive', start: '2012-08-13', end: '2016-06-30',
        roles: [
          'Managed retail and wholesale channel for North Bengal and Sikkim.',
          'Collected market information on competitor pricing and schemes.',
        ],
        achievements: [],
      },
    ],
    education: [
      { deg: 'MBA', area: 'Marketing', board: 'MAKAUT', inst: 'Globsyn Business School', year: '2012', start: '2010', score: '68%' },
      { deg: 'B.Sc.', area: 'Economics', board: 'University of Calcutta', inst: 'Asutosh College', year: '2010', start: '2007', score: '58.5%' },
      { deg: 'Higher Secondary', board: 'WBCHSE', inst: 'Hindu School', year: '2007', score: '72%' },
      { deg: 'Madhyamik', board: 'WBBSE', inst: 'Hindu School', year: '2005', score: '79%' },
    ],
    skills: [
      ['Sales', ['Distributor Management', 'Channel Sales', 'Key Account Management', 'Trade Marketing']],
      ['Analysis', ['Sales Forecasting', 'MIS Reporting']],
      ['Tools', ['SAP SD', 'Salesforce', 'MS Excel']],
    ],
    certs: ['Certified Sales Professional – Indian Institute of Sales Management'],
    languages: ['Bengali', 'Hindi', 'English', 'Odia'],
    strengths: ['Target oriented', 'Team leadership', 'Negotiation'],
    hobbies: ['Football', 'Quizzing'],
    personal: [['Father\'s Name', 'Late Ashok Sengupta'], ['Date of Birth', '05-01-1988'], ['Gender', 'Male'], ['Nationality', 'Indian'], ['Marital Status', 'Married'], ['Current CTC', 'Rs. 14.5 Lakhs p.a.'], ['Notice Period', '60 days']],
    place: 'Kolkata',
  },
};
