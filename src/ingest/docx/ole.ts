// OLE compound files (D0 CF 11 E0): old Word .doc files, and password-protected DOCX files, which Office
// wraps in an OLE container holding an "EncryptedPackage" stream.
import { ResumeError } from '../../errors.js';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const isOle = (bytes: Uint8Array): boolean => OLE_MAGIC.every((b, i) => bytes[i] === b);

/** Does the container hold a stream with this name? Directory entries store names in UTF-16LE. */
function hasStream(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let at = 512; at + needle.length <= bytes.length; at++) {
    if (bytes[at] !== needle[0]) continue;
    for (let k = 1; k < needle.length; k++) if (bytes[at + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** The refusal for an OLE file: ENCRYPTED for a protected DOCX, UNSUPPORTED_TYPE for old Office formats. */
export function oleError(bytes: Uint8Array): ResumeError {
  if (hasStream(bytes, 'EncryptedPackage')) {
    return new ResumeError('ENCRYPTED', 'This Word document is password-protected. Save a copy without a password (File › Info › Protect Document) and try again.');
  }
  if (hasStream(bytes, 'WordDocument')) {
    return new ResumeError('UNSUPPORTED_TYPE', 'This is an old Word .doc file (Word 97–2003). Open it in Word, LibreOffice or Google Docs, save it as DOCX or PDF, and upload that.');
  }
  return new ResumeError('UNSUPPORTED_TYPE', 'This is an old Microsoft Office file (.doc, .xls or .ppt format). Save your resume as DOCX or PDF and upload that.');
}
