// The held-out batch: each theme renders two personas (PDF); six of the pairs are also converted to DOCX.
// Shared by render.mjs and build-keys.mjs. Nothing in src/ or test/ imports this folder.
export const THEMES = ['macchiato', 'spartacus', 'kendall', 'paper', 'onepage', 'class', 'short', 'straightforward', 'eloquent'];

export const CASES = [
  { theme: 'macchiato', persona: 'backend-de' },
  { theme: 'macchiato', persona: 'accountant-uk', docx: true },
  { theme: 'spartacus', persona: 'mobile-in', docx: true },
  { theme: 'spartacus', persona: 'sre-pl' },
  { theme: 'kendall', persona: 'datasci-us', docx: true },
  { theme: 'kendall', persona: 'backend-de' },
  { theme: 'paper', persona: 'sre-pl', docx: true },
  { theme: 'paper', persona: 'accountant-uk' },
  { theme: 'onepage', persona: 'mobile-in' }, // LibreOffice 7.4 hangs converting this HTML to DOCX
  { theme: 'onepage', persona: 'datasci-us' },
  { theme: 'class', persona: 'backend-de', docx: true },
  { theme: 'class', persona: 'accountant-uk' },
  { theme: 'short', persona: 'accountant-uk' },
  { theme: 'short', persona: 'mobile-in' },
  { theme: 'straightforward', persona: 'datasci-us' }, // LibreOffice 7.4 hangs converting this HTML to DOCX
  { theme: 'straightforward', persona: 'sre-pl', docx: true },
  { theme: 'eloquent', persona: 'backend-de' },
  { theme: 'eloquent', persona: 'datasci-us' }, // no DOCX: LibreOffice ignores the theme's <span hidden> anti-scraping digits (e-mail would read marc1337us...)
];

export const caseId = (c) => `${c.theme}-${c.persona}`;
