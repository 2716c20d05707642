// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Editorial pages use remark plugins, which run in the unified processor (Astro 7's default, Sätteri, does not run them).
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [mdx()],
});
