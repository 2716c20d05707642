/**
 * A URL on the site for permalinks in citations and canonical links: absolute when the site's address
 * is configured (SPEC_ATLAS_SITE), else the path alone, which the browser makes absolute from the
 * page's own address. Never a placeholder host.
 */
export function absoluteUrl(path: string, site: URL | string | undefined = configuredSite()): string {
  return site ? new URL(path, site).toString() : path;
}

/** The site's address when it is configured, else undefined. */
export function configuredSite(env: Record<string, string | undefined> = process.env): string | undefined {
  return env['SPEC_ATLAS_SITE'] || undefined;
}
