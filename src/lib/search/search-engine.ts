import Fuse from 'fuse.js';
import type { SearchPayload, SearchRecord } from '../../schemas/search.ts';
import { paths } from '../view/paths.ts';
import { highlight } from './highlight.ts';
import { fieldWeights, searchWords, stem, STOPWORDS, vocabularyFuseOptions, wordPattern, type SearchField } from './search-options.ts';

export interface SearchFilters {
  lab?: string;
  group?: string;
  position?: string;
  override?: string;
}

export interface SearchHit {
  record: SearchRecord;
  score: number;
  /** Where the result links. */
  href: string;
  /** For principles: lab name, document title and version label, for the chips (documents: the lab name). */
  labName?: string;
  documentTitle?: string;
  versionLabel?: string;
  /** Escaped HTML with the matched words marked. */
  titleHtml: string;
  detailHtml: string;
}

/** What a search finds, by kind: labs and documents it names, topics, principles (each once). */
export interface SearchResults {
  /** Whether some result matched every word: when none did, the texts' passages are the better answer and show first. */
  complete: boolean;
  places: SearchHit[];
  topics: SearchHit[];
  principles: SearchHit[];
}

export interface SearchEngine {
  search(query: string, filters?: SearchFilters, limit?: number): SearchResults;
}

/** Query words: lowercase, two characters or more, once each, without stopwords unless nothing else is left. */
export function queryWords(query: string): string[] {
  const words = [...new Set(searchWords(query))];
  const kept = words.filter((w) => !STOPWORDS.has(w));
  return kept.length ? kept : words;
}

/**
 * Phrases the query asks for as such: words in double quotes, and names joined by punctuation
 * ("AGENTS.md", "system_prompt"), lowercased with their words separated by single spaces.
 */
export function queryPhrases(query: string): string[] {
  const quoted = [...query.matchAll(/["“]([^"”]+)["”]/g)].map((m) => m[1]!);
  const joined = [...query.matchAll(/[\p{L}\p{N}]+(?:[._/][\p{L}\p{N}]+)+/gu)].map((m) => m[0]);
  return [...quoted, ...joined].map((p) => searchWords(p).join(' ')).filter((p) => p.includes(' '));
}

const kindOrder: Record<SearchRecord['kind'], number> = { lab: 3, document: 2, topic: 1, principle: 0 };

/**
 * Search over the records. A query word matches stems: its own whole, then as the start of longer
 * ones; only a word that finds nothing so (or only one or two records, often a source's own typo) is
 * matched fuzzily against the vocabulary with fuse.js. Records score by how well each word matched and
 * in which field (fieldWeights); when some record matches every word, only such records are results.
 * Then by score, with a bonus for how much of the title the query covers (so "sycophancy" puts the
 * topic first), labs and documents before topics before principles on ties. A lab or document is a
 * result only when the query names it (covers its name better than any topic's title), and a lab's
 * documents when the query names the lab. A quoted phrase must appear as such. Filters narrow
 * principles by lab, topic group, position and override, and topics by group.
 */
export function createSearchEngine(payload: SearchPayload): SearchEngine {
  const { records } = payload;
  const topicById = new Map(records.filter((r) => r.kind === 'topic').map((r) => [r.id, r]));
  const memo = new Map<string, string>();
  const stemOf = (w: string): string => {
    let s = memo.get(w);
    if (s === undefined) memo.set(w, (s = stem(w)));
    return s;
  };
  const stems = (text: string): string[] => searchWords(text).map(stemOf);
  // Postings: for each stem, the records holding it and the best field weight it has there.
  const postings = new Map<string, Map<number, number>>();
  const info = records.map((r, i) => {
    const linked = (r.topics ?? []).map((id) => topicById.get(id)).filter((t) => t !== undefined);
    const fieldsOf: Record<SearchField, string> = {
      title: r.title,
      keywords: [...(r.keywords ?? []), ...linked.map((t) => t.title)].join(' · '),
      section: r.section ?? '',
      // Source names count as a principle's words too ("grok", "openai"), weighed like a summary.
      detail: `${r.detail} ${r.kind === 'principle' ? `${payload.labs[r.lab!] ?? ''} ${payload.documents[r.document!] ?? ''}` : r.kind === 'document' ? (payload.labs[r.lab!] ?? '') : ''}`,
      topicKeywords: linked.flatMap((t) => t.keywords ?? []).join(' · '),
    };
    // A topic's keywords weigh less on a principle linked to many topics (search-options.ts).
    const topicKeywordWeight = fieldWeights.topicKeywords / Math.sqrt(Math.max(1, linked.length));
    for (const f of Object.keys(fieldsOf) as SearchField[]) {
      const weight = f === 'topicKeywords' ? topicKeywordWeight : fieldWeights[f];
      for (const s of stems(fieldsOf[f])) {
        let p = postings.get(s);
        if (!p) postings.set(s, (p = new Map()));
        if ((p.get(i) ?? 0) < weight) p.set(i, weight);
      }
    }
    const names = r.kind === 'document' && r.detail ? [r.title, r.detail] : [r.title];
    return {
      groups: r.kind === 'topic' ? [r.group!] : [...new Set(linked.map((t) => t.group!))],
      names: names.map(stems),
      // Each field's words, for phrases: " w1 w2 … " so a phrase matches whole words only.
      phraseText: ` ${Object.values(fieldsOf)
        .map((t) => searchWords(t).join(' '))
        .join(' | ')} `,
    };
  });
  const labNames = new Map(records.filter((r) => r.kind === 'lab').map((r) => [r.id, stems(r.title)]));
  const vocabulary = [...postings.keys()].sort();
  let fuse: Fuse<string> | undefined;

  const lowerBound = (key: string): number => {
    let lo = 0;
    let hi = vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vocabulary[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  /** Stems a query word stands for, each with how well it matches (1 = whole). */
  const termsFor = (word: string): Map<string, number> => {
    const terms = new Map<string, number>();
    const s = stemOf(word);
    if (postings.has(s)) terms.set(s, 1);
    if (word.length >= 3) {
      for (let i = lowerBound(s); i < vocabulary.length && vocabulary[i]!.startsWith(s) && terms.size < 40; i++) {
        if (!terms.has(vocabulary[i]!)) terms.set(vocabulary[i]!, 0.8);
      }
    }
    const found = [...terms.keys()].reduce((n, t) => n + postings.get(t)!.size, 0);
    if (found < 3 && word.length >= 4) {
      // Built on the first typo only: most queries never need it.
      fuse ??= new Fuse(vocabulary, vocabularyFuseOptions);
      for (const r of fuse.search(s, { limit: 6 })) if (!terms.has(r.item)) terms.set(r.item, 0.7 * (1 - (r.score ?? 1)));
    }
    return terms;
  };

  const coverage = (names: string[][], terms: ReadonlySet<string>): number => Math.max(0, ...names.map((n) => n.filter((w) => terms.has(w)).length / Math.max(1, n.length)));

  return {
    search(query, filters = {}, limit = 50) {
      const words = queryWords(query);
      const phrases = queryPhrases(query);
      if (!words.length) return { complete: false, places: [], topics: [], principles: [] };
      const scores = new Map<number, { total: number; matched: number }>();
      const allTerms = new Set<string>();
      for (const word of words) {
        const best = new Map<number, number>();
        for (const [term, quality] of termsFor(word)) {
          allTerms.add(term);
          for (const [i, weight] of postings.get(term)!) {
            const s = quality * weight;
            if ((best.get(i) ?? 0) < s) best.set(i, s);
          }
        }
        for (const [i, s] of best) {
          const prev = scores.get(i) ?? { total: 0, matched: 0 };
          scores.set(i, { total: prev.total + s, matched: prev.matched + 1 });
        }
      }
      const queryStems = new Set(words.map(stemOf));
      const namedLabs = new Set([...labNames].filter(([, n]) => n.length && [...queryStems].every((w) => n.includes(w))).map(([id]) => id));
      const filtered = Boolean(filters.lab || filters.group || filters.position || filters.override);
      let candidates: { i: number; score: number; covered: number; matched: number }[] = [];
      for (const [i, { total, matched }] of scores) {
        const r = records[i]!;
        const x = info[i]!;
        if (phrases.length && !phrases.every((p) => x.phraseText.includes(` ${p} `))) continue;
        if (r.kind !== 'lab' && r.kind !== 'document' && filters.group && !x.groups.includes(filters.group)) continue;
        if (r.kind === 'principle') {
          if (filters.lab && r.lab !== filters.lab) continue;
          if (filters.position && r.position !== filters.position) continue;
          if (filters.override && r.override !== filters.override) continue;
        } else if (r.kind === 'topic' && (filters.lab || filters.position || filters.override)) continue;
        else if ((r.kind === 'lab' || r.kind === 'document') && filtered) continue;
        const covered = coverage(x.names, allTerms);
        candidates.push({ i, score: (matched === words.length ? 10 : 0) + total / words.length + 3 * covered + kindOrder[r.kind] * 0.01, covered, matched });
      }
      const complete = candidates.some((c) => c.matched === words.length);
      if (complete) candidates = candidates.filter((c) => c.matched === words.length);
      const bestTopic = Math.max(0, ...candidates.filter((c) => records[c.i]!.kind === 'topic').map((c) => c.covered));
      // Ranked before any result is built: only the first `limit` of each kind become hits.
      candidates.sort((a, b) => b.score - a.score || records[a.i]!.title.localeCompare(records[b.i]!.title));
      const marks = (text: string): string => {
        const ranges: [number, number][] = [];
        for (const m of text.matchAll(wordPattern())) if (allTerms.has(stemOf(m[0].toLowerCase()))) ranges.push([m.index, m.index + m[0].length - 1]);
        return highlight(text, ranges);
      };
      const out: SearchResults = { complete, places: [], topics: [], principles: [] };
      for (const { i, score, covered } of candidates) {
        const r = records[i]!;
        const list = r.kind === 'lab' || r.kind === 'document' ? out.places : r.kind === 'topic' ? out.topics : out.principles;
        if (list.length >= limit) continue;
        // A lab or document is a result when the query names it, better than it names any topic.
        if ((r.kind === 'lab' || r.kind === 'document') && !(covered >= 0.5 && covered > bestTopic) && !(r.kind === 'document' && namedLabs.has(r.lab!))) continue;
        const version = r.version ? `${r.document}@${r.version}` : '';
        list.push({
          record: r,
          score,
          href: r.kind === 'topic' ? paths.topic(r.id) : r.kind === 'lab' ? paths.lab(r.id) : r.kind === 'document' ? paths.document(r.id) : paths.principle(version, r.id),
          ...(r.kind === 'principle' ? { labName: payload.labs[r.lab!] ?? r.lab!, documentTitle: payload.documents[r.document!] ?? r.document!, versionLabel: r.version! } : {}),
          ...(r.kind === 'document' ? { labName: payload.labs[r.lab!] ?? r.lab! } : {}),
          titleHtml: marks(r.title),
          detailHtml: marks(r.detail),
        });
      }
      return out;
    },
  };
}
