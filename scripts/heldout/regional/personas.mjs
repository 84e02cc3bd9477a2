// Seven invented personas (names not used in any other held-out batch). E-mails at example.com, phones in
// fictional-looking ranges, employers and clients made up; universities / colleges are real names used only as names.
// Dates are ISO ('2022-06' or '2021'); end null = current. Text is written in the language the resume is printed in.

export const personas = {
  // ---------------------------------------------------------------- India, services firm, 3 years, Java
  karthik: {
    id: 'karthik', desc: 'Venkata Sai Karthik Pothireddy, Java developer (3 years) at an Indian IT services firm, Hyderabad; client projects under each employer',
    name: 'Venkata Sai Karthik Pothireddy', label: 'Java Developer', email: 'karthik.pothireddy@example.com', phone: '+91 98490 31427',
    location: 'Hyderabad, Telangana', address: 'Flat 302, Sai Residency, Kukatpally, Hyderabad – 500072', profiles: ['linkedin.com/in/karthik-pothireddy'],
    lang: 'en-IN', page: 'A4',
    h: { objective: 'Career Objective', summary: 'Professional Summary', skills: 'Technical Skills', work: 'Professional Experience', projects: 'Project Details', education: 'Academic Qualifications', certs: 'Certifications', strengths: 'Strengths', hobbies: 'Hobbies', personal: 'Personal Details', declaration: 'Declaration' },
    objective: 'To work in a challenging environment where I can apply my knowledge of Java and Spring technologies, contribute to the growth of the organization and grow along with it.',
    summaryBullets: [
      'Having 3+ years of IT experience in design, development and support of web applications using Java and J2EE technologies.',
      'Hands-on experience in Spring Boot, Spring MVC, Hibernate, REST web services and microservices.',
      'Good knowledge of Oracle and MySQL databases, writing complex SQL queries and stored procedures.',
      'Experience in Agile (Scrum) methodology, participated in sprint planning, daily stand-ups and retrospectives.',
      'Worked with CI/CD tools Jenkins, Git and Maven; deployed services on AWS EC2 and Docker containers.',
    ],
    skills: [['Languages', ['Java', 'SQL', 'JavaScript', 'Python']], ['Frameworks', ['Spring Boot', 'Spring MVC', 'Hibernate', 'JPA']], ['Web Technologies', ['HTML5', 'CSS3', 'Angular', 'REST API']], ['Databases', ['Oracle 19c', 'MySQL', 'MongoDB']], ['Tools', ['Git', 'Maven', 'Jenkins', 'JIRA', 'Postman', 'SonarQube']], ['Cloud / DevOps', ['AWS EC2', 'AWS S3', 'Docker', 'Kafka']], ['Operating Systems', ['Windows', 'Linux']]],
    work: [
      { company: 'Trivexa Consulting Services Pvt. Ltd.', position: 'Software Engineer', location: 'Hyderabad', start: '2022-06', end: null,
        projects: [
          { name: 'Claims Processing Modernization', client: 'Northbridge Mutual Insurance, USA', role: 'Java Developer', team: '9', env: 'Java 11, Spring Boot, Hibernate, Oracle 19c, Kafka, Jenkins, AWS',
            desc: 'Northbridge Mutual is a US-based insurance company. The project migrated the legacy claims processing system to Spring Boot microservices to reduce claim settlement time.',
            resp: [
              'Developed 14 REST APIs for claim registration, validation and settlement using Spring Boot and JPA.',
              'Implemented Kafka consumers to process 40,000+ claim events per day from the policy system.',
              'Optimized Oracle queries and added indexes, reducing the claim search response time from 6 s to 900 ms.',
              'Wrote JUnit and Mockito test cases and raised code coverage from 48% to 82% as per SonarQube.',
              'Participated in code reviews, sprint planning and production support on a weekly rotation.',
            ] },
          { name: 'Retail Loyalty Platform', client: 'Halden Retail Group, UK', role: 'Software Engineer', team: '6', env: 'Java 8, Spring MVC, MySQL, Angular 12, JUnit, Git',
            desc: 'Loyalty points and coupon management platform used by 120 retail stores of the client.',
            resp: [
              'Developed coupon redemption module with Spring MVC and MySQL stored procedures.',
              'Created Angular screens for store managers to view points history and customer tiers.',
              'Fixed 60+ production defects within SLA and prepared unit test case documents.',
            ] },
        ] },
      { company: 'Maplewave Infotech Pvt. Ltd.', position: 'Associate Software Engineer', location: 'Bengaluru', start: '2021-08', end: '2022-05',
        projects: [
          { name: 'Branch Banking Portal', client: 'A leading private sector bank in India', role: 'Associate Developer', team: '12', env: 'Java 8, Servlets, JSP, JDBC, Oracle 12c, Apache Tomcat',
            desc: 'Web portal used by branch staff for account opening, KYC verification and cheque book requests.',
            resp: [
              'Developed KYC document upload and verification screens using JSP and Servlets.',
              'Wrote JDBC DAO classes and PL/SQL procedures for account opening workflow.',
              'Supported UAT and resolved 35 defects raised by the bank testing team.',
            ] },
        ] },
    ],
    education: [
      { studyType: 'B.Tech', area: 'Computer Science and Engineering', short: 'B.Tech (CSE)', institution: 'Vasavi College of Engineering', board: 'Osmania University', start: '2017', end: '2021', score: '7.8 CGPA' },
      { studyType: 'Intermediate', area: 'MPC', short: 'Intermediate (MPC)', institution: 'Sri Chaitanya Junior College', board: 'TSBIE', start: '2015', end: '2017', score: '94.6%' },
      { studyType: 'SSC', short: 'SSC', institution: 'Narayana High School', board: 'BSE Telangana', end: '2015', score: '9.5 GPA' },
    ],
    certs: ['Oracle Certified Professional, Java SE 11 Developer', 'AWS Certified Cloud Practitioner'],
    strengths: ['Quick learner and good team player', 'Positive attitude and adaptability', 'Good communication skills'],
    hobbies: ['Playing cricket', 'Listening to music', 'Reading tech blogs'],
    personal: [["Father's Name", 'P. Srinivasa Reddy'], ['Date of Birth', '14-07-1999'], ['Gender', 'Male'], ['Nationality', 'Indian'], ['Marital Status', 'Single'], ['Languages Known', 'English, Telugu and Hindi'], ['Permanent Address', 'H.No 4-12, Gandhi Nagar, Ongole, Andhra Pradesh – 523001']],
    declaration: 'I hereby declare that the above-mentioned information is true to the best of my knowledge and belief.',
    place: 'Hyderabad',
  },

  // ---------------------------------------------------------------- India, fresher
  keerthana: {
    id: 'keerthana', desc: 'Keerthana Sivasubramanian, fresher (B.E. CSE 2025), Coimbatore, Tamil Nadu; one internship, academic projects',
    name: 'Keerthana Sivasubramanian', label: 'B.E. Computer Science Graduate', email: 'keerthana.siva25@example.com', phone: '+91 94433 18206',
    location: 'Coimbatore, Tamil Nadu', address: '27, Gandhipuram 3rd Street, Coimbatore – 641012', profiles: ['github.com/keerthana-s', 'linkedin.com/in/keerthana-sivasubramanian'],
    lang: 'en-IN', page: 'A4', fresher: true,
    h: { objective: 'Career Objective', summary: 'Profile Summary', skills: 'Technical Skills', work: 'Internship', academicProjects: 'Academic Projects', education: 'Educational Qualification', certs: 'Certifications', achievements: 'Achievements & Extra-Curricular Activities', strengths: 'Strengths', hobbies: 'Hobbies', personal: 'Personal Details', declaration: 'Declaration' },
    objective: 'Seeking an entry-level position as a software developer in a reputed organization where I can use my programming and problem-solving skills and learn new technologies.',
    summaryBullets: [
      'B.E. Computer Science and Engineering graduate with a CGPA of 8.41 from PSG College of Technology.',
      'Completed a 4-month internship in full-stack web development with React and Node.js.',
      'Solved 450+ problems on LeetCode and GeeksforGeeks in data structures and algorithms.',
    ],
    skills: [['Programming Languages', ['C', 'C++', 'Java', 'Python']], ['Web Technologies', ['HTML', 'CSS', 'JavaScript', 'React', 'Node.js', 'Express']], ['Database', ['MySQL', 'MongoDB']], ['Tools', ['Git', 'VS Code', 'Postman', 'Figma']], ['Core Subjects', ['Data Structures', 'DBMS', 'Operating Systems', 'Computer Networks']]],
    work: [
      { company: 'Zentrix Labs Pvt. Ltd.', position: 'Full Stack Developer Intern', location: 'Coimbatore', start: '2025-01', end: '2025-04',
        bullets: [
          'Built 6 REST APIs in Node.js and Express for an appointment booking app used by 3 clinics.',
          'Developed React components for the patient dashboard and reduced page load time by 30% with lazy loading.',
          'Wrote unit tests with Jest and fixed 25 bugs reported during the sprint demos.',
        ] },
    ],
    projects: [
      { name: 'Smart Attendance System using Face Recognition', tech: ['Python', 'OpenCV', 'Flask', 'MySQL'], desc: 'Final year project: marks classroom attendance from a camera feed with 94% recognition accuracy for a class of 60 students.' },
      { name: 'Hostel Mess Feedback Portal', tech: ['React', 'Node.js', 'MongoDB'], desc: 'Mini project: web portal for 800 hostel students to rate daily menus; wardens view weekly reports.' },
      { name: 'Bus Pass Renewal App', tech: ['Java', 'Android Studio', 'Firebase'], desc: 'Android app to apply and pay for college bus pass renewal online.' },
    ],
    education: [
      { studyType: 'B.E.', area: 'Computer Science and Engineering', short: 'B.E. (CSE)', institution: 'PSG College of Technology', board: 'Anna University', start: '2021', end: '2025', score: '8.41 CGPA' },
      { studyType: 'HSC', short: 'HSC', institution: 'Sri Ramakrishna Matriculation Higher Secondary School', board: 'State Board', end: '2021', score: '92.5%' },
      { studyType: 'SSLC', short: 'SSLC', institution: 'Sri Ramakrishna Matriculation Higher Secondary School', board: 'State Board', end: '2019', score: '96.2%' },
    ],
    certs: ['NPTEL – Programming in Java (Elite, 82%)', 'Infosys Springboard – Python Foundation', 'HackerRank SQL (Intermediate)'],
    achievements: ['Secured 2nd prize in the inter-college hackathon "Code Kshetra 2024" among 60 teams.', 'Volunteer, National Service Scheme (NSS) – blood donation camp coordinator.', 'Class representative for the 2023–24 academic year.'],
    strengths: ['Hard working and self-motivated', 'Good problem-solving skills', 'Ability to work in a team'],
    hobbies: ['Drawing', 'Playing chess', 'Carnatic music'],
    personal: [["Father's Name", 'S. Sivasubramanian'], ["Mother's Name", 'R. Meenakshi'], ['Date of Birth', '09/11/2003'], ['Gender', 'Female'], ['Nationality', 'Indian'], ['Marital Status', 'Unmarried'], ['Languages Known', 'Tamil, English, Hindi']],
    declaration: 'I hereby declare that all the details furnished above are true to the best of my knowledge.',
    place: 'Coimbatore',
  },

  // ---------------------------------------------------------------- Germany
  tobias: {
    id: 'tobias', desc: 'Tobias Wendehorst, Senior Backend-Entwickler, Berlin; German CV (Lebenslauf) with an English variant',
    name: 'Tobias Wendehorst', email: 'tobias.wendehorst@example.com', phone: '+49 176 5550 4821', location: 'Berlin', address: 'Schönhauser Allee 112, 10439 Berlin',
    profiles: ['github.com/twendehorst', 'linkedin.com/in/tobias-wendehorst'], lang: 'de-DE', page: 'A4', photo: true,
    de: {
      label: 'Senior Backend-Entwickler', title: 'Lebenslauf', photoText: 'Foto',
      h: { personal: 'Persönliche Daten', summary: 'Profil', work: 'Berufserfahrung', education: 'Ausbildung', skills: 'Kenntnisse', languages: 'Sprachen', interests: 'Interessen' },
      present: 'heute', since: 'seit',
      summary: 'Backend-Entwickler mit über acht Jahren Erfahrung in verteilten Systemen für Logistik und Mobilität, Schwerpunkt Java, Kotlin und Kubernetes.',
      personal: [['Geburtsdatum', '14.03.1991'], ['Geburtsort', 'Potsdam'], ['Staatsangehörigkeit', 'deutsch'], ['Familienstand', 'verheiratet']],
      work: [
        { company: 'Nordlicht Logistik Software GmbH', position: 'Senior Backend-Entwickler', location: 'Berlin', start: '2019-03', end: null,
          bullets: ['Aufbau einer Tourenplanungs-Plattform mit Kotlin, Spring Boot und Kafka für 2.300 Fahrzeuge', 'Migration von 14 Diensten von VMs auf Kubernetes (AWS EKS), Betriebskosten um 28 % gesenkt', 'Einführung von Contract-Tests und Trunk-Based Development; Deployments von monatlich auf täglich', 'Fachliche Leitung von vier Entwicklern, Mentoring von zwei Werkstudenten'] },
        { company: 'Spreetal Mobility AG', position: 'Softwareentwickler', location: 'Berlin', start: '2016-10', end: '2019-02',
          bullets: ['Entwicklung der Buchungs-API für Carsharing (Java 8, Spring, PostgreSQL) mit 40.000 Buchungen pro Tag', 'Anbindung von drei Zahlungsdienstleistern inkl. SEPA-Lastschrift', 'Reduktion der Antwortzeiten der Suche um 60 % durch Redis-Caching'] },
        { company: 'Elbwerk Digital GmbH', position: 'Werkstudent Softwareentwicklung', location: 'Dresden', start: '2014-04', end: '2016-09',
          bullets: ['Entwicklung interner Werkzeuge in Java und Python', 'Automatisierte Tests für eine Lagerverwaltungssoftware (JUnit, Selenium)'] },
      ],
      education: [
        { institution: 'Technische Universität Dresden', studyType: 'Master of Science', area: 'Informatik', start: '2014-10', end: '2016-09', score: '1,6', scoreLabel: 'Abschlussnote', note: 'Masterarbeit: „Latenzoptimierte Ereignisverarbeitung in Microservice-Architekturen“' },
        { institution: 'Technische Universität Dresden', studyType: 'Bachelor of Science', area: 'Informatik', start: '2011-10', end: '2014-09', score: '2,1', scoreLabel: 'Abschlussnote' },
        { institution: 'Humboldt-Gymnasium Potsdam', studyType: 'Abitur', start: '2003-08', end: '2011-06', score: '1,8', scoreLabel: 'Note' },
      ],
      skills: [['Programmiersprachen', ['Java', 'Kotlin', 'Go', 'SQL']], ['Frameworks', ['Spring Boot', 'Quarkus', 'Hibernate']], ['Infrastruktur', ['Kubernetes', 'Docker', 'Terraform', 'AWS']], ['Datenbanken & Messaging', ['PostgreSQL', 'Redis', 'Kafka']]],
      languages: ['Deutsch – Muttersprache', 'Englisch – verhandlungssicher (C1)', 'Spanisch – Grundkenntnisse (A2)'],
      interests: ['Rennradfahren, Open-Source-Beiträge (Apache Camel), Kochen'],
      sign: 'Berlin, 01.11.2026',
    },
    en: {
      label: 'Senior Backend Developer', title: 'Curriculum Vitae', photoText: 'Photo',
      h: { personal: 'Personal Details', summary: 'Profile', work: 'Work Experience', education: 'Education', skills: 'Skills', languages: 'Languages', interests: 'Interests' },
      present: 'today', since: 'since',
      summary: 'Backend developer with over eight years of experience building distributed systems for logistics and mobility, focused on Java, Kotlin and Kubernetes.',
      personal: [['Date of birth', '14 March 1991'], ['Place of birth', 'Potsdam, Germany'], ['Nationality', 'German']],
      work: [
        { company: 'Nordlicht Logistik Software GmbH', position: 'Senior Backend Developer', location: 'Berlin', start: '2019-03', end: null,
          bullets: ['Built a route planning platform with Kotlin, Spring Boot and Kafka serving 2,300 vehicles', 'Migrated 14 services from VMs to Kubernetes (AWS EKS), cutting running costs by 28%', 'Introduced contract tests and trunk-based development; moved deployments from monthly to daily', 'Technical lead for four developers, mentor to two working students'] },
        { company: 'Spreetal Mobility AG', position: 'Software Developer', location: 'Berlin', start: '2016-10', end: '2019-02',
          bullets: ['Developed the car-sharing booking API (Java 8, Spring, PostgreSQL) handling 40,000 bookings a day', 'Integrated three payment providers including SEPA direct debit', 'Cut search response times by 60% with Redis caching'] },
        { company: 'Elbwerk Digital GmbH', position: 'Working Student, Software Development', location: 'Dresden', start: '2014-04', end: '2016-09',
          bullets: ['Developed internal tools in Java and Python', 'Automated tests for warehouse management software (JUnit, Selenium)'] },
      ],
      education: [
        { institution: 'Technische Universität Dresden', studyType: 'Master of Science', area: 'Computer Science', start: '2014-10', end: '2016-09', score: '1.6', scoreLabel: 'Final grade', note: 'Thesis: “Latency-optimised event processing in microservice architectures”' },
        { institution: 'Technische Universität Dresden', studyType: 'Bachelor of Science', area: 'Computer Science', start: '2011-10', end: '2014-09', score: '2.1', scoreLabel: 'Final grade' },
      ],
      skills: [['Languages', ['Java', 'Kotlin', 'Go', 'SQL']], ['Frameworks', ['Spring Boot', 'Quarkus', 'Hibernate']], ['Infrastructure', ['Kubernetes', 'Docker', 'Terraform', 'AWS']], ['Data & messaging', ['PostgreSQL', 'Redis', 'Kafka']]],
      languages: ['German – native', 'English – business fluent (C1)', 'Spanish – basic (A2)'],
      interests: ['Road cycling, open-source contributions (Apache Camel), cooking'],
      sign: 'Berlin, 01.11.2026',
    },
  },

  // ---------------------------------------------------------------- Belgium (French CV)
  clemence: {
    id: 'clemence', desc: 'Clémence Vandenbroucke, développeuse full-stack, Liège (Belgique); CV in French',
    name: 'Clémence Vandenbroucke', label: 'Développeuse Full-Stack', email: 'clemence.vdb@example.com', phone: '+32 478 55 21 09',
    location: 'Liège, Belgique', address: 'Rue Saint-Gilles 58, 4000 Liège', profiles: ['linkedin.com/in/clemence-vandenbroucke', 'gitlab.com/cvdbroucke'], lang: 'fr-BE', page: 'A4',
    h: { summary: 'Profil', work: 'Expériences professionnelles', education: 'Formation', skills: 'Compétences', languages: 'Langues', interests: "Centres d'intérêt", certs: 'Certifications' },
    present: "aujourd'hui", since: 'depuis', degJoin: ', ',
    summary: 'Développeuse full-stack avec sept ans d’expérience en applications web pour le secteur public et l’e-commerce. Attachée à la qualité du code, à l’accessibilité et au travail en équipe agile.',
    work: [
      { company: 'Mosaïq Solutions SRL', position: 'Développeuse Full-Stack Senior', location: 'Bruxelles', start: '2021-03', end: null,
        bullets: ['Refonte du portail de démarches en ligne d’une commune bruxelloise (Vue.js 3, Symfony 6) utilisé par 45 000 habitants', 'Mise en place de tests end-to-end avec Playwright : 70 % de régressions en moins en production', 'Mise en conformité WCAG 2.1 AA de 120 écrans avec l’équipe UX', 'Encadrement de deux développeurs juniors et animation des revues de code'] },
      { company: 'Datavelo SA', position: 'Développeuse Web', location: 'Liège', start: '2018-09', end: '2021-02',
        bullets: ['Développement d’une boutique en ligne de pièces de vélo (PHP, Symfony, MySQL) : 1,2 M€ de chiffre d’affaires annuel', 'Intégration des paiements Bancontact et PayPal', 'Réduction du temps de chargement des pages produits de 3,1 s à 1,2 s'] },
      { company: 'Coopérative Sinopia', position: 'Stagiaire en développement', location: 'Namur', start: '2018-02', end: '2018-06',
        bullets: ['Développement d’une application de gestion des bénévoles en Django', 'Rédaction de la documentation technique et formation de 12 utilisateurs'] },
    ],
    education: [
      { institution: 'Université de Liège', studyType: 'Master en sciences informatiques', area: 'finalité Génie logiciel', start: '2016', end: '2018', score: 'Grande distinction' },
      { institution: 'Université de Liège', studyType: 'Bachelier en sciences informatiques', start: '2013', end: '2016', score: 'Distinction' },
    ],
    skills: [['Langages', ['TypeScript', 'JavaScript', 'PHP', 'Python', 'SQL']], ['Frameworks', ['Vue.js', 'Symfony', 'Node.js', 'Django']], ['Outils', ['Git', 'Docker', 'GitLab CI', 'Playwright']], ['Méthodes', ['Scrum', 'TDD', 'Accessibilité WCAG']]],
    languages: ['Français : langue maternelle', 'Néerlandais : B2', 'Anglais : C1'],
    interests: ['Escalade', 'Bande dessinée', 'Bénévolat au Repair Café de Liège'],
  },

  // ---------------------------------------------------------------- Brazil (Portuguese CV)
  thiago: {
    id: 'thiago', desc: 'Thiago Albuquerque Nogueira, engenheiro de software sênior, São Paulo/SP; CV in Brazilian Portuguese',
    name: 'Thiago Albuquerque Nogueira', label: 'Engenheiro de Software Sênior', email: 'thiago.nogueira@example.com', phone: '(11) 98765-4310',
    location: 'São Paulo – SP', address: 'Rua Domingos de Morais, 1450, ap. 83 – Vila Mariana – São Paulo/SP', profiles: ['linkedin.com/in/thiago-a-nogueira', 'github.com/thiagoanogueira'], lang: 'pt-BR', page: 'A4',
    civil: 'Brasileiro, casado, 32 anos',
    h: { objective: 'Objetivo', summary: 'Resumo Profissional', work: 'Experiência Profissional', education: 'Formação Acadêmica', skills: 'Conhecimentos Técnicos', languages: 'Idiomas', certs: 'Certificações', interests: 'Informações Adicionais' },
    present: 'atual', since: 'desde', degJoin: ' em ',
    objective: 'Engenheiro de Software Sênior – Back-end',
    summary: 'Engenheiro de software com 8 anos de experiência em sistemas de pagamentos e varejo, com foco em Java, Kotlin, microsserviços e mensageria. Experiência em liderança técnica e mentoria.',
    work: [
      { company: 'Pagafácil Tecnologia S.A.', position: 'Engenheiro de Software Sênior', location: 'São Paulo – SP', start: '2022-01', end: null,
        bullets: ['Liderança técnica do time de conciliação de pagamentos PIX, processando 3 milhões de transações por dia', 'Redução de 45% na latência do serviço de autorização com Kotlin Coroutines e cache Redis', 'Implantação de observabilidade com OpenTelemetry e Grafana, reduzindo o MTTR de 2 h para 25 min', 'Mentoria de 5 desenvolvedores e condução de entrevistas técnicas'] },
      { company: 'Conecta Varejo Ltda.', position: 'Desenvolvedor Back-end Pleno', location: 'Campinas – SP', start: '2019-03', end: '2021-12',
        bullets: ['Desenvolvimento de APIs REST em Java 11 e Spring Boot para o e-commerce de 200 lojas', 'Migração do monólito para microsserviços na AWS (ECS, SQS, RDS)', 'Integração com ERP e emissão de NF-e, eliminando 30 horas mensais de trabalho manual'] },
      { company: 'Sertão Digital Soluções', position: 'Estagiário de Desenvolvimento', location: 'Campinas – SP', start: '2017-07', end: '2019-02',
        bullets: ['Manutenção de sistemas em PHP e MySQL para clientes do agronegócio', 'Criação de testes automatizados com PHPUnit'] },
    ],
    education: [
      { institution: 'FIAP', studyType: 'MBA', area: 'Arquitetura de Soluções', start: '2020', end: '2021' },
      { institution: 'Universidade Estadual de Campinas (Unicamp)', studyType: 'Bacharelado', area: 'Ciência da Computação', start: '2014', end: '2018' },
    ],
    skills: [['Linguagens', ['Java', 'Kotlin', 'Go', 'SQL']], ['Frameworks', ['Spring Boot', 'Micronaut', 'Quarkus']], ['Nuvem e DevOps', ['AWS', 'Docker', 'Kubernetes', 'Terraform', 'GitHub Actions']], ['Dados e mensageria', ['PostgreSQL', 'DynamoDB', 'Kafka', 'RabbitMQ']]],
    languages: ['Português – nativo', 'Inglês – avançado', 'Espanhol – intermediário'],
    certs: ['AWS Certified Developer – Associate (2023)', 'Oracle Certified Professional: Java SE 11 Developer (2020)'],
    interests: ['Disponibilidade para trabalho remoto ou híbrido', 'CNH categoria B'],
  },

  // ---------------------------------------------------------------- Japan / US federal
  ayumi: {
    id: 'ayumi', desc: 'Ayumi Tsukahara, software engineer, Seattle WA; US-born, studied and worked in Osaka, now at a Seattle analytics firm; rirekisho-style and US federal resumes',
    name: 'Ayumi Tsukahara', label: 'Software Engineer', email: 'ayumi.tsukahara@example.com', phone: '(206) 555-0172',
    location: 'Seattle, WA', address: '2211 Eastlake Ave E, Apt 405, Seattle, WA 98102', profiles: ['github.com/atsukahara'], lang: 'en-US', page: 'LETTER',
    dob: 'May 9, 1993', citizenship: 'U.S. Citizen',
    h: { work: 'Work Experience', education: 'Education', skills: 'Technical Skills', certs: 'Licenses and Certifications', languages: 'Languages', summary: 'Summary' },
    summary: 'Software engineer with ten years of experience in data pipelines, public-sector systems and quality assurance in Japan and the United States. Bilingual in English and Japanese.',
    history: [ // rirekisho rows (education + work), in order
      ['2009', '04', 'Entered Osaka Prefectural Kitano High School'],
      ['2012', '03', 'Graduated from Osaka Prefectural Kitano High School'],
      ['2012', '04', 'Entered Osaka University, School of Engineering Science, Department of Information and Computer Sciences'],
      ['2016', '03', 'Graduated from Osaka University, School of Engineering Science, Department of Information and Computer Sciences'],
      ['2016', '04', 'Joined Hanabishi Systems Co., Ltd. (Osaka) – Systems Engineer'],
      ['2020', '08', 'Left Hanabishi Systems Co., Ltd. due to relocation to the United States'],
      ['2020', '10', 'Joined Cascade Ridge Analytics, Inc. (Seattle, WA) – Software Engineer II'],
    ],
    work: [
      { company: 'Cascade Ridge Analytics, Inc.', position: 'Software Engineer II', location: 'Seattle, WA', start: '2020-10', end: null,
        hours: '40', salary: '$142,000 per year', supervisor: 'Dana Whitfield, (206) 555-0190; may contact: Yes', grade: null,
        bullets: [
          'Design, build and operate batch and streaming data pipelines (Python, Apache Spark, Kafka, AWS Glue) that load 1.8 TB of utility meter data per day for 14 public utility clients.',
          'Lead the migration of 60 legacy cron jobs to Apache Airflow, reducing failed nightly runs from 9 per week to fewer than 1 per week and documenting every job in a runbook.',
          'Implement role-based access control and audit logging to meet NIST SP 800-53 moderate controls required by two state agency contracts.',
          'Serve as on-call lead for a rotation of 6 engineers; triage incidents, write post-incident reviews and track 40 corrective actions to closure.',
          'Mentor 3 junior engineers through weekly code reviews and pair programming; created the onboarding guide used by all new hires.',
        ] },
      { company: 'Hanabishi Systems Co., Ltd.', position: 'Systems Engineer', location: 'Osaka, Japan', start: '2016-04', end: '2020-08',
        hours: '45', salary: '¥5,400,000 per year', supervisor: 'Hiroshi Kanemoto, +81 6 5550 2214; may contact: Yes',
        bullets: [
          'Developed and maintained Java EE modules of a residents’ registry system used by 11 municipal governments in the Kansai region, serving 2.3 million residents.',
          'Wrote detailed design documents and test specifications in Japanese; executed 1,200 integration test cases per release with a defect leakage rate below 0.5%.',
          'Automated regression testing with Selenium and Jenkins, cutting the release test cycle from 10 days to 4 days.',
          'Coordinated with 2 offshore vendor teams in Vietnam, reviewing deliverables and tracking 300+ issues per quarter.',
        ] },
    ],
    education: [
      { institution: 'Osaka University', studyType: 'Bachelor of Engineering', area: 'Information and Computer Sciences', start: '2012-04', end: '2016-03', fedYear: '2016', score: '3.5 / 4.0', credits: '132 semester hours' },
    ],
    skills: [['Languages', ['Python', 'Java', 'SQL', 'Scala', 'Bash']], ['Data', ['Apache Spark', 'Kafka', 'Apache Airflow', 'PostgreSQL']], ['Cloud & Tools', ['AWS', 'Terraform', 'Docker', 'Jenkins', 'Selenium']]],
    licenses: [
      ['2015', '10', 'Fundamental Information Technology Engineer Examination (Japan, IPA)'],
      ['2018', '04', 'Applied Information Technology Engineer Examination (Japan, IPA)'],
      ['2022', '06', 'AWS Certified Data Engineer – Associate'],
    ],
    languages: ['English – native', 'Japanese – native (JLPT N1)'],
  },

  // ---------------------------------------------------------------- Gulf (Dubai)
  rania: {
    id: 'rania', desc: 'Rania Youssef El-Masry, senior .NET developer, Dubai, UAE (Egyptian national, employment visa)',
    name: 'Rania Youssef El-Masry', label: 'Senior .NET Developer', email: 'rania.elmasry@example.com', phone: '+971 50 555 0183',
    location: 'Dubai, UAE', address: 'Al Barsha 1, Dubai, UAE', profiles: ['linkedin.com/in/rania-elmasry'], lang: 'en-GB', page: 'A4', photo: true,
    h: { summary: 'Career Summary', skills: 'Key Skills', work: 'Professional Experience', education: 'Education', certs: 'Certifications', languages: 'Languages', personal: 'Personal Details' },
    summary: 'Senior .NET developer with 11 years of experience in banking, government and real-estate portals across the UAE and Egypt. Strong in C#, ASP.NET Core, Azure and SQL Server; holder of a transferable UAE employment visa and available to join within 30 days.',
    work: [
      { company: 'Al Noor Digital Solutions LLC', position: 'Senior .NET Developer', location: 'Dubai, UAE', start: '2020-01', end: null,
        bullets: ['Lead developer for a government services portal (ASP.NET Core, Angular) handling 25,000 transactions per day with UAE Pass single sign-on', 'Designed Arabic/English bilingual (RTL) UI components reused across 9 applications', 'Migrated on-premises SQL Server workloads to Azure SQL, reducing hosting cost by AED 180,000 per year', 'Mentored 4 developers and introduced code review and unit testing standards (xUnit, 75% coverage)', 'Coordinated UAT with client stakeholders and delivered 3 major releases ahead of schedule'] },
      { company: 'Gulfbridge Systems FZ-LLC', position: '.NET Developer', location: 'Dubai, UAE', start: '2017-03', end: '2019-12',
        bullets: ['Developed a property management portal for 40+ real-estate agencies using ASP.NET MVC and SQL Server', 'Integrated payment gateways (Network International, PayTabs) and Ejari tenancy registration APIs', 'Improved report generation speed by 70% by rewriting stored procedures'] },
      { company: 'Nile Softworks', position: 'Junior Software Developer', location: 'Cairo, Egypt', start: '2014-09', end: '2017-02',
        bullets: ['Built core banking back-office screens in C# and WinForms for 2 Egyptian banks', 'Wrote SQL Server reports with SSRS for branch managers'] },
    ],
    education: [
      { institution: 'Ain Shams University', studyType: 'B.Sc.', area: 'Computer Engineering', location: 'Cairo, Egypt', start: '2009', end: '2014', score: 'Very Good', scoreLabel: 'Grade' },
    ],
    skills: [['Languages', ['C#', 'TypeScript', 'T-SQL']], ['Frameworks', ['ASP.NET Core', 'Entity Framework', 'Angular', 'Blazor']], ['Cloud & DevOps', ['Azure', 'Azure DevOps', 'Docker']], ['Databases', ['SQL Server', 'Redis']]],
    certs: ['Microsoft Certified: Azure Developer Associate (AZ-204)', 'Professional Scrum Master I (PSM I)'],
    languages: ['Arabic – Native', 'English – Fluent'],
    personal: [['Nationality', 'Egyptian'], ['Date of Birth', '12 May 1990'], ['Visa Status', 'Employment Visa (Transferable)'], ['Marital Status', 'Married'], ['Driving Licence', 'Valid UAE Driving Licence'], ['Notice Period', '30 days']],
    present: 'To date', degJoin: ' in ',
  },
};
