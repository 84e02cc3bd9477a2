#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { main } from './main.js';
import { parse, close } from '../index.js';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

const write = (stream: NodeJS.WriteStream) => (s: string) => { stream.write(s); };
const code = await main(process.argv.slice(2), {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  readFile: async (p) => new Uint8Array(await readFile(p)),
  readStdin,
  parse,
});
await close();
process.exitCode = code;
