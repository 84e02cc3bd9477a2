// Seven invented job seekers for the "selfmade" held-out batch (hand-formatted resumes, no template).
// Every person, e-mail (example.com / example.org), phone number (US 555-01xx, UK 07700 900xxx, AU 0491 570 xxx
// fictional ranges), handle, licence number and most employers are made up. Universities, colleges and a few
// well-known retailers are real names used only as names. MIT, synthetic.
//
// Dates: 'YYYY-MM', 'YYYY' or 'present'; a season job has season: 'Summer' (printed "Summer 2016").
// Degrees: long / short forms of the degree (studyType) and the area, printed in different ways by the designs.

export const PERSONAS = {
  sw: {
    id: 'sw',
    who: 'senior software engineer, Columbus OH, USA (9 years, Java/Kotlin back end)',
    name: 'Derek Szymanski',
    label: 'Senior Software Engineer',
    email: 'derek.szymanski@example.com',
    phone: '(614) 555-0137',
    street: '2217 Hollis Ave, Apt 3B',
    city: 'Columbus, OH',
    zip: '43215',
    linkedin: 'linkedin.com/in/derek-szymanski',
    github: 'github.com/dszymanski',
    objective: 'Senior software engineer looking for a backend or platform role where I can own services end to end and help grow a small team.',
    summary: 'Backend engineer with 9 years of experience building Java and Kotlin services for insurance and logistics companies. Comfortable with everything from schema design to on-call, and happiest when a slow, flaky system becomes boring.',
    work: [
      {
        company: 'Brightwater Insurance Group', title: 'Senior Software Engineer', city: 'Columbus, OH', start: '2020-03', end: 'present',
        bullets: [
          'Lead developer on the claims intake platform (Kotlin, Spring Boot, PostgreSQL) handling 18,000 claims a day',
          'Split a 400K-line monolith into 11 services over two years without a single customer-facing outage',
          'Cut the nightly policy batch from 5 hours to 40 minutes by moving it to Kafka consumers',
          'Run the on-call rotation for 7 engineers and wrote the runbooks we still use',
          'Interview and mentor new hires; two of my mentees were promoted in 2023',
        ],
      },
      {
        company: 'Olentangy Logistics', title: 'Software Engineer', city: 'Dublin, OH', start: '2017-04', end: '2020-02',
        bullets: [
          'Built the carrier rate-shopping API in Java 8 that compared quotes from 30+ trucking carriers',
          'Moved Jenkins builds into Docker agents, taking deploys from twice a month to daily',
          'Added Redis caching to the shipment tracking page, dropping median load time from 3.1s to 0.6s',
        ],
      },
      {
        company: 'Kestrel Data Systems', title: 'Junior Software Developer', city: 'Columbus, OH', start: '2015-06', end: '2017-03',
        bullets: [
          'Maintained Oracle PL/SQL reports and a Struts web app for county tax offices',
          'Wrote the first automated test suite for the billing module (JUnit, 600 tests)',
        ],
      },
      {
        company: 'The Ohio State University', title: 'Student IT Technician', city: 'Columbus, OH', start: '2013-09', end: '2015-05',
        bullets: [
          'Reimaged and repaired lab computers for the College of Engineering',
          'Answered help desk tickets for students and faculty',
        ],
      },
    ],
    education: [
      { school: 'The Ohio State University', city: 'Columbus, OH', long: 'Bachelor of Science', short: 'B.S.', area: 'Computer Science and Engineering', start: '2011-09', end: '2015-05', score: '3.4' },
    ],
    skills: ['Java', 'Kotlin', 'Python', 'SQL', 'Spring Boot', 'Hibernate', 'React', 'PostgreSQL', 'Oracle', 'Kafka', 'Redis', 'Docker', 'Kubernetes', 'AWS', 'Terraform', 'Jenkins', 'Git'],
    skillGroups: [
      { label: 'Languages', items: ['Java', 'Kotlin', 'Python', 'SQL'] },
      { label: 'Frameworks', items: ['Spring Boot', 'Hibernate', 'React'] },
      { label: 'Data', items: ['PostgreSQL', 'Oracle', 'Kafka', 'Redis'] },
      { label: 'DevOps', items: ['Docker', 'Kubernetes', 'AWS', 'Terraform', 'Jenkins', 'Git'] },
    ],
    certs: ['AWS Certified Developer – Associate (2021)'],
    certsHeading: 'Certifications',
    extra: { heading: 'Volunteer', items: ['Mentor, Columbus Code Club (2018 – present)', 'Organizer, Central Ohio Kotlin Meetup'] },
  },

  rn: {
    id: 'rn',
    who: 'registered nurse (BSN, RN), cardiac step-down, Memphis TN, USA',
    name: 'Latoya Brantley',
    creds: 'BSN, RN',
    label: 'Registered Nurse',
    email: 'latoya.brantley@example.com',
    phone: '(901) 555-0164',
    street: '4410 Poplar Pike',
    city: 'Memphis, TN',
    zip: '38117',
    linkedin: 'linkedin.com/in/latoyabrantleyrn',
    objective: 'Dedicated registered nurse seeking a charge nurse position in a cardiac or progressive care unit.',
    summary: 'Registered nurse with 7 years of acute care experience on cardiac step-down and medical-surgical units, and 4 years as a CNA before that. Known for calm charge shifts, careful telemetry monitoring and patient teaching that sticks.',
    work: [
      {
        company: 'Mid-South Regional Medical Center', title: 'Staff Nurse II, Cardiac Step-Down Unit', city: 'Memphis, TN', start: '2019-08', end: 'present',
        bullets: [
          'Care for 4-5 telemetry patients per shift on a 32-bed cardiac step-down unit',
          'Charge nurse 2-3 shifts a week, making assignments for 8 RNs and 4 techs',
          'Titrate cardiac drips (heparin, diltiazem, amiodarone) per protocol',
          'Precept new graduate nurses; 9 orientees completed orientation with me',
          'Unit champion for the Epic fall-risk rollout; falls on the unit dropped 35% in one year',
        ],
      },
      {
        company: 'Riverbend Community Hospital', title: 'Registered Nurse, Medical-Surgical', city: 'Southaven, MS', start: '2017-06', end: '2019-07',
        bullets: [
          'Provided post-op and medical care for 5-6 patients on a 28-bed med-surg floor',
          'Started IVs, drew labs and managed PCA pumps and wound vacs',
          'Member of the unit practice council',
        ],
      },
      {
        company: 'Mid-South Regional Medical Center', title: 'Student Nurse Extern', city: 'Memphis, TN', start: '2016-06', end: '2016-08', season: 'Summer',
        bullets: ['Worked alongside an RN preceptor on the cardiac step-down unit for 12 weeks'],
      },
      {
        company: 'Shelby Oaks Nursing & Rehabilitation', title: 'Certified Nursing Assistant', city: 'Memphis, TN', start: '2013-05', end: '2017-05',
        bullets: [
          'Helped 12-14 long-term care residents with bathing, feeding and mobility',
          'Recorded vital signs and intake and output in PointClickCare',
        ],
      },
    ],
    education: [
      { school: 'University of Memphis', city: 'Memphis, TN', long: 'Bachelor of Science', short: 'B.S.', area: 'Nursing', start: '2013-08', end: '2017-05', score: '3.6' },
      { school: 'Southwest Tennessee Community College', city: 'Memphis, TN', long: 'Nurse Aide Training Certificate', short: 'CNA Certificate', area: null, start: '2013-01', end: '2013-04' },
    ],
    skills: ['Telemetry monitoring', 'Cardiac drips', 'IV therapy', 'Wound care', 'Post-op care', 'Patient education', 'Medication administration', 'Charge nurse', 'Epic', 'Phlebotomy', 'Fall prevention', 'PointClickCare'],
    certs: ['Registered Nurse, Tennessee (Multistate) – License #RN 221847', 'BLS and ACLS – American Heart Association', 'PCCN – AACN (2021)'],
    certsHeading: 'Licenses & Certifications',
  },

  rm: {
    id: 'rm',
    who: 'retail store manager, Lafayette LA, USA (grocery/home & garden, 14 years up from cashier)',
    name: 'Kevin Doucette',
    label: 'Store Manager',
    email: 'kdoucette@example.com',
    phone: '(337) 555-0119',
    street: '118 Bayou Tortue Rd',
    city: 'Lafayette, LA',
    zip: '70508',
    linkedin: 'linkedin.com/in/kevin-doucette-retail',
    objective: 'Experienced retail manager looking for a district or multi-unit management role with a growing company.',
    summary: 'Store manager with 14 years in retail, from cashier to running an $8.2M store with 42 team members. I hire well, keep shrink low and make sure the floor is ready before the doors open.',
    work: [
      {
        company: 'Bayou Home & Garden', title: 'Store Manager', city: 'Lafayette, LA', start: '2019-02', end: 'present',
        bullets: [
          'Run a $8.2M store with 42 full and part-time associates and 3 assistant managers',
          'Grew sales 11% in 2022 and 7% in 2023 while holding payroll to budget',
          'Reduced shrink from 2.1% to 1.3% with cycle counts and a new receiving process',
          'Named District Store of the Year for 2022',
        ],
      },
      {
        company: 'Target', title: 'Executive Team Leader, Hardlines', city: 'Lafayette, LA', start: '2015-10', end: '2019-01',
        bullets: [
          'Led 25 team members across electronics, toys, sporting goods and seasonal',
          'Set up 4 seasonal resets a year on time and to planogram',
          'Trained and promoted 6 team members into team lead roles',
        ],
      },
      {
        company: 'Academy Sports + Outdoors', title: 'Department Supervisor', city: 'Lafayette, LA', start: '2012-04', end: '2015-09',
        bullets: [
          'Supervised the footwear and apparel departments and their weekly truck unloads',
          'Opened and closed the store as key holder',
        ],
      },
      {
        company: 'Cajun Market Grocery', title: 'Cashier / Stock Associate', city: 'Breaux Bridge, LA', start: '2009', end: '2012',
        bullets: ['Ran a register, stocked shelves and helped train new cashiers'],
      },
    ],
    education: [
      { school: 'South Louisiana Community College', city: 'Lafayette, LA', long: 'Associate of Applied Science', short: 'A.A.S.', area: 'Business Management', start: '2010', end: '2012' },
      { school: 'Breaux Bridge High School', city: 'Breaux Bridge, LA', long: 'High School Diploma', short: 'Diploma', area: null, start: null, end: '2009' },
    ],
    skills: ['P&L management', 'Inventory control', 'Merchandising', 'Scheduling', 'Loss prevention', 'Hiring and training', 'Customer service', 'Vendor relations', 'Planograms', 'Kronos', 'Microsoft Excel', 'POS systems'],
    certs: ['NRF Foundation RISE Up Retail Management Certification (2020)', 'ServSafe Manager (2021)'],
    certsHeading: 'Certifications',
    extra: { heading: 'Awards', items: ['District Store of the Year, 2022', 'Target Hardlines ETL of the Quarter, Q4 2017'] },
  },

  acct: {
    id: 'acct',
    who: 'senior accountant, CPA, Minneapolis MN, USA (audit to industry)',
    name: 'Mei-Ling Harrigan',
    creds: 'CPA',
    label: 'Senior Accountant',
    email: 'meiling.harrigan@example.org',
    phone: '(612) 555-0181',
    street: '3306 Bryant Ave S',
    city: 'Minneapolis, MN',
    zip: '55408',
    linkedin: 'linkedin.com/in/meilingharrigan',
    objective: 'CPA seeking an accounting manager role in a manufacturing or food company.',
    summary: 'Senior accountant and CPA with 7 years in public accounting and industry. I close the books fast, write reconciliations that auditors trust, and like turning messy spreadsheets into clean reports.',
    work: [
      {
        company: 'Northstar Dairy Cooperative', title: 'Senior Accountant', city: 'St. Paul, MN', start: '2021-05', end: 'present',
        bullets: [
          'Own month-end close for 3 plants with $310M in annual revenue, closing in 5 days instead of 9',
          'Prepare balance sheet reconciliations, accruals and fixed asset schedules in NetSuite',
          'Built Power BI variance reports used by plant managers every month',
          'Main contact for the external auditors during the annual audit',
        ],
      },
      {
        company: 'Lindqvist & Moe LLP', title: 'Audit Associate', city: 'Minneapolis, MN', start: '2017-09', end: '2021-04',
        bullets: [
          'Audited manufacturing, nonprofit and employee benefit plan clients up to $150M in revenue',
          'Tested internal controls and SOX compliance for two public clients',
          'Supervised 2 interns on inventory observations and cash testing',
        ],
      },
      {
        company: 'Lindqvist & Moe LLP', title: 'Tax Intern', city: 'Minneapolis, MN', start: '2016-06', end: '2016-08', season: 'Summer',
        bullets: ['Prepared individual and partnership returns in CCH Axcess'],
      },
      {
        company: 'Hennepin Title Company', title: 'Accounting Clerk (part-time)', city: 'Edina, MN', start: '2015-01', end: '2017-05',
        bullets: ['Posted payables and receivables in QuickBooks and reconciled escrow accounts'],
      },
    ],
    education: [
      { school: 'University of Minnesota', city: 'Minneapolis, MN', long: 'Bachelor of Science', short: 'B.S.', area: 'Accounting', start: '2013-09', end: '2017-05', score: '3.7' },
    ],
    skills: ['GAAP', 'Month-end close', 'Account reconciliations', 'Accruals', 'Fixed assets', 'Variance analysis', 'SOX compliance', 'Audit support', 'NetSuite', 'SAP', 'QuickBooks', 'Microsoft Excel', 'Power BI', 'CCH Axcess'],
    skillGroups: [
      { label: 'Accounting', items: ['GAAP', 'Month-end close', 'Account reconciliations', 'Accruals', 'Fixed assets', 'Variance analysis'] },
      { label: 'Audit', items: ['SOX compliance', 'Audit support'] },
      { label: 'Software', items: ['NetSuite', 'SAP', 'QuickBooks', 'Microsoft Excel', 'Power BI', 'CCH Axcess'] },
    ],
    certs: ['Certified Public Accountant (CPA), Minnesota, 2019'],
    certsHeading: 'Certifications',
    extra: { heading: 'Professional Affiliations', items: ['Minnesota Society of CPAs (MNCPA)', 'Institute of Management Accountants (IMA)'] },
  },

  tch: {
    id: 'tch',
    who: 'primary school teacher, Cardiff, Wales, UK (teaching assistant to maths lead)',
    name: 'Rhiannon Pryce-Evans',
    label: 'Primary School Teacher',
    email: 'rhiannon.pryceevans@example.com',
    phone: '07700 900318',
    street: '27 Ninian Road, Roath',
    city: 'Cardiff',
    zip: 'CF23 5EG',
    objective: 'Enthusiastic primary teacher with 7 years in the classroom, looking for a Key Stage 2 post with responsibility for mathematics.',
    summary: 'Qualified primary teacher with 7 years of classroom experience in Cardiff schools, currently Year 4 teacher and maths lead. Confident with the Curriculum for Wales, small-group intervention and working closely with parents and support staff.',
    work: [
      {
        company: 'Ysgol Glan Morfa Primary School', title: 'Year 4 Class Teacher and Maths Lead', city: 'Cardiff', start: '2019-09', end: 'present',
        bullets: [
          'Plan and teach a class of 30 Year 4 pupils, including 5 with additional learning needs',
          'Lead mathematics across the school: scheme of work, staff training and pupil progress meetings',
          'Introduced daily number fluency sessions; pupils at or above expected level rose from 68% to 84%',
          'Run the after-school coding club with Scratch and micro:bits',
        ],
      },
      {
        company: 'Llanedeyrn Oaks Primary School', title: 'Class Teacher (Year 2)', city: 'Cardiff', start: '2017-09', end: '2019-07',
        bullets: [
          'Completed my induction year and taught Year 2 for two years',
          'Delivered Read Write Inc. phonics groups and reading interventions',
          'Organised the Year 2 trip to St Fagans for 60 pupils',
        ],
      },
      {
        company: 'Heathfield Park Primary School', title: 'Teaching Assistant', city: 'Cardiff', start: '2014-01', end: '2016-07',
        bullets: [
          'Supported a pupil with autism one-to-one in Year 1 and Year 2',
          'Ran small-group reading and maths catch-up sessions',
        ],
      },
      {
        company: 'Cardiff Bay Playscheme', title: 'Playworker', city: 'Cardiff', start: '2013-07', end: '2013-08', season: 'Summer',
        bullets: ['Planned games and crafts for groups of 15 children aged 5-11'],
      },
    ],
    education: [
      { school: 'Cardiff Metropolitan University', city: 'Cardiff', long: 'PGCE', short: 'PGCE', area: 'Primary Education', joiner: ' ', start: '2016-09', end: '2017-06' },
      { school: 'Swansea University', city: 'Swansea', long: 'BA (Hons)', short: 'BA (Hons)', area: 'English Literature', joiner: ' ', start: '2010-09', end: '2013-06', score: '2:1' },
    ],
    skills: ['Curriculum for Wales', 'Lesson planning', 'Differentiation', 'Assessment for Learning', 'Read Write Inc. phonics', 'Behaviour management', 'ALN support', 'Google Classroom', 'Seesaw', 'Hwb', 'Safeguarding', 'Conversational Welsh'],
    certs: ['Qualified Teacher Status (QTS), 2017', 'Enhanced DBS certificate on the Update Service', 'Paediatric First Aid, 2022'],
    certsHeading: 'Qualifications & Training',
    extra: { heading: 'Interests', items: ['Singing with Cardiff Community Choir, hill walking in the Brecon Beacons and baking.'] },
  },

  wh: {
    id: 'wh',
    who: 'warehouse team leader, Dandenong VIC, Australia (forklift operator to team leader)',
    name: 'Brendan Mulcahy',
    label: 'Warehouse Team Leader',
    email: 'brendan.mulcahy@example.com',
    phone: '0491 570 313',
    street: '14 Kirkham Road',
    city: 'Dandenong VIC',
    zip: '3175',
    objective: 'Reliable warehouse team leader looking for a shift supervisor or operations role in a large distribution centre.',
    summary: 'Warehouse team leader with 11 years in retail and freight distribution. Licensed forklift operator who keeps the team safe, hits pick rates and gets the trucks out on time.',
    work: [
      {
        company: 'Southern Cross Freight & Logistics', title: 'Warehouse Team Leader', city: 'Dandenong South VIC', start: '2020-11', end: 'present',
        bullets: [
          'Lead a night shift team of 18 pickers, packers and forklift drivers',
          'Lifted pick rate from 92 to 118 lines per hour by re-slotting fast movers',
          'Plan outbound loads for 25-30 trucks a night with zero missed cut-offs in 2023',
          'Run toolbox talks and WHS inspections; no lost-time injuries on my shift since 2021',
          'Train new starters on the RF scanners and Manhattan WMS',
        ],
      },
      {
        company: 'Woolworths Group', title: 'Forklift Operator / Storeperson', city: 'Mulgrave VIC', start: '2016-03', end: '2020-10',
        bullets: [
          'Operated counterbalance and reach forklifts in a chilled distribution centre',
          'Received inbound containers, put away stock and replenished pick faces',
          'Helped with quarterly stocktakes and cycle counts',
        ],
      },
      {
        company: 'Bunnings Warehouse', title: 'Team Member (Trade)', city: 'Cranbourne VIC', start: '2013-06', end: '2016-02',
        bullets: [
          'Served trade customers, loaded timber and sheet goods, and took phone orders',
        ],
      },
      {
        company: 'Kingsway Labour Hire', title: 'Casual Picker Packer', city: 'Dandenong VIC', start: '2012', end: '2013',
        bullets: ['Casual picking and packing shifts across several warehouses'],
      },
    ],
    education: [
      { school: 'Chisholm Institute', city: 'Dandenong VIC', long: 'Certificate IV', short: 'Cert IV', area: 'Leadership and Management', start: '2022', end: '2022' },
      { school: 'Chisholm Institute', city: 'Dandenong VIC', long: 'Certificate III', short: 'Cert III', area: 'Supply Chain Operations', start: '2017', end: '2017' },
      { school: 'Hallam Senior College', city: 'Hallam VIC', long: 'Victorian Certificate of Education (VCE)', short: 'VCE', area: null, start: null, end: '2011' },
    ],
    skills: ['Team leadership', 'Load planning', 'Inbound and outbound', 'Stocktakes', 'Rostering', 'WHS', 'RF scanners', 'Manhattan WMS', 'SAP EWM', 'Reach truck', 'Pallet jack', 'Microsoft Excel'],
    certs: ['High Risk Work Licence – Forklift (LF)', 'High Risk Work Licence – Order Picker (LO)', 'First Aid (HLTAID011), 2023', 'Full Victorian driver licence (C)'],
    certsHeading: 'Licences & Tickets',
  },

  jr: {
    id: 'jr',
    who: 'junior web developer, El Paso TX, USA (barista/shift supervisor → bootcamp → junior dev)',
    name: 'Marisol Benavides',
    label: 'Junior Full-Stack Developer',
    email: 'marisol.benavides@example.com',
    phone: '(915) 555-0172',
    street: '6021 Montana Ave',
    city: 'El Paso, TX',
    zip: '79925',
    linkedin: 'linkedin.com/in/marisol-benavides',
    github: 'github.com/mbenavides-dev',
    url: 'marisolb.example.org',
    objective: 'Junior developer looking for my next full-stack role on a team that ships often and reviews code kindly.',
    summary: 'Junior full-stack developer who came to code from 4 years of running coffee shop shifts. I build with React, Node.js and PostgreSQL, write tests, and am used to busy rushes and clear communication.',
    work: [
      {
        company: 'Sunland Software Co.', title: 'Junior Web Developer', city: 'El Paso, TX', start: '2023-08', end: 'present',
        bullets: [
          'Build React and TypeScript features for a scheduling app used by 140 clinics',
          'Wrote Jest and Playwright tests that raised front-end coverage from 22% to 61%',
          'Fixed 80+ bugs from the support queue in my first six months',
        ],
      },
      {
        company: 'Freelance', title: 'Web Developer', city: 'Remote', start: '2023-01', end: '2023-07',
        bullets: [
          'Built WordPress and Next.js sites for 5 local small businesses',
          'Set up Google Analytics and basic SEO for each client',
        ],
      },
      {
        company: 'Starbucks', title: 'Shift Supervisor', city: 'El Paso, TX', start: '2018-06', end: '2022-12',
        bullets: [
          'Ran shifts of 6-8 baristas and handled cash counts and deposits',
          'Trained 20+ new baristas',
        ],
      },
    ],
    education: [
      { school: 'Frontera Coding Academy', city: 'El Paso, TX', long: 'Certificate', short: 'Certificate', area: 'Full-Stack Web Development', start: '2022-08', end: '2022-12' },
      { school: 'El Paso Community College', city: 'El Paso, TX', long: 'Associate of Arts', short: 'A.A.', area: 'General Studies', start: '2016', end: '2018' },
    ],
    projects: [
      { name: 'ShelterMap', stack: ['React', 'Node.js', 'PostgreSQL', 'Leaflet'], desc: 'Map of open beds at El Paso shelters, updated by staff from their phones' },
      { name: 'Budget Buddy', stack: ['Python', 'Flask', 'SQLite'], desc: 'Envelope-style budgeting app with CSV import from my bank' },
    ],
    skills: ['JavaScript', 'TypeScript', 'Python', 'HTML', 'CSS', 'React', 'Next.js', 'Node.js', 'Express', 'Tailwind CSS', 'PostgreSQL', 'MongoDB', 'Jest', 'Playwright', 'Git', 'GitHub Actions', 'Figma'],
    skillGroups: [
      { label: 'Languages', items: ['JavaScript', 'TypeScript', 'Python', 'HTML', 'CSS'] },
      { label: 'Frameworks', items: ['React', 'Next.js', 'Node.js', 'Express', 'Tailwind CSS'] },
      { label: 'Databases', items: ['PostgreSQL', 'MongoDB'] },
      { label: 'Tools', items: ['Jest', 'Playwright', 'Git', 'GitHub Actions', 'Figma'] },
    ],
    extra: { heading: 'Languages', items: ['English (native)', 'Spanish (fluent)'] },
  },
};
