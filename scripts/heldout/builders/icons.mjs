// Inline SVG icons drawn from plain paths (no <text>, so they add nothing to the PDF text layer), and the Unicode
// symbol glyphs some builders print instead (these DO reach the text layer, as in real exports).
const wrap = (inner, cls = 'ic') => `<svg class="${cls}" viewBox="0 0 24 24" aria-hidden="true">${inner}</svg>`;
const S = 'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';

const PATHS = {
  mail: `<rect x="3" y="5" width="18" height="14" rx="2" ${S}/><path d="M3.5 6.5l8.5 6 8.5-6" ${S}/>`,
  phone: '<path d="M6.6 10.8a15.5 15.5 0 006.6 6.6l2.2-2.2a1 1 0 011-.25 11.4 11.4 0 003.6.6 1 1 0 011 1V20a1 1 0 01-1 1A17 17 0 013 4a1 1 0 011-1h3.5a1 1 0 011 1c0 1.25.2 2.45.6 3.6a1 1 0 01-.25 1z" fill="currentColor"/>',
  pin: '<path d="M12 2a7 7 0 00-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 00-7-7zm0 9.5A2.5 2.5 0 1112 6.5a2.5 2.5 0 010 5z" fill="currentColor"/>',
  link: `<path d="M10 14a4 4 0 005.7 0l3-3a4 4 0 00-5.7-5.7l-1 1M14 10a4 4 0 00-5.7 0l-3 3a4 4 0 005.7 5.7l1-1" ${S}/>`,
  linkedin: '<rect x="2" y="2" width="20" height="20" rx="3" fill="currentColor"/><rect x="6" y="10" width="2.6" height="8" fill="#fff"/><circle cx="7.3" cy="6.8" r="1.5" fill="#fff"/><path d="M11 10h2.5v1.2c.5-.8 1.5-1.4 2.8-1.4 2 0 3 1.3 3 3.6V18h-2.6v-4.2c0-1-.4-1.7-1.4-1.7s-1.6.7-1.6 1.7V18H11z" fill="#fff"/>',
  github: '<circle cx="12" cy="12" r="10" fill="currentColor"/><path d="M9.2 19.5c0-1 .1-2 .6-2.6-2.6-.3-4.6-1.4-4.6-4.6 0-1 .4-2 1-2.7-.1-.3-.4-1.4.1-2.8 0 0 .9-.3 2.9 1a10 10 0 015.2 0c2-1.3 2.9-1 2.9-1 .5 1.4.2 2.5.1 2.8.6.7 1 1.6 1 2.7 0 3.2-2 4.3-4.6 4.6.5.5.6 1.4.6 2.6" fill="#fff"/>',
  globe: `<circle cx="12" cy="12" r="9" ${S}/><path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" ${S}/>`,
  calendar: `<rect x="3" y="5" width="18" height="16" rx="2" ${S}/><path d="M3 10h18M8 3v4M16 3v4" ${S}/>`,
  user: `<circle cx="12" cy="8" r="4" ${S}/><path d="M4 21c0-4 3.6-7 8-7s8 3 8 7" ${S}/>`,
  briefcase: `<rect x="3" y="7" width="18" height="13" rx="2" ${S}/><path d="M9 7V5a2 2 0 012-2h2a2 2 0 012 2v2M3 13h18" ${S}/>`,
  cap: `<path d="M2 9l10-5 10 5-10 5z" ${S}/><path d="M6 11v5c3 2.5 9 2.5 12 0v-5" ${S}/>`,
  star: '<path d="M12 2.5l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.4l-5.9 3.1 1.2-6.5L2.5 9.4l6.6-.9z" fill="currentColor"/>',
  bolt: '<path d="M13 2L4 14h7l-1 8 9-12h-7z" fill="currentColor"/>',
  heart: '<path d="M12 21s-8-5.3-8-11a4.5 4.5 0 018-2.8A4.5 4.5 0 0120 10c0 5.7-8 11-8 11z" fill="currentColor"/>',
  tools: `<path d="M14.7 6.3a4 4 0 00-5.4 5.4L3 18l3 3 6.3-6.3a4 4 0 005.4-5.4l-2.5 2.5-2.5-.5-.5-2.5z" ${S}/>`,
  chat: `<path d="M4 5h16v11H9l-5 4z" ${S}/>`,
  award: `<circle cx="12" cy="9" r="6" ${S}/><path d="M8.5 14l-1.5 7 5-3 5 3-1.5-7" ${S}/>`,
  clock: `<circle cx="12" cy="12" r="9" ${S}/><path d="M12 7v5l3 2" ${S}/>`,
  book: `<path d="M4 4h6a3 3 0 013 3v13a2 2 0 00-2-2H4zM20 4h-6a3 3 0 00-1 .2" ${S}/><path d="M20 4v14h-7" ${S}/>`,
};

export const icon = (name, cls) => wrap(PATHS[name], cls);

// Unicode symbols used as icons (DejaVu Sans covers all of them).
export const GLYPH = { mail: '✉', phone: '☎', home: '⌂', pin: '⚲', clock: '◷', star: '★', spark: '✦', check: '✓', arrow: '➤', heart: '♥', flag: '⚑' };
