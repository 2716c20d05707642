// npm run reading -- <version id or prefix>[#principle] [--unconfirmed]
// Prints, for each principle matched, what an editor needs to confirm or change its reading: the words
// of this version against the version before (word diff: [-removed-] {+added+}), the current reading
// (position, summary, topic links with their roles), and the file and entry to edit. With
// --unconfirmed, only principles whose words changed without a confirmed reading.
import { diffWordsWithSpace } from 'diff';
import { onlyFromEnv } from '../src/lib/pipeline/load-content.ts';
import { runPipeline } from '../src/lib/pipeline/run-pipeline.ts';
import { locationsFromEnv } from '../src/lib/sources/resolve-source.ts';
import { projectRoot, runMain } from './cli.ts';

await runMain(async () => {
  const args = process.argv.slice(2);
  const target = args.find((a) => !a.startsWith('--'));
  if (!target) {
    console.error('usage: npm run reading -- <version id or prefix, e.g. openai/model-spec@2025-12-18>[#principle] [--unconfirmed]');
    return 2;
  }
  const onlyUnconfirmed = args.includes('--unconfirmed');
  const root = process.env['SPEC_ATLAS_CONTENT_ROOT'] || projectRoot;
  const { atlas, content } = await runPipeline(root, locationsFromEnv(process.env, root), onlyFromEnv(process.env));
  const [prefix, id] = target.split('#') as [string, string | undefined];
  const unconfirmed = new Set(atlas.coverage.flatMap((c) => c.unconfirmed.map((p) => `${c.version}#${p}`)));
  const links = new Map(atlas.versionLinks.map((l) => [`${l.version}#${l.id}`, l]));
  const byKey = new Map(atlas.principles.map((p) => [`${p.version}#${p.id}`, p]));
  const matched = atlas.principles.filter((p) => p.version.startsWith(prefix) && (!id || p.id === id) && (!onlyUnconfirmed || unconfirmed.has(`${p.version}#${p.id}`)));
  for (const p of matched) {
    const key = `${p.version}#${p.id}`;
    const link = links.get(key);
    const doc = p.version.split('@')[0]!;
    const readings = content.alignments.get(doc);
    const file = readings?.fileOf.get(p.id) ?? readings?.file ?? `content/alignments/${doc}.yaml (none yet)`;
    const state =
      link?.status === 'changed'
        ? `${link.class} change since ${link.previous!.version.split('@')[1]}${link.confirmed === false ? '; reading NOT confirmed' : link.confirmed ? '; reading confirmed' : ''}`
        : (link?.status ?? 'first version');
    console.log(`\n== ${key}  (${state})`);
    console.log(`edit: ${file}, entry "${p.id}"${link?.status === 'changed' ? `, under versions.${p.version.split('@')[1]}` : ''}`);
    console.log(
      `title: ${p.title}${p.level ? `  level: ${p.level}` : ''}  position: ${p.position} (${p.positionSource})  override: ${p.override}  context: ${p.context.join(', ')}`,
    );
    if (p.summary) console.log(`summary${p.summaryOf !== p.version ? ` (describes ${p.summaryOf})` : ''}: ${p.summary}`);
    for (const a of atlas.alignments.filter((x) => x.principle === key && x.origin === 'curated')) {
      console.log(
        `link: ${a.topic} [${a.role}${a.decisive ? ', decisive' : ''}${a.scope ? `, scope ${a.scope}` : ''}${a.by ? `, by ${a.by}${a.to ? ` to ${a.to}` : ''}` : ''}] ${a.position}/${a.override} (reading of ${a.readingOf})${a.note ? ` — ${a.note}` : ''}`,
      );
    }
    const before = link?.previous ? byKey.get(`${link.previous.version}#${link.previous.id}`) : undefined;
    if (before && before.text !== p.text) {
      console.log('words, before → after:');
      console.log(
        diffWordsWithSpace(before.text, p.text)
          .map((d) => (d.added ? `{+${d.value}+}` : d.removed ? `[-${d.value}-]` : d.value))
          .join(''),
      );
    } else {
      console.log('words:');
      console.log(p.text);
    }
  }
  console.log(`\n${matched.length} principles`);
  return 0;
});
