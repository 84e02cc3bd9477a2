import { describe, expect, it } from 'vitest';
import type { Line } from '../types.js';
import { readText } from './text.js';

const read = (text: string) => readText(text, text.length);
const pick = (l: Line) => {
  const out: Record<string, unknown> = { text: l.text };
  for (const k of ['heading', 'bullet', 'listLevel', 'cells'] as const) if (l[k] !== undefined) out[k] = l[k];
  return out;
};

describe('readText', () => {
  it('reads one line per non-empty line, counting blank lines as the gap before', () => {
    const doc = readText('\uFEFFJane Doe\nSoftware Engineer\n\n\nExperience\r\nAcme Corp\r\n', 123);
    expect(doc.kind).toBe('text');
    expect(doc.lines.map((l) => [l.text, l.index, l.gapBefore, l.blockStart])).toEqual([
      ['Jane Doe', 0, 0, true],
      ['Software Engineer', 1, 0, false],
      ['Experience', 2, 2, true],
      ['Acme Corp', 3, 0, false],
    ]);
    expect(doc.lines.every((l) => l.page === 1 && l.region === 'body')).toBe(true);
    expect(doc.pages).toEqual([{ number: 1, columns: 1, images: 0 }]);
    expect(doc.meta).toEqual({ bytes: 123, glyphs: { ligatures: 0, privateUse: 0, softHyphens: 0 } });
  });

  it('reads Markdown headings, ATX and underlined, and drops rules', () => {
    const doc = read('# Jane Doe\n\n## Experience ##\n\nSkills\n======\n\nProjects\n--------\n\n---\n***\n###### Tiny\n#');
    expect(doc.lines.map(pick)).toEqual([
      { text: 'Jane Doe', heading: 1 },
      { text: 'Experience', heading: 2 },
      { text: 'Skills', heading: 1 },
      { text: 'Projects', heading: 2 },
      { text: 'Tiny', heading: 6 },
    ]);
  });

  it('reads list items with their marker and nesting level', () => {
    const doc = read('- Led a team\n  - of five\n    * nested deeper\n- Shipped\n1. First\n2) Second\n• Dot\n+ Plus');
    expect(doc.lines.map(pick)).toEqual([
      { text: 'Led a team', bullet: '-', listLevel: 0 },
      { text: 'of five', bullet: '-', listLevel: 1 },
      { text: 'nested deeper', bullet: '*', listLevel: 2 },
      { text: 'Shipped', bullet: '-', listLevel: 0 },
      { text: 'First', bullet: '1.', listLevel: 0 },
      { text: 'Second', bullet: '2)', listLevel: 0 },
      { text: 'Dot', bullet: '•', listLevel: 0 },
      { text: 'Plus', bullet: '+', listLevel: 0 },
    ]);
    expect(doc.lines.every((l) => l.blockStart)).toBe(true);
  });

  it('turns bold, italic, code and links into runs', () => {
    const doc = read('**Senior Engineer**\n__Acme__\nBuilt *fast* things with `Go` at [Acme](https://acme.example) <https://x.dev>\nsnake_case_name and 2 * 3 * 4');
    const [title, acme, built, plain] = doc.lines;
    expect(title).toMatchObject({ text: 'Senior Engineer', bold: 1 });
    expect(acme).toMatchObject({ text: 'Acme', bold: 1 });
    expect(built!.text).toBe('Built fast things with Go at Acme https://x.dev');
    expect(built!.runs).toEqual([
      { text: 'Built ' },
      { text: 'fast', italic: true },
      { text: ' things with ' },
      { text: 'Go' },
      { text: ' at ' },
      { text: 'Acme', link: 'https://acme.example' },
      { text: ' ' },
      { text: 'https://x.dev', link: 'https://x.dev' },
    ]);
    expect(built!.bold).toBe(0);
    expect(plain!.text).toBe('snake_case_name and 2 * 3 * 4');
    expect(plain!.italic).toBe(0);
  });

  it('reads bold links and counts dropped images', () => {
    const doc = read('![photo](me.png)\n**[Portfolio](https://jane.dev)**');
    expect(doc.pages[0]!.images).toBe(1);
    expect(doc.lines.map((l) => l.runs)).toEqual([[{ text: 'Portfolio', bold: true, link: 'https://jane.dev' }]]);
  });

  it('splits tab- and wide-space-separated parts and Markdown tables into cells', () => {
    const doc = read('Senior Engineer\tMar 2021 – Present\nAcme Corp      Berlin\n| Skill | Level |\n|---|:---:|\n| Go | Expert |\nOne  space pair');
    expect(doc.lines.map(pick)).toEqual([
      { text: 'Senior Engineer  Mar 2021 – Present', cells: ['Senior Engineer', 'Mar 2021 – Present'] },
      { text: 'Acme Corp  Berlin', cells: ['Acme Corp', 'Berlin'] },
      { text: 'Skill  Level', cells: ['Skill', 'Level'] },
      { text: 'Go  Expert', cells: ['Go', 'Expert'] },
      { text: 'One space pair' },
    ]);
  });

  it('normalises ligatures, soft hyphens and odd spaces, recording repairs', () => {
    const doc = read('e\uFB03cient\u00A0work\u00ADflow');
    expect(doc.lines[0]!.text).toBe('efficient workflow');
    expect(doc.repairs.map((r) => [r.kind, r.line, r.count])).toEqual([
      ['ligature', 0, 1],
      ['soft-hyphen', 0, 1],
    ]);
    expect(doc.meta.glyphs).toEqual({ ligatures: 1, privateUse: 0, softHyphens: 1 });
  });

  it('keeps fenced code as plain lines without the fences', () => {
    const doc = read('```\n# not a heading\n```');
    expect(doc.lines.map(pick)).toEqual([{ text: '# not a heading' }]);
  });
});
