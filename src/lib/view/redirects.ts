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
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const where = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    throw new RedirectsError(
      `content/redirects.yaml › (file) › (syntax): not valid YAML${where ? ` at line ${where.line}, column ${where.col}` : ''}: ${(e as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  }
  const parsed = redirectsFileSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RedirectsError(`content/redirects.yaml › ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** A problem in content/redirects.yaml, named as such (the site's configuration reads the file too). */
export class RedirectsError extends Error {
  override name = 'ContentError';
}

/**
 * The problems of the topic redirects against the live topics: a redirect from an id that is still
 * live (it would replace the live page), to an id that leads nowhere, or round in a loop.
 */
export function redirectProblems(file: RedirectsFile, liveTopics: ReadonlySet<string>): { from: string; problem: string }[] {
  const topics = file.topics ?? {};
  const out: { from: string; problem: string }[] = [];
  for (const [from, to] of Object.entries(topics)) {
    if (liveTopics.has(from)) {
      out.push({ from, problem: `"${from}" is a live topic: a redirect from it would replace its page` });
      continue;
    }
    const seen = [from];
    let at = to;
    while (!liveTopics.has(at)) {
      if (seen.includes(at)) {
        out.push({ from, problem: `the redirects loop: ${[...seen, at].join(' → ')}` });
        break;
      }
      seen.push(at);
      const next = topics[at];
      if (!next) {
        out.push({ from, problem: `leads to "${at}", which is no topic and redirects nowhere` });
        break;
      }
      at = next;
    }
  }
  return out;
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
