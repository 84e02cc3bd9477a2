// Six invented data-science personas for the datasci held-out batch (MIT, synthetic).
// E-mails at example.com / example.org, phones in fictional ranges (NANP 555-01xx, UK 07700 900xxx).
// Universities and well-known companies appear only as institution / employer names.
// Dates: 'YYYY-MM' or 'present'; `season` marks a one-season role ("Summer 2021") that designs may print as such.
// Work `kind`: 'industry' or 'research' (designs with split experience print them under two headings).
// Skills: level 1-5 (dots, bars) and pct (percent bars); designs print only one of them, never in the key.

export const PERSONAS = {
  mle: {
    name: 'Teodora Vankirk',
    label: 'Machine Learning Engineer',
    email: 'teodora.vankirk@example.com',
    phone: '(512) 555-0147',
    location: 'Austin, TX',
    linkedin: 'linkedin.com/in/teodora-vankirk',
    github: 'github.com/tvankirk',
    site: 'vankirk.example.org',
    summary: 'ML engineer with seven years of experience shipping ranking and forecasting models to production. I care about feature stores, model monitoring and keeping p99 latency under 50 ms.',
    work: [
      {
        kind: 'industry', org: 'Instacart', title: 'Senior Machine Learning Engineer', loc: 'Austin, TX', start: '2022-04', end: 'present',
        tags: ['PyTorch', 'Feast', 'Kubeflow'],
        bullets: [
          'Rebuilt substitution ranking as a two-tower retriever plus GBDT re-ranker, lifting accepted substitutions by 6.8% (p < 0.01) across 80M orders per month',
          'Cut online inference p99 from 140 ms to 38 ms (≈3.7× faster) by moving features into a Redis-backed Feast store',
          'Led the migration of 40+ training pipelines from cron jobs to Kubeflow Pipelines with model-registry gates',
          'Mentor two ML engineers and run the weekly model review',
        ],
      },
      {
        kind: 'industry', org: 'Indeed', title: 'Machine Learning Engineer', loc: 'Austin, TX', start: '2019-07', end: '2022-03',
        tags: ['LightGBM', 'Spark', 'Airflow'],
        bullets: [
          'Shipped a LightGBM job-seeker churn model (AUC 0.81 → 0.87) that drives re-engagement e-mails to 12M users',
          'Built a Spark feature pipeline processing 2.3 TB per day with data-quality checks in Great Expectations',
          'Designed A/B-test guardrail metrics that caught three regressions before full rollout',
        ],
      },
      {
        kind: 'industry', org: 'Dell Technologies', title: 'Data Scientist', loc: 'Round Rock, TX', start: '2017-06', end: '2019-06',
        tags: ['Python', 'XGBoost'],
        bullets: [
          'Forecast weekly component demand with hierarchical ARIMA and XGBoost ensembles, reducing MAPE from 18.4% to 11.2%',
          'Automated monthly supply reporting in Python and Airflow, saving about 25 analyst-hours a month',
        ],
      },
      {
        kind: 'research', org: 'The University of Texas at Austin', title: 'Graduate Research Assistant', loc: 'Austin, TX', start: '2015-09', end: '2017-05',
        tags: ['PyTorch'],
        bullets: [
          'Trained CNNs for crop-type segmentation of satellite imagery (mIoU 0.71 ± 0.02 over five seeds)',
        ],
      },
    ],
    education: [
      {
        inst: 'The University of Texas at Austin', short: 'M.S.', long: 'Master of Science', area: 'Computer Science', loc: 'Austin, TX', start: '2015-08', end: '2017-05',
        thesis: 'Weakly Supervised Segmentation of Multispectral Satellite Imagery', advisor: 'Prof. Lucinda Harrow',
      },
      {
        inst: 'Texas A&M University', short: 'B.S.', long: 'Bachelor of Science', area: 'Statistics', loc: 'College Station, TX', start: '2011-08', end: '2015-05',
        score: '3.82/4.00', scoreLabel: 'GPA',
      },
    ],
    projects: [
      { name: 'feastlite', url: 'github.com/tvankirk/feastlite', stack: ['Python', 'Redis', 'FastAPI'], start: '2023-02', end: 'present', desc: 'Minimal online feature store with point-in-time correct joins; 1.2k GitHub stars' },
      { name: 'driftwatch', url: 'github.com/tvankirk/driftwatch', stack: ['Python', 'Evidently', 'Prometheus'], start: '2021-05', end: '2022-01', desc: 'Drift monitors for tabular models exported as Prometheus metrics, used by three production teams' },
    ],
    skills: [
      { label: 'Languages', items: [['Python', 5, 95], ['SQL', 5, 90], ['Scala', 3, 60], ['Bash', 4, 70]] },
      { label: 'ML', items: [['PyTorch', 5, 90], ['scikit-learn', 5, 95], ['XGBoost', 5, 85], ['LightGBM', 4, 80]] },
      { label: 'Cloud & MLOps', items: [['AWS SageMaker', 4, 80], ['Kubeflow', 4, 75], ['MLflow', 4, 80], ['Docker', 4, 80], ['Kubernetes', 3, 65]] },
      { label: 'Data', items: [['Spark', 4, 80], ['Airflow', 4, 80], ['Feast', 4, 70]] },
    ],
    certs: [
      { name: 'AWS Certified Machine Learning – Specialty', issuer: 'Amazon Web Services', year: '2023' },
      { name: 'Certified Kubernetes Application Developer (CKAD)', issuer: 'The Linux Foundation', year: '2021' },
    ],
    talks: ['Feature stores without the hype — PyData Austin, 2023'],
    langs: [['English', 'native'], ['Romanian', 'professional working proficiency']],
  },

  phd: {
    name: 'Anselm Rautiainen',
    label: 'Applied Scientist, Experimentation & Causal Inference',
    email: 'anselm.rautiainen@example.org',
    phone: '+44 7700 900412',
    location: 'Edinburgh, UK',
    github: 'github.com/arautiainen',
    scholar: 'scholar.google.com/citations?user=xQ7rAAAAJ',
    site: 'rautiainen.example.org',
    summary: 'Statistician (PhD in Bayesian inference) now building causal-inference and experimentation tooling in industry. Comfortable anywhere between a proof and a production pull request.',
    work: [
      {
        kind: 'industry', org: 'Skyscanner', title: 'Senior Applied Scientist', loc: 'Edinburgh, UK', start: '2023-01', end: 'present',
        tags: ['Python', 'PyMC', 'Spark'],
        bullets: [
          'Built a CUPED-style variance-reduction library adopted by 14 product teams; median experiment duration down 31%',
          'Designed a Bayesian hierarchical model of route-level price elasticity in PyMC (Gelman–Rubin R-hat < 1.01 for all parameters)',
          'Wrote the internal guide to sequential testing used in analyst onboarding',
        ],
      },
      {
        kind: 'industry', org: 'Skyscanner', title: 'Applied Scientist Intern', loc: 'Edinburgh, UK', start: '2021-06', end: '2021-08', season: 'Summer',
        tags: ['Python'],
        bullets: [
          'Prototyped a Thompson-sampling bandit for hotel-ranking experiments: +2.1% CTR in offline replay',
        ],
      },
      {
        kind: 'research', org: 'The University of Edinburgh', title: 'Doctoral Researcher', loc: 'Edinburgh, UK', start: '2019-09', end: '2022-12',
        tags: ['JAX', 'Stan'],
        bullets: [
          'Developed scalable variational inference for Gaussian-process models with n ≈ 1,000,000 observations',
          'Tutored Bayesian Data Analysis (MSc) for three years and marked 200+ scripts',
        ],
      },
      {
        kind: 'research', org: 'University of Helsinki', title: 'Research Assistant', loc: 'Helsinki, Finland', start: '2017-06', end: '2019-08',
        tags: ['R'],
        bullets: [
          'Implemented MCMC convergence diagnostics in R for a national register study (N = 2.4M)',
        ],
      },
    ],
    education: [
      {
        inst: 'The University of Edinburgh', short: 'PhD', long: 'Doctor of Philosophy', area: 'Statistics', loc: 'Edinburgh, UK', start: '2019-09', end: '2022-12',
        thesis: 'Scalable Variational Inference for Spatio-Temporal Gaussian Processes', advisor: 'Prof. Ilona Marchbanks and Dr. Teodor Wynn-Haskell', advisorLabel: 'Supervisors',
      },
      {
        inst: 'University of Helsinki', short: 'MSc', long: 'Master of Science', area: 'Statistics', loc: 'Helsinki, Finland', start: '2015-09', end: '2017-06',
        score: '5/5 (excellent)', scoreLabel: 'Grade',
      },
      {
        inst: 'University of Helsinki', short: 'BSc', long: 'Bachelor of Science', area: 'Mathematics', loc: 'Helsinki, Finland', start: '2012-09', end: '2015-06',
      },
    ],
    projects: [
      { name: 'stanfit-diagnostics', url: 'github.com/arautiainen/stanfit-diagnostics', stack: ['R', 'Stan'], start: '2020-03', end: 'present', desc: 'R package for visual MCMC diagnostics, released on CRAN' },
      { name: 'abtk', url: 'github.com/arautiainen/abtk', stack: ['Python', 'NumPy', 'SciPy'], start: '2023-05', end: 'present', desc: 'Sequential A/B-testing toolkit with always-valid p-values' },
    ],
    skills: [
      { label: 'Languages', items: [['R', 5, 95], ['Python', 5, 90], ['Stan', 5, 90], ['SQL', 4, 75], ['Julia', 2, 40]] },
      { label: 'Statistics & ML', items: [['Bayesian inference', 5, 95], ['causal inference', 5, 90], ['Gaussian processes', 5, 90], ['PyMC', 4, 85], ['JAX', 4, 75], ['scikit-learn', 4, 75]] },
      { label: 'Tools', items: [['Git', 4, 80], ['Docker', 3, 60], ['Databricks', 3, 65]] },
    ],
    certs: [
      { name: 'Graduate Statistician (GradStat)', issuer: 'Royal Statistical Society', year: '2020' },
    ],
    pubs: [
      { authors: ['Rautiainen, A.', 'Marchbanks, I.', 'Wynn-Haskell, T.'], year: '2023', title: 'Inducing-point variational inference for spatio-temporal Gaussian processes.', venue: 'Journal of Computational and Graphical Statistics, 32(4), 1411–1426.' },
      { authors: ['Rautiainen, A.', 'Marchbanks, I.'], year: '2022', title: 'Sparse Kronecker approximations for large Gaussian-process regression.', venue: 'Proceedings of AISTATS 2022.' },
      { authors: ['Lindgren, H.', 'Rautiainen, A.', 'Pesonen, K.'], year: '2019', title: 'Register-based survival models for hospital readmission.', venue: 'Scandinavian Journal of Statistics, 46(3), 802–824.' },
    ],
    talks: ['Bayesian A/B testing at scale — PyData Edinburgh, 2024', 'Variational GPs for spatial data — RSS Conference, Aberdeen, 2022'],
    awards: ['Best Student Paper, RSS Conference (2022)'],
    langs: [['Finnish', 'native'], ['English', 'fluent'], ['Swedish', 'intermediate']],
  },

  analyst: {
    name: 'Keziah Lowenthal',
    label: 'Data Analyst',
    email: 'keziah.lowenthal@example.com',
    phone: '(312) 555-0163',
    location: 'Chicago, IL',
    linkedin: 'linkedin.com/in/keziahlowenthal',
    github: 'github.com/kezlow',
    tableau: 'public.tableau.com/app/profile/keziah.lowenthal',
    summary: 'Former high-school math teacher turned data analyst. I turn messy operational data into dashboards people actually open: SQL first, then Tableau or Python.',
    work: [
      {
        kind: 'industry', org: 'Walgreens', title: 'Data Analyst', loc: 'Chicago, IL', start: '2023-02', end: 'present',
        tags: ['SQL', 'Tableau', 'BigQuery'],
        bullets: [
          'Built 12 Tableau dashboards for pharmacy staffing; weekly active viewers grew from 40 to 350+',
          'Rewrote the SQL behind the appointment no-show feature set in BigQuery, cutting query cost by 58%',
          'Automated a 6-hour Excel reconciliation into a 4-minute Python script',
        ],
      },
      {
        kind: 'industry', org: 'Grubhub', title: 'Junior Data Analyst (Contract)', loc: 'Chicago, IL', start: '2022-06', end: '2023-01',
        tags: ['Looker', 'SQL'],
        bullets: [
          'Analysed 1.1M delivery records to flag late-delivery hot spots; findings re-routed 9% of evening orders',
          'Maintained Looker explores and wrote data-dictionary entries for 70 fields',
        ],
      },
      {
        kind: 'industry', org: 'Chicago Public Schools', title: 'Mathematics Teacher', loc: 'Chicago, IL', start: '2016-08', end: '2022-06',
        tags: ['Excel'],
        bullets: [
          'Taught Algebra II and AP Statistics to 150 students a year; AP pass rate rose from 48% to 71%',
          'Built the grade-tracking workbook used by nine teachers in the department',
        ],
      },
    ],
    education: [
      { inst: 'General Assembly', short: 'Certificate', long: 'Certificate', area: 'Data Analytics', loc: 'Chicago, IL', start: '2022-01', end: '2022-04' },
      { inst: 'Loyola University Chicago', short: 'B.S.', long: 'Bachelor of Science', area: 'Mathematics', loc: 'Chicago, IL', start: '2012-08', end: '2016-05', score: 'Magna Cum Laude' },
    ],
    projects: [
      { name: 'CTA Ridership Recovery', url: 'github.com/kezlow/cta-ridership', stack: ['SQL', 'Tableau'], start: '2023-03', end: '2023-05', desc: 'Public dashboard of post-2020 ridership recovery by line and station' },
      { name: 'Divvy Bike Trips EDA', url: 'github.com/kezlow/divvy-eda', stack: ['Python', 'pandas', 'seaborn'], start: '2022-02', end: '2022-03', desc: 'Exploratory analysis of 5.6M bike-share trips, the capstone of the Google certificate' },
    ],
    skills: [
      { label: 'Languages', items: [['SQL', 5, 90], ['Python', 4, 70], ['R', 2, 40]] },
      { label: 'BI & Visualization', items: [['Tableau', 5, 90], ['Looker', 4, 75], ['Power BI', 3, 60], ['Excel', 5, 95]] },
      { label: 'Data', items: [['BigQuery', 4, 75], ['PostgreSQL', 4, 70], ['pandas', 4, 70]] },
      { label: 'Statistics', items: [['Hypothesis testing', 4, 75], ['Regression', 4, 70]] },
    ],
    certs: [
      { name: 'Google Data Analytics Professional Certificate', issuer: 'Coursera', year: '2022' },
      { name: 'Tableau Desktop Specialist', issuer: 'Tableau', year: '2023' },
      { name: 'Data Analyst in SQL', issuer: 'DataCamp', year: '2022' },
    ],
    langs: [['English', 'native'], ['Spanish', 'conversational']],
  },

  quant: {
    name: 'Dariusz Wielgosz',
    label: 'Quantitative Researcher',
    email: 'dariusz.wielgosz@example.com',
    phone: '(646) 555-0129',
    location: 'New York, NY',
    linkedin: 'linkedin.com/in/dwielgosz',
    github: 'github.com/dwielgosz',
    summary: 'Quantitative researcher working on intraday alpha and execution models for US equities. Background in stochastic analysis; writes production C++ and research Python.',
    work: [
      {
        kind: 'industry', org: 'Two Sigma', title: 'Quantitative Researcher', loc: 'New York, NY', start: '2021-08', end: 'present',
        tags: ['Python', 'C++', 'kdb+'],
        bullets: [
          'Developed intraday mean-reversion signals on 3,000 US equities with an out-of-sample Sharpe ratio of 2.4',
          'Reduced slippage by 1.8 bps per trade with a transaction-cost model fitted on 400M fills',
          'Rewrote the order-book replay of the backtester in C++20 (≈12× speed-up)',
        ],
      },
      {
        kind: 'industry', org: 'Jane Street', title: 'Quantitative Trading Intern', loc: 'New York, NY', start: '2020-06', end: '2020-08', season: 'Summer',
        tags: ['OCaml'],
        bullets: [
          'Built an ETF creation/redemption arbitrage monitor in OCaml and Python',
        ],
      },
      {
        kind: 'research', org: 'Columbia University', title: 'Graduate Research Assistant', loc: 'New York, NY', start: '2019-09', end: '2021-05',
        tags: ['PyTorch'],
        bullets: [
          'Calibrated rough-volatility models with neural-network surrogates; pricing error below 0.5 vol points',
          'Ran Monte Carlo experiments on the department Slurm cluster (10⁵ paths per option)',
        ],
      },
      {
        kind: 'research', org: 'University of Warsaw', title: 'Undergraduate Research Fellow', loc: 'Warsaw, Poland', start: '2017-10', end: '2019-06',
        tags: ['C++'],
        bullets: [
          'Proved convergence rates for a nested Monte Carlo estimator of CVaR (joint work, published 2019)',
        ],
      },
    ],
    education: [
      { inst: 'Columbia University', short: 'M.S.', long: 'Master of Science', area: 'Financial Engineering', loc: 'New York, NY', start: '2019-09', end: '2021-05', score: '3.94/4.00', scoreLabel: 'GPA' },
      {
        inst: 'University of Warsaw', short: 'B.Sc.', long: 'Bachelor of Science', area: 'Mathematics', loc: 'Warsaw, Poland', start: '2016-10', end: '2019-07',
        thesis: 'Monte Carlo Estimation of Conditional Value-at-Risk', advisor: 'Dr. hab. Zofia Kędzierska',
      },
    ],
    projects: [
      { name: 'roughvol-nn', url: 'github.com/dwielgosz/roughvol-nn', stack: ['Python', 'PyTorch', 'NumPy'], start: '2020-09', end: '2021-04', desc: 'Neural-network surrogate pricer for rough Bergomi calibration' },
      { name: 'lobsim', url: 'github.com/dwielgosz/lobsim', stack: ['C++', 'pybind11'], start: '2022-01', end: 'present', desc: 'Event-driven limit-order-book simulator with Python bindings' },
    ],
    skills: [
      { label: 'Languages', items: [['Python', 5, 95], ['C++', 5, 90], ['q/kdb+', 4, 75], ['SQL', 4, 75], ['OCaml', 2, 40]] },
      { label: 'Quant & ML', items: [['Time-series analysis', 5, 90], ['Stochastic calculus', 5, 90], ['Monte Carlo methods', 5, 90], ['CVXPY', 4, 75], ['PyTorch', 4, 75]] },
      { label: 'Infrastructure', items: [['Linux', 4, 85], ['Git', 4, 85], ['Slurm', 3, 60]] },
    ],
    certs: [
      { name: 'CFA Level I', issuer: 'CFA Institute', year: '2022' },
      { name: 'FRM Part I', issuer: 'GARP', year: '2021' },
    ],
    pubs: [
      { authors: ['Wielgosz, D.', 'Kędzierska, Z.'], year: '2019', title: 'Convergence of nested Monte Carlo estimators of CVaR.', venue: 'Probability and Mathematical Statistics, 39(2), 271–290.' },
      { authors: ['Wielgosz, D.'], year: '2021', title: 'Neural surrogates for rough Bergomi calibration.', venue: 'SSRN Working Paper 3890412.' },
    ],
    awards: ['International Mathematics Competition for University Students — Second Prize (2018)', 'Polish Mathematical Olympiad — Finalist (2015)'],
    langs: [['Polish', 'native'], ['English', 'fluent'], ['German', 'basic']],
  },

  kaggler: {
    name: 'Nomvula Tshabangu',
    label: 'Data Scientist',
    email: 'nomvula.tshabangu@example.org',
    phone: '(416) 555-0188',
    location: 'Toronto, ON',
    linkedin: 'linkedin.com/in/nomvula-tshabangu',
    github: 'github.com/nomvulat',
    kaggle: 'kaggle.com/nomvulatsh',
    summary: 'Data scientist focused on tabular and time-series machine learning for retail. Kaggle Competitions Master; I like problems that have both a leaderboard and a business owner.',
    kaggleLine: 'Kaggle Competitions Master — 3 gold and 7 silver medals; peak rank #186 of 200,000+',
    comps: [
      'M5 Forecasting – Accuracy: 14th of 5,558 teams (gold medal)',
      'Optiver Realized Volatility Prediction: 31st of 3,852 teams (gold medal)',
      'Home Credit Default Risk: 52nd of 7,176 teams (silver medal)',
    ],
    work: [
      {
        kind: 'industry', org: 'Loblaw Digital', title: 'Senior Data Scientist', loc: 'Toronto, ON', start: '2022-09', end: 'present',
        tags: ['LightGBM', 'Vertex AI', 'BigQuery'],
        bullets: [
          'Own the demand-forecasting model for 2,400 SKUs × 300 stores (LightGBM with hierarchical reconciliation); WAPE improved from 27% to 19%',
          'Cut food waste in the pilot region by an estimated $1.3M a year through markdown optimisation',
          'Added conformal prediction intervals (90% coverage ± 1.5%) to the replenishment reports',
        ],
      },
      {
        kind: 'industry', org: 'Shopify', title: 'Data Scientist', loc: 'Toronto, ON', start: '2020-05', end: '2022-08',
        tags: ['XGBoost', 'BigQuery ML'],
        bullets: [
          'Built merchant-churn propensity models in BigQuery ML and XGBoost with top-decile precision of 0.62',
          'Designed and analysed 25+ checkout experiments using CUPED variance reduction',
        ],
      },
      {
        kind: 'research', org: 'Vector Institute', title: 'Research Assistant', loc: 'Toronto, ON', start: '2018-09', end: '2020-04',
        tags: ['PyTorch'],
        bullets: [
          'Benchmarked 11 deep tabular models against GBDTs on 40 datasets; results in a NeurIPS workshop paper',
        ],
      },
    ],
    education: [
      {
        inst: 'University of Toronto', short: 'M.Sc.', long: 'Master of Science', area: 'Computer Science', loc: 'Toronto, ON', start: '2018-09', end: '2020-04',
        thesis: 'When Do Neural Networks Beat Gradient Boosting on Tabular Data?', advisor: 'Prof. Everard Holloway', advisorLabel: 'Supervisor',
      },
      { inst: 'University of Cape Town', short: 'B.Sc. (Hons)', long: 'Bachelor of Science (Honours)', area: 'Mathematical Statistics', loc: 'Cape Town, South Africa', start: '2014-02', end: '2017-12', score: 'First Class' },
    ],
    projects: [
      { name: 'tabbench', url: 'github.com/nomvulat/tabbench', stack: ['Python', 'PyTorch', 'Optuna'], start: '2019-01', end: '2020-03', desc: 'Reproducible benchmark of deep tabular models against gradient-boosted trees' },
      { name: 'retail-conformal', url: 'github.com/nomvulat/retail-conformal', stack: ['Python', 'MAPIE', 'LightGBM'], start: '2023-06', end: 'present', desc: 'Conformal prediction intervals for hierarchical demand forecasts' },
    ],
    skills: [
      { label: 'Languages', items: [['Python', 5, 95], ['SQL', 5, 90], ['R', 3, 55]] },
      { label: 'Machine Learning', items: [['LightGBM', 5, 95], ['XGBoost', 5, 90], ['CatBoost', 4, 80], ['scikit-learn', 5, 90], ['PyTorch', 4, 75], ['Optuna', 4, 80]] },
      { label: 'Cloud & Data', items: [['BigQuery', 4, 80], ['Vertex AI', 3, 65], ['dbt', 3, 60], ['Docker', 3, 60]] },
    ],
    certs: [
      { name: 'Google Professional Machine Learning Engineer', issuer: 'Google Cloud', year: '2022' },
      { name: 'TensorFlow Developer Certificate', issuer: 'Google', year: '2021' },
    ],
    pubs: [
      { authors: ['Tshabangu, N.', 'Holloway, E.'], year: '2020', title: 'Revisiting deep learning for tabular data: a 40-dataset benchmark.', venue: 'NeurIPS Workshop on Table Representation Learning.' },
    ],
    langs: [['isiZulu', 'native'], ['English', 'fluent'], ['French', 'intermediate']],
  },

  aeng: {
    name: 'Linnea Faircloth',
    label: 'Analytics Engineer',
    email: 'linnea.faircloth@example.com',
    phone: '(720) 555-0112',
    location: 'Denver, CO',
    linkedin: 'linkedin.com/in/linneafaircloth',
    github: 'github.com/lfaircloth',
    summary: 'Analytics engineer who turns raw event data into tested, documented dbt models. Previously a BI analyst; happiest working between data engineering and finance.',
    work: [
      {
        kind: 'industry', org: 'Gusto', title: 'Senior Analytics Engineer', loc: 'Denver, CO', start: '2022-03', end: 'present',
        tags: ['dbt', 'Snowflake', 'Looker'],
        bullets: [
          'Own 320 dbt models on Snowflake with 1,900 tests; 18 consecutive month-end closes without a data incident',
          'Cut warehouse spend by 37% (≈$210k a year) with incremental models and clustering keys',
          'Introduced a Looker semantic layer now used by 140 people every week',
        ],
      },
      {
        kind: 'industry', org: 'Ibotta', title: 'Analytics Engineer', loc: 'Denver, CO', start: '2020-01', end: '2022-02',
        tags: ['dbt', 'Redshift', 'Airflow'],
        bullets: [
          'Migrated 90 legacy SQL reports from cron and Redshift views to dbt and Airflow',
          'Built a Markov-chain marketing-attribution model that replaced last-click reporting',
        ],
      },
      {
        kind: 'industry', org: 'Ibotta', title: 'BI Analyst', loc: 'Denver, CO', start: '2018-06', end: '2019-12',
        tags: ['Tableau', 'SQL'],
        bullets: [
          'Maintained 45 Tableau workbooks and trained 30 business users in SQL',
        ],
      },
      {
        kind: 'industry', org: 'Janus Henderson Investors', title: 'Financial Analyst', loc: 'Denver, CO', start: '2016-07', end: '2018-05',
        tags: ['Excel'],
        bullets: [
          'Built the monthly fund-flow model in Excel and VBA used by the distribution team',
        ],
      },
    ],
    education: [
      { inst: 'University of Colorado Boulder', short: 'B.S.', long: 'Bachelor of Science', area: 'Economics', loc: 'Boulder, CO', start: '2012-08', end: '2016-05', score: '3.71', scoreLabel: 'GPA' },
    ],
    courses: [
      'Data Engineer with Python career track — DataCamp (2019)',
      'dbt Fundamentals — dbt Labs (2020)',
    ],
    projects: [
      { name: 'dbt-ledger', url: 'github.com/lfaircloth/dbt-ledger', stack: ['dbt', 'SQL', 'DuckDB'], start: '2023-01', end: 'present', desc: 'Open-source dbt package for double-entry ledger models with 300+ GitHub stars' },
      { name: 'snowpack-dash', url: 'github.com/lfaircloth/snowpack-dash', stack: ['Python', 'Streamlit', 'DuckDB'], start: '2022-11', end: '2023-02', desc: 'Streamlit app charting Colorado snowpack against 30-year medians' },
    ],
    skills: [
      { label: 'Languages', items: [['SQL', 5, 95], ['Python', 4, 75], ['Jinja', 4, 80]] },
      { label: 'Modeling & BI', items: [['dbt', 5, 95], ['Looker', 5, 85], ['LookML', 4, 80], ['Tableau', 4, 75]] },
      { label: 'Warehouses', items: [['Snowflake', 5, 90], ['Redshift', 3, 65], ['BigQuery', 3, 60], ['DuckDB', 3, 60]] },
      { label: 'Orchestration & ELT', items: [['Airflow', 4, 70], ['Dagster', 3, 55], ['Fivetran', 4, 75]] },
    ],
    certs: [
      { name: 'dbt Analytics Engineering Certification', issuer: 'dbt Labs', year: '2023' },
      { name: 'SnowPro Core Certification', issuer: 'Snowflake', year: '2022' },
      { name: 'Google Professional Data Engineer', issuer: 'Google Cloud', year: '2021' },
    ],
    talks: ['Testing dbt models like software — Coalesce 2023, San Diego'],
    langs: [['English', 'native'], ['Swedish', 'conversational']],
  },
};
