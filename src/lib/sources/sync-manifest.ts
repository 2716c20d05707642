import type { SourceEntry } from '../../schemas/source.ts';

/** One entry of a sources mirror's manifest.json, as the mirror writes it. */
export interface MirrorEntry {
  version: string;
  dated_by: string;
  kind: 'text-of-record' | 'reconstructed-copy';
  file: string;
  bytes: number;
  sha256: string;
  licence: string;
  repo: string;
  commit: string;
  path: string;
  raw_url: string;
  note?: string;
}

const folderOf = (file: string): string => file.slice(0, file.lastIndexOf('/'));

/**
 * mirrorToEntries(mirror, pinned, maps): the project manifest entries for every mirror file not yet
 * pinned. A file maps to the document given for its path in `maps` ("<folder>/<file name>"), else for
 * its folder, else to the document that already pins files from its folder. A label is the file's
 * name without its extension (the mirror names files by date, with a commit or a page where several
 * share one); files of one document with one date get `sequence` numbers in the mirror's order.
 */
export function mirrorToEntries(
  mirror: readonly MirrorEntry[],
  pinned: readonly SourceEntry[],
  maps: ReadonlyMap<string, string> = new Map(),
): { added: SourceEntry[]; unmapped: { folder: string; count: number }[]; same: { file: string; as: string }[] } {
  const documentOf = new Map<string, string>(maps);
  for (const p of pinned) if (!documentOf.has(folderOf(p.file))) documentOf.set(folderOf(p.file), p.document);
  const files = new Set(pinned.map((p) => p.file));
  const fresh = mirror.filter((m) => !files.has(m.file));
  const unmapped = new Map<string, number>();
  const added: SourceEntry[] = [];
  const same: { file: string; as: string }[] = [];
  const labels = new Set(pinned.map((p) => p.id));
  for (const m of fresh) {
    const document = maps.get(m.file) ?? documentOf.get(folderOf(m.file));
    if (!document) {
      unmapped.set(folderOf(m.file), (unmapped.get(folderOf(m.file)) ?? 0) + 1);
      continue;
    }
    const docOf = (x: MirrorEntry): string | undefined => maps.get(x.file) ?? documentOf.get(folderOf(x.file));
    const shared = mirror.filter((x) => docOf(x) === document && x.version === m.version);
    const base = m.file.slice(m.file.lastIndexOf('/') + 1).replace(/\.[a-z0-9]+$/i, '');
    let version = base;
    if (labels.has(`${document}@${version}`)) version = `${version}-${m.commit.slice(0, 7)}`;
    labels.add(`${document}@${version}`);
    const date = /^\d{4}-\d{2}-\d{2}$/.test(m.version) ? m.version : (/\d{4}-\d{2}-\d{2}/.exec(m.dated_by)?.[0] ?? m.version);
    const sequence = shared.length > 1 ? shared.indexOf(m) + 1 : undefined;
    const twin = pinned.find((p) => p.document === document && p.sha256 === m.sha256) ?? added.find((p) => p.document === document && p.sha256 === m.sha256);
    if (twin) same.push({ file: m.file, as: twin.id });
    added.push({
      id: `${document}@${version}`,
      document,
      version,
      date,
      datedBy: m.dated_by,
      ...(sequence ? { sequence } : {}),
      kind: m.kind,
      file: m.file,
      bytes: m.bytes,
      sha256: m.sha256,
      licence: m.licence,
      repo: m.repo,
      commit: m.commit,
      path: m.path,
      rawUrl: m.raw_url,
      ...(m.note ? { note: m.note } : {}),
    });
  }
  return { added, unmapped: [...unmapped].map(([folder, count]) => ({ folder, count })), same };
}
