// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { readRedirects } from './src/lib/view/redirects.ts';
import { cspDirectives, scriptResources } from './src/lib/view/csp.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { atomicOutput, stagingDir } from './src/integrations/atomic-output.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { resolve } from 'node:path';

// Where the site will be served: set these when deploying (see README, "Hosting").
const site = process.env.SPEC_ATLAS_SITE || 'https://spec-atlas.invalid';
const base = process.env.SPEC_ATLAS_BASE || '/';
const outDir = resolve(process.env.SPEC_ATLAS_OUT_DIR || './dist');
const building = process.argv.includes('build');
// Without an address, permalinks and canonical links are made from the page's own address in the
// browser; the sitemap and feeds need one, so a build for production should set it.
if (building && !process.env.SPEC_ATLAS_SITE && !process.env.VITEST)
  console.warn(
    'warning: SPEC_ATLAS_SITE is not set, so pages carry no canonical link, citations make permalinks from the address they are read at, and the sitemap and feeds use a placeholder host. Set it to the address the site is served from (see README, "Hosting").',
  );

// A problem in content/redirects.yaml is a content error: say so, and nothing else, then stop.
function redirectsOrExit() {
  try {
    return readRedirects(new URL('./content/redirects.yaml', import.meta.url), base);
  } catch (e) {
    console.error(`ContentError: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}

export default defineConfig({
  site,
  base,
  // A build writes next to the output folder and moves into place only when finished (atomicOutput);
  // other commands (preview) read the output folder itself.
  outDir: building ? stagingDir(outDir) : outDir,
  trailingSlash: 'always',
  // Styles inline: one request fewer before first paint (the stylesheet is a few KB).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Renamed ids keep working: old addresses redirect to the new ones (content/redirects.yaml).
  redirects: redirectsOrExit(),
  // Editorial pages use remark plugins, which run in the unified processor (Astro 7's default, Sätteri, does not run them).
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
  integrations: [mdx(), sitemap(), securityHeaders(), ...(building ? [pagefindIndex(base), atomicOutput(outDir)] : [])],
  // A Content-Security-Policy every page carries as a <meta http-equiv>: scripts and styles from this
  // origin or hashed by Astro, nothing from elsewhere (public/_headers repeats it for hosts that send it).
  security: { csp: { directives: [...cspDirectives], scriptDirective: { resources: [...scriptResources] } } },
});
