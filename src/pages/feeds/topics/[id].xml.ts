import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data/atlas.ts';
import { topicChangeItems } from '../../../lib/view/feed-items.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getSiteData()).atlas.topics.map((t) => ({ params: { id: t.id } }));

/** One topic's feed: every change of any document's stance, evidence or wording on it. */
export const GET: APIRoute = async (context) => {
  const data = await getSiteData();
  const topic = data.topic(context.params['id']!);
  return rss({
    title: `Spec Atlas: ${topic.title}`,
    description: `Changes in what AI labs’ documents say on “${topic.question}”.`,
    site: context.site!,
    items: topicChangeItems(data, topic.id),
  });
};
