import type { Limits, RawPage } from '../types.js';

/** What the PDF extractor returns: raw positioned items per page, before layout. */
export interface PdfExtraction {
  pages: RawPage[];
  meta: { pageCount: number; title?: string; producer?: string; creator?: string };
}

/**
 * Runs pdf.js on the bytes and returns the raw pages. Implementations enforce the limits: the Node one runs
 * pdf.js in a worker_threads Worker it terminates at the deadline; the browser one uses a Web Worker.
 * Rejects with a ResumeError (CORRUPT, ENCRYPTED, TOO_MANY_PAGES, TIMEOUT, ...).
 */
export type PdfExtractor = (bytes: Uint8Array, limits: Limits) => Promise<PdfExtraction>;
