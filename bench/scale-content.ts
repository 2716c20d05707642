import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A copy of the project's content at `times` its size: every lab, document and version repeated as
 * synthetic labs ("openai-s2", …) whose documents point at the same texts of record, with copies of
 * their principles, curation, alignments and coverage. Shaped like the real content by construction.
 */
export function scaleContent(projectRoot: string, target: string, times: number): void {
  cpSync(join(projectRoot, 'content'), join(target, 'content'), { recursive: true });
  const manifestPath = join(target, 'content/sources/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { versions: { id: string; document: string; version: string }[] };
  const labs = [...new Set(manifest.versions.map((v) => v.document.split('/')[0]!))];
  const copies = [];
  for (let k = 2; k <= times; k++) {
    for (const lab of labs) {
      const copy = `${lab}-s${k}`;
      cpSync(join(projectRoot, `content/labs/${lab}.yaml`), join(target, `content/labs/${copy}.yaml`));
      for (const kind of ['documents', 'principles', 'curation', 'alignments', 'coverage']) {
        const from = join(projectRoot, `content/${kind}/${lab}`);
        if (!existsSync(from)) continue;
        const to = join(target, `content/${kind}/${copy}`);
        mkdirSync(dirname(to), { recursive: true });
        cpSync(from, to, { recursive: true });
        if (kind === 'documents') {
          // Each document names its lab; the copies name theirs.
          for (const f of listYaml(to)) writeFileSync(f, readFileSync(f, 'utf8').replace(/^lab: .*$/m, `lab: ${copy}`));
        }
      }
      for (const v of manifest.versions.filter((x) => x.document.startsWith(`${lab}/`))) {
        const document = v.document.replace(`${lab}/`, `${copy}/`);
        copies.push({ ...v, id: `${document}@${v.version}`, document });
      }
    }
  }
  manifest.versions.push(...copies);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 1));
}

function listYaml(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? listYaml(p) : p.endsWith('.yaml') ? [p] : [];
  });
}
