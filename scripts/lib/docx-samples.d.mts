// Types for docx-samples.mjs.

/** A realistic senior-engineer resume DOCX (header contacts, Heading 1 sections, tab rows, bullets, a skills table, a text box). */
export function sampleResumeDocx(): Uint8Array;
