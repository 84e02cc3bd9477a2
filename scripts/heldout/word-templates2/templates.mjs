// The twelve designs of the second Word batch (see README.md). Each takes a persona and returns
// { c (key context), description, pkg (options for ooxml2.pack) } — or { c, description, fodt } for the
// LibreOffice-written design.
import { officeSdt, officeRepeating } from './tpl-office.mjs';
import { localized, altMainPart, strict, googleTable, typedBullets } from './tpl-styles.mjs';
import { revisions, fieldsSymbols, sections } from './tpl-markup.mjs';
import { libreoffice, groupShapes } from './tpl-other.mjs';

export const templates = {
  officeSdt, officeRepeating,
  localizedPl: (P) => localized(P, { locale: 'pl', dateStyle: 'slash', present: 'present' }),
  localizedFr: (P) => localized(P, { locale: 'fr', dateStyle: 'mon.', present: 'Current' }),
  altMainPart, strict, googleTable, typedBullets, revisions, fieldsSymbols, sections, libreoffice, groupShapes,
};
