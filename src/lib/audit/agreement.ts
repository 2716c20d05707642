import type { AuditCell } from '../../schemas/audit.ts';

/** How far two auditors agree on the cells both judged. */
export interface Agreement {
  /** Cells a second auditor judged too. */
  checked: number;
  /** Of those, cells both gave the same verdict. */
  same: number;
  /** Of those, cells at least one of the two did not judge correct. */
  questioned: number;
  /** Of those, cells neither judged correct. */
  bothQuestioned: number;
}

/**
 * auditAgreement(cells): agreement between an audit's auditors, over the cells that carry a second
 * auditor's `check`; undefined when none do.
 */
export function auditAgreement(cells: readonly AuditCell[]): Agreement | undefined {
  const pairs = cells.flatMap((c) => (c.check ? [[c.verdict, c.check.verdict] as const] : []));
  if (pairs.length === 0) return undefined;
  const count = (keep: (a: string, b: string) => boolean): number => pairs.filter(([a, b]) => keep(a, b)).length;
  return {
    checked: pairs.length,
    same: count((a, b) => a === b),
    questioned: count((a, b) => a !== 'correct' || b !== 'correct'),
    bothQuestioned: count((a, b) => a !== 'correct' && b !== 'correct'),
  };
}

/** questionedSentence(a): the sentence on the cells the two auditors questioned, counted in words that agree with the number. */
export function questionedSentence(a: Agreement): string {
  if (a.questioned === 0) return 'Neither questioned any of them.';
  if (a.bothQuestioned === 0)
    return a.questioned === 1
      ? 'One cell was questioned by one of them and judged correct by the other.'
      : `Of the ${a.questioned} cells either of them questioned, none was questioned by both.`;
  return `Of the ${a.questioned} ${a.questioned === 1 ? 'cell' : 'cells'} either of them questioned, both questioned ${a.bothQuestioned}.`;
}
