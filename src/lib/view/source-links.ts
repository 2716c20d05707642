import type { AtlasVersion } from '../../schemas/atlas.ts';

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
