import type { AuditCell } from '../../schemas/audit.ts';

/** How many cells of an audit got each verdict, and the share judged correct. */
export interface VerdictCounts {
  correct: number;
  debatable: number;
  wrong: number;
  /** Cells judged, all verdicts. */
  total: number;
  /** Percentage of cells judged correct, 0 when none were judged. */
  correctShare: number;
}

/** verdictCounts(cells): the audit's figures, as the build summary and the methodology page print them. */
export function verdictCounts(cells: readonly Pick<AuditCell, 'verdict'>[]): VerdictCounts {
  const n = (v: AuditCell['verdict']): number => cells.filter((c) => c.verdict === v).length;
  const correct = n('correct');
  return { correct, debatable: n('debatable'), wrong: n('wrong'), total: cells.length, correctShare: cells.length ? (100 * correct) / cells.length : 0 };
}
