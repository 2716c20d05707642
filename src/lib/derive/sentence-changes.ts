import type { Principle } from '../../schemas/principle.ts';
import { quoteHashOf } from '../sources/hash.ts';
import { allSentences, type Span, type TextOfRecord } from '../text/text-of-record.ts';

/** A sentence of a text of record, by the hash of its words. */
export interface HashedSentence extends Span {
  hash: string;
}

/** Every sentence of a text, in order, with the hash of its words (the hash quote selectors use). */
export function hashedSentences(doc: TextOfRecord): HashedSentence[] {
  return allSentences(doc).map((s) => ({ ...s, hash: quoteHashOf(doc.text.slice(s.start, s.end)) }));
}

/**
 * Which sentences of a version its principles cover: those inside a quote, and, for principles an
 * importer read from a section (OpenAI's headings), every sentence of that section's prose.
 */
export function coveredSentences(doc: TextOfRecord, principles: readonly Principle[]): Set<string> {
  const sentences = hashedSentences(doc);
  const covered = new Set<string>();
  const spans: Span[] = principles.flatMap((p) => p.quotes.map((q) => ({ start: q.start, end: q.end })));
  for (const s of sentences) if (spans.some((q) => q.start < s.end && s.start < q.end)) covered.add(s.hash);
  for (const p of principles) {
    if (p.origin !== 'imported' || !p.anchor) continue;
    const section = doc.sections.find((x) => x.id === p.anchor);
    for (const s of section?.sentences ?? []) covered.add(quoteHashOf(doc.text.slice(s.start, s.end)));
  }
  return covered;
}

/** What a version changed in the sentences we track, against the version before it. */
export interface SentenceDelta {
  /** Sentences it has that the version before did not (every sentence, for a first version). */
  added: HashedSentence[];
  /** Sentences the version before covered (quoted, or in a principle's section) that are gone. */
  coveredRemoved: string[];
  /** Nothing to read: no covered sentence changed and no sentence was added. */
  nothingNew: boolean;
}

/** sentenceDelta(prev, next, coveredBefore): the sentences `next` adds, and the covered ones it drops. */
export function sentenceDelta(prev: TextOfRecord | undefined, next: TextOfRecord, coveredBefore: ReadonlySet<string>): SentenceDelta {
  const now = hashedSentences(next);
  const had = new Set(prev ? hashedSentences(prev).map((s) => s.hash) : []);
  const have = new Set(now.map((s) => s.hash));
  const seen = new Set<string>();
  const added = now.filter((s) => !had.has(s.hash) && !seen.has(s.hash) && seen.add(s.hash));
  const coveredRemoved = [...coveredBefore].filter((h) => !have.has(h)).sort();
  return { added, coveredRemoved, nothingNew: Boolean(prev) && !added.length && !coveredRemoved.length };
}
