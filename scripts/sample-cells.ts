// npm run sample -- [count] [seed]
// Draws cells with evidence at random (seeded, so a draw can be repeated) and prints each stance with
// the quoted words behind it, for a reader to judge against the source.
import { onlyFromEnv } from '../src/lib/pipeline/load-content.ts';
import { runPipeline } from '../src/lib/pipeline/run-pipeline.ts';
import { locationsFromEnv } from '../src/lib/sources/resolve-source.ts';
import { projectRoot, runMain } from './cli.ts';
import { seededRandom } from '../src/lib/random/seeded.ts';
import { cellText } from '../src/lib/view/cell-text.ts';

await runMain(async () => {
  const count = Number(process.argv[2] ?? 10);
  const seed = Number(process.argv[3] ?? 1);
  const root = process.env['SPEC_ATLAS_CONTENT_ROOT'] || projectRoot;
  const { atlas } = await runPipeline(root, locationsFromEnv(process.env, root), onlyFromEnv(process.env));
  const latest = new Set(atlas.versions.filter((v) => v.latest).map((v) => v.id));
  const pool = atlas.cells.filter((c) => latest.has(c.version) && (c.evidence.length || c.scopes.length || c.adjustments.length));
  const next = seededRandom(seed);
  const drawn = new Set<number>();
  while (drawn.size < Math.min(count, pool.length)) drawn.add(Math.floor(next() * pool.length));
  for (const i of drawn) {
    const c = pool[i]!;
    const topic = atlas.topics.find((t) => t.id === c.topic)!;
    console.log(
      `\n${c.version} × ${c.topic}: ${cellText(c)}${c.contexts ? ` (only: ${c.contexts.join(', ')})` : ''}${c.provisional ? ` [provisional: ${c.pending.join(', ')}]` : ''}`,
    );
    console.log(`  question: ${topic.question}`);
    const passages = [...c.evidence, ...c.adjustments.flatMap((x) => x.evidence), ...c.scopes.flatMap((s) => s.evidence), ...c.seeAlso];
    for (const e of [...new Set(passages)]) {
      const a = atlas.alignments[e]!;
      const p = atlas.principles.find((x) => `${x.version}#${x.id}` === a.principle)!;
      console.log(
        `  - ${p.id} [${a.role}${a.decisive ? ', decisive' : ''}${a.scope ? `: ${a.scope}` : ''}${a.by ? `: ${a.by}${a.to ? `→${a.to}` : ''}` : ''}] → ${a.position}${a.note ? ` (note: ${a.note})` : ''}`,
      );
      for (const q of p.quotes) console.log(`    “${q.text.replace(/\s+/g, ' ').slice(0, 400)}”`);
    }
  }
  return 0;
});
