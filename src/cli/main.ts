// CLI: argv → parse → report → exit code. I/O is injected so tests can run it in-process.
//
// commander is imported only when needed: the usual `parse <file> [options]` is read by `readParseArgs` below
// (commander costs ~30 ms of start-up CPU, which the PDF worker started at the same time wants). Anything that
// function is not sure of (help, other commands, unknown, repeated or invalid options, `--`, `-fjson`) goes
// to commander, so usage errors and help read exactly as before.
import type { ParseOutput } from '../core/parse.js';
import { isResumeError } from '../errors.js';
import type { Limits } from '../types.js';
import { renderText } from './text-report.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  readStdin: () => Promise<Uint8Array>;
  parse: (bytes: Uint8Array, options: { limits?: Partial<Limits> }) => Promise<ParseOutput>;
}

export const EXIT = { ok: 0, usage: 2, unreadable: 3 } as const;

interface ParseOpts {
  format: string;
  maxBytes?: number;
  maxPages?: number;
  timeout?: number;
}

const isPositive = (n: number): boolean => Number.isFinite(n) && n > 0;

const OPTION_KEYS: Record<string, Exclude<keyof ParseOpts, never>> = {
  '-f': 'format',
  '--format': 'format',
  '--max-bytes': 'maxBytes',
  '--max-pages': 'maxPages',
  '--timeout': 'timeout',
};

/**
 * `parse <file>` with each option at most once, as `--name value`, `--name=value` or `-f value`, and valid
 * values (what commander would accept and parse the same way); undefined for anything else.
 */
export function readParseArgs(argv: string[]): { file: string; opts: ParseOpts } | undefined {
  if (argv[0] !== 'parse') return undefined;
  let file: string | undefined;
  const seen = new Set<string>();
  const opts: ParseOpts = { format: 'text' };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-' || !arg.startsWith('-')) {
      if (file !== undefined) return undefined;
      file = arg;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const key = OPTION_KEYS[name];
    if (!key || seen.has(key)) return undefined;
    seen.add(key);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value.startsWith('-')) return undefined;
    if (key === 'format') {
      opts.format = value;
    } else {
      const n = Number(value);
      if (!isPositive(n)) return undefined;
      opts[key] = n;
    }
  }
  return file === undefined ? undefined : { file, opts };
}

export async function main(argv: string[], io: Io): Promise<number> {
  const args = readParseArgs(argv);
  if (args) return runParse(args.file, args.opts, io);
  return mainWithCommander(argv, io);
}

/** The `parse` command. */
async function runParse(file: string, opts: ParseOpts, io: Io): Promise<number> {
  if (opts.format !== 'text' && opts.format !== 'json') {
    io.stderr(`error[USAGE]: unknown format "${opts.format}"; use text or json\n`);
    return EXIT.usage;
  }
  const limits: Partial<Limits> = {};
  if (opts.maxBytes) limits.maxBytes = opts.maxBytes;
  if (opts.maxPages) limits.maxPages = opts.maxPages;
  if (opts.timeout) limits.timeoutMs = opts.timeout;
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (e) {
    const errno = (e as { code?: string }).code;
    io.stderr(`error[${errno === 'ENOENT' ? 'NOT_FOUND' : 'READ_FAILED'}]: cannot read ${file}${errno === 'ENOENT' ? ': no such file' : ''}\n`);
    return EXIT.usage;
  }
  try {
    const out = await io.parse(bytes, { limits });
    io.stdout(opts.format === 'json' ? `${JSON.stringify(out, null, 2)}\n` : renderText(out));
    return EXIT.ok;
  } catch (e) {
    if (isResumeError(e)) {
      io.stderr(`error[${e.code}]: ${e.message}\n`);
      return EXIT.unreadable;
    }
    io.stderr(`error[INTERNAL]: something went wrong while reading this file. Please report it.\n`);
    return EXIT.unreadable;
  }
}

async function mainWithCommander(argv: string[], io: Io): Promise<number> {
  const { Command, CommanderError, InvalidArgumentError } = await import('commander');
  const positiveInt = (v: string): number => {
    const n = Number(v);
    if (!isPositive(n)) throw new InvalidArgumentError('expected a positive number');
    return n;
  };
  let code: number = EXIT.ok;
  const program = new Command('passthebot')
    .description('Shows what an applicant tracking system (ATS) reads in your resume. Not a real ATS: no promise of an interview.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  program
    .command('parse')
    .description('Print what an ATS reads: the text in reading order, then the fields it extracts.')
    .argument('<file>', 'resume file (PDF, DOCX, TXT/Markdown or JSON Resume), or - for standard input')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--max-bytes <n>', 'refuse files larger than this many bytes', positiveInt)
    .option('--max-pages <n>', 'refuse documents with more pages', positiveInt)
    .option('--timeout <ms>', 'stop reading after this many milliseconds', positiveInt)
    .action(async (file: string, opts: ParseOpts) => {
      code = await runParse(file, opts, io);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  if (argv.length === 0) { io.stdout(program.helpInformation()); return EXIT.usage; }
  return code;
}
