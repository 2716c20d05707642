import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
  });
}

/**
 * Every internal link (a[href], link[href], img[src], script[src]) of a built site that does not lead to
 * a file: root-relative links must start with the site's base path, and what follows must exist.
 */
export function brokenLinks(dist: string, base = '/'): string[] {
  const prefix = base.replace(/\/?$/, '/');
  const broken: string[] = [];
  for (const f of htmlFiles(dist)) {
    const doc = parse(readFileSync(f, 'utf8'));
    const refs = [
      ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
      ...doc.querySelectorAll('link[href]').map((a) => a.getAttribute('href')!),
      ...doc.querySelectorAll('img[src], script[src]').map((a) => a.getAttribute('src')!),
    ];
    for (const href of refs) {
      if (/^(https?:|mailto:|data:)/.test(href)) continue;
      const path = decodeURIComponent(href.split('#')[0]!.split('?')[0]!);
      if (!path) continue;
      let target: string;
      if (path.startsWith('/')) {
        if (!path.startsWith(prefix)) {
          broken.push(`${relative(dist, f)} → ${href} (outside the base path ${prefix})`);
          continue;
        }
        target = join(dist, path.slice(prefix.length));
      } else target = join(f, '..', path);
      const ok = existsSync(target) && (statSync(target).isFile() || existsSync(join(target, 'index.html')));
      if (!ok) broken.push(`${relative(dist, f)} → ${href}`);
    }
  }
  return [...new Set(broken)];
}
