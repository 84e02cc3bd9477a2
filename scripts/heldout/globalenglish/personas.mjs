// Seven invented job seekers from Africa, the Middle East / Gulf and Latin America who write their CVs in English.
// Every person, e-mail (example.com / example.org), handle, phone number (fictional ranges), referee and invented
// employer is made up; universities, schools, exam boards and a few well-known companies are used only as names.
// Dates are 'YYYY-MM' (or 'present'); the designs decide how they are printed.

export const PERSONAS = {
  ikechukwu: {
    name: 'Ikechukwu Obiora Anyanwu',
    label: 'Petroleum Engineer',
    email: 'ike.anyanwu@example.com',
    phone: '+234 803 555 0147',
    phone2: '+234 812 555 0193',
    address: '14 Ordinance Road, Trans-Amadi',
    home: 'Port Harcourt, Rivers State, Nigeria',
    linkedin: 'linkedin.com/in/ikechukwu-anyanwu',
    personal: [
      ['Date of Birth', '12th March 1990'],
      ['Sex', 'Male'],
      ['Marital Status', 'Married'],
      ['Nationality', 'Nigerian'],
      ['State of Origin', 'Imo State'],
      ['Local Government Area', 'Owerri North'],
    ],
    objective: 'To contribute my reservoir and production engineering skills to a dynamic oil and gas operator, maximising recovery from mature fields while upholding the highest HSE standards.',
    skills: [
      ['Technical', ['Reservoir Simulation', 'Nodal Analysis', 'Well Test Analysis', 'Production Optimisation', 'Artificial Lift (ESP, Gas Lift)']],
      ['Software', ['Petrel', 'Eclipse', 'PROSPER', 'MBAL', 'Saphir', 'OFM']],
      ['General', ['Microsoft Excel (VBA)', 'HSE Management', 'Team Leadership']],
    ],
    work: [
      {
        org: 'Bonny Deepwater Energy Limited', position: 'Senior Production Engineer', city: 'Port Harcourt', start: '2018-03', end: 'present',
        duties: [
          'Monitor and optimise production from 42 oil wells across three swamp fields.',
          'Prepare daily, weekly and monthly production reports for management and the regulator.',
          'Design and evaluate gas lift and ESP completions in PROSPER and GAP.',
          'Coordinate well intervention campaigns with drilling, completion and HSE teams.',
        ],
        achievements: [
          'Increased field oil output by 3,400 barrels per day through gas lift optimisation.',
          'Led a zero-LTI well intervention campaign of 18 wells in 2022.',
        ],
      },
      {
        org: 'Rivcon Oilfield Services Ltd', position: 'Production Engineer', city: 'Warri', start: '2014-06', end: '2018-02',
        duties: [
          'Carried out well test analysis and pressure build-up interpretation with Saphir.',
          'Maintained the field production database in OFM and reconciled allocation figures.',
          'Supervised slickline and coiled tubing operations on client wells.',
        ],
        achievements: [
          'Reduced well downtime by 22% by introducing a weekly well review meeting.',
        ],
      },
    ],
    nysc: {
      org: 'National Youth Service Corps (NYSC)', position: 'Corps Member, Field Engineering Trainee', place: 'Nigerian Agip Oil Company, Yenagoa', placeCity: 'Yenagoa', start: '2012-11', end: '2013-10',
      duties: ['Assisted field engineers with daily well surveillance and production reporting.'],
    },
    education: [
      { inst: 'University of Port Harcourt', city: 'Port Harcourt', degree: 'M.Sc.', area: 'Petroleum Engineering', start: '2015-10', end: '2017-07', score: null },
      { inst: 'Federal University of Technology, Owerri', city: 'Owerri', degree: 'B.Eng. (Hons)', area: 'Petroleum Engineering', start: '2007-09', end: '2012-07', score: 'Second Class Upper Division' },
      { inst: 'Federal Government College, Okigwe', city: 'Okigwe', degree: 'West African Senior School Certificate (WASSCE)', area: null, start: '2001-09', end: '2007-06', score: null },
    ],
    certs: ['Member, Society of Petroleum Engineers (SPE)', 'COREN Registered Engineer (R.45871)', 'BOSIET / HUET Certificate, OPITO', 'NEBOSH International General Certificate'],
    languages: [['English', 'Fluent'], ['Igbo', 'Native'], ['Yoruba', 'Basic']],
    hobbies: ['Reading', 'Table tennis', 'Mentoring undergraduates'],
    referees: [
      { name: 'Engr. Tamunosiki Briggs', role: 'Asset Manager, Bonny Deepwater Energy Limited', phone: '+234 803 555 0166' },
      { name: 'Prof. Chidinma Okereke', role: 'Department of Petroleum Engineering, FUTO', phone: '+234 805 555 0121' },
    ],
  },

  dennis: {
    name: 'Dennis Kiprotich Langat',
    label: 'Software Developer',
    email: 'dennis.langat@example.com',
    phone: '+254 712 555 083',
    address: 'P.O. Box 55021-00200',
    home: 'Nairobi, Kenya',
    linkedin: 'linkedin.com/in/dennis-langat',
    github: 'github.com/dklangat',
    personal: [
      ['Nationality', 'Kenyan'],
      ['Date of Birth', '04/09/1995'],
      ['Gender', 'Male'],
      ['Marital Status', 'Single'],
      ['ID No.', '31 555 907'],
    ],
    objective: 'A results-driven software developer with five years of experience building mobile money and e-commerce platforms, seeking a challenging role in a growth-oriented fintech team.',
    skills: [
      ['Languages', ['Python', 'JavaScript', 'TypeScript', 'Kotlin', 'SQL']],
      ['Frameworks', ['Django', 'React', 'Node.js', 'Flutter']],
      ['Tools', ['Docker', 'PostgreSQL', 'Redis', 'AWS', 'Git', 'M-Pesa Daraja API']],
    ],
    work: [
      {
        org: 'Tujenge Fintech Ltd', position: 'Software Developer', city: 'Nairobi', start: '2021-02', end: 'present',
        duties: [
          'Develop and maintain REST APIs in Django for a savings and micro-loan platform.',
          'Integrate M-Pesa Daraja STK Push and B2C payments with the core ledger.',
          'Write unit and integration tests and review pull requests from two junior developers.',
        ],
        achievements: [
          'Cut loan disbursement time from 4 hours to under 5 minutes.',
          'Platform grew to 180,000 active users with 99.9% uptime.',
        ],
      },
      {
        org: 'Safaricom PLC', position: 'Junior Developer (Contract)', city: 'Nairobi', start: '2019-05', end: '2021-01',
        duties: [
          'Built internal dashboards in React for the enterprise sales team.',
          'Automated weekly agent reconciliation reports with Python and PostgreSQL.',
        ],
        achievements: ['Received the Digital IT Spot Award, Q3 2020.'],
      },
      {
        org: 'iHub Nairobi', position: 'Software Development Intern', city: 'Nairobi', start: '2018-05', end: '2018-08', season: 'Summer',
        duties: ['Developed a Flutter prototype for matatu fare payments.'],
        achievements: [],
      },
    ],
    education: [
      { inst: 'Jomo Kenyatta University of Agriculture and Technology', city: 'Juja', degree: 'BSc.', area: 'Computer Science', start: '2014-09', end: '2018-12', score: 'Second Class Honours (Upper Division)' },
      { inst: 'Kapsabet Boys High School', city: 'Kapsabet', degree: 'Kenya Certificate of Secondary Education (KCSE)', area: null, start: '2010-01', end: '2013-11', score: 'Mean Grade A-' },
    ],
    certs: ['AWS Certified Cloud Practitioner', 'Andela Learning Community – Mobile Web Specialist'],
    languages: [['English', 'Fluent'], ['Kiswahili', 'Fluent'], ['Kalenjin', 'Native']],
    hobbies: ['Long-distance running', 'Open-source contribution', 'Chess'],
    referees: [
      { name: 'Ms. Wairimu Njoroge', role: 'CTO, Tujenge Fintech Ltd', phone: '+254 722 555 410' },
      { name: 'Dr. Samuel Otieno', role: 'Lecturer, School of Computing, JKUAT', phone: '+254 733 555 218' },
    ],
  },

  nokuthula: {
    name: 'Nokuthula Precious Khumalo',
    label: 'Chartered Accountant CA(SA)',
    email: 'nokuthula.khumalo@example.org',
    phone: '+27 82 555 3190',
    address: '27 Jan Smuts Avenue, Parktown',
    home: 'Johannesburg, South Africa',
    linkedin: 'linkedin.com/in/nokuthula-khumalo-ca',
    personal: [
      ['Nationality', 'South African'],
      ['Date of Birth', '21 July 1992'],
      ['Gender', 'Female'],
      ['Marital Status', 'Single'],
      ['Driver\'s Licence', 'Code B (EB)'],
      ['Health', 'Excellent'],
    ],
    objective: 'A qualified Chartered Accountant with audit and group reporting experience in listed companies, looking to grow into a financial management role where IFRS expertise and strong controls add value.',
    skills: [
      ['Technical', ['IFRS Reporting', 'Consolidations', 'External Audit', 'Internal Controls', 'Tax Compliance', 'Budgeting and Forecasting']],
      ['Systems', ['SAP FI/CO', 'CaseWare', 'Pastel', 'Power BI', 'Advanced Excel']],
    ],
    work: [
      {
        org: 'Mzansi Retail Holdings Ltd', position: 'Group Financial Accountant', city: 'Johannesburg', start: '2021-04', end: 'present',
        duties: [
          'Prepare the monthly group consolidation for 14 subsidiaries in SAP.',
          'Draft the interim and annual financial statements in terms of IFRS and the JSE Listings Requirements.',
          'Act as the main contact for the external auditors during the year-end audit.',
          'Review the monthly VAT and provisional tax submissions to SARS.',
        ],
        achievements: [
          'Reduced month-end close from 10 to 6 working days.',
          'Implemented IFRS 16 lease accounting for 320 store leases.',
        ],
      },
      {
        org: 'KPMG Inc.', position: 'Audit Senior (Trainee Accountant)', city: 'Johannesburg', start: '2017-01', end: '2020-12',
        duties: [
          'Completed a three-year training contract (SAICA articles) in the financial services and retail audit division.',
          'Planned and executed audits of listed and private clients with turnover up to R4 billion.',
          'Supervised and coached first- and second-year trainees on engagement teams of up to six.',
        ],
        achievements: ['Rated "Exceeds Expectations" in the 2019 and 2020 performance reviews.'],
      },
    ],
    education: [
      { inst: 'University of South Africa (UNISA)', city: 'Pretoria', degree: 'Certificate in the Theory of Accounting (CTA)', area: null, start: '2016-01', end: '2016-12', score: null },
      { inst: 'University of Johannesburg', city: 'Johannesburg', degree: 'BCom', area: 'Accounting', start: '2011-01', end: '2014-12', score: 'Cum Laude' },
      { inst: 'Parktown High School for Girls', city: 'Johannesburg', degree: 'National Senior Certificate (Matric)', area: null, start: '2006-01', end: '2010-12', score: 'Bachelor Pass with 5 Distinctions' },
    ],
    certs: ['Chartered Accountant CA(SA), SAICA (2021)', 'Passed ITC and APC examinations at first attempt'],
    languages: [['English', 'Fluent'], ['isiZulu', 'Mother tongue'], ['Afrikaans', 'Good']],
    hobbies: ['Hiking', 'Choir singing', 'Volunteer tutoring'],
    referees: [
      { name: 'Mr. Pieter van der Merwe', role: 'Group Financial Manager, Mzansi Retail Holdings Ltd', phone: '+27 11 555 8204' },
      { name: 'Ms. Lerato Mokoena', role: 'Audit Partner, KPMG Inc.', phone: '+27 11 555 6731' },
    ],
  },

  jhoanna: {
    name: 'Jhoanna Macaraeg Pangilinan',
    label: 'Registered Nurse (DHA Licensed)',
    email: 'jhoanna.pangilinan@example.com',
    phone: '+971 50 555 2846',
    phone2: '+63 917 555 4021',
    address: 'Al Nahda 2, Al Qusais',
    home: 'Dubai, United Arab Emirates',
    linkedin: null,
    personal: [
      ['Nationality', 'Filipino'],
      ['Date of Birth', '15-Aug-1991'],
      ['Gender', 'Female'],
      ['Marital Status', 'Married'],
      ['Religion', 'Roman Catholic'],
      ['Visa Status', 'Employment visa, transferable'],
      ['Driving License', 'UAE Driving License'],
      ['Passport No.', 'P5550913B'],
    ],
    objective: 'A compassionate and competent Registered Nurse with over nine years of clinical experience in medical-surgical and intensive care units in the Philippines and the UAE, seeking a staff nurse position in a JCI-accredited hospital.',
    skills: [
      ['Clinical', ['Critical Care Nursing', 'Ventilator Management', 'IV Therapy', 'Wound Care', 'Infection Control', 'Patient Education']],
      ['Systems', ['Cerner', 'Microsoft Office']],
    ],
    work: [
      {
        org: 'Al Noor Specialty Hospital', position: 'Staff Nurse – Intensive Care Unit', city: 'Dubai', country: 'UAE', start: '2017-09', end: 'present',
        duties: [
          'Provide direct care to critically ill adult patients with a nurse-to-patient ratio of 1:2.',
          'Manage mechanically ventilated patients and titrate vasoactive infusions as per protocol.',
          'Document assessments and care plans in Cerner and hand over using the SBAR format.',
          'Precept newly hired nurses during their orientation period.',
        ],
        achievements: [
          'Awarded Employee of the Month, March 2021.',
          'Member of the unit team that achieved zero CLABSI for 14 consecutive months.',
        ],
      },
      {
        org: "St. Luke's Medical Center", position: 'Staff Nurse – Medical-Surgical Ward', city: 'Quezon City', country: 'Philippines', start: '2013-06', end: '2017-07',
        duties: [
          'Cared for 8 to 10 medical-surgical patients per shift.',
          'Administered medications and blood transfusions safely.',
          'Participated in quality improvement audits on falls prevention.',
        ],
        achievements: [],
      },
    ],
    education: [
      { inst: 'University of Santo Tomas', city: 'Manila', degree: 'Bachelor of Science in Nursing', area: null, start: '2008-06', end: '2012-04', score: null },
    ],
    certs: ['Dubai Health Authority (DHA) Registered Nurse License', 'Philippine Professional Regulation Commission (PRC) License', 'Basic Life Support (BLS), American Heart Association', 'Advanced Cardiovascular Life Support (ACLS), American Heart Association'],
    languages: [['English', 'Fluent'], ['Filipino', 'Native'], ['Arabic', 'Basic']],
    hobbies: ['Baking', 'Volleyball', 'Church choir'],
    referees: [
      { name: 'Ms. Aisha Al Marzooqi', role: 'Nurse Manager – ICU, Al Noor Specialty Hospital', phone: '+971 4 555 7720' },
      { name: 'Mrs. Corazon Tolentino', role: "Chief Nurse, St. Luke's Medical Center", phone: '+63 2 8555 9034' },
    ],
  },

  mahmoud: {
    name: 'Mahmoud Abdelrahman El-Sayed',
    label: 'Civil Engineer – Structural / Site Engineering',
    email: 'mahmoud.elsayed@example.com',
    phone: '+966 55 555 7314',
    phone2: '+20 100 555 2967',
    address: 'Al Olaya District',
    home: 'Riyadh, Kingdom of Saudi Arabia',
    linkedin: 'linkedin.com/in/mahmoud-elsayed-pe',
    personal: [
      ['Nationality', 'Egyptian'],
      ['Date of Birth', '03 January 1988'],
      ['Marital Status', 'Married'],
      ['Military Status', 'Completed'],
      ['Iqama Status', 'Valid, transferable'],
      ['Driving License', 'Saudi Driving License'],
    ],
    objective: 'Civil engineer with 12 years of experience in the design and construction of reinforced concrete buildings and infrastructure in Egypt and Saudi Arabia, seeking a senior site or project engineering position with a reputable contractor.',
    skills: [
      ['Design', ['ETABS', 'SAFE', 'SAP2000', 'AutoCAD', 'Revit Structure']],
      ['Management', ['Primavera P6', 'MS Project', 'Quantity Surveying', 'QA/QC Procedures']],
    ],
    work: [
      {
        org: 'Al-Watan Gulf Contracting Co.', position: 'Senior Site Engineer', city: 'Riyadh', country: 'KSA', start: '2017-10', end: 'present',
        duties: [
          'Supervise the construction of a 22-storey mixed-use tower (SAR 410 million).',
          'Review shop drawings, method statements and material submittals.',
          'Coordinate subcontractors and prepare the three-week look-ahead schedule in Primavera P6.',
          'Inspect reinforcement and formwork before concrete pours with the consultant.',
        ],
        achievements: [
          'Completed the superstructure six weeks ahead of the baseline programme.',
          'Achieved 2.1 million man-hours without a lost-time injury.',
        ],
      },
      {
        org: 'Nile Delta Engineering Consultants', position: 'Structural Design Engineer', city: 'Cairo', country: 'Egypt', start: '2012-09', end: '2017-08',
        duties: [
          'Designed reinforced concrete residential and school buildings to the Egyptian Code (ECP 203).',
          'Prepared structural models in ETABS and SAFE and produced construction drawings.',
          'Carried out site visits to check reinforcement before casting.',
        ],
        achievements: ['Designed 35 school buildings for the General Authority for Educational Buildings.'],
      },
    ],
    education: [
      { inst: 'Cairo University, Faculty of Engineering', city: 'Giza', degree: 'B.Sc.', area: 'Civil Engineering', start: '2005-09', end: '2010-06', score: 'Very Good with Honours' },
    ],
    certs: ['Saudi Council of Engineers (SCE) – Professional Engineer, Membership No. 555128', 'Project Management Professional (PMP), PMI', 'Member, Egyptian Engineers Syndicate'],
    languages: [['Arabic', 'Native'], ['English', 'Very Good']],
    hobbies: ['Football', 'Reading history'],
    referees: [
      { name: 'Eng. Khalid Al-Otaibi', role: 'Project Manager, Al-Watan Gulf Contracting Co.', phone: '+966 11 555 3408' },
      { name: 'Dr. Hany Mostafa', role: 'Managing Director, Nile Delta Engineering Consultants', phone: '+20 2 5555 8812' },
    ],
  },

  camila: {
    name: 'Camila Ribeiro Cavalcanti',
    label: 'Data Scientist',
    email: 'camila.cavalcanti@example.com',
    phone: '+55 11 95555-0416',
    address: 'Rua Augusta, 1508 – Consolação',
    home: 'São Paulo, SP, Brazil',
    linkedin: 'linkedin.com/in/camilacavalcanti',
    github: 'github.com/camilarc',
    personal: [
      ['Nationality', 'Brazilian'],
      ['Date of Birth', '09/11/1994'],
      ['Availability', 'Remote or hybrid'],
    ],
    objective: 'Data scientist with six years of experience in credit risk and marketing analytics in fintech and banking, looking for a role where machine learning models go to production and make measurable business impact.',
    skills: [
      ['Programming', ['Python', 'SQL', 'R', 'PySpark']],
      ['Machine Learning', ['scikit-learn', 'XGBoost', 'LightGBM', 'PyTorch', 'MLflow']],
      ['Data & Cloud', ['BigQuery', 'Airflow', 'dbt', 'AWS SageMaker', 'Looker']],
    ],
    work: [
      {
        org: 'Nubank', position: 'Senior Data Scientist', city: 'São Paulo', start: '2021-08', end: 'present',
        duties: [
          'Develop credit limit models for credit card customers with XGBoost and LightGBM.',
          'Design A/B tests with the product and risk teams and analyse the results.',
          'Deploy models with MLflow and monitor drift in production.',
        ],
        achievements: [
          'New limit policy increased revenue by 7% with stable default rates.',
          'Mentored four junior data scientists.',
        ],
      },
      {
        org: 'Itaú Unibanco', position: 'Data Scientist', city: 'São Paulo', start: '2019-01', end: '2021-07',
        duties: [
          'Built churn and propensity models for the retail banking marketing team.',
          'Migrated legacy SAS pipelines to PySpark on the data lake.',
        ],
        achievements: ['Churn model reduced campaign cost by R$ 2.3 million per year.'],
      },
      {
        org: 'Fundação Getúlio Vargas', position: 'Research Assistant', city: 'Rio de Janeiro', start: '2017-03', end: '2018-12',
        duties: ['Cleaned and analysed household survey microdata (PNAD) in R.'],
        achievements: [],
      },
    ],
    education: [
      { inst: 'Universidade de São Paulo (USP)', city: 'São Paulo', degree: 'M.Sc.', area: 'Statistics', start: '2017-03', end: '2019-02', score: null },
      { inst: 'Universidade Federal de Pernambuco (UFPE)', city: 'Recife', degree: 'B.Sc.', area: 'Economics', start: '2012-03', end: '2016-12', score: 'GPA 8.9/10' },
    ],
    certs: ['Google Cloud Professional Data Engineer', 'Deep Learning Specialization, DeepLearning.AI'],
    languages: [['Portuguese', 'Native'], ['English', 'Fluent (C1)'], ['Spanish', 'Intermediate']],
    hobbies: ['Capoeira', 'Photography', 'Kaggle competitions'],
    referees: [
      { name: 'Rafael Monteiro', role: 'Head of Credit Analytics, Nubank', phone: '+55 11 95555-2280' },
      { name: 'Profa. Dra. Beatriz Lacerda', role: 'Institute of Mathematics and Statistics, USP', phone: '+55 11 3555-6104' },
    ],
  },

  jose: {
    name: 'José Alejandro Ramírez Villaseñor',
    label: 'Supply Chain Analyst',
    email: 'jose.ramirez.v@example.org',
    phone: '+52 81 5555 3762',
    address: 'Col. Del Valle, San Pedro Garza García',
    home: 'Monterrey, Nuevo León, Mexico',
    linkedin: 'linkedin.com/in/jose-ramirez-villasenor',
    personal: [
      ['Nationality', 'Mexican'],
      ['Date of Birth', '27/05/1996'],
      ['Marital Status', 'Single'],
      ['Willing to relocate', 'Yes'],
    ],
    objective: 'Bilingual supply chain analyst with experience in demand planning, inventory control and nearshoring logistics for automotive and consumer goods companies, seeking to grow into a supply planning lead role.',
    skills: [
      ['Planning', ['Demand Forecasting', 'S&OP', 'Inventory Optimization', 'MRP']],
      ['Tools', ['SAP MM', 'SAP IBP', 'Power BI', 'Excel (Power Query)', 'Python', 'SQL']],
      ['Logistics', ['Incoterms', 'Customs (IMMEX)', 'Cross-border Freight']],
    ],
    work: [
      {
        org: 'Grupo Industrial Norteño S.A. de C.V.', position: 'Supply Chain Analyst', city: 'Monterrey', start: '2021-01', end: 'present',
        duties: [
          'Run the monthly demand planning cycle for 1,200 SKUs in SAP IBP.',
          'Monitor inventory levels and safety stock across three distribution centers.',
          'Prepare S&OP dashboards in Power BI for the operations director.',
        ],
        achievements: [
          'Improved forecast accuracy from 68% to 81% in one year.',
          'Reduced excess inventory by MXN 14 million.',
        ],
      },
      {
        org: 'Magna International', position: 'Logistics Coordinator', city: 'Ramos Arizpe', start: '2018-07', end: '2020-12',
        duties: [
          'Coordinated inbound cross-border shipments from Texas suppliers under the IMMEX program.',
          'Tracked carrier performance and freight costs.',
        ],
        achievements: ['Cut expedited freight spend by 30%.'],
      },
      {
        org: 'Cervecería Cuauhtémoc Moctezuma', position: 'Supply Chain Intern', city: 'Monterrey', start: '2017-06', end: '2017-08', season: 'Summer',
        duties: ['Analysed route data to support a warehouse slotting project.'],
        achievements: [],
      },
    ],
    education: [
      { inst: 'Tecnológico de Monterrey', city: 'Monterrey', degree: 'B.Sc.', area: 'Industrial and Systems Engineering', start: '2014-08', end: '2018-05', score: 'GPA 92/100' },
    ],
    certs: ['APICS Certified Supply Chain Professional (CSCP)', 'Lean Six Sigma Green Belt'],
    languages: [['Spanish', 'Native'], ['English', 'Advanced (TOEFL iBT 104)']],
    hobbies: ['Cycling', 'Soccer', 'Cooking'],
    referees: [
      { name: 'Ing. Mariana Treviño', role: 'Supply Chain Manager, Grupo Industrial Norteño', phone: '+52 81 5555 1190' },
      { name: 'Lic. Jorge Cantú', role: 'Logistics Manager, Magna International', phone: '+52 844 555 0457' },
    ],
  },
};
