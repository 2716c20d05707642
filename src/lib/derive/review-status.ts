import type { Cell, CellReview } from '../../schemas/derived.ts';
import type { ReviewRecord } from '../../schemas/review.ts';

/** A document as reviewStatus needs it: its version ids oldest first, and whether it states the model's behavior. */
export interface ReviewedDocument {
  id: string;
  versions: readonly string[];
  behavior: boolean;
}

/**
 * Which cells need a second reading:
 * - every cell of a latest version that is not silent, and every silent one of a behavior document;
 * - every cell, in any version, whose fingerprint (stance and the words behind it) differs from the
 *   previous version's (a first version's non-silent cells differ from nothing).
 */
export function needsReview(cell: Cell, previous: Cell | undefined, latest: boolean, behavior: boolean): boolean {
  if (latest && (cell.state !== 'silent' || behavior)) return true;
  if (!previous) return cell.state !== 'silent';
  return cell.fingerprint !== previous.fingerprint;
}

/**
 * reviewStatus(documents, cells, records): each cell's second reading. A record counts when its
 * fingerprint is the cell's: "confirmed", or "changed" with a third reader's decision ("corrected");
 * "changed" without one is "disputed"; a record for another fingerprint is "stale". A cell with no
 * record inherits the review of the previous version's cell when both have the same fingerprint.
 */
export function reviewStatus(
  documents: readonly ReviewedDocument[],
  cells: readonly Cell[],
  recordOf: (topic: string, version: string) => ReviewRecord | undefined,
): Map<string, CellReview> {
  const cellOf = new Map(cells.map((c) => [`${c.topic} ${c.version}`, c]));
  const out = new Map<string, CellReview>();
  const topics = [...new Set(cells.map((c) => c.topic))];
  for (const doc of documents) {
    for (const topic of topics) {
      let before: { cell: Cell; review: CellReview } | undefined;
      doc.versions.forEach((version, i) => {
        const cell = cellOf.get(`${topic} ${version}`);
        if (!cell) return;
        const required = needsReview(cell, before?.cell, i === doc.versions.length - 1, doc.behavior);
        const r = recordOf(topic, version);
        let review: CellReview;
        if (r && r.fingerprint === cell.fingerprint) {
          const status = r.verdict === 'confirmed' ? 'confirmed' : r.decision ? 'corrected' : 'disputed';
          review = { required, status, reader: r.reader, date: r.date, ...(r.note ? { note: r.note } : {}) };
        } else if (before && before.cell.fingerprint === cell.fingerprint && satisfied(before.review)) {
          review = { required, status: 'inherited', from: before.review.from ?? before.cell.version, reader: before.review.reader!, date: before.review.date! };
        } else {
          review = { required, status: r ? 'stale' : 'none' };
        }
        out.set(`${topic} ${version}`, review);
        before = { cell, review };
      });
    }
  }
  return out;
}

/** Whether a cell's second reading is done. */
export function satisfied(r: Pick<CellReview, 'status'>): boolean {
  return r.status === 'confirmed' || r.status === 'corrected' || r.status === 'inherited';
}
