import type { AtlasVersion } from '../../schemas/atlas.ts';

/** A link to the exact line of the pinned bytes, at the pinned commit, where the repository host shows it. */
export function sourceLineUrl(version: Pick<AtlasVersion, 'repo' | 'commit' | 'path' | 'linesMatchFile'>, line: number): string {
  const file = `https://github.com/${version.repo}/blob/${version.commit}/${version.path}`;
  return version.linesMatchFile ? `${file}?plain=1#L${line}` : file;
}

/** The publisher's own page for a dated version, at an anchor, when the document has one. */
export function publisherUrl(template: string | undefined, version: Pick<AtlasVersion, 'version'>, anchor: string | undefined): string | undefined {
  if (!template) return undefined;
  return template.replace('{version}', encodeURIComponent(version.version)).replace('{anchor}', anchor ? encodeURIComponent(anchor) : '').replace(/#$/, '');
}
