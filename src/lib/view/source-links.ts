import type { AtlasVersion } from '../../schemas/atlas.ts';
import { withTextFragment } from '../cite/citations.ts';

type Provenance = Pick<AtlasVersion, 'repo' | 'commit' | 'path' | 'archived' | 'rawUrl'>;

/** The pinned file as its host shows it: the blob at the pinned commit, or the archived copy. */
export function sourceFileUrl(version: Provenance): string {
  if (version.repo && version.commit && version.path) return `https://github.com/${version.repo}/blob/${version.commit}/${version.path}`;
  return version.archived?.url ?? version.rawUrl;
}

/** Where the pinned bytes come from, in words: "owner/name at 1a2b3c4d5e, path" or "an archived copy, retrieved 2026-01-02". */
export function provenanceText(version: Provenance): string {
  if (version.repo && version.commit && version.path) return `${version.repo} at ${version.commit.slice(0, 10)}, ${version.path}`;
  return `an archived copy (${version.archived ? `${new URL(version.archived.url).host}, retrieved ${version.archived.retrieved}` : version.rawUrl})`;
}

/** A link to the exact line of the pinned bytes, at the pinned commit, where the repository host shows it. */
export function sourceLineUrl(version: Provenance & Pick<AtlasVersion, 'linesMatchFile'>, line: number): string {
  const file = sourceFileUrl(version);
  return version.linesMatchFile && version.repo ? `${file}?plain=1#L${line}` : file;
}

/** The publisher's own page for a dated version, at an anchor, when the document has one. */
export function publisherUrl(template: string | undefined, version: Pick<AtlasVersion, 'version'>, anchor: string | undefined): string | undefined {
  if (!template) return undefined;
  return template
    .replace('{version}', encodeURIComponent(version.version))
    .replace('{anchor}', anchor ? encodeURIComponent(anchor) : '')
    .replace(/#$/, '');
}

/** Where a quote is, for readers and citations: the publisher's page first, then the pinned copy. */
export interface QuotePlace {
  /** The publisher's page for this version (with its anchor and a text fragment), when there is one. */
  publisher?: string;
  /** The pinned copy, at the line or (for long-line texts) with a text fragment. */
  pinned: string;
  /** How the pinned link says where: "line 120", or "characters 12,345–12,790" for long-line texts. */
  pinnedLabel: string;
}

const n = (x: number): string => x.toLocaleString('en-US');

/**
 * Where a quote is. The publisher's page is used for a dated version page (the document's
 * `versionPage`), or its homepage for the latest version only (an older version's words may no
 * longer be there). A long-line text is never located by "line 1": by character range, with a text
 * fragment on the link.
 */
export function quotePlace(
  doc: { versionPage?: string | undefined; homepage: string },
  version: Provenance & Pick<AtlasVersion, 'version' | 'latest' | 'linesMatchFile' | 'longLines'>,
  quote: { text: string; line: number; start: number; end: number },
  anchor: string | undefined,
): QuotePlace {
  const page = publisherUrl(doc.versionPage, version, anchor) ?? (version.latest ? doc.homepage : undefined);
  const byLine = version.linesMatchFile && !version.longLines;
  return {
    ...(page ? { publisher: withTextFragment(page, quote.text) } : {}),
    pinned: byLine ? sourceLineUrl(version, quote.line) : withTextFragment(sourceFileUrl(version), quote.text),
    pinnedLabel: byLine ? `line ${n(quote.line)}` : `characters ${n(quote.start + 1)}–${n(quote.end)}`,
  };
}
