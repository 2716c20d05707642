import type { CellState, provisionalReasons } from '../../schemas/derived.ts';
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
  unstated: 'who may override not stated',
};

/** Why an answer is provisional, in words. */
export const pendingLabels: Readonly<Record<(typeof provisionalReasons)[number], string>> = {
  'no-decisive-passage': 'no editor has marked the passage the default rests on; the default shown is the pipeline’s proposal',
  'position-proposed-by-importer': 'rests on a position the importer proposed from the wording, not yet confirmed by an editor',
  'reading-not-confirmed-for-version': 'the words changed in this version and no editor has confirmed the reading for them yet',
};

/** What each role of a passage does for a cell, as a heading. */
export const roleLabels = {
  default: 'Default',
  adjustment: 'Who can change it',
  scope: 'In named modes and contexts',
  'see-also': 'See also (does not answer the question)',
} as const;

/** How a change between versions reads, for a principle or a topic. */
export const changeLabels = {
  stance: 'stance changed',
  wording: 'wording changed',
  formatting: 'formatting changed',
} as const;
