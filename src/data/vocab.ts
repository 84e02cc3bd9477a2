// Word lists the parser uses to tell titles, organisations, degrees and places apart.
// Source: PassTheBot's own lists, written from common job titles (O*NET alternate titles for software
// occupations, ../shared/eval/skills/onet-29.2, CC BY 4.0, "O*NET 29.2 Database, USDOL/ETA") and
// common degree names, with the usual job titles of Portuguese, Spanish, French and German resumes. Only single
// words and short phrases; no rows were copied.

/** Words that mark a job title. */
export const TITLE_WORDS = /\b(engineer|engineering|developer|programmer|architect|manager|director|lead|head|intern|internship|analyst|scientist|researcher|consultant|specialist|assistant|associate|administrator|designer|officer|president|vice president|vp|founder|co-founder|cofounder|owner|cto|ceo|cfo|coo|fellow|technician|coordinator|representative|supervisor|executive|partner|principal|staff|senior|junior|sr\.?|jr\.?|contractor|freelance|freelancer|instructor|teacher|lecturer|professor|tutor|advisor|adviser|mentor|strategist|writer|editor|trainee|apprentice|member|chair|volunteer|student|postdoc|postdoctoral|sre|devops|qa|tester|product owner|scrum master|clerk|cashier|server|cook|chef|nurse|accountant|auditor|recruiter|agent|operator|maintainer|contributor|evangelist|advocate|ambassador|organizer|captain|treasurer|secretary|leader|mathematician|statistician|barista|bartender|waiter|waitress|receptionist|paralegal|pharmacist|therapist|mechanic|electrician|attorney|lawyer|physician|surgeon|dentist|counselor|counsellor|librarian|planner|buyer|merchandiser|estimator|inspector|machinist|welder|carpenter|plumber|technologist|hygienist|paramedic|caregiver|aide|nanny|hostess|bookkeeper|comptroller|economist|actuary|underwriter|banker|teller|salesperson|marketer|photographer|journalist|reporter|translator|interpreter|dispatcher|foreman|superintendent|investigator|officer|guard|firefighter|soldier|sergeant|lieutenant|midwife|psychologist|pathologist|veterinarian|optometrist|chemist|biologist|physicist|geologist|surveyor|draftsman|drafter|illustrator|animator|producer|director|curator|coach|trainer|facilitator|recruiter|generalist|steward|stewardess|attendant|courier|stocker|crew|associate|controller|operative|driver|handler|worker|labourer|laborer|assembler|installer|fitter|cleaner|porter|packer|picker|storekeeper|sous-chef|commis|solicitor|barrister|registrar|carer|[a-z]+therapist|[a-z]+worker|[a-z]+ologist|[a-z]+ographer|[a-z]+ician|engenheir[oa]|desenvolvedor(?:a)?|estagi[áa]ri[oa]|analista|gerente|coordenador(?:a)?|arquitet[oa]|programador(?:a)?|diretor(?:a)?|pesquisador(?:a)?|ingenier[oa]|desarrollador(?:a)?|jefe|practicante|becari[oa]|investigador(?:a)?|ing[ée]nieure?|d[ée]veloppeu(?:r|se)|stagiaire|alternante?|responsable|chef de projet|chef d[’']équipe|directeur|directrice|consultante|(?:software|web|backend|frontend)?entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|leiter(?:in)?|werkstudent(?:in)?|praktikant(?:in)?|architekt(?:in)?|systemadministrator(?:in)?|corpsman|airman|seaman|petty officer|noncommissioned officer|nco|squad leader|platoon leader|platoon sergeant|company commander|candidate|postdoc)\b/i;

/** Words that mark an organisation. */
export const ORG_WORDS = /\b(inc|llc|ltd|limited|corp|corporation|company|co|gmbh|ag|plc|labs?|laboratory|technologies|technology|systems|solutions|software|group|holdings|partners|studios?|university|college|institute|school|academy|foundation|bank|capital|ventures|agency|consulting|services|networks|games|health|hospital|center|centre|department|ministry|council|government|society|association|club|restaurant|cafe|bistro|store|media|analytics|cloud|ai|trust|supplies|distributors|industries|enterprises|associates|manufacturing|logistics|pharmaceuticals|insurance|clinic|medical|firm|shop|market|markets|motors|airlines|energy|electric|foods|brands|retail|international|global|consultancy|authority|commission|fund|charity|church|museum|library|press|publishing|entertainment|hotel|resort|grupo|pty|pvt|bv|nv|srl|sarl|oy|kk|navy|army|air force|marine corps|coast guard|national guard|space force)\b\.?/i;

/** Words that mark a school. */
// (bounded by letters of any script, not \b, which knows only ASCII letters: "Orta Doğu Teknik Üniversitesi",
// "Università di Bologna")
export const SCHOOL_WORDS = /(?<![\p{L}\p{N}])(university|college|institute|school|academy|polytechnic|universit[éeàä]t?|universidad|universidade|universiti|universitas|università|universitat|üniversitesi|egyetem|politeknik|politécnica|politecnica|institut|instituto|technikum|hogeschool|högskola|högskolan|kolej|sekolah|escola|escuela|universiteit|uniwersytet|hochschule|fachhochschule|gymnasium|lyc[ée]e|lyceum|[ée]cole|politecnico|polytechnique|iit|mit|ucla|nyu|bootcamp|conservatory|seminary|campus|vidyalaya|vidyalayam|mahavidyalaya)(?![\p{L}\p{N}])/iu;

/** Degree names, longest first; matched case-insensitively at word boundaries. */
export const DEGREES = [
  'Master of Science in Engineering', 'Bachelor of Science in Engineering', 'Bachelor of Science in Nursing', 'Master of Science in Nursing', 'Associate of Applied Science', 'Bachelor of Applied Science', 'Master of Applied Science', 'Master of Public Health', 'Master of Public Administration',
  'Master of Information Technology', 'Bachelor of Information Technology', 'Master of Computer Applications', 'Bachelor of Computer Applications',
  'Bachelor of Commerce', 'Master of Education', 'Bachelor of Education', 'Master of Philosophy', 'Doctor of Medicine', 'Juris Doctor',
  'Bachelor of Laws', 'Master of Laws', 'Doctor of Philosophy', 'Bachelor of Science', 'Bachelor of Arts', 'Bachelor of Engineering', 'Bachelor of Technology', 'Bachelor of Business Administration', 'Bachelor of Computer Science', 'Bachelor of Fine Arts', 'Master of Science', 'Master of Arts', 'Master of Engineering', 'Master of Business Administration', 'Master of Technology', 'Master of Computer Science', 'Master of Fine Arts', 'Associate of Science', 'Associate of Arts', 'Associate’s', "Associate's", 'Associate Degree', 'High School Diploma', 'GED',
  'Ph.D.', 'PhD', 'Ph.D', 'D.Phil', 'M.Sc.', 'MSc', 'M.S.', 'MS', 'M.A.', 'MA', 'MEng', 'M.Eng.', 'M.Eng', 'MBA', 'M.B.A.', 'M.Tech', 'MTech', 'B.Sc.', 'BSc', 'B.S.', 'BS', 'B.A.', 'BA', 'BEng', 'B.Eng.', 'B.Eng', 'B.Tech', 'BTech', 'B.E.', 'BE', 'BBA', 'BFA', 'MFA', 'A.A.S.', 'A.S.', 'A.A.', 'AAS', 'B.B.A.', 'M.P.H.', 'B.F.A.', 'M.F.A.', 'Bachelor’s', "Bachelor's", 'Master’s', "Master's", 'Bachelor', 'Master', 'Masters', 'Bachelors', 'Doctorate', 'Diploma', 'Certificate',
  'Master’s Degree', "Master's Degree", 'Bachelor’s Degree', "Bachelor's Degree", 'Associate’s Degree', "Associate's Degree", 'Doctoral Degree',
  'BASc', 'MASc', 'MPH', 'MPA', 'MCA', 'BCA', 'B.Com', 'M.Com', 'M.Ed.', 'B.Ed.', 'MPhil', 'M.Phil', 'LL.B.', 'LL.M.', 'J.D.', 'M.D.', 'HND', 'Abitur', 'Licence professionnelle', 'Licence', 'Licenciatura', 'Master professionnel', 'Diplôme d’ingénieur', "Diplôme d'ingénieur", 'Mastère spécialisé',
  // Outside the US: medicine and pharmacy, school leaving qualifications (UK, India, France, Brazil, South Africa,
  // Ireland), vocational and trade qualifications, and continental European degrees.
  'Bachelor of Medicine', 'Master of Pharmacy', 'Bachelor of Pharmacy', 'Higher National Diploma', 'National Diploma', 'Postgraduate Diploma', 'Graduate Diploma', 'Graduate Certificate',
  'National Senior Certificate', 'Leaving Certificate', 'Baccalauréat professionnel', 'Matura', 'Maturità', 'Bac professionnel', 'Baccalauréat', 'Baccalaureate', 'Technical Course', 'Curso Técnico', 'Tecnólogo', 'Bacharelado',
  'Laurea Magistrale', 'Laurea', 'Máster Universitario', 'Master Universitario', 'Máster', 'Grado', 'Doctorado', 'Diplomatura', 'Mestrado', 'Doutorado', 'Dottorato', 'Diplom-Ingenieur', 'Dipl.-Ing.', 'Magister', 'Staatsexamen', 'Ingeniero', 'Ingeniería', 'Engenharia', 'Apprenticeship', 'Red Seal',
  'MBBS', 'M.B.B.S.', 'BDS', 'PharmD', 'Pharm.D.', 'MPharm', 'BPharm', 'B.Pharm', 'M.Pharm', 'BSN', 'MSN', 'DNP', 'EdD', 'Ed.D.', 'DBA', 'MEd', 'MSW', 'BSW', 'MArch', 'BArch', 'B.Arch', 'M.Arch',
  'MRes', 'MMath', 'LLB', 'LLM', 'BCom', 'B.Com.', 'PGDM', 'PGDip', 'GCSEs', 'GCSE', 'A-Levels', 'A-Level', 'A Levels', 'HSC', 'SSC',
  // South Asia: school leaving and intermediate qualifications, commerce and computing degrees, and Sri Lanka's G.C.E.
  'G.C.E. Advanced Level', 'G.C.E. Ordinary Level', 'G.C.E. A/L', 'G.C.E. O/L', 'Advanced Level', 'Ordinary Level', 'Intermediate', 'Matriculation', 'Matric',
  'HSSC', 'SSLC', 'SLC', 'SEE', '+2', 'I.Com', 'ICom', 'ICS', 'F.Sc.', 'FSc', 'F.A.', 'PGDBA', 'ACCA', 'CA Inter', 'CMA', 'CAP', 'BTS', 'DUT', 'BEP', 'NVQ', 'BTEC', 'Diplom', 'Higher National Certificate', 'HNC', 'PGCE', 'PGDE', 'PGCert', 'Postgraduate Certificate',
  // Czech, Slovak and Polish engineering and bachelor's titles, printed in brackets after their English names.
  'mgr inż.', 'inż.', 'Ing.', 'Bc.',
  // New Zealand's school qualification.
  'NCEA',
  // School leaving certificates of East and West Africa.
  'Kenya Certificate of Secondary Education', 'Uganda Certificate of Education', 'West African Senior School Certificate Examination', 'Senior School Certificate Examination', 'KCSE', 'WASSCE',
  // A term studied abroad, listed among the degrees.
  'Erasmus+ exchange semester', 'Erasmus exchange semester', 'Erasmus+ exchange', 'Erasmus exchange', 'Exchange semester', 'Exchange year', 'Exchange programme', 'Exchange program', 'Study abroad programme', 'Study abroad program', 'Semester abroad',
];

/** US state codes, for "City, ST" locations. */
export const US_STATES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '));

/** Country names and common place words, for "City, Country" locations. */
export const COUNTRIES = /\b(usa|u\.s\.a\.?|united states|us|uk|united kingdom|england|scotland|ireland|canada|australia|new zealand|india|germany|france|spain|italy|netherlands|belgium|switzerland|austria|sweden|norway|denmark|finland|poland|portugal|brazil|mexico|argentina|chile|colombia|peru|china|japan|korea|south korea|republic of korea|s\.korea|singapore|hong kong|taiwan|israel|uae|united arab emirates|nigeria|kenya|south africa|egypt|turkey|türkiye|turkiye|russia|ukraine|vietnam|thailand|indonesia|philippines|malaysia|pakistan|bangladesh|remote|hybrid)\b/i;

/**
 * Past-tense verbs that open resume bullets but do not end in "-ed" (our own list of common irregular English
 * past forms). A wrapped line rarely starts with a capitalised verb, so such a line starts a new item.
 */
export const IRREGULAR_PAST = new Set(
  'Built Led Wrote Ran Grew Drove Took Won Cut Taught Sold Brought Began Gave Found Kept Held Met Made Set Oversaw Rebuilt Rewrote Undertook Shipped Spun Stood Upheld Overcame Broke Chose Saw Spoke Thought Sought Understood Withdrew Fought Bought Became Shot Split Spent Sent Lent Leapt Read Rode Rose Wound Won Drew Flew Forged Forecast Outgrew Outsold Overhauled Overdrew Underwent'
    .split(' '),
);

/**
 * Present-tense verbs that open the bullets of a current role ("Lead mathematics across the school", "Run the
 * coding club"); our own list of common resume verbs. With a lower-case word after it, such a line starts a new
 * item rather than going on with a wrapped one ("… hired as" / "Lead Engineer" does not qualify).
 */
export const PRESENT_ACTION = new Set(
  'Lead Run Plan Manage Build Design Develop Own Drive Mentor Teach Coordinate Maintain Deliver Write Create Oversee Organise Organize Train Supervise Monitor Prepare Handle Review Implement Analyse Analyze Conduct Establish Improve Collaborate Provide Assist Ensure Resolve Negotiate Schedule Direct Administer Advise Facilitate Define Launch Automate Operate Guide Chair Coach Recruit Hire Set Ship Cut Grow Present Support Serve Prototype Test Track Translate Report Research Model Configure Deploy Integrate Optimise Optimize Partner Represent Process Audit Evaluate Identify Produce Promote Source Respond Answer Install Repair Inspect Draft Edit Publish Execute Reconcile Package Migrate Triage'
    .split(' '),
);
