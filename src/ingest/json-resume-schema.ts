// JSON Resume v1 (https://jsonresume.org/schema) as zod schemas. Every field is optional and unknown keys
// are kept, as in the official schema. Dates follow the official "iso8601" pattern: YYYY, YYYY-MM or
// YYYY-MM-DD. Two variants:
// - jsonResumeSchema: for input. Also accepts null for a missing value; e-mail and URL formats are not
//   checked (people write "example.com").
// - jsonResumeStrictSchema: for output (what `passthebot parse` prints). No nulls, and e-mails and URLs must
//   be well-formed, as the official schema's "format" keywords require.
import { z } from 'zod';

/** The official iso8601 pattern of the JSON Resume schema. */
export const ISO_DATE = /^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$/;
export const DATE_MESSAGE = 'must be a date like 2021, 2021-03 or 2021-03-15';

/** The top-level sections of a JSON Resume. */
export const JSON_RESUME_SECTIONS = [
  'basics', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects',
] as const;

function makeSchema(strict: boolean) {
  const opt = <T extends z.ZodType>(t: T) => (strict ? t.optional() : t.nullish());
  const str = () => opt(z.string());
  const date = () => opt(z.string().regex(ISO_DATE, DATE_MESSAGE));
  const email = () => opt(strict ? z.email('must be an e-mail address') : z.string());
  const url = () => opt(strict ? z.url('must be a URL') : z.string());
  const strings = () => opt(z.array(z.string()));
  const list = <S extends z.core.$ZodLooseShape>(shape: S) => opt(z.array(z.looseObject(shape)));

  return z.looseObject({
    $schema: str(),
    basics: opt(
      z.looseObject({
        name: str(),
        label: str(),
        image: str(),
        email: email(),
        phone: str(),
        url: url(),
        summary: str(),
        location: opt(z.looseObject({ address: str(), postalCode: str(), city: str(), countryCode: str(), region: str() })),
        profiles: list({ network: str(), username: str(), url: url() }),
      }),
    ),
    work: list({ name: str(), location: str(), description: str(), position: str(), url: url(), startDate: date(), endDate: date(), summary: str(), highlights: strings() }),
    volunteer: list({ organization: str(), position: str(), url: url(), startDate: date(), endDate: date(), summary: str(), highlights: strings() }),
    education: list({ institution: str(), url: url(), area: str(), studyType: str(), startDate: date(), endDate: date(), score: str(), courses: strings() }),
    awards: list({ title: str(), date: date(), awarder: str(), summary: str() }),
    certificates: list({ name: str(), date: date(), url: url(), issuer: str() }),
    publications: list({ name: str(), publisher: str(), releaseDate: date(), url: url(), summary: str() }),
    skills: list({ name: str(), level: str(), keywords: strings() }),
    languages: list({ language: str(), fluency: str() }),
    interests: list({ name: str(), keywords: strings() }),
    references: list({ name: str(), reference: str() }),
    projects: list({
      name: str(), description: str(), highlights: strings(), keywords: strings(), startDate: date(), endDate: date(), url: url(), roles: strings(), entity: str(), type: str(),
    }),
    meta: opt(z.looseObject({ canonical: url(), version: str(), lastModified: str() })),
  });
}

/** JSON Resume for input: typed and dated, lenient about nulls and e-mail/URL formats. */
export const jsonResumeSchema = makeSchema(false);
/** JSON Resume for output: also no nulls, and well-formed e-mails and URLs. */
export const jsonResumeStrictSchema = makeSchema(true);

export type JsonResume = z.infer<typeof jsonResumeStrictSchema>;
export type JsonResumeInput = z.infer<typeof jsonResumeSchema>;
