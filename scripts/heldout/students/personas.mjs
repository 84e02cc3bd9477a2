// Invented personas for the "students" held-out batch (students, new graduates, interns, a bootcamp graduate and a
// master's student). Every person, e-mail (example.com / example.org), handle and phone number is made up; phones use
// fictional ranges (US 555-01xx, UK 07700 900xxx, India +91 98xxx used only with 555-like blocks). Universities and
// well-known companies appear only as names. MIT licence.
//
// Dates are {y, m}; `season` marks a role a student may print as "Summer 2024"; `kind` tells the designs under which
// heading a role can go: intern | research | teaching | campus | leadership | job | other (non-tech job).

const d = (y, m) => ({ y, m });

export const PERSONAS = {
  aanya: {
    name: 'Aanya Sethuraman',
    label: 'Computer Science Student',
    email: 'aanya.sethuraman@example.com',
    phone: '(734) 555-0186',
    address: '1420 Packard Street, Apt 3B',
    city: 'Ann Arbor, MI',
    cityZip: 'Ann Arbor, MI 48104',
    linkedin: 'linkedin.com/in/aanya-sethuraman',
    github: 'github.com/aanyaseth',
    web: 'aanyaseth.dev',
    summary: 'Third-year computer science student who likes building reliable backend services and developer tools. Looking for a Summer 2025 software engineering internship.',
    education: [
      {
        school: 'University of Michigan', city: 'Ann Arbor, MI',
        long: 'Bachelor of Science in Engineering', short: 'B.S.E.', area: 'Computer Science', minor: 'Mathematics',
        start: d(2022, 8), end: d(2026, 5), expected: true,
        gpa: '3.82/4.00', honors: ["Dean's List (Fall 2022 – Winter 2024)", 'James B. Angell Scholar'],
        courses: ['Data Structures & Algorithms', 'Operating Systems', 'Computer Architecture', 'Database Management Systems', 'Machine Learning', 'Discrete Mathematics'],
      },
    ],
    work: [
      {
        kind: 'intern', org: 'Capital One', title: 'Software Engineering Intern', city: 'McLean, VA',
        start: d(2024, 6), end: d(2024, 8), season: 'Summer',
        bullets: [
          'Built a Go microservice that flags duplicate card transactions, processing 1.2M events per day in staging',
          'Cut p95 latency of the rewards lookup API from 480 ms to 140 ms by adding a Redis read-through cache',
          'Wrote 60+ table-driven unit tests and a load-test script in k6, raising service coverage to 87%',
        ],
      },
      {
        kind: 'teaching', org: 'University of Michigan, EECS Department', title: 'Instructional Aide, EECS 281', city: 'Ann Arbor, MI',
        start: d(2023, 9), end: 'present',
        bullets: [
          'Lead two weekly lab sections of 35 students on heaps, hash tables and graph algorithms',
          'Answer 40+ questions a week on the course forum and hold 4 hours of office hours',
        ],
      },
      {
        kind: 'research', org: 'Michigan Robotics Institute', title: 'Undergraduate Research Assistant', city: 'Ann Arbor, MI',
        start: d(2023, 1), end: d(2023, 8),
        bullets: [
          'Implemented a ROS 2 node in C++ that fuses wheel odometry and IMU data for a campus delivery robot',
          'Reduced localisation drift by 22% over a 1 km test route compared with odometry alone',
        ],
      },
      {
        kind: 'leadership', org: 'Michigan Hackers', title: 'Vice President, Events', city: 'Ann Arbor, MI',
        start: d(2023, 4), end: 'present',
        bullets: [
          'Organize 12 technical workshops per term on Git, Docker and interview preparation for 150+ members',
          'Secured $8,000 in sponsorship for the club’s spring hackathon',
        ],
      },
    ],
    projects: [
      {
        name: 'QueueMate', stack: ['TypeScript', 'React', 'Node.js', 'PostgreSQL'], link: 'github.com/aanyaseth/queuemate',
        start: d(2024, 1), end: 'present',
        bullets: [
          'Office-hours queue web app used by 3 EECS courses and more than 900 students each term',
          'Added real-time updates with WebSockets and role-based access for instructors',
        ],
      },
      {
        name: 'LintLens', stack: ['Python', 'tree-sitter', 'GitHub Actions'], link: 'github.com/aanyaseth/lintlens',
        start: d(2023, 10), end: d(2023, 10),
        bullets: [
          'Code-review bot that explains linter warnings in plain English; won Best Developer Tool at MHacks 16',
        ],
      },
    ],
    skills: {
      Languages: ['Python', 'Go', 'C++', 'Java', 'TypeScript', 'SQL'],
      Frameworks: ['React', 'Node.js', 'Flask', 'ROS 2'],
      Tools: ['Git', 'Docker', 'Redis', 'PostgreSQL', 'AWS', 'Linux'],
    },
    spoken: ['English (native)', 'Tamil (fluent)', 'Spanish (conversational)'],
    interests: ['Carnatic violin', 'trail running', 'competitive programming'],
    awards: ['Best Developer Tool, MHacks 16 (2023)', 'James B. Angell Scholar (2023, 2024)', "Dean's List, College of Engineering (4 terms)"],
  },

  mateo: {
    name: 'Mateo Iturbide',
    label: 'Data Science Student',
    email: 'mateo.iturbide@example.com',
    phone: '(512) 555-0137',
    address: '2501 Whitis Avenue',
    city: 'Austin, TX',
    cityZip: 'Austin, TX 78705',
    linkedin: 'linkedin.com/in/mateo-iturbide',
    github: 'github.com/mateoiturbide',
    web: 'mateoiturbide.github.io',
    summary: 'Data science senior with internship experience in retail forecasting and survey analytics. Interested in experimentation, causal inference and clear dashboards.',
    education: [
      {
        school: 'The University of Texas at Austin', city: 'Austin, TX',
        long: 'Bachelor of Science', short: 'B.S.', area: 'Statistics and Data Science', minor: 'Business Analytics',
        start: d(2021, 8), end: d(2025, 12), expected: true,
        gpa: '3.67/4.00', honors: ["University Honors (Dean's List), 5 semesters", 'Texas Scholar of Excellence'],
        courses: ['Regression Analysis', 'Statistical Learning', 'Bayesian Statistics', 'Data Visualization', 'Database Systems', 'Linear Algebra'],
      },
    ],
    work: [
      {
        kind: 'intern', org: 'H-E-B', title: 'Data Analyst Intern', city: 'San Antonio, TX',
        start: d(2024, 6), end: d(2024, 8), season: 'Summer',
        bullets: [
          'Built a weekly demand-forecast model in Python for 420 produce items, lowering forecast error (MAPE) by 9%',
          'Automated a store-level shrink report in SQL and Tableau that replaced 6 hours of manual work per week',
          'Presented findings on promotion lift to the category management team of 25 people',
        ],
      },
      {
        kind: 'research', org: 'Population Research Center', title: 'Undergraduate Research Assistant', city: 'Austin, TX',
        start: d(2023, 9), end: 'present',
        bullets: [
          'Clean and link 3 waves of a 12,000-household survey in R, documenting every variable in a codebook',
          'Fit multilevel models of commuting time and co-author the methods section of a working paper',
        ],
      },
      {
        kind: 'teaching', org: 'Sanger Learning Center', title: 'Peer Tutor, Statistics', city: 'Austin, TX',
        start: d(2022, 9), end: d(2023, 5),
        bullets: [
          'Tutored 60+ students in introductory statistics and probability in one-on-one and drop-in sessions',
        ],
      },
      {
        kind: 'leadership', org: 'Longhorn Data Science Society', title: 'Treasurer', city: 'Austin, TX',
        start: d(2023, 1), end: d(2024, 5),
        bullets: [
          'Managed a $14,000 annual budget and ran the spring Datathon for 220 participants',
        ],
      },
    ],
    projects: [
      {
        name: 'Capital Metro Ridership Dashboard', stack: ['Python', 'pandas', 'Plotly Dash'], link: 'github.com/mateoiturbide/capmetro-dash',
        start: d(2024, 1), end: d(2024, 4),
        bullets: [
          'Interactive dashboard of 4 years of open bus ridership data with route-level anomaly alerts',
          'Cleaned 18M stop-level records and cut load time to under 2 seconds with Parquet files',
        ],
      },
      {
        name: 'Tacos & Traffic', stack: ['R', 'ggplot2', 'sf'], link: 'github.com/mateoiturbide/tacos-traffic',
        start: d(2023, 2), end: d(2023, 2),
        bullets: [
          'Spatial analysis of food-truck locations and foot traffic; 2nd place at the Longhorn Datathon 2023',
        ],
      },
    ],
    skills: {
      Languages: ['Python', 'R', 'SQL', 'Java'],
      'Data & ML': ['pandas', 'scikit-learn', 'statsmodels', 'PyTorch', 'ggplot2'],
      Tools: ['Tableau', 'Git', 'Jupyter', 'Snowflake', 'Excel'],
    },
    spoken: ['Spanish (native)', 'English (fluent)'],
    interests: ['Austin FC', 'film photography', 'cooking Oaxacan food'],
    awards: ['2nd Place, Longhorn Datathon (2023)', 'Texas Scholar of Excellence (2021 – 2025)', "University Honors, Dean's List (5 semesters)"],
  },

  harsh: {
    name: 'Harshvardhan Nambiar',
    label: 'M.S. Computer Science Candidate',
    email: 'harsh.nambiar@example.org',
    phone: '+1 (404) 555-0152',
    address: '805 Hemphill Avenue NW',
    city: 'Atlanta, GA',
    cityZip: 'Atlanta, GA 30318',
    linkedin: 'linkedin.com/in/harshnambiar',
    github: 'github.com/hnambiar',
    web: 'hnambiar.github.io',
    summary: 'Master’s student in computing systems working on storage and distributed systems research, with one year of industry experience as a backend engineer.',
    education: [
      {
        school: 'Georgia Institute of Technology', city: 'Atlanta, GA',
        long: 'Master of Science', short: 'M.S.', area: 'Computer Science', spec: 'Specialization: Computing Systems',
        start: d(2024, 8), end: d(2026, 5), expected: true,
        gpa: '3.9/4.0',
        courses: ['Advanced Operating Systems', 'Distributed Computing', 'High-Performance Computer Architecture', 'Machine Learning'],
      },
      {
        school: 'National Institute of Technology, Tiruchirappalli', city: 'Tiruchirappalli, India',
        long: 'Bachelor of Technology', short: 'B.Tech.', area: 'Computer Science and Engineering',
        start: d(2019, 7), end: d(2023, 5),
        gpa: '8.9/10', gpaLabel: 'CGPA',
        honors: ['Institute Silver Medal for academic excellence'],
      },
    ],
    work: [
      {
        kind: 'research', org: 'Georgia Tech Systems Lab', title: 'Graduate Research Assistant', city: 'Atlanta, GA',
        start: d(2025, 1), end: 'present',
        bullets: [
          'Designing a learned caching policy for tiered NVMe/SSD key-value stores advised by Prof. Ana Gavrilović',
          'Built a trace-replay harness in C++ that replays 2 TB of production-style traces at 1.5M ops/s',
          'Prototype cuts tail read latency by 31% over LRU on RocksDB with YCSB workloads',
        ],
      },
      {
        kind: 'teaching', org: 'Georgia Institute of Technology, College of Computing', title: 'Graduate Teaching Assistant, CS 6200', city: 'Atlanta, GA',
        start: d(2024, 8), end: 'present',
        bullets: [
          'Hold weekly office hours and review sessions for Graduate Introduction to Operating Systems (400+ students)',
          'Rewrote the autograder for the multithreaded file-server project, cutting grading time by 60%',
        ],
      },
      {
        kind: 'teaching', org: 'National Institute of Technology, Tiruchirappalli', title: 'Undergraduate Teaching Assistant, Data Structures Lab', city: 'Tiruchirappalli, India',
        start: d(2021, 7), end: d(2021, 12),
        bullets: [
          'Graded weekly C programming assignments and ran lab sessions for 60 second-year students',
        ],
      },
      {
        kind: 'job', org: 'Zoho Corporation', title: 'Member of Technical Staff', city: 'Chennai, India',
        start: d(2023, 7), end: d(2024, 7),
        bullets: [
          'Developed REST endpoints in Java for an invoicing product serving 80,000 business accounts',
          'Migrated a reporting job from cron scripts to Kafka consumers, halving daily report delay',
        ],
      },
      {
        kind: 'intern', org: 'Indian Institute of Science', title: 'Summer Research Intern', city: 'Bengaluru, India',
        start: d(2022, 5), end: d(2022, 7), season: 'Summer',
        bullets: [
          'Benchmarked log-structured merge-tree compaction strategies on Optane persistent memory',
        ],
      },
    ],
    projects: [
      {
        name: 'raftkv', stack: ['Go', 'gRPC'], link: 'github.com/hnambiar/raftkv',
        start: d(2024, 9), end: d(2024, 12),
        bullets: [
          'Fault-tolerant key-value store implementing Raft leader election, log replication and snapshots',
          'Passes linearizability checks with Porcupine under network partitions injected by a chaos script',
        ],
      },
      {
        name: 'tinyfs', stack: ['C', 'FUSE'], link: 'github.com/hnambiar/tinyfs',
        start: d(2022, 1), end: d(2022, 4),
        bullets: [
          'User-space file system with journaling and crash recovery, tested with 5,000 randomized crash points',
        ],
      },
    ],
    skills: {
      Languages: ['C++', 'C', 'Go', 'Java', 'Python', 'Bash'],
      Systems: ['Linux', 'RocksDB', 'Kafka', 'gRPC', 'FUSE', 'eBPF'],
      Tools: ['Git', 'Docker', 'Kubernetes', 'perf', 'GDB', 'LaTeX'],
    },
    spoken: ['English (fluent)', 'Malayalam (native)', 'Hindi (fluent)', 'Tamil (conversational)'],
    interests: ['chess', 'long-distance cycling'],
    publications: [
      'H. Nambiar, L. Okafor and A. Gavrilović. “Learning When to Evict: Tail-Aware Caching for Tiered Key-Value Stores.” Under review at EuroSys 2026.',
      'H. Nambiar and A. Gavrilović. “Replaying Production Traces at Line Rate.” In preparation.',
    ],
    awards: ['Institute Silver Medal, NIT Tiruchirappalli (2023)', 'Smart India Hackathon, Winner (2022)', 'Georgia Tech College of Computing Fellowship (2024)'],
  },

  rosalind: {
    name: 'Rosalind Achterberg',
    label: 'Full-Stack Web Developer',
    email: 'rosalind.achterberg@example.com',
    phone: '(503) 555-0119',
    address: '3316 SE Belmont Street',
    city: 'Portland, OR',
    cityZip: 'Portland, OR 97214',
    linkedin: 'linkedin.com/in/rosalind-achterberg',
    github: 'github.com/rosachterberg',
    web: 'rosalind.dev',
    summary: 'Full-stack developer and recent coding bootcamp graduate who spent six years in specialty coffee and retail, where I trained new staff, ran inventory and kept busy stores calm. I build accessible React and Node.js apps and enjoy turning messy real-world workflows into simple tools.',
    education: [
      {
        school: 'Cascade Code Academy', city: 'Portland, OR',
        long: 'Certificate', short: 'Certificate', area: 'Full-Stack Web Development', certLine: 'Certificate in Full-Stack Web Development (720 hours)',
        start: d(2024, 1), end: d(2024, 6),
      },
      {
        school: 'Portland State University', city: 'Portland, OR',
        long: 'Bachelor of Arts', short: 'B.A.', area: 'English',
        start: d(2013, 9), end: d(2017, 6),
      },
    ],
    work: [
      {
        kind: 'job', org: 'Ridgeline Community Tech', title: 'Software Developer Apprentice', city: 'Portland, OR',
        start: d(2024, 8), end: 'present',
        bullets: [
          'Ship features for a volunteer-scheduling app used by 40 local nonprofits (React, Express, PostgreSQL)',
          'Brought the sign-up flow to WCAG 2.1 AA, fixing 35 accessibility issues found with axe and screen readers',
          'Added Cypress end-to-end tests to the CI pipeline, cutting regressions reported by users by half',
        ],
      },
      {
        kind: 'teaching', org: 'Cascade Code Academy', title: 'Teaching Assistant (part-time)', city: 'Remote',
        start: d(2024, 7), end: d(2024, 12),
        bullets: [
          'Reviewed pull requests and paired with 25 students per cohort on JavaScript and React fundamentals',
        ],
      },
      {
        kind: 'other', org: 'Starbucks', title: 'Shift Supervisor', city: 'Portland, OR',
        start: d(2019, 3), end: d(2023, 12),
        bullets: [
          'Ran shifts of up to 8 partners in a store serving 900 customers a day; trained 20 new baristas',
          'Built a Google Sheets inventory tracker that cut weekly milk and pastry waste by 15%',
        ],
      },
      {
        kind: 'other', org: 'Powell’s Books', title: 'Bookseller', city: 'Portland, OR',
        start: d(2017, 7), end: d(2019, 2),
        bullets: [
          'Recommended titles, handled returns and restocked the sci-fi section at a high-volume flagship store',
        ],
      },
    ],
    projects: [
      {
        name: 'PantryPal', stack: ['React', 'Node.js', 'Express', 'PostgreSQL'], link: 'github.com/rosachterberg/pantrypal',
        start: d(2024, 4), end: d(2024, 6),
        bullets: [
          'Food-bank inventory and pickup-slot app built as my bootcamp capstone with a team of 4',
          'Designed the database schema and REST API; deployed on Render with GitHub Actions CI',
          'Now used by one neighborhood pantry to book 120 pickups a week',
        ],
      },
      {
        name: 'ShiftSwap', stack: ['Next.js', 'TypeScript', 'Prisma', 'Tailwind CSS'], link: 'github.com/rosachterberg/shiftswap',
        start: d(2024, 9), end: 'present',
        bullets: [
          'Lets hourly workers post and claim shift swaps with manager approval and SMS notifications via Twilio',
          'Inspired by my time as a shift supervisor; 14 cafés in a pilot',
        ],
      },
      {
        name: 'Brew Ratio', stack: ['JavaScript', 'HTML', 'CSS'], link: 'github.com/rosachterberg/brew-ratio',
        start: d(2023, 11), end: d(2023, 11),
        bullets: [
          'Offline-first coffee ratio calculator (PWA) with 2,000 monthly visitors',
        ],
      },
    ],
    skills: {
      Frontend: ['JavaScript', 'TypeScript', 'React', 'Next.js', 'HTML', 'CSS', 'Tailwind CSS'],
      Backend: ['Node.js', 'Express', 'PostgreSQL', 'Prisma', 'REST APIs'],
      Tools: ['Git', 'GitHub Actions', 'Cypress', 'Jest', 'Figma'],
    },
    spoken: ['English (native)', 'Dutch (conversational)'],
    interests: ['latte art', 'zine making', 'bouldering'],
    awards: ['Cascade Code Academy Capstone Award, Best Social Impact Project (2024)'],
  },

  callum: {
    name: 'Callum Fairweather',
    label: 'Electronic Engineering Student',
    email: 'callum.fairweather@example.co.uk',
    phone: '07700 900418',
    address: '14 Cotham Hill',
    city: 'Bristol, UK',
    cityZip: 'Bristol BS6 6LA',
    linkedin: 'linkedin.com/in/callumfairweather',
    github: 'github.com/cfairweather',
    web: 'callumfairweather.co.uk',
    summary: 'Fourth-year electrical and electronic engineering student with embedded software and hardware placement experience, looking for a graduate role in embedded systems or FPGA design.',
    education: [
      {
        school: 'University of Bristol', city: 'Bristol',
        long: 'Master of Engineering', short: 'MEng', area: 'Electrical and Electronic Engineering',
        start: d(2022, 9), end: d(2026, 6), expected: true,
        gpa: 'First Class Honours', gpaLabel: 'Predicted',
        courses: ['Digital Systems Design', 'Embedded Systems', 'Control Theory', 'Signal Processing', 'Power Electronics', 'Computer Architecture'],
      },
      {
        school: 'Cotham School', city: 'Bristol',
        long: 'A-Levels', short: 'A-Levels', area: 'Mathematics (A*), Further Mathematics (A*), Physics (A)',
        start: d(2020, 9), end: d(2022, 6),
      },
    ],
    work: [
      {
        kind: 'intern', org: 'Dyson', title: 'Embedded Software Intern', city: 'Malmesbury, UK',
        start: d(2024, 6), end: d(2024, 9), season: 'Summer',
        bullets: [
          'Wrote C drivers for a brushless motor controller on an STM32 microcontroller, verified on hardware-in-the-loop rigs',
          'Reduced motor start-up current spikes by 18% by tuning a field-oriented control loop',
          'Added unit tests with Unity and Ceedling to a legacy firmware module with no previous test coverage',
        ],
      },
      {
        kind: 'intern', org: 'Kestrel Avionics', title: 'Hardware Engineering Intern', city: 'Bristol, UK',
        start: d(2023, 7), end: d(2023, 9), season: 'Summer',
        bullets: [
          'Designed and laid out a 4-layer sensor breakout PCB in KiCad, brought up and tested 10 boards',
          'Automated bench measurements with Python and PyVISA, saving 2 days per test campaign',
        ],
      },
      {
        kind: 'leadership', org: 'Bristol Formula Student', title: 'Electronics Lead', city: 'Bristol, UK',
        start: d(2023, 10), end: 'present',
        bullets: [
          'Lead a team of 9 designing the low-voltage system and CAN bus network for the 2025 electric car',
          'Introduced design reviews and a shared wiring-harness model that removed 30 connectors',
        ],
      },
      {
        kind: 'campus', org: 'University of Bristol', title: 'Student Ambassador', city: 'Bristol, UK',
        start: d(2023, 1), end: d(2024, 5),
        bullets: [
          'Led campus tours and lab demonstrations for 400+ prospective students on open days',
        ],
      },
      {
        kind: 'other', org: 'Waitrose & Partners', title: 'Customer Assistant (part-time)', city: 'Bristol, UK',
        start: d(2020, 10), end: d(2022, 8),
        bullets: [
          'Served customers, handled deliveries and trained 5 new Saturday staff',
        ],
      },
    ],
    projects: [
      {
        name: 'FPGA Audio Equaliser', stack: ['VHDL', 'Xilinx Vivado', 'MATLAB'], link: 'github.com/cfairweather/fpga-eq',
        start: d(2024, 1), end: d(2024, 4),
        bullets: [
          '5-band real-time graphic equaliser on a Basys 3 board with FIR filters designed in MATLAB',
          'Pipelined the multiply-accumulate path to meet timing at 100 MHz with 48 kHz audio',
        ],
      },
      {
        name: 'Line-Following Robot', stack: ['C', 'Arduino', 'KiCad'], link: 'github.com/cfairweather/linebot',
        start: d(2023, 2), end: d(2023, 3),
        bullets: [
          'PID-controlled robot that won the second-year robotics challenge out of 38 teams',
        ],
      },
    ],
    skills: {
      Programming: ['C', 'C++', 'Python', 'VHDL', 'MATLAB'],
      Hardware: ['STM32', 'FPGA', 'KiCad', 'Oscilloscopes', 'CAN bus'],
      Software: ['Git', 'Linux', 'Xilinx Vivado', 'Simulink', 'FreeRTOS'],
    },
    spoken: ['English (native)', 'French (intermediate)'],
    interests: ['sailing', 'restoring vintage synthesisers', 'five-a-side football'],
    awards: ['IET Diamond Jubilee Scholarship (2022 – 2026)', 'Winner, Second-Year Robotics Challenge (2023)', "Faculty Dean's List (2023, 2024)"],
  },

  zofia: {
    name: 'Zofia Wierzbicka',
    label: 'Data Analyst',
    email: 'zofia.wierzbicka@example.com',
    phone: '(530) 555-0164',
    address: '611 Russell Boulevard',
    city: 'Davis, CA',
    cityZip: 'Davis, CA 95616',
    linkedin: 'linkedin.com/in/zofia-wierzbicka',
    github: 'github.com/zwierzbicka',
    web: 'zofiaw.net',
    summary: 'Recent statistics graduate with two data internships and a research project in public health data. Strong in SQL, Python and communicating results to non-technical teams.',
    education: [
      {
        school: 'University of California, Davis', city: 'Davis, CA',
        long: 'Bachelor of Science', short: 'B.S.', area: 'Statistics', minor: 'Computer Science',
        start: d(2021, 9), end: d(2025, 6),
        gpa: '3.74/4.00', honors: ["Dean's Honors List (7 quarters)", 'Graduated with High Honors'],
        courses: ['Statistical Learning', 'Time Series Analysis', 'Data Structures', 'Probability Theory', 'SQL and Databases', 'Experimental Design'],
      },
    ],
    work: [
      {
        kind: 'intern', org: 'Kaiser Permanente', title: 'Data Analytics Intern', city: 'Oakland, CA',
        start: d(2024, 6), end: d(2024, 9), season: 'Summer',
        bullets: [
          'Analyzed 2.3M appointment records in SQL to find drivers of no-shows across 14 clinics',
          'Built a logistic regression model (AUC 0.78) now used to target reminder calls',
          'Designed a Power BI dashboard for clinic managers and trained 10 staff to use it',
        ],
      },
      {
        kind: 'intern', org: 'Yolo County Health & Human Services', title: 'Data Science Intern', city: 'Woodland, CA',
        start: d(2023, 6), end: d(2023, 8), season: 'Summer',
        bullets: [
          'Geocoded 40,000 vaccination records and mapped coverage gaps by census tract in Python',
        ],
      },
      {
        kind: 'research', org: 'UC Davis Department of Statistics', title: 'Undergraduate Researcher', city: 'Davis, CA',
        start: d(2024, 1), end: d(2025, 6),
        bullets: [
          'Studied wildfire smoke and asthma ER visits with distributed-lag models in R with a faculty mentor',
          'Presented a poster at the UC Davis Undergraduate Research Conference 2025',
        ],
      },
      {
        kind: 'campus', org: 'UC Davis Library', title: 'Student Assistant', city: 'Davis, CA',
        start: d(2022, 1), end: d(2024, 6),
        bullets: [
          'Helped 30+ patrons a shift with research databases and maintained circulation records',
        ],
      },
      {
        kind: 'other', org: 'Peet’s Coffee', title: 'Barista', city: 'Davis, CA',
        start: d(2021, 10), end: d(2022, 12),
        bullets: [
          'Prepared drinks in a high-volume campus café and handled cash reconciliation at close',
        ],
      },
    ],
    projects: [
      {
        name: 'AirAware', stack: ['Python', 'XGBoost', 'Streamlit'], link: 'github.com/zwierzbicka/airaware',
        start: d(2024, 4), end: d(2024, 4),
        bullets: [
          'Predicts next-day PM2.5 levels for Sacramento Valley towns; 1st place, HackDavis 2024 (Best Health Hack)',
          'Combined EPA sensor data with weather forecasts; mean absolute error of 3.1 µg/m³',
        ],
      },
      {
        name: 'Aggie Course Planner', stack: ['SQL', 'dbt', 'Metabase'], link: 'github.com/zwierzbicka/course-planner',
        start: d(2023, 9), end: d(2023, 12),
        bullets: [
          'Modeled 10 years of public grade data in dbt to show course difficulty trends for students',
        ],
      },
    ],
    skills: {
      Languages: ['Python', 'R', 'SQL', 'SAS'],
      Analytics: ['pandas', 'scikit-learn', 'XGBoost', 'tidyverse', 'A/B testing'],
      Tools: ['Power BI', 'Tableau', 'dbt', 'Git', 'BigQuery'],
    },
    spoken: ['English (native)', 'Polish (fluent)'],
    interests: ['ultimate frisbee', 'baking sourdough', 'birdwatching'],
    awards: ['1st Place, HackDavis 2024 – Best Health Hack', 'Graduated with High Honors (2025)', "Dean's Honors List (7 quarters)"],
  },
};
