// Batch 2 of the held-out JSON Resume batch: nine other npm themes, five other invented personas (personas2/).
// Each theme renders two personas (PDF); six of the pairs are also converted to DOCX (LibreOffice converted all 18;
// the six were picked for one DOCX per persona, engmgr-us twice, and for layouts that differ as DOCX).
// Shared by render.mjs and build-keys.mjs (--batch 2). Nothing in src/ or test/ imports this folder.
//
// Set-up (outside the project; apt packages as for batch 1):
//   mkdir -p /tmp/themes2 && cd /tmp/themes2 && npm init -y
//   npm install jsonresume-theme-autumn@1.0.1 jsonresume-theme-cora@0.1.1 jsonresume-theme-mocha-responsive@1.1.1 \
//     jsonresume-theme-orbit@3.0.0 jsonresume-theme-flat@0.3.7 jsonresume-theme-compact@1.0.4 jsonresume-theme-elegant@1.16.1 \
//     jsonresume-theme-relaxed@0.2.1 jsonresume-theme-minyma@0.0.5
//   npm install bootstrap@3.3.7 bootstrap-3.2.0@npm:bootstrap@3.2.0 bootstrap-5.0.2@npm:bootstrap@5.0.2 font-awesome@4.7.0 \
//     @fortawesome/fontawesome-free@5.15.0 fontawesome-free-5.8.1@npm:@fortawesome/fontawesome-free@5.8.1 heroicons@2.2.0 simple-icons@9.21.0 \
//     octicons@2.2.0
//   # mocha-responsive reads Font Awesome from its own node_modules (a devDependency it never declared); after the last npm install:
//   mkdir -p node_modules/jsonresume-theme-mocha-responsive/node_modules/@fortawesome
//   cp -r node_modules/fontawesome-free-5.8.1 node_modules/jsonresume-theme-mocha-responsive/node_modules/@fortawesome/fontawesome-free
//
// Left out: jacrys and dinesh (forks of batch 1's kendall and onepage); professional (React/JSX sources, no built render());
// tan-responsive (depends on a withdrawn npm package); rickosborne, modern-extended, waterfall (not on npm); pumpkin (prints
// today's month as the end of a current role); caffeine, simplyelegant, sceptile (near twins of mocha-responsive, elegant, cora).
// relaxed throws on skill levels other than beginner/intermediate/advanced/master (or entry/junior/mid/senior), so the
// personas use those words.
export const THEMES = ['autumn', 'cora', 'mocha-responsive', 'orbit', 'flat', 'compact', 'elegant', 'relaxed', 'minyma'];

export const CASES = [
  { theme: 'autumn', persona: 'ux-ng', docx: true }, // DOCX shows the screen-reader labels ("Location:", "E-mail:") the PDF hides
  { theme: 'autumn', persona: 'firmware-se' },
  { theme: 'cora', persona: 'engmgr-us' },
  { theme: 'cora', persona: 'qa-mx', docx: true },
  { theme: 'mocha-responsive', persona: 'grad-vn', docx: true },
  { theme: 'mocha-responsive', persona: 'firmware-se' },
  { theme: 'orbit', persona: 'engmgr-us', docx: true }, // DOCX: the sidebar is a text box (stored twice, as DrawingML and VML)
  { theme: 'orbit', persona: 'ux-ng' },
  { theme: 'flat', persona: 'qa-mx' },
  { theme: 'flat', persona: 'grad-vn' },
  { theme: 'compact', persona: 'firmware-se' },
  { theme: 'compact', persona: 'engmgr-us', docx: true },
  { theme: 'elegant', persona: 'ux-ng' }, // no DOCX: LibreOffice shows the screen-only section menu and glues durations to dates ('Jun, 20222 years 9 months')
  { theme: 'elegant', persona: 'qa-mx' },
  { theme: 'relaxed', persona: 'engmgr-us' }, // no DOCX: the CSS dash between dates is lost and cells run together ('InternJune 2024November 2024')
  { theme: 'relaxed', persona: 'grad-vn' },
  { theme: 'minyma', persona: 'firmware-se', docx: true },
  { theme: 'minyma', persona: 'qa-mx' },
];

export const caseId = (c) => `${c.theme}-${c.persona}`;

// Stylesheets, fonts and icons the themes load from CDNs, pointed at the npm copies installed above (nm(path) is a
// file:// URL into THEMES_DIR/node_modules). Applied after batch 1's rules in render.mjs.
export const ASSETS = (nm) => [
  [/(?:https?:)?\/\/(?:cdnjs\.cloudflare\.com\/ajax\/libs\/twitter-bootstrap|maxcdn\.bootstrapcdn\.com\/bootstrap)\/3\.2\.0\/css\/bootstrap\.min\.css/g, nm('bootstrap-3.2.0/dist/css/bootstrap.min.css')],
  [/(?:https?:)?\/\/cdn\.jsdelivr\.net\/npm\/bootstrap@5\.0\.2\/dist\/css\/bootstrap\.min\.css/g, nm('bootstrap-5.0.2/dist/css/bootstrap.min.css')],
  // flat: Octicons 2.0.2 (its bullets); 2.2.0 is the oldest on npm.
  [/(?:https?:)?\/\/cdnjs\.cloudflare\.com\/ajax\/libs\/octicons\/2\.0\.2\/octicons\.min\.css/g, nm('octicons/octicons/octicons.css')],
  [/(?:https?:)?\/\/use\.fontawesome\.com\/releases\/v5\.8\.1\/css\/(all|v4-shims)\.css/g, nm('fontawesome-free-5.8.1/css/$1.css')],
  // Subresource-integrity hashes name the CDN's bytes; the npm copies differ in whitespace and comments.
  [/\s(?:integrity="sha\d+-[^"]*"|crossorigin="anonymous")/g, ''],
  // relaxed: Heroicons and brand logos as <img> (simple-icons' LinkedIn logo stands in for the Wikimedia one).
  [/https:\/\/cdn\.statically\.io\/gh\/tailwindlabs\/heroicons\/master\/src\/24\/(outline|solid)\/([\w-]+\.svg)/g, nm('heroicons/24/$1/$2')],
  [/https:\/\/cdn\.simpleicons\.org\/([\w-]+)/g, nm('simple-icons/icons/$1.svg')],
  [/https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/8\/81\/LinkedIn_icon\.svg/g, nm('simple-icons/icons/linkedin.svg')],
  // elegant: its own icon font, from the installed package instead of unpkg.
  [/(?:https?:)?\/\/unpkg\.com\/jsonresume-theme-elegant@[\d.]+\/assets\//g, nm('jsonresume-theme-elegant/assets/')],
  // Gravatar (elegant asks for the e-mail's picture, d=mm): a grey silhouette, as Gravatar sends for an unknown address.
  [/(?:https?:)?\/\/s\.gravatar\.com\/avatar\/[^"']*/g, 'data:image/svg+xml,' + encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="#d9d9d9"/>'
    + '<circle cx="50" cy="38" r="18" fill="#fff"/><ellipse cx="50" cy="92" rx="34" ry="28" fill="#fff"/></svg>')],
];

export const ASSETS_NOTE = 'Stylesheet, icon-font and icon links to CDNs (Bootstrap, Font Awesome, Octicons, Heroicons, simple-icons, the theme\'s own icon font on unpkg) '
  + 'were pointed at the same (or nearest) packages installed from npm (SRI attributes dropped); a Gravatar picture was replaced by a grey silhouette; '
  + 'Google and Adobe (Typekit) web fonts were unavailable (system fallback fonts).';
