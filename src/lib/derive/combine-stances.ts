import type { CellState } from '../../schemas/derived.ts';
import { overrides, polarity, strength, type Override, type Position } from '../../schemas/stance.ts';


/**
 * Combines the stances of a document's principles on one topic. No stance → silent; stances pointing
 * both ways (must/should against should-not/must-not) → conflicting; otherwise the most binding
 * position, with the most restrictive override among the stances holding that position.
 */
export function combineStances(stances: readonly { position: Position; override: Override }[]): { state: CellState; override?: Override } {
  if (!stances.length) return { state: 'silent' };
  const signs = new Set(stances.map((s) => polarity(s.position)));
  if (signs.has(1) && signs.has(-1)) return { state: 'conflicting' };
  const strongest = [...stances].sort((a, b) => strength(b.position) - strength(a.position))[0]!;
  const holding = stances.filter((s) => s.position === strongest.position);
  const override = holding.map((s) => s.override).sort((a, b) => overrides.indexOf(a) - overrides.indexOf(b))[0]!;
  return { state: strongest.position, override };
}
