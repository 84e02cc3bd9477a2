// Six invented academic / research personas (MIT, synthetic). Not real people: e-mails at example.com/.org, phones in
// fictional ranges (US 555-01xx, UK 07700 900xxx), ORCID iDs in the unissued 0000-0000-… block, made-up Scholar ids.
// Universities and well-known companies appear only as institution / employer names; co-authors are invented.
// Dates: {y, m} (m optional); season: 'Summer' marks a one-summer internship; end: 'present' for current roles.
// Publication authors: [initials, surname]; the persona's own entry is recognised by `self` (surname) and printed bold.

export const PERSONAS = {
  ml: {
    name: 'Henrike Osterhaus',
    self: 'Osterhaus', initials: 'H.',
    track: 'academic',
    label: 'Ph.D. Candidate in Machine Learning',
    dept: ['Machine Learning Department', 'Carnegie Mellon University', '5000 Forbes Avenue, Pittsburgh, PA 15213'],
    location: 'Pittsburgh, PA',
    email: 'h.osterhaus@example.org',
    phone: '(412) 555-0176',
    url: 'osterhaus.example.org',
    profiles: {
      github: 'github.com/hosterhaus',
      scholar: 'scholar.google.com/citations?user=Qm4tLx8AAAAJ',
      orcid: '0000-0000-7315-4420',
      linkedin: 'linkedin.com/in/henrike-osterhaus',
    },
    summary: 'Final-year Ph.D. candidate working on calibrated uncertainty for reinforcement learning and large sequence models. Looking for research scientist roles where methods are shipped, measured and maintained.',
    headings: { acad: 'Research Experience', ind: 'Industry Research Internships', pubs: 'Publications', honors: 'Fellowships and Awards' },
    education: [
      { short: 'Ph.D.', long: 'Doctor of Philosophy', area: 'Machine Learning', inst: 'Carnegie Mellon University', city: 'Pittsburgh, PA', start: 2019, end: 2025, expected: true,
        thesis: 'Calibrated Uncertainty for Sequential Decision Making under Distribution Shift', advisor: 'Prof. Margarethe Vantongeren' },
      { short: 'M.Sc.', long: 'Master of Science', area: 'Informatics', inst: 'Technical University of Munich', city: 'Munich, Germany', start: 2016, end: 2019, score: '1.2', scoreLabel: 'Grade',
        thesis: 'Variational Bounds for Off-Policy Evaluation', advisor: 'Prof. Konrad Amberg' },
      { short: 'B.Sc.', long: 'Bachelor of Science', area: 'Mathematics', inst: 'University of Freiburg', city: 'Freiburg, Germany', start: 2013, end: 2016 },
    ],
    roles: [
      { kind: 'acad', position: 'Graduate Research Assistant', org: 'Carnegie Mellon University', unit: 'Machine Learning Department', city: 'Pittsburgh, PA', start: { y: 2019, m: 9 }, end: 'present',
        bullets: [
          'Developed conformal risk-control methods for offline reinforcement learning, cutting constraint violations by 41% on D4RL benchmarks',
          'Built an open-source JAX library for ensembles and Laplace approximations used by four labs',
          'Mentored three master’s students, two of whom co-authored NeurIPS workshop papers',
        ] },
      { kind: 'ind', position: 'Research Scientist Intern', org: 'Google DeepMind', city: 'London, UK', start: { y: 2023, m: 6 }, end: { y: 2023, m: 9 },
        bullets: [
          'Studied selective prediction for code-generation models; the abstention head reduced wrong answers by 18% at 90% coverage',
          'Ran evaluations on TPU v4 pods and wrote the internal report adopted by the evaluation team',
        ] },
      { kind: 'ind', position: 'Research Intern', org: 'Microsoft Research', city: 'Redmond, WA', start: { y: 2021, m: 6 }, end: { y: 2021, m: 8 }, season: 'Summer',
        bullets: [
          'Prototyped distribution-shift detectors for a recommendation pipeline serving 30M users',
        ] },
      { kind: 'acad', position: 'Student Research Assistant', org: 'Max Planck Institute for Intelligent Systems', city: 'Tübingen, Germany', start: { y: 2017, m: 10 }, end: { y: 2019, m: 7 },
        bullets: [
          'Implemented Gaussian-process baselines for probabilistic numerics experiments',
        ] },
    ],
    pubs: [
      { type: 'conf', authors: [['H.', 'Osterhaus'], ['D.', 'Nakashima'], ['M.', 'Vantongeren']], title: 'Conformal Risk Control for Offline Reinforcement Learning', venue: 'Advances in Neural Information Processing Systems (NeurIPS)', year: 2024 },
      { type: 'conf', authors: [['H.', 'Osterhaus'], ['M.', 'Vantongeren']], title: 'When Do Ensembles Know What They Do Not Know? A Study under Covariate Shift', venue: 'International Conference on Machine Learning (ICML)', year: 2023 },
      { type: 'journal', authors: [['P.', 'Castellanos'], ['H.', 'Osterhaus'], ['M.', 'Vantongeren']], title: 'Laplace Approximations for Value Functions', venue: 'Transactions on Machine Learning Research', year: 2023 },
      { type: 'conf', authors: [['H.', 'Osterhaus'], ['R.', 'Strzelecki'], ['K.', 'Amberg']], title: 'Variational Bounds for Off-Policy Evaluation', venue: 'International Conference on Learning Representations (ICLR)', year: 2021 },
      { type: 'workshop', authors: [['L.', 'Tanaka'], ['H.', 'Osterhaus']], title: 'Selective Prediction for Program Synthesis', venue: 'NeurIPS Workshop on Distribution Shifts', year: 2023 },
      { type: 'preprint', authors: [['H.', 'Osterhaus'], ['J.', 'Pellucci'], ['M.', 'Vantongeren']], title: 'Calibration Is Not Enough: Decision-Aware Uncertainty for Sequence Models', venue: 'arXiv preprint arXiv:2502.01873', year: 2025 },
    ],
    talks: [
      { title: 'Uncertainty that Pays Off in Offline RL', where: 'Google DeepMind Reading Group, London', year: 2023 },
      { title: 'Conformal Methods for Sequential Decisions', where: 'ELLIS Doctoral Symposium, Tübingen', year: 2022 },
      { title: 'Ensembles under Covariate Shift', where: 'ICML 2023, Honolulu (oral)', year: 2023 },
    ],
    teaching: [
      { role: 'Teaching Assistant', course: '10-701 Introduction to Machine Learning (Ph.D.)', inst: 'Carnegie Mellon University', term: 'Fall 2021' },
      { role: 'Teaching Assistant', course: '10-708 Probabilistic Graphical Models', inst: 'Carnegie Mellon University', term: 'Spring 2022' },
    ],
    honors: [
      { title: 'CMU Presidential Fellowship', year: '2019' },
      { title: 'Outstanding Reviewer Award, ICML', year: '2023' },
      { title: 'DAAD Graduate Scholarship', year: '2017' },
    ],
    service: [
      'Reviewer: NeurIPS (2021–2024), ICML (2022–2024), ICLR (2023, 2024), TMLR',
      'Co-organiser, CMU Machine Learning Ph.D. Admissions Mentoring (2021–2023)',
    ],
    skills: [
      { label: 'Programming', items: ['Python', 'C++', 'Julia', 'Bash'] },
      { label: 'Machine learning', items: ['PyTorch', 'JAX', 'NumPy', 'scikit-learn', 'Weights & Biases'] },
      { label: 'Infrastructure', items: ['Slurm', 'Docker', 'Git', 'Google Cloud Platform'] },
    ],
  },

  compbio: {
    name: 'Ragnhild Fjellheim',
    title: 'Dr.',
    self: 'Fjellheim', initials: 'R.',
    track: 'academic',
    label: 'Postdoctoral Research Fellow, Computational Biology',
    dept: ['Klarman Cell Observatory', 'Broad Institute of MIT and Harvard', '415 Main Street, Cambridge, MA 02142'],
    location: 'Cambridge, MA',
    email: 'r.fjellheim@example.com',
    phone: '(617) 555-0129',
    url: 'ragnhildfjellheim.example.org',
    profiles: {
      orcid: '0000-0000-4826-1093',
      github: 'github.com/rfjellheim',
      scholar: 'scholar.google.com/citations?user=Vt2wHn5AAAAJ',
    },
    summary: 'Computational biologist building statistical methods for single-cell and spatial transcriptomics, with six years of experience turning atlas-scale data into testable hypotheses about tissue regeneration.',
    headings: { acad: 'Academic Appointments', pubs: 'Peer-Reviewed Publications', honors: 'Grants, Fellowships and Awards' },
    education: [
      { short: 'Ph.D.', long: 'Doctor of Philosophy', area: 'Computational Biology', inst: 'University of Edinburgh', city: 'Edinburgh, UK', start: 2015, end: 2019,
        thesis: 'Single-Cell Atlases of Zebrafish Fin Regeneration', advisor: 'Prof. Alasdair Thistlewood and Dr. Chiamaka Okoro', advisorLabel: 'Supervisors' },
      { short: 'M.Sc.', long: 'Master of Science', area: 'Bioinformatics', inst: 'University of Oslo', city: 'Oslo, Norway', start: 2013, end: 2015 },
      { short: 'B.Sc.', long: 'Bachelor of Science', area: 'Molecular Biology', inst: 'University of Bergen', city: 'Bergen, Norway', start: 2010, end: 2013 },
    ],
    roles: [
      { kind: 'acad', position: 'Postdoctoral Research Fellow', org: 'Broad Institute of MIT and Harvard', city: 'Cambridge, MA', start: { y: 2020, m: 1 }, end: 'present',
        bullets: [
          'Lead analyst for a 1.2-million-cell spatial atlas of human skin wound healing across four sequencing platforms',
          'Designed a hierarchical Bayesian model for cell-type deconvolution of Visium spots, now a Bioconductor package',
          'Supervise two research associates and co-wrote an R01 renewal that was funded in 2023',
        ] },
      { kind: 'acad', position: 'Visiting Researcher', org: 'Wellcome Sanger Institute', city: 'Hinxton, UK', start: { y: 2018, m: 4 }, end: { y: 2018, m: 7 },
        bullets: [
          'Benchmarked batch-correction methods on 40 zebrafish single-cell libraries',
        ] },
      { kind: 'acad', position: 'Research Assistant', org: 'Oslo University Hospital', city: 'Oslo, Norway', start: { y: 2013, m: 8 }, end: { y: 2015, m: 6 },
        bullets: [
          'Maintained the RNA-seq variant-calling pipeline for a pediatric leukaemia cohort',
        ] },
    ],
    pubs: [
      { type: 'journal', authors: [['R.', 'Fjellheim'], ['S.', 'Oyelowo'], ['T.', 'Hovland'], ['A.', 'Varga-Lind']], title: 'A spatial atlas of human skin wound healing at single-cell resolution', venue: 'Cell Systems', year: 2024 },
      { type: 'journal', authors: [['R.', 'Fjellheim'], ['S.', 'Oyelowo']], title: 'Hierarchical Bayesian deconvolution of spatial transcriptomics spots', venue: 'Genome Biology', year: 2023 },
      { type: 'journal', authors: [['N.', 'Ilvesniemi'], ['R.', 'Fjellheim'], ['C.', 'Okoro']], title: 'Benchmarking batch correction for cross-species single-cell data', venue: 'Bioinformatics', year: 2021 },
      { type: 'journal', authors: [['R.', 'Fjellheim'], ['C.', 'Okoro'], ['A.', 'Thistlewood']], title: 'Blastema cell states in regenerating zebrafish fins', venue: 'Development', year: 2020 },
      { type: 'preprint', authors: [['K.', 'Dunmore'], ['R.', 'Fjellheim']], title: 'Transfer learning of ligand-receptor signalling across tissues', venue: 'bioRxiv', year: 2025 },
    ],
    talks: [
      { title: 'Reading wound healing from spatial transcriptomes', where: 'Single Cell Genomics Conference, Utrecht', year: 2024 },
      { title: 'Deconvolution without a reference atlas', where: 'Broad Institute Models, Inference & Algorithms Seminar, Cambridge', year: 2023 },
      { title: 'Regeneration at single-cell resolution', where: 'Norwegian Bioinformatics Days, Bergen', year: 2019 },
    ],
    teaching: [
      { role: 'Tutor', course: 'Introduction to Bioinformatics', inst: 'University of Edinburgh', term: '2016–2018' },
      { role: 'Instructor', course: 'Single-cell analysis workshop (3 days)', inst: 'Broad Institute', term: '2022' },
    ],
    honors: [
      { title: 'EMBO Postdoctoral Fellowship', year: '2020–2022' },
      { title: 'Research Council of Norway Overseas Fellowship', year: '2020' },
      { title: 'Best Thesis Prize, Edinburgh School of Biological Sciences', year: '2020' },
    ],
    service: [
      'Reviewer for Bioinformatics, Genome Biology and PLOS Computational Biology',
      'Organiser, Broad Spatial Omics Journal Club (2021–present)',
    ],
    skills: [
      { label: 'Languages', items: ['Python', 'R', 'Bash', 'SQL'] },
      { label: 'Single-cell', items: ['Scanpy', 'Seurat', 'scvi-tools', 'Cell Ranger'] },
      { label: 'Workflows', items: ['Nextflow', 'Snakemake', 'Docker', 'Singularity'] },
      { label: 'Computing', items: ['Slurm', 'Google Cloud Platform'] },
    ],
  },

  physics: {
    name: 'Benedikt Szalai',
    self: 'Szalai', initials: 'B.',
    track: 'industry',
    label: 'Senior Data Scientist · Ph.D. in Particle Physics',
    location: 'London, UK',
    email: 'benedikt.szalai@example.com',
    phone: '07700 900462',
    profiles: {
      linkedin: 'linkedin.com/in/benedikt-szalai',
      github: 'github.com/bszalai',
      orcid: '0000-0000-6110-2384',
    },
    summary: 'Data scientist with a Ph.D. in experimental particle physics. Five years building forecasting, experimentation and causal-inference tooling in retail and fintech, with a habit of writing the statistics down before the dashboard.',
    headings: { ind: 'Industry Experience', acad: 'Research Experience', pubs: 'Selected Publications', honors: 'Awards' },
    education: [
      { short: 'Ph.D.', long: 'Doctor of Philosophy', area: 'Particle Physics', inst: 'University of Manchester', city: 'Manchester, UK', start: 2016, end: 2020,
        thesis: 'Search for Long-Lived Neutral Particles Decaying in the ATLAS Muon Spectrometer', advisor: 'Dr. Eamon Marchbanks', advisorLabel: 'Supervisor' },
      { short: 'M.Sc.', long: 'Master of Science', area: 'Physics', inst: 'Eötvös Loránd University', city: 'Budapest, Hungary', start: 2014, end: 2016, score: 'Excellent (5/5)', scoreLabel: 'Grade' },
      { short: 'B.Sc.', long: 'Bachelor of Science', area: 'Physics', inst: 'Eötvös Loránd University', city: 'Budapest, Hungary', start: 2011, end: 2014 },
    ],
    roles: [
      { kind: 'ind', position: 'Senior Data Scientist', org: 'Ocado Technology', city: 'London, UK', start: { y: 2023, m: 3 }, end: 'present',
        bullets: [
          'Own the demand-forecasting model for 48,000 grocery lines; a hierarchical gradient-boosting rewrite cut forecast error by 9%',
          'Introduced CUPED variance reduction to the experimentation platform, shortening typical A/B tests from four weeks to two',
          'Mentor four data scientists and run the fortnightly statistics clinic',
        ] },
      { kind: 'ind', position: 'Data Scientist', org: 'Monzo Bank', city: 'London, UK', start: { y: 2020, m: 10 }, end: { y: 2023, m: 2 },
        bullets: [
          'Built the savings-pot propensity model and its monitoring in BigQuery and dbt',
          'Designed a synthetic-control analysis of a fee change that informed the 2022 pricing review',
        ] },
      { kind: 'acad', position: 'Doctoral Researcher (long-term attachment)', org: 'CERN', city: 'Geneva, Switzerland', start: { y: 2017, m: 9 }, end: { y: 2018, m: 8 },
        bullets: [
          'Wrote the displaced-vertex trigger efficiency study for the ATLAS muon spectrometer',
          'Served as ATLAS data-quality shifter for 22 shifts during the 2018 run',
        ] },
      { kind: 'acad', position: 'Graduate Research Assistant', org: 'University of Manchester', city: 'Manchester, UK', start: { y: 2016, m: 10 }, end: { y: 2020, m: 7 },
        bullets: [
          'Developed a boosted-decision-tree background estimate with ROOT and TMVA for a search in the full Run 2 dataset',
        ] },
    ],
    pubs: [
      { type: 'journal', authors: [['B.', 'Szalai'], ['E.', 'Marchbanks'], ['F.', 'Quaresma']], title: 'Data-driven background estimation for displaced vertices in muon spectrometers', venue: 'Journal of Instrumentation', year: 2020 },
      { type: 'journal', authors: [['F.', 'Quaresma'], ['B.', 'Szalai'], ['E.', 'Marchbanks']], title: 'Trigger efficiency for long-lived particles with the ATLAS muon system', venue: 'European Physical Journal C', year: 2019 },
      { type: 'conf', authors: [['B.', 'Szalai']], title: 'Searches for long-lived neutral particles at ATLAS', venue: 'Proceedings of the European Physical Society Conference on High Energy Physics (EPS-HEP)', year: 2019 },
      { type: 'preprint', authors: [['B.', 'Szalai'], ['M.', 'Ekwueme']], title: 'Variance reduction for grocery demand experiments', venue: 'arXiv preprint arXiv:2406.11452', year: 2024 },
    ],
    talks: [
      { title: 'CUPED in practice: shorter tests without fooling yourself', where: 'PyData London', year: 2024 },
      { title: 'Searches for long-lived neutral particles at ATLAS', where: 'EPS-HEP 2019, Ghent', year: 2019 },
    ],
    teaching: [
      { role: 'Graduate Teaching Assistant', course: 'Statistical Methods in Physics', inst: 'University of Manchester', term: '2017–2019' },
    ],
    honors: [
      { title: 'STFC Doctoral Studentship', year: '2016–2020' },
      { title: 'Best Poster Award, IOP HEPP & APP Annual Conference', year: '2019' },
    ],
    service: [
      'Volunteer mentor, Code First Girls data science course (2022–present)',
    ],
    skills: [
      { label: 'Languages', items: ['Python', 'SQL', 'C++', 'R'] },
      { label: 'Data & ML', items: ['pandas', 'PySpark', 'XGBoost', 'PyTorch', 'statsmodels', 'PyMC'] },
      { label: 'Platforms', items: ['BigQuery', 'dbt', 'Airflow', 'Looker', 'ROOT'] },
      { label: 'Methods', items: ['A/B testing', 'causal inference', 'Bayesian statistics', 'time-series forecasting'] },
    ],
  },

  hci: {
    name: 'Itzel Carvajal Ondarza',
    self: 'Carvajal Ondarza', initials: 'I.',
    track: 'academic',
    label: 'Research Scientist, Human–Computer Interaction',
    dept: ['Adobe Research', '801 N 34th Street, Seattle, WA 98103'],
    location: 'Seattle, WA',
    email: 'itzel.carvajal@example.org',
    phone: '(206) 555-0183',
    url: 'itzelcarvajal.example.com',
    profiles: {
      scholar: 'scholar.google.com/citations?user=Zr8KpQ0AAAAJ',
      linkedin: 'linkedin.com/in/itzel-carvajal',
      orcid: '0000-0000-3358-6671',
    },
    summary: 'HCI researcher who designs and evaluates conversational and accessible interfaces with older adults, caregivers and clinicians; mixed-methods studies from interviews to field deployments.',
    headings: { acad: 'Research Positions', ind: 'Industry Positions', pubs: 'Refereed Publications', honors: 'Honors and Awards' },
    education: [
      { short: 'Ph.D.', long: 'Doctor of Philosophy', area: 'Human Centered Design & Engineering', inst: 'University of Washington', city: 'Seattle, WA', start: 2016, end: 2021,
        thesis: 'Designing Conversational Agents for Older Adults Managing Chronic Illness', thesisLabel: 'Dissertation', advisor: 'Prof. Ruth Abernethy' },
      { short: 'M.S.', long: 'Master of Science', area: 'Human-Computer Interaction', inst: 'Georgia Institute of Technology', city: 'Atlanta, GA', start: 2014, end: 2016, score: '3.96/4.00', scoreLabel: 'GPA' },
      { short: 'B.S.', long: 'Bachelor of Science', area: 'Computer Engineering', inst: 'Tecnológico de Monterrey', city: 'Monterrey, México', start: 2009, end: 2014, score: 'Mención Honorífica', scoreLabel: 'Honours' },
    ],
    roles: [
      { kind: 'ind', position: 'Research Scientist', org: 'Adobe Research', city: 'Seattle, WA', start: { y: 2021, m: 8 }, end: 'present',
        bullets: [
          'Lead a five-person team studying how screen-reader users author documents with generative AI assistance',
          'Ran a six-week diary study with 24 blind and low-vision participants; findings shaped the Acrobat accessibility roadmap',
          'Filed two patents on voice-driven document navigation',
        ] },
      { kind: 'acad', position: 'Graduate Research Assistant', org: 'University of Washington', city: 'Seattle, WA', start: { y: 2016, m: 9 }, end: { y: 2021, m: 6 },
        bullets: [
          'Co-designed a medication-tracking voice assistant with 31 older adults across three senior centres',
          'Deployed the assistant in 18 homes for eight weeks and analysed 6,400 logged interactions',
        ] },
      { kind: 'ind', position: 'User Experience Research Intern', org: 'Google', city: 'Mountain View, CA', start: { y: 2019, m: 6 }, end: { y: 2019, m: 9 }, season: 'Summer',
        bullets: [
          'Evaluated proactive reminders on smart displays with 40 participants over two weeks',
        ] },
      { kind: 'acad', position: 'Research Assistant', org: 'Georgia Institute of Technology', city: 'Atlanta, GA', start: { y: 2014, m: 8 }, end: { y: 2016, m: 5 },
        bullets: [
          'Built tablet prototypes for caregivers of people with dementia',
        ] },
    ],
    pubs: [
      { type: 'conf', authors: [['I.', 'Carvajal Ondarza'], ['M.', 'Oduya'], ['J.', 'Whitlock']], title: 'Authoring with an Assistant You Cannot See: Screen-Reader Users and Generative Writing Tools', venue: 'Proceedings of the CHI Conference on Human Factors in Computing Systems (CHI ’25)', year: 2025 },
      { type: 'journal', authors: [['I.', 'Carvajal Ondarza'], ['R.', 'Abernethy']], title: 'Voice Assistants for Medication Routines: An Eight-Week Field Deployment with Older Adults', venue: 'ACM Transactions on Computer-Human Interaction', year: 2022 },
      { type: 'conf', authors: [['I.', 'Carvajal Ondarza'], ['S.', 'Brannagh'], ['R.', 'Abernethy']], title: 'Co-Designing Conversational Agents with Older Adults Living with Chronic Illness', venue: 'Proceedings of the ACM on Human-Computer Interaction (CSCW)', year: 2020 },
      { type: 'conf', authors: [['T.', 'Lindqvist-Moe'], ['I.', 'Carvajal Ondarza']], title: 'Proactive Reminders on Smart Displays', venue: 'Proceedings of the ACM Symposium on User Interface Software and Technology (UIST)', year: 2020 },
      { type: 'conf', authors: [['I.', 'Carvajal Ondarza'], ['P.', 'Renwick']], title: 'Tablet Tools for Dementia Caregivers', venue: 'ACM SIGACCESS Conference on Computers and Accessibility (ASSETS)', year: 2016 },
    ],
    talks: [
      { title: 'Designing AI writing tools with screen-reader users', where: 'Allen School Colloquium, University of Washington', year: 2024 },
      { title: 'Older adults and voice assistants: lessons from the field', where: 'CSCW 2020 (virtual)', year: 2020 },
    ],
    teaching: [
      { role: 'Instructor of Record', course: 'HCDE 313 Introduction to User Research', inst: 'University of Washington', term: 'Winter 2020' },
      { role: 'Teaching Assistant', course: 'CS 6750 Human-Computer Interaction', inst: 'Georgia Institute of Technology', term: 'Fall 2015' },
    ],
    honors: [
      { title: 'Best Paper Honorable Mention, CHI', year: '2025' },
      { title: 'Microsoft Research Ph.D. Fellowship finalist', year: '2019' },
      { title: 'CONACYT Graduate Scholarship', year: '2014' },
    ],
    service: [
      'Associate Chair, CHI 2024 and CHI 2025',
      'Reviewer for CSCW, UIST, ASSETS and TOCHI',
      'Student volunteer chair, ASSETS 2019',
    ],
    skills: [
      { label: 'Research methods', items: ['semi-structured interviews', 'participatory design', 'diary studies', 'thematic analysis', 'usability testing', 'survey design'] },
      { label: 'Prototyping', items: ['Figma', 'React', 'Unity', 'Dialogflow'] },
      { label: 'Analysis', items: ['R', 'Python', 'NVivo', 'Qualtrics'] },
    ],
  },

  robotics: {
    name: 'Tariq Bexley-Lindström',
    self: 'Bexley-Lindström', initials: 'T.',
    track: 'industry',
    label: 'Robotics Research Engineer',
    location: 'Boston, MA',
    email: 'tariq.bl@example.com',
    phone: '(617) 555-0151',
    url: 'tariqbl.example.com',
    profiles: {
      github: 'github.com/tbexley',
      linkedin: 'linkedin.com/in/tariq-bexley-lindstrom',
      scholar: 'scholar.google.com/citations?user=Pd7sRb1AAAAJ',
    },
    summary: 'Research engineer working where manipulation research meets real hardware: contact-rich control, learning from demonstration and the simulation and data infrastructure that makes both repeatable.',
    headings: { ind: 'Experience', pubs: 'Publications', honors: 'Awards', patents: 'Patents' },
    education: [
      { short: 'M.Sc.', long: 'Master of Science', area: 'Systems, Control and Robotics', inst: 'KTH Royal Institute of Technology', city: 'Stockholm, Sweden', start: 2015, end: 2017,
        thesis: 'Learning Contact-Rich Insertion Policies from Demonstration', advisor: 'Prof. Helena Hovland' },
      { short: 'B.Sc.', long: 'Bachelor of Science', area: 'Mechanical Engineering', inst: 'Chalmers University of Technology', city: 'Gothenburg, Sweden', start: 2012, end: 2015 },
    ],
    roles: [
      { kind: 'ind', position: 'Senior Research Engineer', org: 'Toyota Research Institute', city: 'Cambridge, MA', start: { y: 2022, m: 2 }, end: 'present',
        bullets: [
          'Tech lead for the diffusion-policy training stack used by 30 researchers across three manipulation teams',
          'Designed the teleoperation data pipeline that collected 11,000 bimanual demonstrations in nine months',
          'Cut sim-to-real evaluation time from two days to four hours with a Drake-based digital twin',
        ] },
      { kind: 'ind', position: 'Research Engineer', org: 'Boston Dynamics', city: 'Waltham, MA', start: { y: 2019, m: 8 }, end: { y: 2022, m: 1 },
        bullets: [
          'Implemented whole-body force control for mobile manipulation on Spot with an arm',
          'Wrote the ROS 2 bridge and regression suite that ran nightly on eight robots',
        ] },
      { kind: 'ind', position: 'Robotics Engineer', org: 'ABB Corporate Research', city: 'Västerås, Sweden', start: { y: 2017, m: 9 }, end: { y: 2019, m: 7 },
        bullets: [
          'Developed force-guided peg-in-hole assembly skills for YuMi, shipped to two automotive pilot customers',
          'Co-authored two patent applications on compliant insertion',
        ] },
      { kind: 'acad', position: 'Visiting Student Researcher', org: 'ETH Zürich', city: 'Zürich, Switzerland', start: { y: 2017, m: 2 }, end: { y: 2017, m: 6 },
        bullets: [
          'Ran the insertion experiments for the master’s thesis at the Robotic Systems Lab',
        ] },
    ],
    pubs: [
      { type: 'conf', authors: [['T.', 'Bexley-Lindström'], ['A.', 'Mwangi-Ross'], ['C.', 'Feldkamp']], title: 'Bimanual Diffusion Policies from Low-Cost Teleoperation', venue: 'IEEE International Conference on Robotics and Automation (ICRA)', year: 2024 },
      { type: 'conf', authors: [['A.', 'Mwangi-Ross'], ['T.', 'Bexley-Lindström']], title: 'A Digital Twin for Fast Sim-to-Real Evaluation of Manipulation Policies', venue: 'Conference on Robot Learning (CoRL)', year: 2023 },
      { type: 'journal', authors: [['T.', 'Bexley-Lindström'], ['G.', 'Sørbø'], ['H.', 'Hovland']], title: 'Compliant Insertion with Learned Force Profiles', venue: 'IEEE Robotics and Automation Letters', year: 2019 },
      { type: 'conf', authors: [['T.', 'Bexley-Lindström'], ['H.', 'Hovland']], title: 'Learning Contact-Rich Insertion from Demonstration', venue: 'IEEE/RSJ International Conference on Intelligent Robots and Systems (IROS)', year: 2018 },
    ],
    talks: [
      { title: 'Scaling teleoperation data for bimanual manipulation', where: 'Boston Robotics Meetup', year: 2024 },
    ],
    patents: [
      'Method for compliant insertion using learned force profiles, US 11,482,906 B2 (2022)',
      'Force-guided assembly of flexible parts, EP 3 654 219 A1 (2020)',
    ],
    honors: [
      { title: 'Best Systems Paper Finalist, CoRL', year: '2023' },
      { title: 'KTH Excellence Scholarship', year: '2015' },
    ],
    service: [
      'Reviewer for ICRA, IROS and RA-L',
    ],
    skills: [
      { label: 'Languages', items: ['C++', 'Python', 'CUDA'] },
      { label: 'Robotics', items: ['ROS 2', 'MoveIt', 'Drake', 'MuJoCo', 'Isaac Sim', 'OpenCV'] },
      { label: 'Learning', items: ['PyTorch', 'diffusion policies', 'imitation learning'] },
      { label: 'Tooling', items: ['Docker', 'Bazel', 'Git', 'Linux'] },
    ],
  },

  econ: {
    name: 'Gwendolyn Ashby-Okereke',
    self: 'Ashby-Okereke', initials: 'G.',
    track: 'industry',
    label: 'Quantitative Researcher',
    dept: ['Marlowe Capital Partners', '20 Old Broad Street, London EC2N 1DP'],
    location: 'London, UK',
    email: 'g.ashby-okereke@example.org',
    phone: '07700 900735',
    url: 'gwenashby.example.org',
    profiles: {
      orcid: '0000-0000-9042-5517',
      github: 'github.com/gashbyok',
      linkedin: 'linkedin.com/in/gwendolyn-ashby-okereke',
    },
    summary: 'Empirical finance economist turned quantitative researcher: microstructure signals, execution-cost models and careful econometrics on high-frequency fixed-income data, after five years of lecturing econometrics.',
    headings: { acad: 'Academic Appointments', ind: 'Industry Experience', pubs: 'Publications and Working Papers', honors: 'Grants and Awards' },
    education: [
      { short: 'Ph.D.', long: 'Doctor of Philosophy', area: 'Economics', inst: 'London School of Economics and Political Science', city: 'London, UK', start: 2012, end: 2017,
        thesis: 'Essays on Liquidity and Price Discovery in Sovereign Bond Markets', advisor: 'Prof. Declan Rasmussen and Prof. Amara Ilunga', advisorLabel: 'Supervisors' },
      { short: 'M.Sc.', long: 'Master of Science', area: 'Econometrics and Mathematical Economics', inst: 'London School of Economics and Political Science', city: 'London, UK', start: 2011, end: 2012, score: 'Distinction' },
      { short: 'B.A.', long: 'Bachelor of Arts', area: 'Economics', inst: 'University of Cambridge', city: 'Cambridge, UK', start: 2008, end: 2011, score: 'First Class Honours' },
    ],
    roles: [
      { kind: 'ind', position: 'Quantitative Researcher', org: 'Marlowe Capital Partners', city: 'London, UK', start: { y: 2022, m: 9 }, end: 'present',
        bullets: [
          'Research and maintain intraday signals for European government bond futures, trading about £1.4bn notional a month',
          'Built the transaction-cost model now used for all rates execution, reducing slippage by 0.3 basis points',
          'Rewrote the research backtester in Python and kdb+/q with point-in-time data checks',
        ] },
      { kind: 'acad', position: 'Lecturer in Economics (Assistant Professor)', org: 'University of Warwick', city: 'Coventry, UK', start: { y: 2017, m: 9 }, end: { y: 2022, m: 8 },
        bullets: [
          'Taught undergraduate and M.Sc. econometrics to cohorts of up to 320 students',
          'Published three papers on sovereign bond liquidity and supervised six M.Sc. dissertations',
        ] },
      { kind: 'acad', position: 'Ph.D. Research Intern', org: 'Bank of England', city: 'London, UK', start: { y: 2016, m: 6 }, end: { y: 2016, m: 8 }, season: 'Summer',
        bullets: [
          'Estimated gilt-market liquidity premia around Debt Management Office auctions',
        ] },
    ],
    pubs: [
      { type: 'journal', authors: [['G.', 'Ashby-Okereke'], ['D.', 'Rasmussen']], title: 'Auction cycles and liquidity in sovereign bond markets', venue: 'Journal of Financial Econometrics', year: 2022 },
      { type: 'journal', authors: [['G.', 'Ashby-Okereke']], title: 'Price discovery between gilt futures and cash bonds', venue: 'Review of Finance', year: 2020 },
      { type: 'journal', authors: [['A.', 'Ilunga'], ['G.', 'Ashby-Okereke'], ['W.', 'Farquharson']], title: 'Dealer inventories and the cost of immediacy', venue: 'Journal of Banking & Finance', year: 2019 },
      { type: 'preprint', authors: [['G.', 'Ashby-Okereke'], ['J.', 'Thornbury']], title: 'Order-flow imbalance and intraday returns in euro-area bond futures', venue: 'Working paper', year: 2024 },
    ],
    talks: [
      { title: 'Auction cycles and liquidity in sovereign bond markets', where: 'Royal Economic Society Annual Conference, Warwick', year: 2021 },
      { title: 'Price discovery between gilt futures and cash bonds', where: 'Bank of England Research Seminar, London', year: 2019 },
    ],
    teaching: [
      { role: 'Module leader', course: 'EC226 Econometrics 1', inst: 'University of Warwick', term: '2018–2022' },
      { role: 'Lecturer', course: 'EC987 Financial Econometrics (M.Sc.)', inst: 'University of Warwick', term: '2019–2021' },
      { role: 'Class teacher', course: 'EC220 Introduction to Econometrics', inst: 'London School of Economics', term: '2013–2016' },
    ],
    honors: [
      { title: 'British Academy/Leverhulme Small Research Grant (£9,850)', year: '2019' },
      { title: 'Warwick Award for Teaching Excellence', year: '2021' },
      { title: 'ESRC Doctoral Studentship', year: '2012–2016' },
    ],
    service: [
      'Referee for Journal of Financial Econometrics, Review of Finance and Journal of Banking & Finance',
      'Admissions tutor, M.Sc. Economics, University of Warwick (2020–2022)',
    ],
    skills: [
      { label: 'Programming', items: ['Python', 'kdb+/q', 'R', 'Stata', 'MATLAB', 'SQL'] },
      { label: 'Libraries', items: ['pandas', 'statsmodels', 'NumPy', 'Polars'] },
      { label: 'Methods', items: ['time-series econometrics', 'market microstructure', 'high-frequency data', 'transaction-cost analysis'] },
    ],
  },
};
