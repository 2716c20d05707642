/** Site paths, one place: pages link through these so a route change cannot leave a stale link. */

/** The site's base path ("/" or e.g. "/atlas/"), as Vite sets it at build time; "/" outside a Vite build. */
function envBase(): string {
  try {
    return import.meta.env.BASE_URL ?? '/';
  } catch {
    return '/';
  }
}

const base = (): string => envBase().replace(/\/?$/, '/');

/** "openai/model-spec@2025-12-18" → { document: "openai/model-spec", label: "2025-12-18" } */
export function splitVersionId(id: string): { document: string; label: string } {
  const at = id.indexOf('@');
  return { document: id.slice(0, at), label: id.slice(at + 1) };
}

export const paths = {
  home: (): string => base(),
  matrix: (): string => `${base()}matrix/`,
  matrixPolicies: (): string => `${base()}matrix/policies/`,
  matrixAll: (): string => `${base()}matrix/all/`,
  matrixOverview: (): string => `${base()}matrix/overview/`,
  matrixPoliciesOverview: (): string => `${base()}matrix/policies/overview/`,
  overviewSvg: (): string => `${base()}matrix/overview.svg`,
  policiesOverviewSvg: (): string => `${base()}matrix/policies-overview.svg`,
  topics: (): string => `${base()}topics/`,
  topic: (id: string): string => `${base()}topics/${id}/`,
  labs: (): string => `${base()}labs/`,
  lab: (id: string): string => `${base()}labs/${id}/`,
  document: (id: string): string => `${base()}documents/${id}/`,
  version: (versionId: string): string => {
    const { document, label } = splitVersionId(versionId);
    return `${base()}documents/${document}/${label}/`;
  },
  /** A principle on its version page; for a version shown in parts, SiteData.principleHref gives the part's address. */
  principle: (versionId: string, principleId: string): string => `${paths.version(versionId)}#p-${principleId}`,
  versionPart: (versionId: string, slug: string): string => `${paths.version(versionId)}principles/${slug}/`,
  /** A version's reader page (its whole text), or one of its pages when the text is cut at its sections. */
  reader: (versionId: string, part = ''): string => `${paths.version(versionId)}text/${part ? `${part}/` : ''}`,
  diff: (from: string, to: string): string => {
    const a = splitVersionId(from);
    const b = splitVersionId(to);
    return `${base()}documents/${a.document}/diff/${a.label}...${b.label}/`;
  },
  diffPicker: (documentId: string): string => `${base()}documents/${documentId}/diff/`,
  compare: (versionIds?: readonly string[]): string => `${base()}compare/${versionIds?.length ? `?specs=${versionIds.map(encodeURIComponent).join(',')}` : ''}`,
  methodology: (): string => `${base()}methodology/`,
  sources: (): string => `${base()}sources/`,
  about: (): string => `${base()}about/`,
  search: (): string => `${base()}search/`,
  data: (): string => `${base()}data/atlas.json`,
  dataPage: (): string => `${base()}data/`,
  fit: (needs?: string): string => `${base()}fit/${needs ? `?needs=${needs}` : ''}`,
  feed: (): string => `${base()}feeds/changes.xml`,
  topicFeed: (id: string): string => `${base()}feeds/topics/${id}.xml`,
};
