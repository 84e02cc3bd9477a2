// HTML helpers for the students batch (Chromium --print-to-pdf).
export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const PRINT = 'print-color-adjust: exact; -webkit-print-color-adjust: exact;';

// Small shape-only SVG icons (no <text>, so nothing reaches the text layer).
const P = {
  mail: '<rect x="2" y="4" width="20" height="16" rx="2" fill="none" stroke="currentColor" stroke-width="2"/><path d="M3 6l9 7 9-7" fill="none" stroke="currentColor" stroke-width="2"/>',
  phone: '<path d="M6 2h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A18 18 0 0 1 4 4a2 2 0 0 1 2-2z" fill="currentColor"/>',
  pin: '<path d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7z" fill="currentColor"/><circle cx="12" cy="9" r="2.5" fill="#fff"/>',
  github: '<path d="M12 2a10 10 0 0 0-3 19.5c.5 0 .7-.2.7-.5v-2c-2.8.6-3.4-1.2-3.4-1.2-.4-1.2-1.1-1.5-1.1-1.5-.9-.6.1-.6.1-.6 1 0 1.5 1 1.5 1 .9 1.5 2.4 1.1 3 .8 0-.6.3-1.1.6-1.3-2.2-.3-4.6-1.1-4.6-5 0-1.1.4-2 1-2.7 0-.3-.4-1.3.1-2.7 0 0 .8-.3 2.8 1a9.6 9.6 0 0 1 5 0c2-1.3 2.8-1 2.8-1 .5 1.4.2 2.4.1 2.7.7.7 1 1.6 1 2.7 0 3.9-2.4 4.7-4.6 5 .4.3.7.9.7 1.9V21c0 .3.2.6.7.5A10 10 0 0 0 12 2z" fill="currentColor"/>',
  linkedin: '<rect x="2" y="2" width="20" height="20" rx="3" fill="currentColor"/><rect x="6" y="10" width="3" height="8" fill="#fff"/><circle cx="7.5" cy="6.8" r="1.7" fill="#fff"/><path d="M11 10h3v1.3c.6-1 1.7-1.6 3-1.6 2 0 3 1.3 3 3.6V18h-3v-4.3c0-1-.4-1.6-1.3-1.6s-1.7.6-1.7 1.7V18h-3z" fill="#fff"/>',
  globe: '<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18" fill="none" stroke="currentColor" stroke-width="1.6"/>',
};
export const icon = (name, size = 11) => `<svg class="ic" width="${size}" height="${size}" viewBox="0 0 24 24" aria-hidden="true">${P[name]}</svg>`;
export const ICON_OF = { email: 'mail', phone: 'phone', location: 'pin', github: 'github', linkedin: 'linkedin', url: 'globe' };
export const href = (c) => (c.type === 'email' ? `mailto:${c.text}` : c.type === 'phone' ? `tel:${c.text.replace(/[^+\d]/g, '')}` : c.href ?? `https://${c.text}`);
export const page = (css, body, lang = 'en') => `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>Resume</title><style>${css}</style></head><body>${body}</body></html>\n`;
