// Seven invented personas outside software engineering (names not used in the other held-out batches).
// E-mails at example.com, phones in fictional ranges (US/CA 555-01xx, UK 07700 900xxx, AU 0491 570 xxx),
// employers invented; schools/colleges are real institution names used only as names.
// Dates: 'YYYY-MM' (or 'YYYY'); end null = current role.
// Education: {institution, city, studyType, area, lc:[a, b] (how "a: b" is printed by builder sites), start, end, score:[label|null, value]}

export const personas = {
  brianna: {
    desc: 'Brianna L. Haverty, registered nurse (med-surg / telemetry), Columbus OH, USA; ADN then BSN, RN licence number, clinical rotations',
    name: 'Brianna L. Haverty', label: 'Registered Nurse', email: 'brianna.haverty@example.com', phone: '(614) 555-0143',
    location: 'Columbus, OH 43214', linkedin: 'linkedin.com/in/brianna-haverty-rn', paper: 'letter', lang: 'en-US',
    summary: 'Compassionate Registered Nurse with 7 years of acute care experience in medical-surgical and cardiac telemetry units. Skilled in patient assessment, medication administration and discharge education for a 5–6 patient assignment. Calm under pressure, precepts new graduates and charts accurately in Epic.',
    skills: ['Patient assessment', 'Medication administration', 'Telemetry monitoring', 'IV therapy', 'Wound care', 'Epic EHR', 'Patient and family education', 'Care plan development', 'Infection control', 'Time management', 'Team collaboration', 'Critical thinking'],
    work: [
      { position: 'Registered Nurse – Cardiac Telemetry', company: 'Scioto Valley Medical Center', city: 'Columbus, OH', start: '2021-04', end: null, bullets: [
        'Provide care for 5–6 patients per shift on a 32-bed cardiac telemetry unit, including post-PCI and heart failure patients',
        'Interpret cardiac rhythms and escalate changes to the rapid response team, contributing to a 15% drop in unplanned ICU transfers',
        'Serve as relief charge nurse two shifts per month, coordinating assignments for 8 nurses and 3 patient care technicians',
        'Precepted 9 new graduate nurses through a 12-week orientation program',
        'Member of the unit falls committee; helped cut patient falls from 11 to 4 per year' ] },
      { position: 'Registered Nurse – Medical-Surgical', company: 'Franklin Park Hospital', city: 'Columbus, OH', start: '2018-07', end: '2021-03', bullets: [
        'Delivered nursing care to up to 6 adult patients on a 40-bed medical-surgical floor',
        'Administered medications, blood products and IV therapy following hospital protocols',
        'Educated patients and families on diagnoses, wound care and discharge instructions',
        'Documented assessments and interventions in Epic with 98% audit compliance' ] },
      { position: 'Patient Care Technician', company: 'Franklin Park Hospital', city: 'Columbus, OH', start: '2016-09', end: '2018-06', bullets: [
        'Measured vital signs, blood glucose and intake and output for 10–12 patients per shift',
        'Assisted patients with mobility, hygiene and feeding' ] },
      { position: 'Certified Nursing Assistant', company: 'Maple Grove Senior Living', city: 'Westerville, OH', start: '2015-01', end: '2016-08', bullets: [] },
    ],
    education: [
      { institution: 'Ohio University', city: 'Athens, OH', studyType: 'Bachelor of Science', area: 'Nursing', lc: ['Bachelor of Science', 'Nursing'], end: '2022-12' },
      { institution: 'Columbus State Community College', city: 'Columbus, OH', studyType: 'Associate of Applied Science', area: 'Nursing', lc: ['Associate of Applied Science', 'Nursing'], end: '2018-05', score: ['GPA', '3.7'] },
    ],
    certsHeading: 'Licenses & Certifications',
    certs: [
      'Registered Nurse, State of Ohio – License No. RN.512847',
      'Basic Life Support (BLS), American Heart Association – expires 09/2026',
      'Advanced Cardiovascular Life Support (ACLS) – expires 09/2026',
      'Progressive Care Certified Nurse (PCCN), AACN – 2023',
    ],
    accomplishments: [
      'DAISY Award nominee, Scioto Valley Medical Center, 2023',
      'Unit Employee of the Quarter, Franklin Park Hospital, Q3 2020',
    ],
    extra: { heading: 'Clinical Rotations', items: [
      'Medical-Surgical – Franklin Park Hospital (90 hours)',
      'Pediatrics – Nationwide Children’s Hospital (45 hours)',
      'Obstetrics – Mount Carmel East (45 hours)',
      'Behavioral Health – Twin Valley Behavioral Healthcare (45 hours)',
    ] },
    groups: [
      { name: 'Patient Care', items: [
        'Assessed and monitored 5–6 acute care patients per shift on telemetry and med-surg units',
        'Administered oral, IV and subcutaneous medications with zero reportable errors in 2023',
        'Managed wounds, drains and central lines using sterile technique' ] },
      { name: 'Education & Communication', items: [
        'Taught patients and families about heart failure self-care, reducing 30-day readmissions on the unit by 8%',
        'Gave clear SBAR handoffs to physicians and oncoming nurses' ] },
      { name: 'Leadership', items: [
        'Relief charge nurse coordinating 8 nurses and 3 technicians',
        'Precepted 9 new graduate nurses and 6 nursing students' ] },
    ],
  },

  philippa: {
    desc: 'Philippa Radcliffe, secondary mathematics teacher and Head of Year, Sheffield, UK; PGCE with QTS, BSc (Hons) 2:1, Key Stage 3–5',
    name: 'Philippa Radcliffe', label: 'Secondary Mathematics Teacher', email: 'p.radcliffe@example.com', phone: '07700 900482',
    location: 'Sheffield, South Yorkshire', linkedin: null, paper: 'a4', lang: 'en-GB',
    summary: 'Qualified secondary mathematics teacher (QTS) with eight years’ experience teaching Key Stage 3, GCSE and A Level in mixed comprehensive schools. Committed to raising attainment for disadvantaged pupils through clear modelling, retrieval practice and strong relationships. Currently Head of Year 9 and second in department.',
    skills: ['Lesson planning', 'Differentiation', 'Behaviour management', 'Assessment for learning', 'SEND support', 'Safeguarding', 'Data analysis (SIMS)', 'Google Classroom', 'Pastoral care', 'Parental communication', 'Curriculum design', 'Mentoring'],
    work: [
      { position: 'Second in Mathematics and Head of Year 9', company: 'Hillsborough Park Academy', city: 'Sheffield', start: '2020-09', end: null, bullets: [
        'Teach mathematics across Key Stage 3, Key Stage 4 and Key Stage 5 (A Level Mathematics and Further Mathematics) to 190 pupils',
        'Raised the proportion of GCSE pupils achieving grade 4+ from 61% to 74% over three years',
        'Lead a pastoral team of 8 form tutors for a year group of 240 pupils; reduced persistent absence from 19% to 12%',
        'Rewrote the Key Stage 3 scheme of work around mastery and retrieval practice',
        'Mentor two Early Career Teachers (ECTs) through the Early Career Framework' ] },
      { position: 'Teacher of Mathematics', company: 'Don Valley School', city: 'Rotherham', start: '2017-09', end: '2020-08', bullets: [
        'Taught Key Stage 3 and GCSE mathematics to mixed-ability classes of up to 30 pupils',
        'Ran weekly intervention sessions for 25 Year 11 pupils, 80% of whom achieved a grade 4 or above',
        'Organised the UKMT Junior Maths Challenge entry for 120 pupils' ] },
      { position: 'Newly Qualified Teacher (NQT), Mathematics', company: 'Don Valley School', city: 'Rotherham', start: '2016-09', end: '2017-08', bullets: [
        'Completed NQT induction year with all Teachers’ Standards met',
        'Planned and delivered lessons for Key Stage 3 and Year 10 groups' ] },
      { position: 'Teaching Assistant', company: 'Ecclesfield Primary School', city: 'Sheffield', start: '2014-09', end: '2015-07', bullets: [] },
    ],
    education: [
      { institution: 'Sheffield Hallam University', city: 'Sheffield', studyType: 'PGCE', area: 'Secondary Mathematics with QTS', lc: ['PGCE', 'Secondary Mathematics with QTS'], start: '2015-09', end: '2016-07' },
      { institution: 'University of Leeds', city: 'Leeds', studyType: 'BSc (Hons)', area: 'Mathematics', lc: ['BSc (Hons)', 'Mathematics'], start: '2011-09', end: '2014-06', score: [null, '2:1'] },
    ],
    certsHeading: 'Qualifications & Training',
    certs: [
      'Qualified Teacher Status (QTS) – Teacher Reference Number 1684729',
      'Enhanced DBS certificate on the Update Service',
      'Designated Safeguarding Lead training (Level 3), 2023',
      'NPQ in Leading Teaching (NPQLT), 2022',
    ],
    accomplishments: [
      'Whole-school lead for the 2023 Ofsted deep dive in mathematics (school judged Good)',
      'Set up a lunchtime maths club attended by 40 Key Stage 3 pupils each week',
    ],
    extra: { heading: 'Interests', items: ['Fell running', 'Volunteer leader, 14th Sheffield Scouts'] },
    groups: [
      { name: 'Teaching & Learning', items: [
        'Planned and taught mathematics from Key Stage 3 to A Level Further Mathematics',
        'Raised GCSE grade 4+ outcomes from 61% to 74% in three years',
        'Designed a mastery-based Key Stage 3 scheme of work' ] },
      { name: 'Pastoral Leadership', items: [
        'Head of Year 9 for 240 pupils and 8 form tutors',
        'Cut persistent absence from 19% to 12% through attendance mentoring' ] },
      { name: 'Staff Development', items: [
        'Mentored two Early Career Teachers and three PGCE trainees',
        'Delivered INSET on retrieval practice to 60 staff' ] },
    ],
  },

  desmond: {
    desc: 'Desmond A. Whitlow, CPA, senior accountant after four years of Big Four audit, Charlotte NC, USA; B.S. + Master of Accountancy, CPA licence',
    name: 'Desmond A. Whitlow', suffix: ', CPA', label: 'Senior Accountant', email: 'desmond.whitlow@example.com', phone: '(704) 555-0176',
    location: 'Charlotte, NC 28203', linkedin: 'linkedin.com/in/dwhitlow-cpa', paper: 'letter', lang: 'en-US',
    summary: 'Detail-oriented Certified Public Accountant with 9 years of experience in Big Four external audit and corporate accounting. Leads month-end close, SEC reporting and SOX testing for a $1.2B manufacturer. Known for building reconciliations that finish on time and survive audit.',
    skills: ['US GAAP', 'Month-end close', 'Account reconciliation', 'SEC reporting (10-K, 10-Q)', 'SOX 404 compliance', 'External audit', 'Financial statement preparation', 'Variance analysis', 'NetSuite', 'BlackLine', 'Advanced Excel', 'Attention to detail'],
    work: [
      { position: 'Senior Accountant', company: 'Carolina Bearing Corporation', city: 'Charlotte, NC', start: '2020-02', end: null, bullets: [
        'Lead a 5-day month-end close for three legal entities with $1.2B in annual revenue',
        'Prepare 10-K and 10-Q footnotes and supporting schedules for SEC filings',
        'Reduced close time from 8 to 5 business days by moving 140 reconciliations into BlackLine',
        'Coordinate SOX 404 walkthroughs and testing with internal audit; zero material weaknesses since 2021',
        'Supervise and review the work of 2 staff accountants' ] },
      { position: 'Audit Senior, Assurance', company: 'Harrow Pike & Lindqvist LLP (Big Four)', city: 'Charlotte, NC', start: '2017-09', end: '2020-01', bullets: [
        'Led fieldwork on audits of public and private clients in manufacturing and retail with revenues up to $3B',
        'Planned engagements, assessed risk and tested internal controls over financial reporting',
        'Supervised teams of 3–5 associates and reviewed their workpapers',
        'Drafted management letter comments adopted by 4 clients' ] },
      { position: 'Audit Associate, Assurance', company: 'Harrow Pike & Lindqvist LLP (Big Four)', city: 'Charlotte, NC', start: '2015-09', end: '2017-08', bullets: [
        'Performed substantive testing of cash, receivables, inventory and revenue',
        'Documented process narratives and control tests for SOX engagements' ] },
      { position: 'Tax Intern', company: 'Baxley & Moore CPAs', city: 'Greensboro, NC', start: '2014-06', end: '2014-08', bullets: [] },
    ],
    education: [
      { institution: 'Wake Forest University', city: 'Winston-Salem, NC', studyType: 'Master of Science', area: 'Accountancy', lc: ['Master of Science', 'Accountancy'], end: '2015-05' },
      { institution: 'North Carolina A&T State University', city: 'Greensboro, NC', studyType: 'Bachelor of Science', area: 'Accounting', lc: ['Bachelor of Science', 'Accounting'], end: '2014-05', score: ['GPA', '3.8/4.0'] },
    ],
    certsHeading: 'Licenses & Certifications',
    certs: [
      'Certified Public Accountant (CPA), North Carolina State Board – License No. 41827',
      'Certified Management Accountant (CMA) candidate – Part 1 passed, 2024',
    ],
    accomplishments: [
      'Recognized with the firm’s Assurance Excellence award, 2019',
      'Passed all four sections of the CPA exam on the first attempt',
    ],
    extra: { heading: 'Professional Affiliations', items: ['American Institute of CPAs (AICPA)', 'North Carolina Association of CPAs (NCACPA)'] },
    groups: [
      { name: 'Financial Reporting', items: [
        'Prepared 10-K and 10-Q footnotes and supporting schedules',
        'Led a 5-day month-end close for three legal entities' ] },
      { name: 'Audit & Internal Controls', items: [
        'Four years of Big Four external audit for clients with revenues up to $3B',
        'Coordinated SOX 404 testing with zero material weaknesses since 2021' ] },
      { name: 'Process Improvement', items: [
        'Moved 140 reconciliations into BlackLine, cutting close from 8 to 5 days',
        'Built a variance analysis workbook used by FP&A every month' ] },
    ],
  },

  gurpreet: {
    desc: 'Gurpreet Kaur Sandhu, retail store manager, Brampton ON, Canada; Ontario college diploma, first aid, languages',
    name: 'Gurpreet Kaur Sandhu', label: 'Retail Store Manager', email: 'gurpreet.sandhu@example.com', phone: '(905) 555-0187',
    location: 'Brampton, ON L6Y 2K8', linkedin: null, paper: 'letter', lang: 'en-CA',
    summary: 'Results-driven Retail Store Manager with 10+ years in specialty and big-box retail. Grew sales at two locations while cutting shrink and staff turnover. Strong at coaching teams of up to 45, visual merchandising and inventory control.',
    skills: ['Team leadership', 'Sales forecasting', 'Inventory management', 'Loss prevention', 'Visual merchandising', 'Staff scheduling', 'Customer service', 'P&L management', 'Recruiting and onboarding', 'Conflict resolution', 'Microsoft Excel', 'Point of sale (POS) systems'],
    work: [
      { position: 'Store Manager', company: 'Northway Home & Hardware', city: 'Brampton, ON', start: '2019-03', end: null, bullets: [
        'Manage a $14M store with 45 full- and part-time associates and 3 department supervisors',
        'Grew year-over-year sales by 9% in 2023 through staff product training and seasonal resets',
        'Reduced inventory shrink from 2.1% to 1.3% by tightening receiving and cycle count procedures',
        'Cut part-time turnover by 30% with a structured 2-week onboarding plan',
        'Ranked #2 of 38 stores in the region for customer satisfaction (NPS 71) in 2022' ] },
      { position: 'Assistant Store Manager', company: 'Maple & Birch Outfitters', city: 'Mississauga, ON', start: '2015-06', end: '2019-02', bullets: [
        'Supported the store manager in running a $6M apparel location with 25 associates',
        'Built weekly schedules within labour budget and approved payroll',
        'Led two store remodels completed on time and without closing the sales floor' ] },
      { position: 'Department Supervisor', company: 'Maple & Birch Outfitters', city: 'Mississauga, ON', start: '2013-04', end: '2015-05', bullets: [
        'Supervised 8 associates in the footwear department',
        'Exceeded department sales targets in 7 of 8 quarters' ] },
      { position: 'Sales Associate', company: 'Bramalea City Pharmacy', city: 'Brampton, ON', start: '2011-05', end: '2013-03', bullets: [] },
    ],
    education: [
      { institution: 'Sheridan College', city: 'Brampton, ON', studyType: 'Diploma', area: 'Business Administration', lc: ['Diploma', 'Business Administration'], start: '2009-09', end: '2011-04' },
      { institution: 'Turner Fenton Secondary School', city: 'Brampton, ON', studyType: 'Ontario Secondary School Diploma (OSSD)', lc: ['Diploma', 'High School'], end: '2009' },
    ],
    certsHeading: 'Certifications',
    certs: [
      'Standard First Aid & CPR Level C – Canadian Red Cross, 2024',
      'WHMIS 2015 Certificate',
      'Retail Management Certificate – Retail Council of Canada, 2018',
    ],
    accomplishments: [
      'Regional Store Manager of the Year, Northway Home & Hardware, 2022',
      'Promoted from Sales Associate to Store Manager in 8 years',
    ],
    extra: { heading: 'Languages', items: ['English (fluent)', 'Punjabi (fluent)', 'Hindi (conversational)'] },
    groups: [
      { name: 'Customer Service', items: [
        'Ranked #2 of 38 stores for customer satisfaction (NPS 71)',
        'Resolved escalated customer complaints and trained staff on service standards',
        'Introduced a 10-minute daily huddle on product knowledge' ] },
      { name: 'Team Leadership', items: [
        'Led teams of up to 45 associates and 3 supervisors',
        'Cut part-time turnover by 30% with a structured onboarding plan' ] },
      { name: 'Operations & Inventory', items: [
        'Reduced shrink from 2.1% to 1.3% with better receiving and cycle counts',
        'Managed labour budgets, weekly schedules and payroll approval' ] },
    ],
  },

  lachlan: {
    desc: 'Lachlan Papadakis, head chef / restaurant manager, Adelaide SA, Australia; TAFE certificates, food safety supervisor, RSA',
    name: 'Lachlan Papadakis', label: 'Head Chef', email: 'lachlan.papadakis@example.com', phone: '0491 570 156',
    location: 'Adelaide, SA 5000', linkedin: null, paper: 'a4', lang: 'en-AU',
    summary: 'Head Chef and restaurant manager with 12 years in busy à la carte and function kitchens. Runs a 120-cover Mediterranean restaurant, writes seasonal menus around local produce and keeps food cost under 30%. Leads brigades of up to 14 with a focus on training apprentices.',
    skills: ['Menu development', 'Food cost control', 'Kitchen management', 'Stock ordering', 'Rostering', 'HACCP', 'Staff training', 'Supplier negotiation', 'Catering and functions', 'Butchery', 'Leadership', 'Working under pressure'],
    work: [
      { position: 'Restaurant Manager', company: 'Thalassa Dining', city: 'Adelaide, SA', start: '2023-07', end: null, bullets: [
        'Oversee front and back of house with a combined team of 30',
        'Handle rosters, wages budget and liquor licensing compliance' ] },
      { position: 'Head Chef', company: 'Thalassa Dining', city: 'Adelaide, SA', start: '2020-01', end: null, bullets: [
        'Lead a brigade of 14 chefs and kitchen hands for a 120-cover restaurant serving 900 covers a week',
        'Write four seasonal menus a year using produce from 12 South Australian suppliers',
        'Brought food cost down from 34% to 29% through portion control and weekly stocktakes',
        'Rebuilt the kitchen after COVID-19 closures, adding a takeaway menu worth $8,000 a week',
        'Achieved a 5-star food safety rating in every council inspection since 2021' ] },
      { position: 'Sous Chef', company: 'The Norwood Grain Store', city: 'Norwood, SA', start: '2016-03', end: '2019-12', bullets: [
        'Ran the pass on Friday and Saturday services of up to 250 covers',
        'Trained 6 apprentices, 4 of whom completed their Certificate III',
        'Managed weddings and functions for up to 180 guests' ] },
      { position: 'Chef de Partie', company: 'Harbourside Hotel', city: 'Glenelg, SA', start: '2013-02', end: '2016-02', bullets: [
        'Ran the grill and larder sections in a 200-room hotel kitchen' ] },
      { position: 'Commis Chef', company: 'Hahndorf Country Kitchen', city: 'Hahndorf, SA', start: '2011-01', end: '2013-01', bullets: [] },
    ],
    education: [
      { institution: 'TAFE SA', city: 'Regency Park, SA', studyType: 'Certificate IV', area: 'Kitchen Management', lc: ['Certificate IV', 'Kitchen Management'], end: '2015' },
      { institution: 'TAFE SA', city: 'Regency Park, SA', studyType: 'Certificate III', area: 'Commercial Cookery', lc: ['Certificate III', 'Commercial Cookery'], start: '2011', end: '2013' },
    ],
    certsHeading: 'Licences & Certifications',
    certs: [
      'Food Safety Supervisor Certificate (SITXFSA006), 2023',
      'Responsible Service of Alcohol (RSA), South Australia',
      'Provide First Aid (HLTAID011), 2024',
      'Current Driver Licence (C class)',
    ],
    accomplishments: [
      'One Hat, Good Food Guide, Thalassa Dining, 2023 and 2024',
      'Finalist, SA Young Chef of the Year, 2015',
    ],
    extra: { heading: 'Languages', items: ['English (native)', 'Greek (conversational)'] },
    groups: [
      { name: 'Kitchen Leadership', items: [
        'Led a brigade of 14 serving 900 covers a week',
        'Trained 6 apprentices through their Certificate III' ] },
      { name: 'Menu & Cost Control', items: [
        'Wrote four seasonal menus a year with 12 local suppliers',
        'Reduced food cost from 34% to 29% with portion control and weekly stocktakes' ] },
      { name: 'Food Safety & Compliance', items: [
        'Maintained a 5-star food safety rating in every inspection since 2021',
        'Wrote the HACCP plan and trained staff on allergen handling' ] },
    ],
  },

  ritika: {
    desc: 'Ritika Malhotra, HR generalist, Gurugram, Haryana, India; MBA (HR) with CGPA, B.Com, SHRM-CP, statutory compliance',
    name: 'Ritika Malhotra', label: 'HR Generalist', email: 'ritika.malhotra@example.com', phone: '+91 98100 55217',
    location: 'Gurugram, Haryana', linkedin: 'linkedin.com/in/ritika-malhotra-hr', paper: 'a4', lang: 'en-IN',
    summary: 'HR Generalist with 6+ years across recruitment, onboarding, payroll coordination and statutory compliance for IT-services and manufacturing companies. Handles the full employee life cycle for 600+ employees and works closely with business heads on engagement and retention.',
    skills: ['Talent acquisition', 'Onboarding', 'Payroll coordination', 'Statutory compliance (PF, ESI)', 'Employee engagement', 'Performance management', 'Grievance handling', 'HR policies', 'SAP SuccessFactors', 'MS Excel', 'Stakeholder management', 'Communication'],
    work: [
      { position: 'HR Generalist', company: 'Aravali Infotech Services Pvt. Ltd.', city: 'Gurugram, Haryana', start: '2021-06', end: null, bullets: [
        'Manage the full employee life cycle for 650 employees across two offices',
        'Hired 180+ employees in FY 2023-24 with an average time-to-fill of 32 days',
        'Run monthly payroll inputs and PF, ESI and gratuity compliance with zero penalties',
        'Launched a quarterly engagement survey; voluntary attrition fell from 24% to 17%',
        'Drafted the POSH, leave and hybrid-work policies approved by the leadership team' ] },
      { position: 'HR Executive', company: 'Shivalik Auto Components Ltd.', city: 'Manesar, Haryana', start: '2018-07', end: '2021-05', bullets: [
        'Handled recruitment for 120 shop-floor and staff positions a year',
        'Maintained attendance and leave records for 900 employees in the HRMS',
        'Coordinated induction programmes and statutory training for new joiners',
        'Supported annual appraisal cycle for 300 staff employees' ] },
      { position: 'HR Intern', company: 'Shivalik Auto Components Ltd.', city: 'Manesar, Haryana', start: '2017-05', end: '2017-06', bullets: [] },
    ],
    education: [
      { institution: 'Symbiosis Institute of Business Management', city: 'Pune', studyType: 'MBA', area: 'Human Resource Management', lc: ['MBA', 'Human Resource Management'], start: '2016', end: '2018', score: ['CGPA', '8.1/10'] },
      { institution: 'University of Delhi', city: 'New Delhi', studyType: 'B.Com (Hons)', area: 'Commerce', lc: ['B.Com (Hons)', 'Commerce'], start: '2013', end: '2016', score: [null, '72%'] },
    ],
    certsHeading: 'Certifications',
    certs: [
      'SHRM Certified Professional (SHRM-CP), 2022',
      'Certificate in Labour Laws and Industrial Relations, 2019',
    ],
    accomplishments: [
      'Star Performer award, Aravali Infotech Services, FY 2022-23',
      'Set up campus hiring with 6 engineering colleges',
    ],
    extra: { heading: 'Languages', items: ['English', 'Hindi', 'Punjabi'] },
    groups: [
      { name: 'Recruitment & Onboarding', items: [
        'Hired 180+ employees in one year with a 32-day average time-to-fill',
        'Built a campus hiring programme with 6 engineering colleges' ] },
      { name: 'Payroll & Compliance', items: [
        'Ran monthly payroll inputs for 650 employees',
        'Kept PF, ESI and gratuity filings on time with zero penalties' ] },
      { name: 'Employee Relations', items: [
        'Reduced voluntary attrition from 24% to 17% with quarterly engagement surveys',
        'Investigated and closed grievances within 15 working days' ] },
    ],
  },

  dwayne: {
    desc: 'Dwayne R. Kowalski, CDL Class A truck driver and warehouse lead, Joplin MO, USA; high-school diploma, some college, CDL endorsements, forklift',
    name: 'Dwayne R. Kowalski', label: 'CDL Class A Driver', email: 'dwayne.kowalski@example.com', phone: '(417) 555-0119',
    location: 'Joplin, MO 64801', linkedin: null, paper: 'letter', lang: 'en-US',
    summary: 'Safety-focused CDL Class A driver with 11 years of over-the-road and regional experience and 1.1 million accident-free miles. Also led a second-shift warehouse team, so I know both sides of the dock. Clean MVR, HAZMAT and tanker endorsements.',
    skills: ['Pre-trip and post-trip inspections', 'ELD / Hours of Service', 'DOT regulations', 'Defensive driving', 'Route planning', 'Load securement', 'Forklift operation', 'Inventory control', 'Shipping and receiving', 'Team leadership', 'Customer service', 'Dependability'],
    work: [
      { position: 'CDL Class A Regional Driver', company: 'Ozark Crossroads Freight', city: 'Joplin, MO', start: '2019-05', end: null, bullets: [
        'Haul dry van and refrigerated loads across a 6-state region, averaging 2,400 miles a week',
        'Maintain a 99.4% on-time delivery rate over 1,800+ loads',
        'Perform DOT pre-trip and post-trip inspections and keep ELD logs compliant',
        'Recognized for zero preventable accidents or violations since hire' ] },
      { position: 'Warehouse Lead (2nd Shift)', company: 'Four States Distribution Center', city: 'Carthage, MO', start: '2016-08', end: '2019-04', bullets: [
        'Led a crew of 12 loaders and forklift operators on second shift',
        'Improved order picking accuracy from 97.1% to 99.6%',
        'Trained 20+ new hires on forklift safety and OSHA rules',
        'Coordinated 35 inbound and outbound trailers per shift with dispatch' ] },
      { position: 'OTR Truck Driver', company: 'Heartland Plains Transport', city: 'Springfield, MO', start: '2013-03', end: '2016-07', bullets: [
        'Drove 48-state over-the-road routes, 110,000+ miles a year',
        'Delivered to grocery and retail distribution centers with 98% on-time rate' ] },
      { position: 'Forklift Operator', company: 'Four States Distribution Center', city: 'Carthage, MO', start: '2010-06', end: '2013-02', bullets: [] },
    ],
    education: [
      { institution: 'Crowder College', city: 'Neosho, MO', studyType: 'Some college coursework completed', area: 'Logistics and Supply Chain', lc: ['Some college coursework completed', 'Logistics and Supply Chain'], start: '2011', end: '2012' },
      { institution: 'Ozark Trucking Academy', city: 'Springfield, MO', studyType: 'Certificate', area: 'Commercial Truck Driving', lc: ['Certificate', 'Commercial Truck Driving'], end: '2013-02' },
      { institution: 'Joplin High School', city: 'Joplin, MO', studyType: 'High School Diploma', lc: ['Diploma', 'High School'], end: '2009' },
    ],
    certsHeading: 'Licenses & Certifications',
    certs: [
      'Commercial Driver’s License (CDL) Class A, Missouri – Endorsements: H, N, T',
      'DOT Medical Card – valid through 04/2026',
      'OSHA Forklift Operator Certification',
      'TWIC Card',
    ],
    accomplishments: [
      '1.1 million accident-free miles',
      'Driver of the Quarter, Ozark Crossroads Freight, Q2 2022 and Q4 2023',
    ],
    extra: { heading: 'Equipment', items: ['Freightliner Cascadia', 'Peterbilt 579', '53’ dry van and reefer trailers', 'Sit-down and stand-up forklifts, pallet jacks'] },
    groups: [
      { name: 'Safe Driving', items: [
        '1.1 million accident-free miles with a clean MVR',
        'DOT pre-trip and post-trip inspections on every load' ] },
      { name: 'On-Time Delivery', items: [
        '99.4% on-time delivery rate over 1,800+ loads',
        'Plans routes around weather, traffic and Hours of Service limits' ] },
      { name: 'Warehouse Leadership', items: [
        'Led a second-shift crew of 12 loaders and forklift operators',
        'Raised picking accuracy from 97.1% to 99.6%' ] },
    ],
  },
};
