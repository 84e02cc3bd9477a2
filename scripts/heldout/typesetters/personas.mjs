// Six invented people for the "typesetters" held-out batch (synthetic, MIT). E-mails at example.com/example.org,
// phones in fictional ranges (NANP 555-01xx, Ofcom drama ranges, ACMA 0491 570 xxx); employers are invented or
// well-known companies used only as employer names; universities are real names only.
// Dates are {y, m}; end null = current. `season` (e.g. 'Summer 2024') is the printed term name of a co-op/intern term.

export const PERSONAS = {
  tobiah: {
    id: 'tobiah', name: 'Tobiah Marsh-Hollenbeck', label: 'Embedded Firmware Engineer',
    email: 'tobiah.marsh@example.com', phone: '(612) 555-0193', location: 'Minneapolis, MN',
    linkedin: 'linkedin.com/in/tobiah-marsh-hollenbeck', github: 'github.com/tmarshh', site: 'tmarsh.example.org',
    summary: 'Firmware engineer with eight years of experience shipping safety-critical embedded software for medical and industrial devices, from bootloaders and drivers to RTOS application code.',
    work: [
      { company: 'Medtronic', title: 'Senior Firmware Engineer', location: 'Minneapolis, MN', start: { y: 2021, m: 3 }, end: null, bullets: [
        'Own the BLE telemetry stack for an implantable-device programmer, written in C on Zephyr RTOS',
        'Cut bootloader image size by 38% by moving CRC and crypto work to the hardware accelerator',
        'Lead the static-analysis rollout (MISRA C:2012, Coverity) across four firmware repositories',
        'Mentor two junior engineers and run the weekly firmware design review',
      ] },
      { company: 'Kestrel Motion Controls', title: 'Firmware Engineer', location: 'St. Paul, MN', start: { y: 2017, m: 6 }, end: { y: 2021, m: 2 }, bullets: [
        'Wrote motor-control firmware for brushless pumps on STM32F4 with a 20 kHz current loop',
        'Built a hardware-in-the-loop test rig in Python that runs 1,200 regression cases nightly',
        'Ported the product line from a bare-metal super-loop to FreeRTOS',
        'Designed the CAN bus protocol shared by the pump, valve and display controllers',
      ] },
      { company: 'Northfield Instruments', title: 'Embedded Software Intern', location: 'Northfield, MN', start: { y: 2016, m: 5 }, end: { y: 2016, m: 8 }, season: 'Summer 2016', bullets: [
        'Developed an I2C driver and power-on self-test for a temperature sensor board',
      ] },
    ],
    education: [
      { school: 'University of Minnesota', degree: 'B.S.', area: 'Electrical Engineering', location: 'Minneapolis, MN', start: { y: 2013, m: 9 }, end: { y: 2017, m: 5 }, score: '3.6/4.0' },
    ],
    skills: [
      ['Languages', ['C', 'C++', 'Rust', 'Python', 'ARM assembly']],
      ['RTOS', ['Zephyr', 'FreeRTOS']],
      ['Tools', ['GDB', 'J-Link', 'Git', 'CMake', 'Coverity']],
      ['Protocols', ['BLE', 'I2C', 'SPI', 'CAN']],
    ],
    other: [
      ['Patents', ['US 11,482,019: Low-power telemetry scheduling for implantable devices']],
    ],
  },

  priyanka: {
    id: 'priyanka', name: 'Priyanka Venkataraman', label: 'Data Scientist',
    email: 'priyanka.venkataraman@example.com', phone: '(512) 555-0148', location: 'Austin, TX',
    linkedin: 'linkedin.com/in/priyanka-venkat', github: 'github.com/pvenkat-ds', site: 'pvenkat.example.com',
    summary: 'Data scientist with seven years of experience in experimentation, forecasting and applied machine learning for marketplaces and logistics.',
    work: [
      { company: 'Indeed', title: 'Senior Data Scientist', location: 'Austin, TX', start: { y: 2022, m: 1 }, end: null, bullets: [
        'Designed the A/B testing framework used by 14 product teams, with CUPED variance reduction',
        'Built a job-title normalisation model (fastText and gradient boosting) that raised match precision by 9 points',
        'Mentor three junior data scientists through weekly code and analysis reviews',
      ] },
      { company: 'Lumen Freight Analytics', title: 'Data Scientist', location: 'Dallas, TX', start: { y: 2019, m: 7 }, end: { y: 2021, m: 12 }, bullets: [
        'Forecast weekly shipment volumes for 300 lanes with hierarchical Prophet models',
        'Moved feature pipelines from cron scripts to Airflow and dbt',
        'Presented pricing experiments to the VP of Sales every quarter',
      ] },
      { company: 'Tata Consultancy Services', title: 'Business Analyst', location: 'Chennai, India', start: { y: 2016, m: 6 }, end: { y: 2017, m: 7 }, bullets: [
        'Automated monthly churn reports for a telecom client using SQL and R',
      ] },
    ],
    education: [
      { school: 'The University of Texas at Austin', degree: 'M.S.', area: 'Statistics', location: 'Austin, TX', start: { y: 2017, m: 8 }, end: { y: 2019, m: 5 } },
      { school: 'Indian Institute of Technology Madras', degree: 'B.Tech.', area: 'Mechanical Engineering', location: 'Chennai, India', start: { y: 2012, m: 7 }, end: { y: 2016, m: 5 }, score: '8.4/10' },
    ],
    skills: [
      ['Languages', ['Python', 'R', 'SQL']],
      ['Machine learning', ['scikit-learn', 'XGBoost', 'PyTorch', 'Prophet']],
      ['Data platforms', ['PySpark', 'Airflow', 'dbt', 'Snowflake']],
      ['Methods', ['Experimentation', 'Causal inference', 'Forecasting']],
      ['Visualisation', ['Tableau', 'Matplotlib']],
    ],
    other: [
      ['Talks', ['PyData Austin 2023: Variance reduction for small experiments']],
    ],
  },

  declan: {
    id: 'declan', name: 'Declan Quaye', label: 'Software Developer',
    email: 'declan.quaye@example.org', phone: '(416) 555-0127', location: 'Toronto, ON',
    linkedin: 'linkedin.com/in/declanquaye', github: 'github.com/dquaye', site: 'dquaye.example.org',
    summary: 'Computer science graduate from the Waterloo co-op program with three work terms in backend and product engineering, looking for a full-time backend role.',
    work: [
      { company: 'Shopify', title: 'Software Developer Intern', location: 'Toronto, ON', start: { y: 2024, m: 5 }, end: { y: 2024, m: 8 }, season: 'Summer 2024', bullets: [
        'Shipped a GraphQL endpoint for bulk discount codes used by 2,000 merchants in its first month',
        'Added Sorbet type signatures to 40 Ruby files in the checkout service',
      ] },
      { company: 'Maplewave Robotics', title: 'Backend Developer Co-op', location: 'Kitchener, ON', start: { y: 2023, m: 9 }, end: { y: 2023, m: 12 }, season: 'Fall 2023', bullets: [
        'Wrote a Go service that batches telemetry from 150 warehouse robots into Kafka',
        'Reduced p95 ingest latency from 900 ms to 120 ms',
      ] },
      { company: 'University of Waterloo', title: 'Teaching Assistant', location: 'Waterloo, ON', start: { y: 2023, m: 1 }, end: { y: 2023, m: 4 }, season: 'Winter 2023', bullets: [
        'Held weekly office hours and marked assignments for 180 students in CS 136',
      ] },
    ],
    education: [
      { school: 'University of Waterloo', degree: 'Bachelor of Computer Science', area: 'Computer Science', degreeOnly: true, location: 'Waterloo, ON', start: { y: 2020, m: 9 }, end: { y: 2025, m: 4 }, score: '3.8/4.0' },
    ],
    projects: [
      { name: 'Tessellate', desc: 'A collaborative whiteboard built with TypeScript, WebSockets and CRDTs' },
      { name: 'pgpeek', desc: 'A terminal UI for inspecting PostgreSQL query plans, written in Rust' },
    ],
    skills: [
      ['Languages', ['TypeScript', 'Go', 'Ruby', 'Rust', 'Python', 'SQL']],
      ['Frameworks', ['React', 'Rails', 'GraphQL']],
      ['Tools', ['Docker', 'Kafka', 'PostgreSQL', 'Git', 'Linux']],
    ],
    other: [],
  },

  soren: {
    id: 'soren', name: 'Søren Aagaard Kjeldsen', label: 'Site Reliability Engineer',
    email: 'soren.kjeldsen@example.com', phone: '+61 491 570 156', location: 'Melbourne, Australia',
    linkedin: 'linkedin.com/in/soren-aagaard-kjeldsen', github: 'github.com/saakjeldsen', site: 'kjeldsen.example.com',
    summary: 'Site reliability engineer with ten years of experience running Linux fleets and Kubernetes platforms, now focused on SLOs, incident response and infrastructure as code.',
    work: [
      { company: 'Atlassian', title: 'Senior Site Reliability Engineer', location: 'Melbourne, Australia', start: { y: 2021, m: 8 }, end: null, bullets: [
        'Run the incident-response rotation for the Jira Cloud platform at 99.95% availability through 2023',
        'Migrated 600 services from hand-written Terraform to a module catalogue with policy checks in OPA',
        'Wrote the SLO tooling that turns Prometheus recording rules into error-budget alerts',
        'Mentor four engineers in the SRE guild and run the on-call onboarding course',
      ] },
      { company: 'Vestas Wind Systems', title: 'DevOps Engineer', location: 'Aarhus, Denmark', start: { y: 2018, m: 2 }, end: { y: 2021, m: 6 }, bullets: [
        'Built the on-premises Kubernetes platform (40 nodes) for turbine telemetry processing',
        'Cut CI pipeline time from 45 to 12 minutes with Bazel remote caching',
        'Automated certificate rotation with cert-manager and HashiCorp Vault',
      ] },
      { company: 'Netcompany', title: 'Systems Administrator', location: 'Copenhagen, Denmark', start: { y: 2015, m: 9 }, end: { y: 2018, m: 1 }, bullets: [
        'Maintained 300 Linux servers with Ansible and Puppet for public-sector clients',
      ] },
      { company: 'Aarhus University', title: 'Student System Administrator', location: 'Aarhus, Denmark', start: { y: 2012, m: 2 }, end: { y: 2015, m: 6 }, bullets: [
        'Ran the department Linux lab of 80 workstations and its Nagios monitoring',
        'Wrote Python scripts that automated course account provisioning',
      ] },
    ],
    education: [
      { school: 'Aarhus University', degree: 'M.Sc.', area: 'Computer Science', location: 'Aarhus, Denmark', start: { y: 2013, m: 9 }, end: { y: 2015, m: 6 } },
      { school: 'Aarhus University', degree: 'B.Sc.', area: 'Computer Science', location: 'Aarhus, Denmark', start: { y: 2010, m: 9 }, end: { y: 2013, m: 6 } },
    ],
    skills: [
      ['Platforms', ['Kubernetes', 'AWS', 'GCP', 'Linux']],
      ['Infrastructure as code', ['Terraform', 'Ansible', 'OPA']],
      ['Observability', ['Prometheus', 'Grafana', 'OpenTelemetry']],
      ['Languages', ['Go', 'Python', 'Bash']],
    ],
    other: [
      ['Certifications', ['Certified Kubernetes Administrator (CKA), 2020', 'AWS Certified Solutions Architect – Associate, 2022']],
      ['Languages', ['Danish (native)', 'English (fluent)', 'German (basic)']],
    ],
  },

  marisol: {
    id: 'marisol', name: 'Marisol Etxeberria Ugalde', label: 'Senior Technical Writer',
    email: 'marisol.etxeberria@example.org', phone: '+44 131 496 0832', location: 'Edinburgh, UK',
    linkedin: 'linkedin.com/in/marisol-etxeberria', github: 'github.com/metxeberria', site: 'marisol-writes.example.org',
    summary: 'Technical writer who treats documentation as a product: docs-as-code workflows, API references that stay in sync with the code, and style guides that engineers actually follow.',
    work: [
      { company: 'Skyscanner', title: 'Senior Technical Writer', location: 'Edinburgh, UK', start: { y: 2022, m: 4 }, end: null, bullets: [
        'Lead the docs-as-code migration of 900 API reference pages from Confluence to Markdown and Docusaurus',
        'Wrote the style guide adopted by 60 engineers who contribute to the developer portal',
        'Introduced Vale linting in CI, cutting review rounds per page from three to one',
      ] },
      { company: 'Caledonia Bioinformatics', title: 'Technical Writer', location: 'Glasgow, UK', start: { y: 2018, m: 10 }, end: { y: 2022, m: 3 }, bullets: [
        'Documented a genomics pipeline CLI and its 120 configuration options',
        'Produced release notes for 14 releases and a quick-start tutorial translated into Spanish',
        'Set up versioned Sphinx builds for every release branch',
      ] },
      { company: 'Bizkaia Translation Services', title: 'Localisation Specialist', location: 'Bilbao, Spain', start: { y: 2015, m: 1 }, end: { y: 2017, m: 8 }, bullets: [
        'Translated user manuals for industrial machinery from English into Spanish and Basque',
      ] },
    ],
    education: [
      { school: 'University of Edinburgh', degree: 'M.Sc.', area: 'Science Communication and Public Engagement', location: 'Edinburgh, UK', start: { y: 2017, m: 9 }, end: { y: 2018, m: 8 }, score: 'Distinction' },
      { school: 'University of the Basque Country', degree: 'B.A.', area: 'Translation and Interpreting', location: 'Vitoria-Gasteiz, Spain', start: { y: 2010, m: 9 }, end: { y: 2014, m: 6 } },
    ],
    skills: [
      ['Markup', ['Markdown', 'reStructuredText', 'DITA', 'AsciiDoc']],
      ['Publishing', ['Docusaurus', 'Sphinx', 'MadCap Flare']],
      ['API docs', ['OpenAPI', 'Postman']],
      ['Tooling', ['Git', 'Vale', 'Python', 'Figma']],
    ],
    other: [
      ['Languages', ['Spanish (native)', 'Basque (native)', 'English (C2)', 'French (B1)']],
    ],
  },

  nkechi: {
    id: 'nkechi', name: 'Nkechi Ekwueme-Brandt', label: 'Cloud Security Engineer',
    email: 'nkechi.eb@example.com', phone: '+44 7700 900417', location: 'Manchester, UK',
    linkedin: 'linkedin.com/in/nkechi-ekwueme-brandt', github: 'github.com/nekwueme', site: 'nekwueme.example.com',
    summary: 'Security engineer with seven years in cloud and infrastructure security: guardrails for large AWS estates, threat modelling, detection engineering and supply-chain security.',
    work: [
      { company: 'Auto Trader UK', title: 'Lead Cloud Security Engineer', location: 'Manchester, UK', start: { y: 2022, m: 6 }, end: null, bullets: [
        'Built guardrails for 120 AWS accounts with Service Control Policies and automated drift detection',
        'Run the threat-modelling programme for new services, with 35 models completed in 2023',
        'Reduced critical container vulnerabilities by 70% with an image-signing pipeline using Sigstore',
        'Lead a team of four security engineers and run the internal security champions network',
      ] },
      { company: 'BAE Systems', title: 'Security Engineer', location: 'Preston, UK', start: { y: 2019, m: 9 }, end: { y: 2022, m: 5 }, bullets: [
        'Hardened RHEL build images to CIS Level 2 and automated compliance scans with OpenSCAP',
        'Led incident investigations in Splunk and wrote the resulting detection rules',
        'Ran red-team exercises against the build pipeline with an external partner',
      ] },
      { company: 'Irwell Managed IT', title: 'IT Support Analyst', location: 'Salford, UK', start: { y: 2017, m: 7 }, end: { y: 2019, m: 8 }, bullets: [
        'Administered Active Directory and Microsoft 365 for 450 users',
      ] },
    ],
    education: [
      { school: 'University of Manchester', degree: 'BSc (Hons)', area: 'Computer Science', location: 'Manchester, UK', start: { y: 2014, m: 9 }, end: { y: 2017, m: 6 }, score: 'First-Class Honours' },
    ],
    skills: [
      ['Cloud', ['AWS', 'Azure', 'Kubernetes']],
      ['Security tooling', ['Splunk', 'Sigstore', 'OpenSCAP', 'OPA']],
      ['Automation', ['Terraform', 'Python', 'Go']],
      ['Practices', ['Threat modelling', 'Incident response', 'Detection engineering']],
    ],
    other: [
      ['Certifications', ['CISSP (2021)', 'AWS Certified Security – Specialty (2022)', 'OSCP (2020)']],
    ],
  },
};
