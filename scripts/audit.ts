// npm run audit -- --sample 120 --seed <n>
// Draws a seeded, stratified random sample of cells (by lab, latest or earlier version, silent or not)
// and writes a worksheet for the auditors: .cache/audits/<date>-seed<n>.md (each cell with its topic's
// question, its reading and the words it rests on) and .cache/audits/<date>-seed<n>.yaml (the records
// to fill in). The finished records go to content/audits/<date>.yaml (<date>-seed<n>.yaml for a second audit
// that day), whole: a sample is never re-drawn.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawSample, stratumOf } from '../src/lib/audit/draw-sample.ts';
import { onlyFromEnv } from '../src/lib/pipeline/load-content.ts';
import { runPipeline } from '../src/lib/pipeline/run-pipeline.ts';
import { locationsFromEnv } from '../src/lib/sources/resolve-source.ts';
import { cellText } from '../src/lib/view/cell-text.ts';
import { projectRoot, runMain } from './cli.ts';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};

await runMain(async () => {
  const size = Number(option('--sample') ?? 120);
  const seed = Number(option('--seed'));
  if (!Number.isInteger(seed) || seed < 0) {
    console.error('usage: npm run audit -- --sample 120 --seed <a whole number you have not used before>');
    return 2;
  }
  const root = process.env['SPEC_ATLAS_CONTENT_ROOT'] || projectRoot;
  const { atlas } = await runPipeline(root, locationsFromEnv(process.env, root), onlyFromEnv(process.env));
  const versions = new Map(atlas.versions.map((v) => [v.id, v]));
  const docs = new Map(atlas.documents.map((d) => [d.id, d]));
  const topics = new Map(atlas.topics.map((t) => [t.id, t]));
  const principles = new Map(atlas.principles.map((p) => [`${p.version}#${p.id}`, p]));
  const pool = atlas.cells.map((c) => {
    const v = versions.get(c.version)!;
    return { key: `${c.version} ${c.topic}`, lab: docs.get(v.document)!.lab, latest: v.latest, silent: c.state === 'silent', cell: c };
  });
  const drawn = drawSample(pool, size, seed);
  const date = new Date().toISOString().slice(0, 10);
  const dir = join(root, '.cache', 'audits');
  mkdirSync(dir, { recursive: true });
  const md: string[] = [
    `# Audit worksheet, ${date}, seed ${seed}, ${drawn.length} cells (data ${atlas.dataVersion})`,
    '',
    'Judge each cell against the text of record under docs/reading-guide.md: correct, debatable (say why it can be read either way) or wrong (say what is wrong, and correct the data).',
    '',
  ];
  const yaml: string[] = [
    `date: '${date}'`,
    `drawnAt: '${new Date().toISOString().slice(11, 16)}'`,
    `seed: ${seed}`,
    `dataVersion: ${atlas.dataVersion}`,
    `method: Stratified random sample of ${drawn.length} cells from ${pool.length}, drawn by npm run audit with seed ${seed}. Strata are lab × latest or earlier version × silent or answered; each stratum with cells gets at least one draw and the rest are shared in proportion to stratum size.`,
    'cells:',
  ];
  drawn.forEach((d, i) => {
    const c = d.cell;
    const t = topics.get(c.topic)!;
    md.push(
      `## ${i + 1}. ${c.version} × ${c.topic} (${stratumOf(d)})`,
      '',
      `- question: ${t.question}`,
      `- reads: ${cellText(c)}${c.provisional ? ` (provisional: ${c.pending.join(', ')})` : ''}`,
    );
    if (c.note) md.push(`- note: ${c.note}`);
    const passages = [...new Set([...c.evidence, ...c.adjustments.flatMap((a) => (a.basis === 'stated' ? a.evidence : [])), ...c.scopes.flatMap((s) => s.evidence), ...c.seeAlso])];
    for (const k of passages) {
      const a = atlas.alignments[k]!;
      const p = principles.get(a.principle)!;
      md.push(
        `- ${p.id} [${a.role}${a.decisive ? ', decisive' : ''}${a.scope ? ` ${a.scope}` : ''}${a.by ? ` by ${a.by}` : ''}] ${a.position}: ${p.quotes.map((q) => `“${q.text.replace(/\s+/g, ' ')}”`).join(' ')}`,
      );
    }
    md.push('');
    yaml.push(`  - { topic: ${c.topic}, version: '${c.version}', fingerprint: '${c.fingerprint}', stratum: '${stratumOf(d)}', verdict: VERDICT, reason: REASON, reader: READER }`);
  });
  const base = join(dir, `${date}-seed${seed}`);
  writeFileSync(`${base}.md`, `${md.join('\n')}\n`);
  writeFileSync(`${base}.yaml`, `${yaml.join('\n')}\n`);
  console.log(
    `drew ${drawn.length} of ${pool.length} cells with seed ${seed}; worksheet ${base}.md, records to fill in ${base}.yaml (then move to content/audits/${date}.yaml, or ${date}-seed${seed}.yaml if that day has one)`,
  );
  return 0;
});
