// Six invented executives (synthetic, MIT). Names, e-mails (example.com/.org), phones (fictional 555-01xx and
// Ofcom drama ranges), handles, board seats and figures are made up; well-known companies appear only as employers.
// Dates are {y, m}; end null = present. Earlier roles and board/affiliation lines are printed with years only.

const d = (y, m) => ({ y, m });

export const PERSONAS = {
  cordelia: {
    name: 'Cordelia Vanterpool',
    label: 'Chief Financial Officer',
    email: 'cordelia.vanterpool@example.com',
    phone: '(312) 555-0143',
    location: 'Chicago, IL',
    linkedin: 'linkedin.com/in/cordelia-vanterpool',
    summary: 'Chief Financial Officer with 22 years of progressive finance leadership in logistics, consumer goods and public accounting. Took a $2.4B carrier through a dual-track refinancing and a $310M divestiture while keeping leverage under 2.5x. Builds finance teams that partner with operations, earn the trust of audit committees and lenders, and turn planning into a weekly management habit rather than an annual ritual.',
    competencies: ['Capital Allocation', 'Treasury & Liquidity', 'M&A Integration', 'Investor Relations', 'FP&A Transformation', 'SEC Reporting', 'Audit Committee Relations', 'ERP Modernization', 'Cost Optimization'],
    highlights: [
      'Refinanced $1.1B of term debt in 2022, cutting annual interest expense by $18M and extending maturities to 2029.',
      'Led the $310M sale of the cold-chain division, closing in five months with no post-closing adjustments.',
      'Delivered 14 consecutive quarters of guidance met or beaten as CFO of a NYSE-listed company.',
    ],
    employers: [
      {
        name: 'Meridian Freight Holdings', desc: '$2.4B publicly traded logistics company, 9,000 employees', location: 'Chicago, IL',
        roles: [
          { title: 'Chief Financial Officer', start: d(2020, 3), end: null, bullets: [
            'Lead a 140-person finance organization spanning FP&A, controllership, tax, treasury and investor relations.',
            'Refinanced $1.1B of term loans and a revolving credit facility during a rising-rate market.',
            'Sponsored the move from three legacy ledgers to SAP S/4HANA, closing the books in 6 days instead of 11.',
            'Present quarterly results to analysts and the Audit Committee; no material weaknesses in four SOX cycles.',
          ] },
          { title: 'Vice President, Finance and Corporate Controller', start: d(2016, 7), end: d(2020, 2), bullets: [
            'Owned external reporting, technical accounting and the SOX program for 62 legal entities.',
            'Integrated two acquired regional carriers, harmonizing charts of accounts within two quarters.',
          ] },
        ],
      },
      {
        name: 'Kraft Heinz', desc: 'Global food and beverage manufacturer', location: 'Chicago, IL',
        roles: [
          { title: 'Director, Financial Planning & Analysis', start: d(2012, 1), end: d(2016, 6), bullets: [
            'Ran planning and forecasting for the $3.8B North American grocery segment.',
            'Built a driver-based forecast that lowered quarterly forecast error from 6% to 1.8%.',
            'Partnered with procurement on a $95M cost-savings program across 11 plants.',
          ] },
        ],
      },
      {
        name: 'Deloitte', desc: 'Audit & Assurance practice', location: 'Chicago, IL',
        roles: [
          { title: 'Senior Manager, Audit & Assurance', start: d(2008, 9), end: d(2011, 12), bullets: [
            'Led audits of public manufacturing and distribution clients with revenue of up to $6B.',
            'Managed engagement teams of up to 18 and coached 9 staff through the CPA exam.',
          ] },
        ],
      },
    ],
    earlier: [
      { name: 'Deloitte', title: 'Audit Senior', start: 2002, end: 2008 },
    ],
    education: [
      { institution: 'Kellogg School of Management, Northwestern University', studyType: 'MBA', area: 'Finance and Strategy', end: 2010 },
      { institution: 'University of Illinois Urbana-Champaign', studyType: 'B.S.', area: 'Accountancy', end: 2002, score: 'Summa Cum Laude' },
    ],
    execEd: [{ institution: 'Harvard Business School Executive Education', program: 'Audit Committees in a New Era of Governance', year: 2021 }],
    board: [
      'Larkspur Community Bank, Independent Director and Audit Committee Chair, 2021–present',
      'Lakefront Food Depository, Board Treasurer, 2017–present',
    ],
    affiliations: ['Certified Public Accountant (CPA), State of Illinois', 'Financial Executives International, Chicago Chapter'],
    speaking: ['“Treasury after the zero-rate era”, Midwest CFO Forum, 2023'],
  },

  anders: {
    name: 'Anders Kjellberg',
    label: 'VP Engineering | CTO',
    email: 'anders.kjellberg@example.org',
    phone: '+1 512 555 0172',
    location: 'Austin, TX',
    linkedin: 'linkedin.com/in/anderskjellberg',
    github: 'github.com/akjellberg',
    summary: 'Engineering executive who has scaled product and platform organizations from 25 to 400 engineers across two B2B software companies. Known for pairing clear technical strategy with dependable delivery: predictable roadmaps, modern cloud platforms, and a hiring bar that holds while teams triple. Comfortable in the boardroom and still close enough to the code to review an architecture proposal.',
    competencies: ['Engineering Strategy', 'Org Design & Scaling', 'Cloud Platform (AWS)', 'Security & SOC 2', 'Technical Due Diligence', 'Product Partnership', 'R&D Budgeting', 'Executive Hiring', 'Developer Productivity'],
    highlights: [
      'Scaled engineering at Brightloom from 60 to 410 people across four countries while attrition stayed below 9%.',
      'Led the technical diligence and integration for three acquisitions worth a combined $240M.',
      'Cut cloud spend by $7.5M a year through a platform consolidation on AWS and Kubernetes.',
    ],
    employers: [
      {
        name: 'Brightloom Analytics', desc: 'Series D B2B analytics platform, 1,100 employees', location: 'Austin, TX',
        roles: [
          { title: 'Chief Technology Officer', start: d(2022, 4), end: null, bullets: [
            'Report to the CEO and lead 410 engineers, data scientists and designers with a $96M R&D budget.',
            'Set the three-year technical strategy approved by the board, including the move to a multi-tenant data plane.',
            'Achieved SOC 2 Type II and ISO 27001 certification in 11 months, unblocking $30M of enterprise pipeline.',
            'Introduced quarterly architecture reviews and a staff-engineer track that now holds 24 engineers.',
          ] },
          { title: 'VP Engineering', start: d(2019, 1), end: d(2022, 3), bullets: [
            'Grew the engineering organization from 60 to 230 and opened hubs in Lisbon and Toronto.',
            'Moved releases from monthly trains to continuous delivery, deploying 60 times a day.',
            'Led technical diligence and integration for the acquisitions of Tallyhive and Sparrowgrid.',
          ] },
        ],
      },
      {
        name: 'Indeed', desc: 'Global job search company', location: 'Austin, TX',
        roles: [
          { title: 'Senior Director of Engineering', start: d(2016, 2), end: d(2018, 12), bullets: [
            'Led 9 teams (85 engineers) building the employer-facing job posting and billing products.',
            'Delivered the self-serve sponsored jobs flow that grew small-business revenue by 38%.',
          ] },
          { title: 'Director of Engineering', start: d(2013, 6), end: d(2016, 1), bullets: [
            'Built the Austin employer engineering group from 25 to 60 engineers.',
            'Replaced a batch billing system with an event-driven ledger processing 4M transactions a day.',
          ] },
        ],
      },
      {
        name: 'HomeAway', desc: 'Vacation rental marketplace', location: 'Austin, TX',
        roles: [
          { title: 'Engineering Manager', start: d(2009, 8), end: d(2013, 5), bullets: [
            'Managed the search and availability team; search latency fell from 900 ms to 180 ms.',
          ] },
        ],
      },
    ],
    earlier: [
      { name: 'Dell', title: 'Software Engineer', start: 2004, end: 2009 },
    ],
    education: [
      { institution: 'The University of Texas at Austin', studyType: 'M.S.', area: 'Computer Science', end: 2004 },
      { institution: 'KTH Royal Institute of Technology', studyType: 'B.Sc.', area: 'Computer Engineering', end: 2002 },
    ],
    execEd: [{ institution: 'Stanford Graduate School of Business', program: 'Stanford Executive Program', year: 2020 }],
    board: [
      'Hill Country Code Academy, Board Member, 2020–present',
      'Quarrystone Security, Technical Advisor, 2021–present',
    ],
    affiliations: ['ACM Senior Member', 'CTO Craft Community'],
    speaking: [
      '“Keeping the hiring bar while tripling headcount”, LeadDev Austin, 2022',
      '“Multi-tenant data planes without regrets”, AWS re:Invent, 2023',
    ],
  },

  thandiwe: {
    name: 'Thandiwe Okafor-Wray',
    credentials: 'DNP, RN, NE-BC',
    label: 'Chief Nursing Officer',
    email: 'thandiwe.okaforwray@example.com',
    phone: '(612) 555-0199',
    location: 'Minneapolis, MN',
    linkedin: 'linkedin.com/in/thandiwe-okafor-wray',
    summary: 'Nurse executive with 24 years of clinical and leadership experience in academic and community hospitals. Leads a nursing workforce of more than 2,300 across inpatient, perioperative and ambulatory settings. Earned Magnet redesignation twice, reduced hospital-acquired infections to the lowest rates in the system, and rebuilt nurse retention through shared governance and flexible scheduling.',
    competencies: ['Magnet Designation', 'Shared Governance', 'Patient Safety & Quality', 'Workforce Planning', 'Labor Relations', 'Regulatory Readiness (TJC, CMS)', 'Operating Budgets', 'Clinical Informatics', 'Nurse Residency Programs'],
    highlights: [
      'Led two successful Magnet redesignations (2019, 2023) with 7 exemplars cited by appraisers.',
      'Reduced first-year RN turnover from 27% to 11% through a 12-month nurse residency program.',
      'Lowered CLABSI rates by 64% across 14 intensive care and step-down units.',
    ],
    employers: [
      {
        name: 'St. Columba Regional Medical Center', desc: '612-bed academic medical center and Level I trauma center', location: 'Minneapolis, MN',
        roles: [
          { title: 'Chief Nursing Officer', start: d(2019, 9), end: null, bullets: [
            'Lead nursing practice for 2,300 nurses and 480 support staff with a $260M operating budget.',
            'Chair the Nursing Quality Council and report quality outcomes to the board quality committee each quarter.',
            'Negotiated two collective bargaining agreements without a work stoppage.',
            'Opened a 32-bed progressive care unit and a virtual nursing program covering 180 beds.',
          ] },
          { title: 'Vice President, Patient Care Services', start: d(2015, 4), end: d(2019, 8), bullets: [
            'Oversaw perioperative, emergency and women’s services with 900 staff.',
            'Cut emergency department boarding hours by 41% with a hospital-wide capacity command center.',
          ] },
          { title: 'Director of Critical Care Nursing', start: d(2011, 1), end: d(2015, 3), bullets: [
            'Directed six intensive care units and the rapid response team.',
          ] },
        ],
      },
      {
        name: 'Hennepin Valley Health', desc: 'Community health system, four hospitals', location: 'St. Paul, MN',
        roles: [
          { title: 'Nurse Manager, Medical Intensive Care Unit', start: d(2006, 6), end: d(2010, 12), bullets: [
            'Managed a 24-bed MICU with 110 staff and led the system’s first early-mobility protocol.',
            'Raised patient satisfaction scores from the 40th to the 85th percentile.',
          ] },
        ],
      },
    ],
    earlier: [
      { name: 'Hennepin Valley Health', title: 'Staff Nurse and Charge Nurse, MICU', start: 2000, end: 2006 },
    ],
    education: [
      { institution: 'University of Minnesota', studyType: 'Doctor of Nursing Practice', area: 'Health Innovation and Leadership', end: 2016 },
      { institution: 'University of Minnesota', studyType: 'MSN', area: 'Nursing Administration', end: 2009 },
      { institution: 'St. Olaf College', studyType: 'BSN', area: 'Nursing', end: 2000 },
    ],
    execEd: [{ institution: 'Wharton Executive Education', program: 'Nursing Leadership Program', year: 2018 }],
    board: [
      'Minnesota Organization of Nurse Leaders, Board Member, 2020–present',
      'Northside Community Clinic, Board Director, 2017–present',
    ],
    affiliations: ['American Organization for Nursing Leadership (AONL)', 'Sigma Theta Tau International Honor Society of Nursing', 'Registered Nurse, Minnesota Board of Nursing'],
    speaking: ['“Residency programs that keep new nurses”, AONL Annual Conference, 2022'],
  },

  lucian: {
    name: 'Lucian Moncrieff',
    label: 'Managing Director, Corporate & Investment Banking',
    email: 'lucian.moncrieff@example.com',
    phone: '+44 20 7946 0321',
    location: 'London, United Kingdom',
    linkedin: 'linkedin.com/in/lucianmoncrieff',
    summary: 'Managing Director with 20 years in corporate and investment banking across London, Frankfurt and Singapore. Runs a 45-person industrials coverage team generating £180M in annual revenue. Has advised on more than £40B of M&A and financing transactions and is known for long client relationships, disciplined risk management and developing the next generation of bankers.',
    competencies: ['M&A Advisory', 'Leveraged Finance', 'Client Coverage', 'P&L Management', 'Risk & Compliance', 'Cross-border Transactions', 'Team Leadership', 'Capital Markets', 'Board Advisory'],
    highlights: [
      'Grew industrials coverage revenue from £95M to £180M in five years.',
      'Advised on the £6.2B take-private of a FTSE 250 engineering group, the largest UK industrials deal of 2021.',
      'Ranked top three for European industrials M&A league tables in 2022 and 2023.',
    ],
    employers: [
      {
        name: 'Barclays', desc: 'Corporate & Investment Bank', location: 'London, UK',
        roles: [
          { title: 'Managing Director, Head of Industrials Coverage', start: d(2018, 2), end: null, bullets: [
            'Lead a team of 45 bankers across London, Paris and Frankfurt covering 120 corporate clients.',
            'Own a £180M revenue budget and a £2.1B lending book with no credit losses since 2018.',
            'Sit on the EMEA Investment Banking Operating Committee and the Fairness Opinion Committee.',
          ] },
          { title: 'Director, Industrials M&A', start: d(2013, 3), end: d(2018, 1), bullets: [
            'Executed 28 M&A transactions with an aggregate value of £19B.',
            'Built the mid-cap industrials franchise from 4 to 22 active clients.',
          ] },
        ],
      },
      {
        name: 'Deutsche Bank', desc: 'Global investment bank', location: 'Frankfurt, Germany',
        roles: [
          { title: 'Vice President, Leveraged Finance', start: d(2009, 7), end: d(2013, 2), bullets: [
            'Structured and syndicated €7B of leveraged loans and high-yield bonds for sponsors.',
            'Led the restructuring of two portfolio companies through the euro-area debt crisis.',
          ] },
        ],
      },
      {
        name: 'Standard Chartered', desc: 'Corporate Finance', location: 'Singapore',
        roles: [
          { title: 'Associate, Corporate Finance', start: d(2006, 9), end: d(2009, 6), bullets: [
            'Advised Southeast Asian conglomerates on acquisitions and project financing.',
          ] },
        ],
      },
    ],
    earlier: [
      { name: 'PwC', title: 'Transaction Services Analyst', start: 2003, end: 2006 },
    ],
    education: [
      { institution: 'INSEAD', studyType: 'MBA', area: 'General Management', end: 2006 },
      { institution: 'University of Edinburgh', studyType: 'MA (Hons)', area: 'Economics', end: 2003, score: 'First Class' },
    ],
    execEd: [{ institution: 'London Business School', program: 'Senior Executive Programme', year: 2019 }],
    board: [
      'Thameside Enterprise Trust, Trustee, 2019–present',
      'University of Edinburgh Business School, Advisory Board Member, 2021–present',
    ],
    affiliations: ['Chartered Financial Analyst (CFA) charterholder', 'Fellow of the Chartered Institute for Securities & Investment'],
    speaking: ['“Industrial M&A after the energy shock”, FT Industrials Summit, 2023'],
  },

  esperanza: {
    name: 'Esperanza Zubiri',
    label: 'Chief Revenue Officer',
    email: 'esperanza.zubiri@example.com',
    phone: '(303) 555-0126',
    location: 'Denver, CO',
    linkedin: 'linkedin.com/in/esperanzazubiri',
    summary: 'Revenue leader who has built and run global sales, customer success and partner organizations for SaaS companies from $20M to $450M in ARR. Combines a rigorous operating cadence with a coaching culture: territory design, forecast accuracy within 3%, and frontline managers promoted from within. Led a go-to-market through an IPO and two enterprise pivots.',
    competencies: ['Go-to-Market Strategy', 'Enterprise Sales', 'Revenue Operations', 'Forecasting & Pipeline', 'Channel Partnerships', 'Customer Success', 'Sales Enablement', 'Pricing & Packaging', 'IPO Readiness'],
    highlights: [
      'Grew Quillstream ARR from $120M to $450M in four years, with net revenue retention of 124%.',
      'Built the partner channel from zero to 31% of new bookings in 30 months.',
      'Held forecast accuracy within 3% for 12 straight quarters ahead of and after the IPO.',
    ],
    employers: [
      {
        name: 'Quillstream Software', desc: 'NASDAQ-listed workflow automation company, $450M ARR', location: 'Denver, CO',
        roles: [
          { title: 'Chief Revenue Officer', start: d(2021, 5), end: null, bullets: [
            'Lead 620 people in sales, customer success, partnerships and revenue operations across 3 regions.',
            'Took the go-to-market organization through the 2022 IPO and the first six quarterly earnings cycles.',
            'Launched usage-based pricing that raised expansion revenue by 38% in the first year.',
          ] },
          { title: 'SVP, Worldwide Sales', start: d(2019, 2), end: d(2021, 4), bullets: [
            'Rebuilt territory design and compensation plans; quota attainment rose from 52% to 78%.',
            'Opened EMEA and APAC sales offices in Dublin and Sydney.',
          ] },
        ],
      },
      {
        name: 'Salesforce', desc: 'Enterprise software', location: 'San Francisco, CA',
        roles: [
          { title: 'Regional Vice President, Enterprise Sales', start: d(2015, 8), end: d(2019, 1), bullets: [
            'Led 7 area directors and 54 account executives carrying a $210M quota.',
            'Exceeded plan four years running, reaching 118% of quota in fiscal 2018.',
          ] },
          { title: 'Area Vice President, Mid-Market', start: d(2012, 3), end: d(2015, 7), bullets: [
            'Ran a 30-person mid-market team in the Mountain West and grew bookings by 65%.',
          ] },
        ],
      },
      {
        name: 'Oracle', desc: 'Enterprise software', location: 'Denver, CO',
        roles: [
          { title: 'Senior Account Executive', start: d(2007, 6), end: d(2012, 2), bullets: [
            'Closed the largest public-sector HCM deal in the region at $14M total contract value.',
          ] },
        ],
      },
    ],
    earlier: [
      { name: 'Qwest Communications', title: 'Account Manager', start: 2003, end: 2007 },
    ],
    education: [
      { institution: 'University of Denver, Daniels College of Business', studyType: 'MBA', area: 'Marketing', end: 2011 },
      { institution: 'University of Colorado Boulder', studyType: 'B.A.', area: 'Communication', end: 2003 },
    ],
    execEd: [{ institution: 'Harvard Business School Executive Education', program: 'Women on Boards: Succeeding as a Corporate Director', year: 2023 }],
    board: [
      'Cobalt Ridge Health, Independent Director, 2023–present',
      'Pavilion Revenue Leaders Council, Advisory Board, 2021–present',
    ],
    affiliations: ['Pavilion (formerly Revenue Collective) Executive Member', 'Women in Revenue, Denver Chapter Lead'],
    speaking: [
      '“Building a channel that sells”, SaaStr Annual, 2023',
      '“Forecasting as a leadership habit”, Pavilion CRO Summit, 2022',
    ],
  },

  augustin: {
    name: 'Augustin Drummore',
    label: 'Plant Director | VP Operations',
    email: 'augustin.drummore@example.com',
    phone: '(864) 555-0181',
    location: 'Greenville, SC',
    linkedin: 'linkedin.com/in/augustin-drummore',
    summary: 'Manufacturing executive with 21 years in automotive and industrial operations, including nine years running multi-plant P&Ls of up to $850M. Turns around underperforming sites through lean systems, safety culture and capital discipline. Has launched two greenfield plants, led 1,900 employees across union and non-union sites, and delivered record OEE and quality results.',
    competencies: ['Plant Operations', 'Lean Manufacturing', 'Six Sigma Black Belt', 'EHS & Safety Culture', 'Capital Projects', 'Supply Chain Planning', 'Greenfield Launches', 'IATF 16949 Quality', 'Labor Relations'],
    highlights: [
      'Cut total recordable incident rate from 3.8 to 0.6 across three plants.',
      'Launched a $240M greenfield stamping plant eight weeks ahead of schedule and under budget.',
      'Raised OEE from 61% to 84% and saved $32M in conversion cost over three years.',
    ],
    employers: [
      {
        name: 'Kestrel Automotive Components', desc: '$1.3B tier-one supplier of body structures, 5,400 employees', location: 'Greenville, SC',
        roles: [
          { title: 'Vice President, North American Operations', start: d(2021, 1), end: null, bullets: [
            'Lead three plants in South Carolina, Tennessee and Coahuila with 1,900 employees and an $850M P&L.',
            'Deployed a common operating system that cut scrap by 37% and overtime by 22%.',
            'Manage a $65M annual capital plan, including robotics and hot-stamping lines.',
          ] },
          { title: 'Plant Director, Greenville', start: d(2016, 6), end: d(2020, 12), bullets: [
            'Ran the 780-employee stamping and welding plant serving BMW and Volvo.',
            'Launched the greenfield plant extension eight weeks ahead of schedule.',
            'Achieved zero lost-time injuries for 1,200 consecutive days.',
          ] },
          { title: 'Operations Manager', start: d(2013, 3), end: d(2016, 5), bullets: [
            'Led production, maintenance and logistics for 420 employees on three shifts.',
          ] },
        ],
      },
      {
        name: 'Toyota Motor Manufacturing', desc: 'Vehicle assembly plant', location: 'Georgetown, KY',
        roles: [
          { title: 'Assistant General Manager, Body Weld', start: d(2008, 4), end: d(2013, 2), bullets: [
            'Managed 350 team members in body weld and introduced 140 robots for a new model launch.',
            'Reduced downtime by 29% through total productive maintenance.',
          ] },
        ],
      },
    ],
    earlier: [
      { name: 'Toyota Motor Manufacturing', title: 'Production Engineer', start: 2003, end: 2008 },
    ],
    education: [
      { institution: 'Clemson University', studyType: 'MBA', area: 'Operations Management', end: 2012 },
      { institution: 'Georgia Institute of Technology', studyType: 'B.S.', area: 'Industrial Engineering', end: 2003 },
    ],
    execEd: [{ institution: 'INSEAD', program: 'Advanced Management Programme', year: 2022 }],
    board: [
      'Upstate Manufacturing Alliance, Board Chair, 2022–present',
      'Greenville Technical College Foundation, Trustee, 2018–present',
    ],
    affiliations: ['Lean Six Sigma Black Belt, ASQ', 'Society of Manufacturing Engineers (SME)'],
    speaking: ['“Safety culture as a production system”, Automotive Manufacturing Summit, 2022'],
  },
};
