import { datedLabel } from './dated-label.ts';
import type { SiteData } from '../../data/atlas.ts';
import { summaryText } from './cell-text.ts';
import { paths } from './paths.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/**
 * A feed entry for each change of each document, linking to the diff (newest first): on a topic's feed,
 * stance and wording changes; on the site-wide feed, stance changes. Formatting-only changes are left out.
 */
export function topicChangeItems(data: SiteData, topicId?: string): FeedItem[] {
  const changes = topicId ? data.changesOn(topicId).filter((c) => c.class !== 'formatting') : data.atlas.changes.filter((c) => c.class === 'stance');
  return changes
    .map((c) => {
      const doc = data.document(c.document);
      const lab = data.lab(doc.lab).name;
      const to = data.version(c.to);
      const topic = data.topic(c.topic);
      const stance =
        c.class === 'stance'
          ? `stance ${summaryText(c.before, (s) => data.scopeLabel(c.from, s))} → ${summaryText(c.after, (s) => data.scopeLabel(c.to, s))}`
          : 'same stance, new wording';
      return {
        title: `${lab} ${doc.title} ${to.version}: ${topic.title} (${stance})`,
        link: paths.diff(c.from, c.to),
        pubDate: new Date(`${to.date}T00:00:00Z`),
        description: `${lab}'s ${doc.title}, from ${data.version(c.from).version} to ${to.version}, on “${topic.question}”: ${stance}${c.reasons.length ? ` (${c.reasons.join(' ')})` : ''}; what changed: ${c.kinds.join(', ')}.`,
      };
    })
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
}

/** A feed entry for each document version we hold (newest first). */
export function versionItems(data: SiteData): FeedItem[] {
  return data.atlas.versions
    .map((v) => {
      const doc = data.document(v.document);
      const lab = data.lab(doc.lab).name;
      return {
        title: `${lab} ${doc.title}: version ${v.version}`,
        link: v.previous ? paths.diff(v.previous, v.id) : paths.version(v.id),
        pubDate: new Date(`${v.date}T00:00:00Z`),
        description: `${lab} published ${doc.title} ${datedLabel(v.version, v.date)}; ${data.principlesOf(v.id).length} principles.${v.previous ? ' The link shows what changed.' : ''}`,
      };
    })
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
}
