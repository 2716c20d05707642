import { getSiteData } from './atlas.ts';
import { getPipeline } from '../lib/pipeline/run-pipeline.ts';
import { contentRoot } from '../lib/pipeline/content-root.ts';
import { buildReader, type ReaderText } from '../lib/reader/build-reader.ts';
import { mayRepublish } from '../lib/reader/may-republish.ts';
import { paths } from '../lib/view/paths.ts';

let memo: Promise<Map<string, ReaderText>> | undefined;

/**
 * The reader of every version whose licence lets us republish it, by version id. The words come from
 * the verified texts of record the pipeline read at build time; nothing of them is in the repository.
 */
export function getReaders(): Promise<Map<string, ReaderText>> {
  memo ??= Promise.all([getSiteData(), getPipeline(contentRoot())]).then(([data, { imported }]) => {
    const out = new Map<string, ReaderText>();
    for (const { source, doc } of imported) {
      if (!mayRepublish(source.licence)) continue;
      const principles = data.principlesOf(source.id).map((p) => {
        const topics = data
          .alignmentsOf(`${p.version}#${p.id}`)
          .filter((a) => a.origin === 'curated')
          .map((a) => data.topic(a.topic));
        const stance = [p.position.replace('-', ' '), p.override === 'none' ? 'fixed' : p.override === 'unstated' ? '' : `${p.override} may change it`].filter(Boolean).join(' · ');
        return {
          id: p.id,
          title: p.title,
          href: paths.principle(p.version, p.id),
          stance,
          topics: [...new Map(topics.map((t) => [t.id, { title: t.title, href: paths.topic(t.id) }])).values()],
          quotes: p.quotes.map((q) => ({ start: q.start, end: q.end })),
        };
      });
      out.set(source.id, buildReader(doc.text, principles));
    }
    return out;
  });
  return memo;
}
