import type { AlignmentEntry, TopicLink } from '../../schemas/alignment.ts';
import type { Position } from '../../schemas/stance.ts';

/** A principle's reading as it stands in one version: the entry's base, changed by the confirmations up to that version. */
export interface Reading {
  /** The label of the version from which this reading holds (the principle's first version, or a "changed" entry). */
  from: string;
  topics: readonly TopicLink[];
  /** The principle's own position from `from` on, when a confirmation changed it. */
  position?: Position;
  /** Our summary, when a confirmation replaced it. */
  summary?: string;
  /** The label where the summary was last written. */
  summaryFrom?: string;
  /** Labels (up to this version) an editor confirmed, "same" or "changed". */
  confirmed: ReadonlySet<string>;
  /** The confirmations' reasons for a change at exactly this version. */
  changedHere?: string;
}

/**
 * readingAt(entry, labels, first, label): the reading of `entry`'s principle in version `label`, where
 * `labels` are the document's version labels oldest first and `first` is the principle's first version.
 * Entries under `versions` apply from their version until the next one.
 */
export function readingAt(entry: AlignmentEntry | undefined, labels: readonly string[], first: string, label: string): Reading {
  const confirmed = new Set<string>();
  let reading: Reading = { from: first, topics: entry?.topics ?? [], confirmed };
  if (!entry?.versions) return reading;
  const end = labels.indexOf(label);
  for (const l of labels.slice(0, end + 1)) {
    const v = entry.versions[l];
    if (!v) continue;
    confirmed.add(l);
    if (v.reading === 'changed') {
      reading = {
        ...reading,
        from: l,
        topics: v.topics ?? reading.topics,
        ...(v.position ? { position: v.position } : {}),
      };
    }
    if (v.summary) reading = { ...reading, summary: v.summary, summaryFrom: l };
  }
  const here = entry.versions[label];
  return here?.reading === 'changed' ? { ...reading, changedHere: here.reason } : reading;
}
