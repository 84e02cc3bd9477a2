// "What an ATS reads": the plain text in reading order, then the extracted fields.
import type { ParseOutput } from '../core/parse.js';

const line = (label: string, value: unknown) => `  ${label.padEnd(10)} ${value === undefined || value === '' ? '(not found)' : String(value)}`;

export function renderText(out: ParseOutput): string {
  const r = out.resume;
  const b = r.basics ?? {};
  const parts: string[] = [];
  parts.push('What an ATS reads (plain text, reading order)', '─'.repeat(48), out.text, '');
  parts.push('Fields extracted', '─'.repeat(48));
  parts.push(line('Name', b.name), line('Headline', b.label), line('Email', b.email), line('Phone', b.phone));
  const loc = b.location ? [b.location.city, b.location.region].filter(Boolean).join(', ') : undefined;
  parts.push(line('Location', loc), line('Website', b.url));
  for (const p of b.profiles ?? []) parts.push(line(p.network, p.url ?? p.username));
  parts.push('', `Sections: ${out.sections.map((s) => s.heading).join(' · ') || '(none found)'}`);
  for (const w of r.work ?? []) {
    parts.push('', `  ${w.position ?? '(no title)'} — ${w.name ?? '(no company)'}${w.location ? `, ${w.location}` : ''}  ${w.startDate ?? '?'} – ${w.endDate ?? 'present'}`);
    for (const h of w.highlights ?? []) parts.push(`    • ${h}`);
  }
  for (const e of r.education ?? []) parts.push('', `  ${[e.studyType, e.area].filter(Boolean).join(' in ') || '(degree not found)'} — ${e.institution ?? '(school not found)'} ${e.endDate ?? ''}`);
  const skills = (r.skills ?? []).flatMap((s: { keywords?: string[] }) => s.keywords ?? []);
  if (skills.length) parts.push('', `Skills: ${skills.join(', ')}`);
  parts.push('', `Parse confidence ${Math.round(out.confidence * 100)}%. PassTheBot is not a real ATS and cannot promise an interview.`, '');
  return parts.join('\n');
}
