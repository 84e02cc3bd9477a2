// The pure pipeline up to a parsed resume: bytes → ingest → layout → parse. No fs, no process, no network.
import type { Document, Limits } from '../types.js';
import type { PdfExtractor } from '../ingest/types.js';
import { DEFAULT_LIMITS, ResumeError, tooLarge } from '../errors.js';
import { sniff, decodeText } from '../ingest/sniff.js';
import type { ParseResult, JsonResume } from '../parse/index.js';

// The per-kind readers are imported when a file of that kind first arrives (each import runs once), so reading
// a PDF does not pay for compiling the DOCX reader or the JSON Resume schema (zod), and the reverse. A CLI
// process reads one file; start-up time is most of its run time.
const docxReader = () => import('../ingest/docx/index.js');
const textReader = () => import('../ingest/text.js');
const jsonResumeReader = () => import('../ingest/json-resume.js');
const pdfLayout = () => import('../layout/pdf.js');
const parser = () => import('../parse/index.js');

export interface ParseOptions {
  limits?: Partial<Limits>;
  /** Runs pdf.js under a deadline. Required for PDF input. */
  pdf?: PdfExtractor;
}

export interface ParseOutput extends ParseResult {
  /** What the file really is, from its bytes. */
  kind: Document['kind'];
  pages: Document['pages'];
  /** Every repair made to the text so that it reads as a person reads it (hazards for the next stage). */
  repairs: Document['repairs'];
  meta: Document['meta'];
  /** The schema version of this output. */
  version: 1;
}

export async function ingest(bytes: Uint8Array, options: ParseOptions = {}): Promise<Document> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length > limits.maxBytes) throw tooLarge(bytes.length, limits.maxBytes);
  const kind = sniff(bytes);
  switch (kind) {
    case 'pdf': {
      if (!options.pdf) throw new ResumeError('UNSUPPORTED_TYPE', 'PDF reading is not available here.');
      // The layout module loads while pdf.js works.
      const [ex, { layoutPdf }] = await Promise.all([options.pdf(bytes, limits), pdfLayout()]);
      return layoutPdf(ex, bytes.length);
    }
    case 'docx':
      return (await docxReader()).readDocx(bytes, limits);
    case 'json': {
      let value: unknown;
      try { value = JSON.parse(decodeText(bytes)); } catch { throw new ResumeError('INVALID_JSON_RESUME', 'This JSON file cannot be read: it is not valid JSON.'); }
      return (await jsonResumeReader()).readJsonResume(value, bytes.length);
    }
    case 'text':
      return (await textReader()).readText(decodeText(bytes), bytes.length);
  }
}

const SECTION_HEADINGS: Record<string, string> = {
  work: 'Work', volunteer: 'Volunteer', education: 'Education', skills: 'Skills', projects: 'Projects', awards: 'Awards',
  certificates: 'Certificates', publications: 'Publications', languages: 'Languages', interests: 'Interests', references: 'References',
};

/** Reads a resume file: returns the JSON Resume, its sections in reading order, provenance and confidence. */
export async function parse(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseOutput> {
  const parsing = parser();
  parsing.catch(() => undefined); // (awaited below, unless ingest throws first)
  const doc = await ingest(bytes, options);
  let result: ParseResult;
  if (doc.jsonResume) {
    const resume = doc.jsonResume as JsonResume;
    const sections = Object.keys(resume).filter((k) => SECTION_HEADINGS[k] && Array.isArray(resume[k]) && resume[k].length)
      .map((k) => ({ kind: (k === 'work' ? 'work' : k) as ParseResult['sections'][number]['kind'], heading: SECTION_HEADINGS[k]!, page: 1, line: 0 }));
    result = { resume, sections, provenance: {}, confidence: 1, text: doc.lines.map((l) => l.text).join('\n') };
  } else {
    result = (await parsing).parseDocument(doc);
  }
  return { version: 1, kind: doc.kind, ...result, pages: doc.pages, repairs: doc.repairs, meta: doc.meta };
}
