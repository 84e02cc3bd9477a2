// Invented personas for held-out LaTeX batch 3. Every person, employer, product, handle, e-mail (example.com)
// and phone number is made up; phone numbers use 555-style blocks. Universities are real institutions, used only
// as names. Dates are ISO 'YYYY-MM'; end: null is a current role. None of these people appear in batches 1–2,
// the JSON Resume theme batches or the Word-template batch.
// Annika (German) and Tomás (Spanish) are written in the language of their CVs.

export const personas = {
  // Compiler engineer in Switzerland: promotion at one employer, an internship with no bullets, talks, projects.
  livio: {
    first: 'Livio', last: 'Casagrande',
    label: 'Compiler Engineer',
    email: 'livio.casagrande@example.com',
    phone: '+41 44 555 01 87',
    web: 'casagrande.example.com',
    github: 'lcasagrande', linkedin: 'livio-casagrande',
    city: 'Zürich', country: 'Switzerland',
    summary: 'Compiler engineer with eight years of experience in LLVM back ends, MLIR pipelines and performance work for machine-learning accelerators.',
    work: [
      { company: 'Albula Compute AG', position: 'Principal Compiler Engineer', location: 'Zürich, Switzerland', start: '2023-03', end: null,
        bullets: [
          'Lead the MLIR lowering pipeline for a tensor accelerator with eleven engineers across two sites',
          'Designed a tiling cost model that raised average kernel utilisation from 48% to 81%',
          'Upstreamed 34 patches to LLVM, including a new scheduling model for the vector unit',
        ] },
      { company: 'Albula Compute AG', position: 'Senior Compiler Engineer', location: 'Zürich, Switzerland', start: '2020-06', end: '2023-02',
        bullets: [
          'Wrote the register allocator heuristics for the accelerator VLIW core in C++',
          'Built a fuzzing harness on top of Csmith that found 61 miscompilations before tape-out',
        ] },
      { company: 'Säntis Silicon GmbH', position: 'Compiler Engineer', location: 'St. Gallen, Switzerland', start: '2017-09', end: '2020-05',
        bullets: [
          'Maintained the GCC port for an in-house DSP and its binutils',
          'Cut build times of the SDK by 40% by moving the toolchain to CMake and Ninja',
          'Introduced differential testing against the instruction-set simulator',
        ] },
      { company: 'Ticino Embedded SA', position: 'Software Engineering Intern', location: 'Lugano, Switzerland', start: '2016-06', end: '2016-09',
        bullets: [] },
    ],
    education: [
      { institution: 'ETH Zürich', studyType: 'MSc', area: 'Computer Science', location: 'Zürich, Switzerland', start: '2015-09', end: '2017-08',
        score: 'Grade 5.6/6', note: 'Thesis: Polyhedral scheduling for sparse tensor kernels' },
      { institution: 'Università della Svizzera italiana', studyType: 'BSc', area: 'Informatics', location: 'Lugano, Switzerland', start: '2012-09', end: '2015-06' },
    ],
    skillGroups: [
      ['Languages', ['C++', 'C', 'Python', 'Rust', 'TableGen']],
      ['Compilers', ['LLVM', 'MLIR', 'GCC', 'Polly']],
      ['Tools', ['CMake', 'Ninja', 'Git', 'Bazel']],
    ],
    languages: [['Italian', 'native'], ['German', 'C1'], ['English', 'C1'], ['French', 'B1']],
    projects: [
      { name: 'tessera', description: 'A sparse tensor compiler prototype built on MLIR with a Python front end', keywords: ['MLIR', 'Python'] },
      { name: 'llvm-schedviz', description: 'A viewer for LLVM machine scheduler traces, used in two university courses', keywords: ['C++', 'LLVM'] },
    ],
    awards: [['2021', 'Albula Compute Engineering Excellence Award'], ['2017', 'ETH Medal for outstanding Master thesis']],
    talks: [['2024', 'Cost models that survive new silicon', 'EuroLLVM, Vienna'], ['2022', 'Fuzzing a VLIW back end', 'LLVM Developers Meeting']],
  },

  // Game developer in South Korea: current lead role, ended roles, year-only dates in some layouts, shipped titles.
  jihoon: {
    first: 'Ji-hoon', last: 'Baek',
    label: 'Game Developer',
    email: 'jihoon.baek@example.com',
    phone: '+82 10-5555-0142',
    web: 'baekjihoon.example.com',
    github: 'jhbaek-dev', linkedin: 'jihoon-baek',
    city: 'Seoul', country: 'South Korea',
    summary: 'Gameplay and engine programmer with nine years of experience shipping action games on PC and consoles, with a focus on efficient rendering and fluid netcode.',
    work: [
      { company: 'Haneul Interactive', position: 'Lead Engine Programmer', location: 'Seoul, South Korea', start: '2021-04', end: null,
        bullets: [
          'Lead six programmers on the in-house Vulkan renderer for an unannounced action RPG',
          'Cut shader compile stalls by 70% with an offline pipeline cache and efficient prewarming',
          'Designed the frame profiler workflow used by the whole studio',
          'Mentor two junior programmers through the studio apprenticeship programme',
        ] },
      { company: 'Blue Magpie Games', position: 'Senior Gameplay Programmer', location: 'Seongnam, South Korea', start: '2017-07', end: '2021-03',
        bullets: [
          'Shipped Starlit Blades on PC, PS4 and Switch with 2.4 million copies sold',
          'Wrote rollback netcode for 1v1 duels with input buffers of two frames',
          'Reduced memory affinity faults on Switch by rewriting the asset streaming allocator',
        ] },
      { company: 'Blue Magpie Games', position: 'Gameplay Programmer', location: 'Seongnam, South Korea', start: '2015-01', end: '2017-06',
        bullets: [
          'Built the combo and hit-stop systems in Unity and C#',
        ] },
      { company: 'Dokkaebi Studio', position: 'Junior Programmer', location: 'Busan, South Korea', start: '2014-03', end: '2014-12',
        bullets: [] },
    ],
    education: [
      { institution: 'KAIST', studyType: 'BS', area: 'Computer Science', location: 'Daejeon, South Korea', start: '2010-03', end: '2014-02', score: 'GPA 3.9/4.3' },
    ],
    skillGroups: [
      ['Languages', ['C++', 'C#', 'HLSL', 'Lua', 'Python']],
      ['Engines', ['Unreal Engine', 'Unity', 'Vulkan', 'DirectX 12']],
      ['Tools', ['RenderDoc', 'Perforce', 'PIX', 'Jenkins']],
    ],
    languages: [['Korean', 'native'], ['English', 'fluent'], ['Japanese', 'intermediate']],
    projects: [
      { name: 'tinyfiber', description: 'A fiber-based job system for game engines in C++20', keywords: ['C++'] },
      { name: 'Moonlit Jam', description: 'Winner of Global Game Jam Seoul with a rhythm platformer', keywords: ['Unity', 'C#'] },
    ],
    awards: [['2019', 'Korea Game Awards, Excellence in Technology (team)'], ['2013', 'Global Game Jam Seoul, first place']],
    talks: [['2023', 'Shader caches without stutter', 'NDC, Seoul']],
  },

  // Bioinformatics software engineer in the US with a PhD, a postdoc and publications.
  imogen: {
    first: 'Imogen', last: 'Castellano',
    label: 'Bioinformatics Software Engineer',
    email: 'imogen.castellano@example.com',
    phone: '(206) 555-0147',
    web: 'imogencastellano.example.com',
    github: 'icastellano', linkedin: 'imogen-castellano-phd', orcid: '0000-0002-5555-0147',
    city: 'Seattle, WA', country: 'USA',
    summary: 'Bioinformatics engineer with a PhD in genome sciences who builds scalable sequencing pipelines and the software that clinical scientists rely on.',
    work: [
      { company: 'Cedar Genomics', position: 'Staff Bioinformatics Engineer', location: 'Seattle, WA', start: '2022-01', end: null,
        bullets: [
          'Lead the variant-calling platform that processes 9,000 clinical exomes a month on AWS Batch',
          'Rewrote the alignment QC step in Rust and cut pipeline cost per sample by 38%',
          'Set up validation for CAP/CLIA accreditation of three new assays',
        ] },
      { company: 'Bayside Sequencing Inc.', position: 'Bioinformatics Scientist', location: 'South San Francisco, CA', start: '2019-08', end: '2021-12',
        bullets: [
          'Built Nextflow pipelines for single-cell RNA-seq used by 40 scientists',
          'Developed a copy-number caller for low-pass whole-genome sequencing',
        ] },
      { company: 'University of Washington', position: 'Postdoctoral Fellow', location: 'Seattle, WA', start: '2018-01', end: '2019-07',
        bullets: [
          'Studied structural variants in long-read assemblies of 120 human genomes',
        ] },
    ],
    education: [
      { institution: 'University of Washington', studyType: 'PhD', area: 'Genome Sciences', location: 'Seattle, WA', start: '2012-09', end: '2017-12',
        note: 'Dissertation: Graph-based detection of structural variants' },
      { institution: 'University of California, San Diego', studyType: 'BS', area: 'Bioinformatics', location: 'La Jolla, CA', start: '2008-09', end: '2012-06', score: 'GPA 3.86' },
    ],
    skillGroups: [
      ['Programming', ['Python', 'Rust', 'R', 'SQL', 'Bash']],
      ['Pipelines', ['Nextflow', 'Snakemake', 'Docker', 'AWS Batch']],
      ['Genomics', ['GATK', 'samtools', 'minimap2', 'Bioconductor']],
    ],
    languages: [['English', 'native'], ['Spanish', 'professional']],
    publications: [
      { authors: 'I. Castellano, R. Lindgren, and T. Okafor', title: 'Graph genomes reveal hidden structural variation in 120 human assemblies', venue: 'Genome Research', detail: '31(4):602--615', year: '2021' },
      { authors: 'I. Castellano and M. Haddad', title: 'svgraph: fast structural variant genotyping on sequence graphs', venue: 'Bioinformatics', detail: '36(12):3810--3812', year: '2020' },
      { authors: 'P. Nguyen, I. Castellano, and D. Whitaker', title: 'Benchmarking long-read aligners for clinical structural variant detection', venue: 'BMC Genomics', detail: '19:455', year: '2018' },
      { authors: 'I. Castellano, A. Ruiz, and R. Lindgren', title: 'Low-pass sequencing for copy-number screening at scale', venue: 'Proceedings of ISMB', detail: 'pp. 112--120', year: '2017' },
    ],
    awards: [['2016', 'NHGRI Genome Sciences Training Grant'], ['2012', 'UCSD Bioinformatics Undergraduate Research Award']],
    talks: [['2022', 'Rust in clinical pipelines', 'ISMB, Madison'], ['2019', 'Genotyping SVs on graphs', 'Biology of Genomes, Cold Spring Harbor']],
    certificates: [['2023', 'AWS Certified Solutions Architect – Associate']],
  },

  // Cloud architect in Germany; the data is in German (umlauts, ß), as printed on a German "Lebenslauf".
  annika: {
    first: 'Annika', last: 'Größner',
    label: 'Cloud-Architektin',
    email: 'annika.groessner@example.com',
    phone: '+49 40 5555 0192',
    web: 'groessner.example.com',
    github: 'agroessner', linkedin: 'annika-groessner',
    street: 'Mühlenkamp 14', zip: '22303', city: 'Hamburg', country: 'Deutschland',
    birth: '14.02.1988 in Lübeck',
    summary: 'Cloud-Architektin mit zwölf Jahren Erfahrung in Betrieb, Automatisierung und Migration geschäftskritischer Systeme in die Public Cloud.',
    work: [
      { company: 'Elbwolke GmbH', position: 'Lead Cloud-Architektin', location: 'Hamburg', start: '2020-03', end: null,
        bullets: [
          'Verantwortung für die Landing-Zone-Architektur von 140 AWS-Konten',
          'Migration von 60 Anwendungen aus dem eigenen Rechenzentrum in die Cloud',
          'Einführung von FinOps-Berichten; Senkung der Cloud-Kosten um 27 %',
        ] },
      { company: 'Hafenblick Versicherung AG', position: 'Senior DevOps-Ingenieurin', location: 'Hamburg', start: '2016-07', end: '2020-02',
        bullets: [
          'Aufbau der Kubernetes-Plattform für 35 Entwicklungsteams',
          'Automatisierung der Infrastruktur mit Terraform und Ansible',
        ] },
      { company: 'Rheinmünz Digital KG', position: 'Systemadministratorin', location: 'Köln', start: '2012-10', end: '2016-06',
        bullets: [
          'Betrieb von 300 Linux-Servern und der Überwachung mit Prometheus',
        ] },
    ],
    education: [
      { institution: 'Technische Universität München', studyType: 'M.Sc.', area: 'Informatik', location: 'München', start: '2010-10', end: '2012-09',
        score: 'Note 1,4', note: 'Masterarbeit: Kostenmodelle für Multi-Cloud-Umgebungen' },
      { institution: 'Universität zu Lübeck', studyType: 'B.Sc.', area: 'Informatik', location: 'Lübeck', start: '2007-10', end: '2010-09' },
    ],
    skillGroups: [
      ['Cloud', ['AWS', 'Azure', 'Kubernetes', 'Terraform']],
      ['Automatisierung', ['Ansible', 'GitLab CI', 'Argo CD', 'Python']],
      ['Betrieb', ['Prometheus', 'Grafana', 'Linux']],
    ],
    languages: [['Deutsch', 'Muttersprache'], ['Englisch', 'verhandlungssicher'], ['Schwedisch', 'Grundkenntnisse']],
    certificates: [['2022', 'AWS Certified Solutions Architect – Professional'], ['2019', 'Certified Kubernetes Administrator (CKA)']],
    hobbies: ['Segeln', 'Chorgesang', 'Fotografie'],
  },

  // Backend developer in Argentina; the data is in Spanish (accents, ñ), as printed on a Spanish CV.
  tomas: {
    first: 'Tomás', last: 'Ibarra Quiñones',
    label: 'Desarrollador Backend Senior',
    email: 'tomas.ibarra@example.com',
    phone: '+54 11 5555-0178',
    web: 'tomasibarra.example.com',
    github: 'tibarraq', linkedin: 'tomas-ibarra-quinones',
    city: 'Buenos Aires', country: 'Argentina',
    summary: 'Desarrollador backend con siete años de experiencia en sistemas de pagos, APIs de alto tráfico y migración de monolitos a microservicios.',
    work: [
      { company: 'Pampa Pagos S.A.', position: 'Desarrollador Backend Senior', location: 'Buenos Aires', start: '2021-08', end: null,
        bullets: [
          'Diseño del servicio de conciliación bancaria en Go que procesa 4 millones de transacciones diarias',
          'Reducción de la latencia p95 de la API de cobros de 900 ms a 180 ms',
          'Coordinación de la migración de PostgreSQL 11 a 15 sin tiempo de inactividad',
        ] },
      { company: 'Mate Logística', position: 'Desarrollador Backend', location: 'Córdoba', start: '2018-02', end: '2021-07',
        bullets: [
          'Desarrollo de la API de seguimiento de envíos con Java y Spring Boot',
          'Implementación de colas con RabbitMQ para la facturación electrónica',
        ] },
      { company: 'Aconcagua Software SRL', position: 'Desarrollador Junior', location: 'Mendoza', start: '2016-03', end: '2018-01',
        bullets: [] },
    ],
    education: [
      { institution: 'Universidad de Buenos Aires', studyType: 'Ingeniería', area: 'Informática', location: 'Buenos Aires', start: '2011-03', end: '2017-12', score: 'Promedio 8,4' },
    ],
    skillGroups: [
      ['Lenguajes', ['Go', 'Java', 'Python', 'SQL']],
      ['Infraestructura', ['PostgreSQL', 'RabbitMQ', 'Docker', 'Kubernetes']],
      ['Herramientas', ['Git', 'Grafana', 'Terraform']],
    ],
    languages: [['Español', 'nativo'], ['Inglés', 'avanzado (C1)'], ['Portugués', 'intermedio']],
    courses: [['2022', 'Arquitectura de microservicios, Platzi'], ['2020', 'Certified Kubernetes Application Developer (CKAD)']],
    projects: [
      { name: 'cuotas', description: 'Biblioteca en Go para calcular planes de cuotas con interés', keywords: ['Go'] },
    ],
  },
};
