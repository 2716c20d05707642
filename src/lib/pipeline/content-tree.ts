import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where content files may live, and what they are: anything else under content/ would be skipped. */
const KNOWN: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /^labs\/[^/]+\.ya?ml$/, what: 'a lab' },
  { pattern: /^documents\/[^/]+\/[^/]+\.ya?ml$/, what: 'a document' },
  { pattern: /^sources\/(manifest|known-versions)\.json$/, what: 'the sources manifest, or the versions known but not pinned' },
  { pattern: /^taxonomy\/groups\.ya?ml$/, what: 'the topic groups' },
  { pattern: /^taxonomy\/topics\/[^/]+\.ya?ml$/, what: 'a topic' },
  { pattern: /^crosswalks\/[^/]+\.ya?ml$/, what: 'a crosswalk' },
  { pattern: /^curation\/[^/]+\/[^/]+\.ya?ml$/, what: 'curation of an imported document' },
  { pattern: /^(alignments|principles|coverage)\/[^/]+\/[^/]+\.ya?ml$/, what: 'readings of a document' },
  { pattern: /^(alignments|principles|coverage)\/[^/]+\/[^/]+\/[^/]+\.ya?ml$/, what: 'a part of the readings of a long document' },
  { pattern: /^reviews\/[^/]+\/[^/]+\.ya?ml$/, what: 'second readings of a document' },
  { pattern: /^audits\/[^/]+\.ya?ml$/, what: 'an audit' },
  { pattern: /^(redirects|changelog)\.ya?ml$/, what: 'redirects, or the changelog' },
];

/** Files under content/ that the build would not read: each with why, so none is silently skipped. */
export function unreadContentFiles(root: string): { file: string; problem: string }[] {
  const base = join(root, 'content');
  const out: { file: string; problem: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const rel = relative(base, path).split(sep).join('/');
      if (name.startsWith('.')) continue;
      if (KNOWN.some((k) => k.pattern.test(rel))) continue;
      const lower = rel.replace(/\.[^./]+$/, (e) => e.toLowerCase());
      const problem =
        lower !== rel && KNOWN.some((k) => k.pattern.test(lower))
          ? `the build reads only lowercase .yaml or .json names: rename it to ${lower.split('/').pop()}`
          : `the build does not read this file: content files are .yaml (or the manifests' .json) in labs/, documents/<lab>/, sources/, taxonomy/, crosswalks/, curation/, alignments/, principles/, coverage/, reviews/, audits/, or redirects.yaml and changelog.yaml`;
      out.push({ file: `content/${rel}`, problem });
    }
  };
  walk(base);
  return out;
}
