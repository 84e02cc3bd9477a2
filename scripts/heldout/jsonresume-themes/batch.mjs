// Which batch a script works on: batch 1 is cases.mjs with personas/, batch 2 is cases2.mjs with personas2/,
// batch 3 is cases3.mjs with personas3/. Shared by render.mjs and build-keys.mjs ("--batch 2"; default 1).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BATCHES = {
  1: { cases: './cases.mjs', personas: 'personas' },
  2: { cases: './cases2.mjs', personas: 'personas2' },
  3: { cases: './cases3.mjs', personas: 'personas3' },
};

// Takes "--batch N" out of the command line; returns the batch number and the other arguments.
export function batchArgs(argv) {
  const i = argv.indexOf('--batch');
  if (i < 0) return { batch: 1, args: argv };
  const batch = Number(argv[i + 1]);
  if (!BATCHES[batch]) {
    console.error(`unknown batch ${argv[i + 1]} (known: ${Object.keys(BATCHES).join(', ')})`);
    process.exit(2);
  }
  return { batch, args: [...argv.slice(0, i), ...argv.slice(i + 2)] };
}

// The batch's cases module (CASES, caseId, and for batches 2 and 3 their own notes) and its personas folder.
export async function loadBatch(batch) {
  const b = BATCHES[batch];
  const mod = await import(b.cases);
  return { ...mod, personasDir: path.join(here, b.personas) };
}
