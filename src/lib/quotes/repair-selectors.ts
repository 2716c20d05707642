import type { EditorialPrinciple } from '../../schemas/editorial.ts';
import type { Selector } from '../../schemas/selector.ts';
import { textSimilarity } from '../align/align-versions.ts';
import { quoteHashOf } from '../sources/hash.ts';
import type { TextOfRecord } from '../text/text-of-record.ts';
import { resolveSelector, sentencesOf } from './resolve-selector.ts';

/** What repairSelectors proposes for one principle in one version. */
export type RepairProposal =
  | { principle: string; label: string; kind: 'repointed'; selectors: Selector[]; similarity: number[]; like: string }
  | { principle: string; label: string; kind: 'absent'; best: number }
  | { principle: string; label: string; kind: 'manual'; reason: string };

interface Match {
  start: number;
  end: number;
  first: number;
  score: number;
  /** The best score of a window that is not tied with this one. */
  runnerUp: number;
}

/**
 * The spans of `n` sentences most like `text`: every window tied for the best score (in order), and the
 * best score of a window that does not overlap the first of them (a window shifted by one sentence is
 * not a rival, it is the same place).
 */
function nearest(doc: TextOfRecord, text: string, n: number): { tied: Match[]; score: number; runnerUp: number } {
  const spans = sentencesOf(doc);
  const scored: { start: number; end: number; first: number; score: number }[] = [];
  for (let i = 0; i + n <= spans.length; i++) {
    const start = spans[i]!.start;
    const end = spans[i + n - 1]!.end;
    scored.push({ start, end, first: i, score: textSimilarity(text, doc.text.slice(start, end)) });
  }
  const best = Math.max(0, ...scored.map((s) => s.score));
  const tied = scored.filter((s) => s.score === best);
  const top = tied[0];
  const apart = (s: { first: number }): boolean => !top || Math.abs(s.first - top.first) >= n;
  const runnerUp = Math.max(0, ...scored.filter((s) => s !== top && apart(s)).map((s) => s.score));
  // Windows tied at the top that overlap one another are one place: keep the first of each run.
  const places = tied.filter((s, i) => i === 0 || s.first - tied[i - 1]!.first >= n);
  return { tied: places.map((s) => ({ ...s, runnerUp })), score: best, runnerUp };
}

/** A hash selector for `n` sentences starting at sentence `first` of `doc`. */
function hashSelector(doc: TextOfRecord, first: number, n: number): Selector {
  const spans = sentencesOf(doc);
  const a = spans[first]!;
  const text = doc.text.slice(a.start, spans[first + n - 1]!.end);
  const firstHash = quoteHashOf(doc.text.slice(a.start, a.end));
  const nth = spans.slice(0, first).filter((s) => quoteHashOf(doc.text.slice(s.start, s.end)) === firstHash).length;
  return { hash: quoteHashOf(text), ...(n > 1 ? { first: firstHash, count: n } : {}), ...(nth ? { nth } : {}) };
}

const listed = (e: EditorialPrinciple, labels: readonly string[], label: string): boolean =>
  !(e.versions && !e.versions.includes(label)) &&
  !(e.since && labels.indexOf(label) < labels.indexOf(e.since)) &&
  !(e.until && labels.indexOf(label) > labels.indexOf(e.until)) &&
  !(e.except && e.except.includes(label));

/**
 * repairSelectors(entries, versions): for an editorial document's principles, every version (oldest
 * first) where one of its selectors no longer resolves, with a proposal: re-point the selector at the
 * sentences of that version most like the words it selected in the nearest version where the principle
 * resolves (before or after it), when they are alike enough (at least `threshold`) and clearly the best
 * match; a range selector whose words moved is re-pointed at the same words; where nothing in the
 * version is alike, the principle is absent from it. Proposals are for an editor to check: a re-pointed
 * quote has new words, so its reading must be confirmed for that version.
 */
export function repairSelectors(entries: readonly EditorialPrinciple[], versions: readonly { label: string; doc: TextOfRecord }[], threshold = 0.5): RepairProposal[] {
  const labels = versions.map((v) => v.label);
  const out: RepairProposal[] = [];
  for (const e of entries) {
    const from = new Map<string, Selector[]>(Object.entries(e.quotesFrom ?? {}));
    const selectorsAt = (label: string): Selector[] => {
      const at = labels.indexOf(label);
      const key = [...from.keys()].filter((k) => labels.indexOf(k) !== -1 && labels.indexOf(k) <= at).sort((a, b) => labels.indexOf(b) - labels.indexOf(a))[0];
      return e.quotesByVersion?.[label] ?? (key ? from.get(key)! : e.quotes);
    };
    const original = new Map(from);
    const originalAt = (label: string): Selector[] => {
      const at = labels.indexOf(label);
      const key = [...original.keys()].filter((k) => labels.indexOf(k) !== -1 && labels.indexOf(k) <= at).sort((a, b) => labels.indexOf(b) - labels.indexOf(a))[0];
      return e.quotesByVersion?.[label] ?? (key ? original.get(key)! : e.quotes);
    };
    const texts = (doc: TextOfRecord, sel: Selector[]): string[] | undefined => {
      const r = sel.map((x) => resolveSelector(doc, x));
      return r.every((x) => x.ok) ? r.map((x) => (x.ok ? x.value.text : '')) : undefined;
    };
    // Where the principle resolves as the file stands, and the words it selects there (the words to match).
    const good = new Map<string, string[]>();
    for (const { label, doc } of versions) {
      if (!listed(e, labels, label)) continue;
      const t = texts(doc, originalAt(label));
      if (t) good.set(label, t);
    }
    for (const { label, doc } of versions) {
      if (!listed(e, labels, label)) continue;
      if (texts(doc, selectorsAt(label))) continue;
      if (good.has(label)) {
        // An earlier repair reaches this version, where the selectors as they were still work: keep those.
        from.set(label, originalAt(label));
        out.push({ principle: e.id, label, kind: 'repointed', selectors: originalAt(label), similarity: originalAt(label).map(() => 1), like: label });
        continue;
      }
      const selectors = selectorsAt(label);
      const at = labels.indexOf(label);
      const goodLabels = [...good.keys()];
      const before = goodLabels.filter((l) => labels.indexOf(l) < at).sort((a, b) => labels.indexOf(b) - labels.indexOf(a))[0];
      const after = goodLabels.filter((l) => labels.indexOf(l) > at).sort((a, b) => labels.indexOf(a) - labels.indexOf(b))[0];
      const nearby = [before, after].filter((l): l is string => Boolean(l));
      if (!nearby.length) {
        out.push({ principle: e.id, label, kind: 'manual', reason: 'no version resolves all of its selectors, so there are no words to match' });
        continue;
      }
      const next: Selector[] = [];
      const similarity: number[] = [];
      let manual = '';
      let absent = true;
      let like = nearby[0]!;
      selectors.forEach((s, i) => {
        const r = resolveSelector(doc, s);
        if (r.ok) {
          next.push(s);
          similarity.push(1);
          absent = false;
          return;
        }
        // The words this selector chose in the nearest versions where all resolve (by hash, else by place).
        const wordsIn = (l: string): string => good.get(l)!.find((t) => quoteHashOf(t) === s.hash) ?? good.get(l)![i] ?? good.get(l)!.join(' ');
        if ('start' in s) {
          // A range whose words moved: the same words, wherever they now sit.
          for (const l of nearby) {
            const words = wordsIn(l);
            const moved = doc.text.indexOf(words);
            if (moved !== -1 && doc.text.indexOf(words, moved + 1) === -1) {
              // Whole sentences are found by their hash in every version that keeps them; other words by range.
              const spans = sentencesOf(doc);
              const a = spans.findIndex((x) => x.start === moved);
              const b = spans.findIndex((x) => x.end === moved + words.length);
              next.push(a !== -1 && b >= a ? hashSelector(doc, a, b - a + 1) : { start: moved, end: moved + words.length, hash: quoteHashOf(words) });
              similarity.push(1);
              absent = false;
              like = l;
              return;
            }
          }
          manual ||= `quote ${i} is a range whose words are not in this version once and unchanged`;
          return;
        }
        if ('section' in s || 'in' in s) {
          manual ||= `quote ${i} is a ${'in' in s ? 'clause or part' : 'section'} selector`;
          return;
        }
        const n = s.count ?? 1;
        const tried = nearby.map((l) => ({ l, m: nearest(doc, wordsIn(l), n) })).sort((a, b) => b.m.score - a.m.score);
        const { l, m } = tried[0]!;
        if (m.score < 0.3) return;
        absent = false;
        // Equal words more than once: take the occurrence the old selector took.
        const pick = m.tied.length > 1 && m.score === 1 ? m.tied[Math.min(s.nth ?? 0, m.tied.length - 1)] : m.tied.length === 1 ? m.tied[0] : undefined;
        if (!pick || m.score < threshold || (m.tied.length === 1 && m.score < 1 && m.score - m.runnerUp < 0.1)) {
          manual ||= `quote ${i}: the nearest words are ${m.score.toFixed(2)} alike (${m.tied.length > 1 ? `${m.tied.length} places tie` : `next ${m.runnerUp.toFixed(2)}`})`;
          return;
        }
        next.push(hashSelector(doc, pick.first, n));
        similarity.push(Number(m.score.toFixed(2)));
        like = l;
      });
      if (absent) out.push({ principle: e.id, label, kind: 'absent', best: 0 });
      else if (manual || next.length !== selectors.length) out.push({ principle: e.id, label, kind: 'manual', reason: manual || 'some quotes have nothing alike in this version' });
      else {
        from.set(label, next);
        good.set(label, texts(doc, next)!);
        out.push({ principle: e.id, label, kind: 'repointed', selectors: next, similarity, like });
      }
    }
  }
  return out;
}
