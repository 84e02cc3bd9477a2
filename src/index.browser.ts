// Browser entry: the same pure core. The page supplies a PdfExtractor that runs pdf.js in a Web Worker.
export { parse, ingest, type ParseOptions, type ParseOutput } from './core/parse.js';
export type { PdfExtractor, PdfExtraction } from './ingest/types.js';
export { extractPdf } from './ingest/pdf/extract.js';
export type * from './types.js';
export { ResumeError, isResumeError, DEFAULT_LIMITS } from './errors.js';
