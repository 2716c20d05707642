import { adjustableKey } from '../view/cell-text.ts';
import { csvFormat, csvParse } from 'd3-dsv';
import type { Atlas } from '../../schemas/atlas.ts';

/** The columns of /data/matrix.csv, in order. */
/**
 * The columns of /data/matrix.csv, in order. `state` is the default; `adjustable_by` who may move it
 * ("operator user", "nobody", "unstated" where the text does not say, or empty when silent); `adjustments` each as by→to (how far, when stated)
 * with its direction; `scopes` each named mode or context with its own answer.
 */
export const matrixColumns = [
  'topic',
  'group',
  'lab',
  'document',
  'kind',
  'version',
  'date',
  'latest',
  'state',
  'adjustable_by',
  'adjustment_direction',
  'adjustments',
  'scopes',
  'contexts',
  'provisional',
  'principles',
  'see_also',
  'note',
] as const;
export type MatrixRow = Record<(typeof matrixColumns)[number], string>;

/** Every cell as one CSV row; principle ids joined with spaces, flags as "true"/"false". */
export function toMatrixCsv(atlas: Atlas): string {
  const topics = new Map(atlas.topics.map((t) => [t.id, t]));
  const versions = new Map(atlas.versions.map((v) => [v.id, v]));
  const docs = new Map(atlas.documents.map((d) => [d.id, d]));
  const idOf = (i: number): string => atlas.alignments[i]!.principle.split('#')[1]!;
  const rows: MatrixRow[] = atlas.cells.map((c) => {
    const v = versions.get(c.version)!;
    const d = docs.get(v.document)!;
    return {
      topic: c.topic,
      group: topics.get(c.topic)!.group,
      lab: d.lab,
      document: d.id,
      kind: d.kind,
      version: c.version,
      date: v.date,
      latest: String(v.latest),
      state: c.state,
      adjustable_by: adjustableKey(c),
      adjustment_direction: [...new Set(c.adjustments.map((a) => a.direction))].join(' '),
      adjustments: c.adjustments.map((a) => `${a.by}${a.to ? `→${a.to}` : ''} (${a.direction})`).join('; '),
      scopes: c.scopes.map((s) => `${s.scope}: ${s.state}`).join('; '),
      contexts: (c.contexts ?? []).join(' '),
      provisional: String(c.provisional),
      principles: c.evidence.map(idOf).join(' '),
      see_also: c.seeAlso.map(idOf).join(' '),
      note: c.note ?? '',
    };
  });
  return csvFormat(rows, [...matrixColumns]);
}

/** Reads the CSV back (for tests and for people checking the file). */
export function parseMatrixCsv(text: string): MatrixRow[] {
  return csvParse(text) as unknown as MatrixRow[];
}
