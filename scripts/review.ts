// npm run review -- <document prefix> [--topic <id>] [--version <label>] [--all] [--limit N]
// The second reader's worksheet: every cell of the documents that needs a second reading and does not
// have one (with --all, every cell that needs one), each with the topic's question, the cell's default,
// adjustments, scopes and see-also, the words of each passage, and a record to fill in and paste into
// content/reviews/<lab>/<document>.yaml once the cell has been checked against the text of record.
import type { Atlas } from '../src/schemas/atlas.ts';
import { satisfied } from '../src/lib/derive/review-status.ts';
import { onlyFromEnv } from '../src/lib/pipeline/load-content.ts';
import { reviewLine } from '../src/lib/pipeline/build-atlas.ts';
import { runPipeline } from '../src/lib/pipeline/run-pipeline.ts';
import { locationsFromEnv } from '../src/lib/sources/resolve-source.ts';
import { cellText } from '../src/lib/view/cell-text.ts';
import { projectRoot, runMain } from './cli.ts';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};

function passage(atlas: Atlas, i: number, principles: Map<string, Atlas['principles'][number]>): string {
  const a = atlas.alignments[i]!;
  const p = principles.get(a.principle)!;
  const role = `${a.role}${a.decisive ? ', decisive' : ''}${a.scope ? ` ${a.scope}` : ''}${a.by ? ` by ${a.by}${a.to ? ` to ${a.to}` : ''}` : ''}`;
  const lines = [
    `    - ${p.id} [${role}] ${a.role === 'default' || a.role === 'scope' ? a.position : ''}${p.level ? ` (level ${p.level})` : ''}${p.binds !== 'model' ? ` (binds ${p.binds})` : ''}`,
  ];
  if (p.summary) lines.push(`      our summary: ${p.summary}`);
  if (a.note) lines.push(`      note: ${a.note}`);
  for (const q of p.quotes) lines.push(`      > ${q.text.replace(/\s+/g, ' ')}`);
  return lines.join('\n');
}

await runMain(async () => {
  const prefix = process.argv.slice(2).find((a) => !a.startsWith('--') && a !== option('--topic') && a !== option('--version') && a !== option('--limit')) ?? '';
  const root = process.env['SPEC_ATLAS_CONTENT_ROOT'] || projectRoot;
  const { atlas } = await runPipeline(root, locationsFromEnv(process.env, root), onlyFromEnv(process.env));
  const topics = new Map(atlas.topics.map((t) => [t.id, t]));
  const principles = new Map(atlas.principles.map((p) => [`${p.version}#${p.id}`, p]));
  const all = process.argv.includes('--all');
  const limit = Number(option('--limit') ?? Infinity);
  const topic = option('--topic');
  const version = option('--version');
  const cells = atlas.cells.filter(
    (c) => c.version.startsWith(prefix) && c.review.required && (all || !satisfied(c.review)) && (!topic || c.topic === topic) && (!version || c.version.endsWith(`@${version}`)),
  );
  for (const c of cells.slice(0, limit)) {
    const t = topics.get(c.topic)!;
    const [doc, label] = c.version.split('@') as [string, string];
    console.log(`\n== ${c.version} × ${c.topic}   review: ${c.review.status}${c.review.note ? ` (${c.review.note})` : ''}`);
    console.log(`question: ${t.question}`);
    console.log(
      `positions: ${Object.entries(t.positions)
        .map(([k, v]) => `${k}: ${v}`)
        .join(' | ')}`,
    );
    console.log(`reads: ${cellText(c)}${c.contexts ? ` (only: ${c.contexts.join(', ')})` : ''}${c.provisional ? `  [provisional: ${c.pending.join(', ')}]` : ''}`);
    if (c.note) console.log(`note: ${c.note}`);
    if (c.evidence.length) console.log(`  default passages:\n${c.evidence.map((i) => passage(atlas, i, principles)).join('\n')}`);
    for (const a of c.adjustments.filter((x) => x.basis === 'stated'))
      console.log(`  adjustment by ${a.by}${a.to ? ` to ${a.to}` : ''}:\n${a.evidence.map((i) => passage(atlas, i, principles)).join('\n')}`);
    for (const s of c.scopes) console.log(`  scope ${s.label}: ${s.state}\n${s.evidence.map((i) => passage(atlas, i, principles)).join('\n')}`);
    if (c.seeAlso.length) console.log(`  see also:\n${c.seeAlso.map((i) => passage(atlas, i, principles)).join('\n')}`);
    console.log(`record for content/reviews/${doc}.yaml:`);
    console.log(
      `- { topic: ${c.topic}, version: '${label}', fingerprint: '${c.fingerprint}', reader: READER, verdict: confirmed, date: ${new Date().toISOString().slice(0, 10)} }`,
    );
  }
  console.log(`\n${cells.length} cells listed${cells.length > limit ? ` (${limit} shown)` : ''}; overall ${reviewLine(atlas)}`);
  return 0;
});
