import { z } from 'astro/zod';

/** A kebab-case slug: lowercase letters and digits separated by single hyphens. Used for lab, topic and group ids. */
export const slugPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const slug = z.string().regex(slugPattern, 'must be a kebab-case id such as "system-prompt-confidentiality"');

/** A document id is "<lab>/<document>", e.g. "openai/model-spec". */
export const documentIdPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*\/[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const documentId = z.string().regex(documentIdPattern, 'must be "<lab>/<document>", e.g. "openai/model-spec"');

/** A version id is "<document>@<version label>", e.g. "openai/model-spec@2025-12-18". */
export const versionIdPattern = /^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*@[A-Za-z0-9._-]+$/;
export const versionId = z.string().regex(versionIdPattern, 'must be "<lab>/<document>@<version>", e.g. "openai/model-spec@2025-12-18"');

/** A principle id as the document spells it: OpenAI's anchors are snake_case; others are kebab-case. */
export const principleIdPattern = /^[a-z0-9][a-z0-9_.-]*$/;
export const principleId = z.string().regex(principleIdPattern, 'must be lowercase letters, digits, "_", "-" or "."');

/** An ISO calendar date, YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(isCalendarDate, { message: 'is not a day of the calendar (a month 01–12 and a day that month has)' });

/** Whether "YYYY-MM-DD" names a real day: 2026-02-30 and 2026-13-45 do not. */
export function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A lowercase hex SHA-256 digest, 64 characters. */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a 64-character lowercase hex SHA-256');
