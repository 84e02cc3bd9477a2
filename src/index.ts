// Node entry: the pure core plus a pdf.js extractor that runs in a worker thread with a deadline.
import { parse as parseCore, ingest as ingestCore, type ParseOptions, type ParseOutput } from './core/parse.js';
import { createNodePdfExtractor, type NodePdfExtractor } from './node/pdf-extractor.js';
import type { Document } from './types.js';

export type { ParseOptions, ParseOutput } from './core/parse.js';
export type * from './types.js';
export { ResumeError, isResumeError, DEFAULT_LIMITS } from './errors.js';

let shared: NodePdfExtractor | undefined;
/** The process-wide PDF worker (created on first use, unref'd while idle). */
export function pdfExtractor(): NodePdfExtractor {
  shared ??= createNodePdfExtractor();
  return shared;
}

/** Reads a resume file (PDF, DOCX, TXT/Markdown or JSON Resume) and returns what an ATS would extract. */
export function parse(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseOutput> {
  return parseCore(bytes, { pdf: pdfExtractor(), ...options });
}

export function ingest(bytes: Uint8Array, options: ParseOptions = {}): Promise<Document> {
  return ingestCore(bytes, { pdf: pdfExtractor(), ...options });
}

/** Stops the PDF worker so the process can exit at once. */
export async function close(): Promise<void> {
  await shared?.close();
  shared = undefined;
}
