/** An absolute URL on the site, for permalinks in citations, feeds and canonical links. */
export function absoluteUrl(path: string, site: URL | string | undefined = import.meta.env?.SITE): string {
  return new URL(path, site ?? 'https://spec-atlas.invalid/').toString();
}
