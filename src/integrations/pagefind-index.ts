import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { Atlas } from '../schemas/atlas.ts';
import { mayRepublish } from '../lib/reader/may-republish.ts';

/**
 * The full-text index, written to pagefind/ after the pages: every reader page (the whole text of each
 * version whose licence lets us republish it), and, for the other versions, the passages we quote —
 * one record per principle, linked to its place on the version page and marked "quoted only".
 * Any error Pagefind reports stops the build, naming the page or record.
 */
export function pagefindIndex(base: string): AstroIntegration {
  return {
    name: 'spec-atlas:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const atlas = JSON.parse(readFileSync(join(out, 'data/atlas.json'), 'utf8')) as Atlas;
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const pages = await index.addDirectory({ path: out, glob: 'documents/**/text/**/*.html' });
        if (pages.errors.length) throw new Error(`pagefind: reader pages: ${pages.errors.join('; ')}`);
        const versions = new Map(atlas.versions.map((v) => [v.id, v]));
        const documents = new Map(atlas.documents.map((d) => [d.id, d]));
        const labs = new Map(atlas.labs.map((l) => [l.id, l.name]));
        const prefix = base.replace(/\/?$/, '/');
        let quoted = 0;
        for (const p of atlas.principles) {
          const v = versions.get(p.version)!;
          if (mayRepublish(v.licence)) continue;
          const [document, label] = p.version.split('@') as [string, string];
          const r = await index.addCustomRecord({
            url: `${prefix}documents/${document}/${label}/#p-${p.id}`,
            content: p.quotes.map((q) => q.text).join('\n\n'),
            language: 'en',
            meta: { title: p.title, version: p.version, label: `${labs.get(documents.get(document)!.lab)} · ${documents.get(document)!.title} ${label}`, quotedOnly: v.licence },
            filters: { document: [document], latest: [v.latest ? 'yes' : 'no'] },
          });
          if (r.errors.length) throw new Error(`pagefind: ${p.version} › ${p.id} › quotes: ${r.errors.join('; ')}`);
          quoted++;
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`pagefind: writing: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`full-text index: ${pages.page_count} reader pages, ${quoted} quoted-only principles`);
      },
    },
  };
}
