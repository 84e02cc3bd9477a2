import type { ErrorCode, Limits } from './types.js';

/** Plain-language sentences for each error code, written for a job seeker, not a developer. */
const SENTENCES: Record<ErrorCode, string> = {
  UNSUPPORTED_TYPE: 'This file is not a PDF, DOCX, plain-text, Markdown or JSON Resume file.',
  CORRUPT: 'This file is damaged and cannot be read. Export it again from your editor.',
  ENCRYPTED: 'This PDF is password-protected. Save a copy without a password and try again.',
  NO_TEXT: 'This file has no text layer (it looks like a scan or an image), so an ATS reads nothing. Export it from your editor as a text PDF or DOCX.',
  TOO_LARGE: 'This file is larger than the size limit.',
  TOO_MANY_PAGES: 'This document has more pages than the page limit.',
  TIMEOUT: 'Reading this file took longer than the time limit, so it was stopped.',
  EMPTY: 'This file is empty.',
  INVALID_JSON_RESUME: 'This JSON file is not a valid JSON Resume.',
};

/** An input we refuse to read, with a stable code. Never carries a stack trace to the user. */
export class ResumeError extends Error {
  readonly code: ErrorCode;
  readonly detail?: string;
  constructor(code: ErrorCode, message?: string, detail?: string) {
    super(message ?? SENTENCES[code]);
    this.name = 'ResumeError';
    this.code = code;
    if (detail !== undefined) this.detail = detail;
  }
}

export const isResumeError = (e: unknown): e is ResumeError =>
  e instanceof ResumeError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'ResumeError' && typeof (e as { code?: unknown }).code === 'string');

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 20,
  timeoutMs: 5000,
  maxMemoryMb: 512,
  maxUnzippedBytes: 48 * 1024 * 1024,
};

export function tooLarge(bytes: number, limit: number): ResumeError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new ResumeError('TOO_LARGE', `This file is ${mb(bytes)} MB, over the ${mb(limit)} MB limit. Most ATS refuse files over 2–5 MB: remove images or export again.`);
}
