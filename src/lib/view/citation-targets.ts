import type { SiteData } from '../../data/atlas.ts';
import type { CitationTarget } from '../cite/citations.ts';
import { cellText } from './cell-text.ts';
import { paths } from './paths.ts';
import { sourceFileUrl, sourceLineUrl } from './source-links.ts';
import { absoluteUrl } from './site-url.ts';
import { buildDate } from './build-date.ts';

/** What a citation of one principle names. */
export function principleCitation(data: SiteData, key: string): CitationTarget {
  const p = data.principle(key);
  const v = data.version(p.version);
  const d = data.document(v.document);
  return {
    item: p.origin === 'imported' ? `“${p.title}”` : `${p.title} (Spec Atlas title)`,
    lab: data.lab(d.lab).name,
    documentTitle: d.title,
    versionLabel: v.version,
    versionDate: v.date,
    sourceUrl: sourceLineUrl(v, p.quotes[0]!.line),
    permalink: absoluteUrl(paths.principle(p.version, p.id)),
    accessed: buildDate(),
  };
}

/** What a citation of one cell (a document version's stance on a topic) names. */
export function cellCitation(data: SiteData, topicId: string, versionId: string): CitationTarget {
  const t = data.topic(topicId);
  const v = data.version(versionId);
  const d = data.document(v.document);
  const c = data.cell(topicId, versionId);
  const first = c.evidence[0] ?? c.scopes[0]?.evidence[0] ?? c.adjustments[0]?.evidence[0];
  const line = first === undefined ? undefined : data.principle(data.alignment(first).principle).quotes[0]!.line;
  return {
    item: `Stance on “${t.question}”: ${cellText(c)}`,
    lab: data.lab(d.lab).name,
    documentTitle: d.title,
    versionLabel: v.version,
    versionDate: v.date,
    sourceUrl: line === undefined ? sourceFileUrl(v) : sourceLineUrl(v, line),
    permalink: absoluteUrl(`${paths.version(versionId)}#topic-${topicId}`),
    accessed: buildDate(),
  };
}

/** What a citation of a topic page names: Spec Atlas's comparison, as of the build. */
export function topicCitation(data: SiteData, topicId: string): CitationTarget {
  const t = data.topic(topicId);
  const date = buildDate();
  return {
    item: `${t.title}: ${t.question}`,
    lab: 'Spec Atlas',
    documentTitle: 'Spec Atlas topic comparison',
    versionLabel: data.atlas.dataVersion,
    versionDate: date,
    sourceUrl: absoluteUrl(paths.topic(topicId)),
    permalink: absoluteUrl(paths.topic(topicId)),
    accessed: date,
  };
}
