// Full-text search over the reader pages and quoted passages, through the Pagefind index the build
// writes to pagefind/ (see src/integrations/pagefind-index.ts). Pagefind runs its matching in a worker
// of its own and fetches only the index chunks and fragments a query needs.
import { escapeHtml } from '../render/inline-markdown.ts';

/** What Pagefind reports for an element with an id, and where in the page's words it starts. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** A loaded Pagefind result (the fields used here). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  locations: number[];
  anchors: PagefindAnchor[];
}

/** One full-text hit, as a result list shows it. */
export interface TextHit {
  /** The page and, on reader pages, the sentence ("#s-N") or heading where the first match is. */
  href: string;
  /** The document version it is in, e.g. "openai/model-spec@2025-12-18". */
  version: string;
  /** Lab, document and version in words, e.g. "OpenAI · Model Spec 2025-12-18". */
  label: string;
  /** The heading above the match, or the page's title. */
  title: string;
  /** Escaped text with the matched words marked. */
  excerptHtml: string;
  /** Set when only our quotes of this version are searchable: its licence, to say why. */
  quotedOnly?: string;
}

/**
 * The place of a page's first match: the sentence anchor ("s-N") holding it, and the heading above it.
 * Anchors are in page order; a match belongs to the last anchor starting at or before it.
 */
export function placeOf(data: Pick<PagefindData, 'locations' | 'anchors'>): { sentence?: string; heading?: string } {
  const at = Math.min(...data.locations);
  let sentence: string | undefined;
  let heading: PagefindAnchor | undefined;
  for (const a of data.anchors) {
    if (a.location > at) break;
    if (/^h[1-6]$/.test(a.element)) {
      heading = a;
      sentence = undefined;
    } else if (/^s-\d+$/.test(a.id)) sentence = a.id;
  }
  return { ...(sentence ? { sentence } : {}), ...(heading ? { heading: heading.text } : {}) };
}

/** Pagefind's excerpt as safe HTML: all of it escaped, then only its <mark> tags restored. */
export function safeExcerpt(excerpt: string): string {
  return excerpt
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : escapeHtml(part)))
    .join('');
}

/** A loaded result as a hit: linked to its sentence on a reader page, or to the quoted principle. */
export function toTextHit(data: PagefindData): TextHit {
  const { sentence, heading } = placeOf(data);
  const href = data.url.includes('#') || !sentence ? data.url : `${data.url}#${sentence}`;
  return {
    href,
    version: data.meta['version'] ?? '',
    label: data.meta['label'] ?? data.meta['version'] ?? '',
    title: data.meta['quotedOnly'] ? (data.meta['title'] ?? '') : (heading ?? data.meta['title'] ?? ''),
    excerptHtml: safeExcerpt(data.excerpt),
    ...(data.meta['quotedOnly'] ? { quotedOnly: data.meta['quotedOnly'] } : {}),
  };
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] } | null>;
}

let loaded: Promise<Pagefind> | undefined;

/** Pagefind, imported from the site's own pagefind/ folder on first use. */
function pagefind(base: string): Promise<Pagefind> {
  loaded ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base, excerptLength: 24 });
    return pf;
  });
  return loaded;
}

/**
 * Searches the texts: latest versions only unless asked, the first `limit` results loaded, with how
 * many more there are. Errors come back as a message, so the rest of the search still shows.
 */
export async function searchTexts(
  base: string,
  query: string,
  options: { allVersions?: boolean; limit?: number } = {},
): Promise<{ hits: TextHit[]; total: number } | { error: string }> {
  try {
    const pf = await pagefind(base);
    const found = await pf.search(query, options.allVersions ? {} : { filters: { latest: 'yes' } });
    if (!found) return { hits: [], total: 0 };
    const data = await Promise.all(found.results.slice(0, options.limit ?? 5).map((r) => r.data()));
    return { hits: data.map(toTextHit), total: found.results.length };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
