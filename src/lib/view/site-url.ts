/** An absolute URL on the site, for permalinks in citations, feeds and canonical links. */
export function absoluteUrl(path: string, site: URL | string | undefined = envSite()): string {
  return new URL(path, site ?? 'https://spec-atlas.invalid/').toString();
}

/** The site's address as configured (astro.config.mjs `site`), when running in a Vite build. */
function envSite(): string | undefined {
  try {
    return import.meta.env.SITE;
  } catch {
    return undefined;
  }
}
