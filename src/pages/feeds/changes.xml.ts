import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/atlas.ts';
import { topicChangeItems, versionItems } from '../../lib/view/feed-items.ts';

/** Site-wide feed: new document versions and stance changes per topic, each linking to the diff. */
export const GET: APIRoute = async (context) => {
  const data = await getSiteData();
  const items = [...versionItems(data), ...topicChangeItems(data)].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
  return rss({
    title: 'Spec Atlas: changes',
    description: 'New versions of AI labs’ behavior documents, and the topics whose stance changed.',
    site: context.site!,
    items,
  });
};
