// Whether a CLI run will read a PDF, guessed before anything else loads, so that the PDF worker (the longest
// part of such a run) can start first (bin.ts, cli.ts).
import { closeSync, openSync, readSync, statSync } from 'node:fs';

const PDF_MAGIC = '%PDF-';
/** How far into the bytes the sniffer looks for the PDF header. */
const PDF_MAGIC_WITHIN = 1024;

/**
 * Whether this run will probably read a PDF: the `parse` command with an argument naming a file whose first
 * KB holds "%PDF-" (what the sniffer looks for). A wrong guess costs a worker started for nothing, or later.
 * Standard input is not guessed at (text is the common case there): its worker starts once it is read.
 */
export function namesPdfFile(args: string[]): boolean {
  return args[0] === 'parse' && args.slice(1).some((a) => !a.startsWith('-') && fileHasPdfHeader(a));
}

export function hasPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PDF_MAGIC_WITHIN)).includes(PDF_MAGIC);
}

function fileHasPdfHeader(path: string): boolean {
  let fd: number | undefined;
  try {
    // Regular files only: reading from a pipe (`parse <(cat resume.pdf)`) would take bytes from the real read.
    if (!statSync(path).isFile()) return false;
    fd = openSync(path, 'r');
    const head = Buffer.alloc(PDF_MAGIC_WITHIN);
    return hasPdfHeader(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
