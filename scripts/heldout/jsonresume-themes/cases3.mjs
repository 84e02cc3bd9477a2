// Batch 3 of the held-out JSON Resume batch: nine other npm themes, five other invented personas (personas3/): a staff backend
// engineer in Canada (six roles, two promotions at one employer each), a data engineer in Brazil (accented names), a security
// engineer in Japan (year-only dates for the older role and the degrees), a frontend developer in France (projects, volunteer
// work, an award) and a DevOps engineer in South Africa who came from teaching.
// Each theme renders two personas (PDF); six of the pairs are also converted to DOCX.
// Shared by render.mjs and build-keys.mjs (--batch 3). Nothing in src/ or test/ imports this folder.
//
// Set-up (outside the project; apt packages as for batch 1):
//   mkdir -p /tmp/themes3 && cd /tmp/themes3 && npm init -y
//   npm install jsonresume-theme-lucide@1.1.0 jsonresume-theme-direct@0.1.1 jsonresume-theme-macchiato-ibic@1.0.5 \
//     jsonresume-theme-projects@0.30.0 jsonresume-theme-simple-red@1.0.4 jsonresume-theme-ace@1.1.0 jsonresume-theme-tachyons-clean@0.0.9 \
//     jsonresume-theme-mantra@0.3.1 jsonresume-theme-slick@0.1.16
//   npm install font-awesome@4.7.0 @fortawesome/fontawesome-free@6.4.2 bootswatch@3.3.7 bootstrap@3.3.7 flexboxgrid@6.3.0 tachyons@4.10.0
//
// Tried and left out (details in README.md): papirus (in Chromium's print the sidebar's white text loses its dark background:
// contacts, education and skills are in the text layer but invisible); kards (a one-page portfolio site with a full-screen splash);
// material (needs its scripts: icon ligature names and overlapping text in print); crisp and rocketspacer (throw on an interest
// without keywords); latex (a missing dependency); standard-resume (prints "Invalid date" for some end dates and shifts others by
// a month); classy, full (plain single-column layouts close to batch 1/2 ones); modern (prints the city as the label); caffeine, sceptile, simplyelegant (near twins
// of batch 2 themes); stylish, cv, dark-classy, business-card, engineering, clean, vivid, stackoverflow-ru, prospective, snowflake,
// umennel, local (not on npm).
// macchiato-ibic prints work[].name and work[].company both, so it is rendered from the v1 JSON as it is (legacy: false).
export const THEMES = ['lucide', 'direct', 'macchiato-ibic', 'projects', 'simple-red', 'ace', 'tachyons-clean', 'mantra', 'slick'];

export const CASES = [
  { theme: 'lucide', persona: 'backend-ca', note: 'French headings and dates ("Mars 2022 - Aujourd\'hui", "Sept. 2016"); coloured sidebar; surname upper-cased; a co-op role with a summary and no bullets; the skill group "Languages" (programming languages) beside the LANGUES section.' },
  { theme: 'lucide', persona: 'dataeng-br', docx: true, note: 'French headings and dates; accented names; a sidebar with Certifications; an empty SOFT SKILLS heading.', docxNote: 'One column: the sidebar\'s paragraphs (COMPETENCES, SOFT SKILLS, Certifications, LANGUES) come before the name.' },
  { theme: 'direct', persona: 'security-jp', note: 'Two columns (skills, languages, interests at the left); year-only dates printed as January ("JAN 2013 — JAN 2017", keyed 2013-01); "NOW" for the current role; certificates not printed.' },
  { theme: 'direct', persona: 'frontend-fr', docx: true, note: 'Two columns; "Position at Employer Location" on one line; projects not printed; volunteer and award sections in the main column.', docxNote: 'One column in the HTML order; headings and name in their HTML case ("Work Experience"), dates "Sep 2021 - Now".' },
  { theme: 'macchiato-ibic', persona: 'devops-za', legacy: false, note: 'The sidebar is too long for page 1, so Chromium prints the main column alone on page 1 and the whole sidebar (contact, skills, languages, interests) on page 2; the teaching role has a summary and no bullets.' },
  { theme: 'macchiato-ibic', persona: 'dataeng-br', legacy: false, note: 'One page, sidebar at the left; the e-mail address is broken inside the word by the narrow sidebar; skill group names are printed like section headings.' },
  { theme: 'projects', persona: 'frontend-fr', note: 'Section names in a left gutter; location printed with the country name ("Lyon, France"); projects, volunteer and awards sections.' },
  { theme: 'projects', persona: 'backend-ca', docx: true, note: 'Six roles, two employers with a promotion each (employer repeated per role); the grade is not printed.', docxNote: 'The contact lines become a bulleted list.' },
  { theme: 'simple-red', persona: 'security-jp', docx: true, note: 'Education before Work; contact details in a footer at the end; year-only dates printed as January ("January 2013"); the profiles are hidden in print.', docxNote: 'The DOCX shows the Profiles section that the print stylesheet hides (network names and usernames).' },
  { theme: 'simple-red', persona: 'devops-za', note: 'Education before Work; "Responsibilities:" sub-labels; contact footer; roles without bullets.' },
  { theme: 'ace', persona: 'dataeng-br', note: 'No contact details in print (the contact bar is hidden-print); dates "August, 2022" with computed durations; languages and certificates not printed.' },
  { theme: 'ace', persona: 'frontend-fr', note: 'No contact details in print; "Area Degree" education lines; "Awarded on: November 1, 2022"; projects and languages not printed.' },
  { theme: 'tachyons-clean', persona: 'devops-za', docx: true, note: 'Skills and languages in four/three columns before Experience; ISO dates with an arrow ("2022-01-01 → Present").', docxNote: 'One column; keywords and contact lines become bullets.' },
  { theme: 'tachyons-clean', persona: 'security-jp', note: 'Year-only dates printed as they are ("2013 → 2017"); "github / hkashiwagi" profile lines; certificates not printed.' },
  { theme: 'mantra', persona: 'backend-ca', note: 'Monospace; labelled contact cells; a skill group "Languages" and a LANGUAGES section; education years only with "GPA: 3.7/4.3"; 4 pages.' },
  { theme: 'mantra', persona: 'security-jp', docx: true, note: 'Year-only work dates printed as January ("January 2013 - January 2017"); education years only.', docxNote: 'The date line and the position of each role become list items before the bullets.' },
  { theme: 'slick', persona: 'frontend-fr', note: 'Profiles printed as icons followed by the full URL in brackets (Bootstrap print styles), also "(mailto:...)" after the e-mail; ISO dates.' },
  { theme: 'slick', persona: 'devops-za', note: 'Icon profiles with URLs in brackets; ISO dates; certificates not printed.' },
];

export const caseId = (c) => `${c.theme}-${c.persona}`;

// Stylesheets and icon fonts the themes load from CDNs, pointed at the npm copies installed above (nm(path) is a file:// URL
// into THEMES_DIR/node_modules). Applied after batch 1's rules in render.mjs.
export const ASSETS = (nm) => [
  // lucide: Font Awesome 6.4.2.
  [/(?:https?:)?\/\/cdnjs\.cloudflare\.com\/ajax\/libs\/font-awesome\/6\.4\.2\/css\/all\.min\.css/g, nm('@fortawesome/fontawesome-free/css/all.min.css')],
  // macchiato-ibic, ace: Font Awesome 4.x (batch 1's rule covers maxcdn); ace and slick: Bootswatch themes of Bootstrap 3.
  [/(?:https?:)?\/\/maxcdn\.bootstrapcdn\.com\/bootswatch\/3\.3\.7\/yeti\/bootstrap\.min\.css/g, nm('bootswatch/yeti/bootstrap.min.css')],
  [/(?:https?:)?\/\/bootswatch\.com\/lumen\/bootstrap\.min\.css/g, nm('bootswatch/lumen/bootstrap.min.css')],
  // tachyons-clean: Tachyons.
  [/(?:https?:)?\/\/unpkg\.com\/tachyons@4\.10\.0\/css\/tachyons\.min\.css/g, nm('tachyons/css/tachyons.min.css')],
  // direct: Flexbox Grid.
  [/(?:https?:)?\/\/cdn\.jsdelivr\.net\/flexboxgrid\/6\.3\.0\/flexboxgrid\.min\.css/g, nm('flexboxgrid/dist/flexboxgrid.min.css')],
  // Gravatar (ace asks for the e-mail's picture, d=mm): a grey silhouette, as Gravatar sends for an unknown address.
  [/(?:https?:)?\/\/(?:www|s)\.gravatar\.com\/avatar\/[^"']*/g, 'data:image/svg+xml,' + encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="#d9d9d9"/>'
    + '<circle cx="50" cy="38" r="18" fill="#fff"/><ellipse cx="50" cy="92" rx="34" ry="28" fill="#fff"/></svg>')],
];

export const ASSETS_NOTE = 'Stylesheet and icon-font links to CDNs (Font Awesome 4.7 / 6.4.2, Bootstrap 3.3.7 with Bootswatch, Flexbox Grid, Tachyons) were pointed '
  + 'at the same (or nearest) packages installed from npm; a Gravatar picture was replaced by a grey silhouette; scripts from CDNs (jQuery, holder.js) '
  + 'and Google web fonts were unavailable (no script effects; system fallback fonts).';
