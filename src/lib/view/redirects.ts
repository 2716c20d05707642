import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/** content/redirects.yaml: ids that were renamed, old → new, so published links never break. */
export const redirectsFileSchema = z.strictObject({
  /** Topic ids: /topics/<old>/ → /topics/<new>/. */
  topics: z.record(z.string(), z.string()).optional(),
  /** Principle anchors per document: #p-<old> → #p-<new> on each version page that has the new id. */
  principles: z.record(z.string(), z.record(z.string(), z.string())).optional(),
});
export type RedirectsFile = z.output<typeof redirectsFileSchema>;

export function loadRedirectsFile(url: URL | string): RedirectsFile {
  const path = url instanceof URL ? url : new URL(url);
  if (!existsSync(path)) return {};
  const parsed = redirectsFileSchema.safeParse(parse(readFileSync(path, 'utf8')) ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`content/redirects.yaml › ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The page redirects for Astro's config: old topic paths to new ones, under the site's base path. */
export function toAstroRedirects(file: RedirectsFile, base: string): Record<string, string> {
  const b = base.replace(/\/?$/, '/');
  return Object.fromEntries(Object.entries(file.topics ?? {}).map(([from, to]) => [`${b}topics/${from}/`, `${b}topics/${to}/`]));
}

export function readRedirects(url: URL, base: string): Record<string, string> {
  return toAstroRedirects(loadRedirectsFile(url), base);
}

/** Old principle anchors that should lead to a principle of this document. */
export function principleAliases(file: RedirectsFile, documentId: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [from, to] of Object.entries(file.principles?.[documentId] ?? {})) out.set(to, [...(out.get(to) ?? []), from]);
  return out;
}
