import type { Principle } from '../../schemas/principle.ts';
import type { VersionLink } from '../../schemas/derived.ts';
import { sameWords } from '../text/words-only.ts';
import { tokenize } from './tokenize.ts';

/** Word-bigram Jaccard similarity of two texts, 0..1. */
export function textSimilarity(a: string, b: string): number {
  const grams = (s: string): Set<string> => {
    const t = tokenize(s);
    const out = new Set<string>();
    for (let i = 0; i + 1 < t.length; i++) out.add(`${t[i]} ${t[i + 1]}`);
    if (t.length === 1) out.add(t[0]!);
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (!ga.size && !gb.size) return 1;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return shared / (ga.size + gb.size - shared);
}

/**
 * Matches each principle of `next` to its predecessor in `prev`: by stable id first, then by text
 * similarity (at least `threshold`) among the ones left. Returns the links and the ids removed.
 */
export function alignVersions(
  prev: readonly Principle[],
  next: readonly Principle[],
  options: { threshold?: number; levelAliases?: Readonly<Record<string, string>> } = {},
): { links: VersionLink[]; removed: string[] } {
  const threshold = options.threshold ?? 0.5;
  // A level that was only renamed (OpenAI's "platform" became "root") is not a change.
  const level = (l: string | undefined): string | undefined => (l && options.levelAliases?.[l]) ?? l;
  const prevById = new Map(prev.map((p) => [p.id, p]));
  const unmatchedPrev = new Set(prev.filter((p) => !next.some((n) => n.id === p.id)).map((p) => p.id));
  const links: VersionLink[] = [];
  for (const n of next) {
    let before = prevById.get(n.id);
    let matchedBy: 'id' | 'text' = 'id';
    if (!before) {
      let best: { id: string; sim: number } | null = null;
      for (const id of unmatchedPrev) {
        const sim = textSimilarity(prevById.get(id)!.text, n.text);
        if (sim >= threshold && (!best || sim > best.sim)) best = { id, sim };
      }
      if (best) {
        before = prevById.get(best.id);
        unmatchedPrev.delete(best.id);
        matchedBy = 'text';
      }
    }
    if (!before) {
      links.push({ version: n.version, id: n.id, status: 'added' });
      continue;
    }
    const changes: NonNullable<VersionLink['changes']> = [];
    if (before.text !== n.text) changes.push('text');
    if (before.title !== n.title) changes.push('title');
    if (level(before.level) !== level(n.level)) changes.push('level');
    if (before.position !== n.position) changes.push('position');
    if (before.override !== n.override) changes.push('override');
    const status = changes.length || matchedBy === 'text' ? 'changed' : 'unchanged';
    // A change of force (position, who may override, level) is a stance change; otherwise it is one of
    // words, unless only punctuation, dashes, whitespace or markup differ.
    const stance = changes.some((c) => c === 'position' || c === 'override' || c === 'level');
    const words = !sameWords(before.text, n.text) || !sameWords(before.title, n.title);
    links.push({
      version: n.version,
      id: n.id,
      status,
      previous: { version: before.version, id: before.id },
      matchedBy,
      ...(changes.length ? { changes } : {}),
      ...(status === 'changed' ? { class: stance ? 'stance' : words ? 'wording' : 'formatting' } : {}),
    });
  }
  return { links, removed: [...unmatchedPrev].sort() };
}
