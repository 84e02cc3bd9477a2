import { describe, expect, it } from 'vitest';
import type { Line } from '../types.js';
import { projectBlocks } from './project-blocks.js';

let index = 0;
const line = (text: string, extra: Partial<Line> = {}): Line => ({ text, runs: [{ text }], page: 1, index: index++, region: 'body', fontSize: 11, blockStart: true, ...extra });
const row = (label: string, value: string) => line(`${label}    : ${value}`, { cells: [label, `: ${value}`] });

describe('projectBlocks', () => {
  it('reads labelled project blocks with their description and duties', () => {
    const blocks = projectBlocks([
      line('Project #1'), row('Project Title', 'Claims Processing Modernization'), row('Client', 'Northbridge Mutual Insurance, USA'),
      row('Company', 'Trivexa Consulting Services Pvt. Ltd.'), row('Role', 'Java Developer'), row('Team Size', '9'), row('Environment', 'Java 11, Spring Boot, Kafka'),
      line('Description:'), line('Northbridge Mutual is a US-based insurance company. The project migrated the legacy'), line('claims system.', { blockStart: false }),
      line('Roles & Responsibilities:'), line('Developed 14 REST APIs for claim registration', { bullet: '•' }), line('using Spring Boot.', { blockStart: false }),
      line('Implemented Kafka consumers for 40,000+ claim events a day', { bullet: '•' }),
      line('Project #2'), line('Project Title: Retail Loyalty Platform'), line('Company: Trivexa Consulting Services Pvt. Ltd.'),
    ]);
    expect(blocks).toEqual([
      expect.objectContaining({
        name: 'Claims Processing Modernization', client: 'Northbridge Mutual Insurance, USA', company: 'Trivexa Consulting Services Pvt. Ltd.', role: 'Java Developer',
        keywords: ['Java 11', 'Spring Boot', 'Kafka'], description: 'Northbridge Mutual is a US-based insurance company. The project migrated the legacy claims system.',
        highlights: ['Developed 14 REST APIs for claim registration using Spring Boot.', 'Implemented Kafka consumers for 40,000+ claim events a day'],
      }),
      expect.objectContaining({ name: 'Retail Loyalty Platform', company: 'Trivexa Consulting Services Pvt. Ltd.', highlights: [] }),
    ]);
  });
  it('reads the blocks from a Word table, a label cell beside each value', () => {
    const cell = (text: string, row: number, c: number, extra: Partial<Line> = {}) => line(text, { table: { table: 1, row, cell: c }, ...extra });
    const blocks = projectBlocks([
      cell('Project Name', 0, 0), cell('Claims Processing Modernization', 0, 1), cell('Organisation', 1, 0), cell('Trivexa Consulting Services Pvt. Ltd.', 1, 1),
      cell('Environment', 2, 0), cell('Java 11, Kafka', 2, 1), cell('Description', 3, 0), cell('Northbridge Mutual is a US-based insurer.', 3, 1),
      cell('Responsibilities', 4, 0), cell('Developed 14 REST APIs', 4, 1, { bullet: '•' }), cell('Implemented Kafka consumers', 4, 1, { bullet: '•' }),
    ]);
    expect(blocks).toEqual([expect.objectContaining({
      name: 'Claims Processing Modernization', company: 'Trivexa Consulting Services Pvt. Ltd.', keywords: ['Java 11', 'Kafka'],
      description: 'Northbridge Mutual is a US-based insurer.', highlights: ['Developed 14 REST APIs', 'Implemented Kafka consumers'],
    })]);
  });
  it('reads nothing from an ordinary projects section', () => {
    expect(projectBlocks([line('tessera – A sparse tensor compiler prototype built on MLIR'), line('Built the front end in Python', { bullet: '•' })])).toBeUndefined();
  });
});
