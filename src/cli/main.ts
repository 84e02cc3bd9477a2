// CLI: argv → parse → report → exit code. I/O is injected so tests can run it in-process.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
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

const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
};

export async function main(argv: string[], io: Io): Promise<number> {
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
    .action(async (file: string, opts: { format: string; maxBytes?: number; maxPages?: number; timeout?: number }) => {
      if (opts.format !== 'text' && opts.format !== 'json') {
        io.stderr(`error[USAGE]: unknown format "${opts.format}"; use text or json\n`);
        code = EXIT.usage;
        return;
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
        code = EXIT.usage;
        return;
      }
      try {
        const out = await io.parse(bytes, { limits });
        io.stdout(opts.format === 'json' ? `${JSON.stringify(out, null, 2)}\n` : renderText(out));
      } catch (e) {
        if (isResumeError(e)) {
          io.stderr(`error[${e.code}]: ${e.message}\n`);
          code = EXIT.unreadable;
          return;
        }
        io.stderr(`error[INTERNAL]: something went wrong while reading this file. Please report it.\n`);
        code = EXIT.unreadable;
      }
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
