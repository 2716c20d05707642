import type { SiteData } from '../../data/atlas.ts';
import { citationQuote, type ReadingCitation, type WorkCitation } from '../cite/citations.ts';
import { allowsRedistribution, shortQuote } from '../export/quote-policy.ts';
import { cellText } from './cell-text.ts';
import { paths } from './paths.ts';
import { quotePlace } from './source-links.ts';
import { absoluteUrl } from './site-url.ts';
import { buildDate } from './build-date.ts';

/** The lab's words in one principle, as a work of the lab. */
export function principleCitation(data: SiteData, key: string): WorkCitation {
  const p = data.principle(key);
  const v = data.version(p.version);
  const d = data.document(v.document);
  const q = p.quotes[0]!;
  const place = quotePlace(d, v, q, p.anchor);
  const words = allowsRedistribution(v.licence) ? q.text : shortQuote(q.text).text;
  return {
    kind: 'work',
    lab: data.lab(d.lab).name,
    documentTitle: d.title,
    versionLabel: v.version,
    versionDate: v.date,
    section: p.origin === 'imported' ? p.title : `${p.title} [Spec Atlas title]`,
    quote: citationQuote(words),
    url: place.publisher ?? place.pinned,
    ...(place.publisher ? { pinned: place.pinned } : {}),
    built: buildDate(),
  };
}

/**
 * A cell's two citations: the lab's words its default rests on (the first decisive passage, else the
 * first passage of its answer), and Spec Atlas's reading of them. A cell with no passage has no work to cite.
 */
export function cellCitations(data: SiteData, topicId: string, versionId: string): { work?: WorkCitation; reading: ReadingCitation } {
  const t = data.topic(topicId);
  const v = data.version(versionId);
  const d = data.document(v.document);
  const c = data.cell(topicId, versionId);
  const first = c.decisive[0] ?? c.evidence[0] ?? c.scopes[0]?.evidence[0] ?? c.adjustments[0]?.evidence[0];
  const reading: ReadingCitation = {
    kind: 'reading',
    title: `${d.title} (${v.version}) on “${t.question}”: ${cellText(c)}`,
    dataVersion: data.atlas.dataVersion,
    permalink: absoluteUrl(`${paths.version(versionId)}#topic-${topicId}`),
    built: buildDate(),
  };
  return first === undefined ? { reading } : { work: principleCitation(data, data.alignment(first).principle), reading };
}

/** A topic page: Spec Atlas's comparison, as of the build. */
export function topicCitation(data: SiteData, topicId: string): ReadingCitation {
  const t = data.topic(topicId);
  return {
    kind: 'reading',
    title: `${t.title}: ${t.question} (comparison across documents)`,
    dataVersion: data.atlas.dataVersion,
    permalink: absoluteUrl(paths.topic(topicId)),
    built: buildDate(),
  };
}
