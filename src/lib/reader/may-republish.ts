/** Licences whose terms let us republish a text whole (with attribution where they ask for it). */
const OPEN = [/^CC0-1\.0\b/, /^MIT\b/, /^Apache-2\.0\b/, /^AGPL-3\.0\b/, /^CC-BY-\d/];

/**
 * Whether a version's text may be republished on a reader page, decided from the manifest's `licence`
 * field alone: it must start with an open licence's identifier, and not hedge it ("probable",
 * "unverified"). Anything else — "unknown", custom licences, a hedge — means no: search then covers
 * the quoted passages only.
 */
export function mayRepublish(licence: string): boolean {
  const l = licence.trim();
  if (/\b(unknown|probable|unverified)\b/i.test(l)) return false;
  return OPEN.some((re) => re.test(l));
}

/** Why a version's text is not on the site, in one sentence for a search result or a page. */
export function whyNotRepublished(licence: string): string {
  return `Its licence (${licence}) does not let us republish the whole text, so search covers the passages we quote.`;
}
