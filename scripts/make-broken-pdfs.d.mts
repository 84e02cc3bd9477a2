// Types for make-broken-pdfs.mjs (used by test/broken-pdfs.test.ts).

export interface BrokenCase {
  name: string;
  bytes: Uint8Array;
  /** The text is recoverable in principle: the file should parse. */
  readable: boolean;
  /** Acceptable outcomes: 'parsed' or error codes. */
  accept: string[];
  /** A string the parsed text must contain (compared without spaces and case). */
  probe?: string;
  note: string;
}

export const HAND_PROBE: string;
export function prng(seed: number): () => number;
/** The corpus; `only` makes just the cases of those names. */
export function brokenCases(options?: { only?: Set<string> }): BrokenCase[];
/** Writes DIR/<name>.pdf and DIR/manifest.json; returns the manifest (the cases without their bytes, plus `file`). */
export function writeCorpus(dir: string): (Omit<BrokenCase, 'bytes'> & { file: string })[];
