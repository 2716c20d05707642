import type { CellState } from '../../schemas/derived.ts';
import type { Override } from '../../schemas/stance.ts';

/** Text and symbol for each cell state: never colour alone. */
export const stanceLabels: Readonly<Record<CellState, { symbol: string; text: string }>> = {
  must: { symbol: '●', text: 'must' },
  should: { symbol: '◐', text: 'should' },
  may: { symbol: '○', text: 'may' },
  'should-not': { symbol: '◇', text: 'should not' },
  'must-not': { symbol: '◆', text: 'must not' },
  conflicting: { symbol: '⚠', text: 'conflicting' },
  silent: { symbol: '–', text: 'silent' },
};

/** Who may override, in words. */
export const overrideLabels: Readonly<Record<Override, string>> = {
  none: 'no override',
  operator: 'operator may override',
  user: 'user may override',
};
