import type { Adjustment, Alignment, CellReading as Cell, ScopeAnswer } from '../../schemas/derived.ts';
import type { Principle } from '../../schemas/principle.ts';
import { adjusters, adjustersOf, directionOf, type Adjuster, type Position } from '../../schemas/stance.ts';

/** Decisive passages that point different ways, with no declared conflict: an editor must decide. */
export class UndecidedCell extends Error {
  override name = 'UndecidedCell';
  readonly principles: string[];
  readonly positions: Position[];
  readonly scope: string | undefined;
  constructor(principles: string[], found: Position[], scope?: string) {
    super(
      `decisive passages disagree${scope ? ` in scope "${scope}"` : ''} (${principles.map((p, i) => `${p}: ${found[i]}`).join('; ')}): mark only the passage most on point decisive, or declare the conflict in the coverage file's "conflicts"`,
    );
    this.principles = principles;
    this.positions = found;
    this.scope = scope;
  }
}

/** What readCell needs besides the links: the principles, and the editor's notes for this cell. */
export interface CellInputs {
  principle: (key: string) => Principle | undefined;
  /** The editor's note when the document really contradicts itself on this topic here. */
  conflict?: string | undefined;
  /** The editor's note on what was looked for, used when the default is silent. */
  silentNote?: string | undefined;
  /** A readable name for a scope id. */
  scopeLabel: (scope: string) => string;
  /** Whether a principle's words changed in this version without an editor confirming its reading. */
  unconfirmed?: (principleKey: string) => boolean;
  /** Who can change defaults where the document runs (its `parties`); left out, operator and user. */
  parties?: readonly Adjuster[] | undefined;
}

/**
 * Proposes an answer where no passage is marked decisive: the position most passages share, ties going
 * to the passage that comes first in the document. Never "most restrictive wins": the result is shown
 * as provisional until an editor marks what is decisive.
 */
export function proposePosition(links: readonly { position: Position; order: number }[]): Position {
  const count = new Map<Position, { n: number; first: number }>();
  for (const l of links) {
    const c = count.get(l.position);
    count.set(l.position, { n: (c?.n ?? 0) + 1, first: Math.min(c?.first ?? Infinity, l.order) });
  }
  return [...count].sort(([, a], [, b]) => b.n - a.n || a.first - b.first)[0]![0];
}

interface Answer {
  state: Position | 'conflicting';
  evidence: number[];
  decisive: number[];
  undecided: boolean;
}

/** The answer a set of default (or same-scope) links gives: from the decisive ones, else a proposal. */
function answer(indexes: readonly number[], alignments: readonly Alignment[], order: (i: number) => number, conflict: string | undefined, scope?: string): Answer {
  const byOrder = [...indexes].sort((a, b) => order(a) - order(b) || a - b);
  const decisive = byOrder.filter((i) => alignments[i]!.decisive);
  const rest = byOrder.filter((i) => !alignments[i]!.decisive);
  if (decisive.length) {
    const found = [...new Set(decisive.map((i) => alignments[i]!.position))];
    if (found.length > 1 && conflict === undefined) {
      throw new UndecidedCell(
        decisive.map((i) => alignments[i]!.principle),
        decisive.map((i) => alignments[i]!.position),
        scope,
      );
    }
    return { state: found.length > 1 ? 'conflicting' : found[0]!, evidence: [...decisive, ...rest], decisive, undecided: false };
  }
  const state = proposePosition(byOrder.map((i) => ({ position: alignments[i]!.position, order: order(i) })));
  return { state, evidence: byOrder, decisive: [], undecided: true };
}

/**
 * readCell(topic, version, links, alignments, inputs): one cell in three parts, from the curated links of
 * one topic × version (indexes into `alignments`).
 * - default: the decisive default passages' position; without any, a proposal marked provisional;
 * - adjustments: every passage that grants one, plus who may override the passages the default rests on;
 *   no other rule erases them;
 * - scopes: each named mode or context with its own answer; none sets the default;
 * - see-also: shown, never an answer.
 */
export function readCell(topic: string, version: string, links: readonly number[], suggested: readonly number[], alignments: readonly Alignment[], inputs: CellInputs): Cell {
  const pr = (i: number): Principle | undefined => inputs.principle(alignments[i]!.principle);
  const order = (i: number): number => pr(i)?.order ?? 0;
  const role = (r: Alignment['role']) => links.filter((i) => alignments[i]!.role === r);
  const defaults = role('default');
  const pending = new Set<Cell['pending'][number]>();
  const proposedPosition = (i: number): boolean => alignments[i]!.stanceFrom === 'principle' && pr(i)?.positionSource === 'proposed';

  let state: Cell['state'] = 'silent';
  let evidence: number[] = [];
  let decisive: number[] = [];
  if (defaults.length) {
    const a = answer(defaults, alignments, order, inputs.conflict);
    state = a.state;
    evidence = a.evidence;
    decisive = a.decisive;
    if (a.undecided) pending.add('no-decisive-passage');
    const resting = decisive.length ? decisive : evidence;
    if (resting.some(proposedPosition)) pending.add('position-proposed-by-importer');
  }
  if (inputs.unconfirmed && links.some((i) => inputs.unconfirmed!(alignments[i]!.principle))) pending.add('reading-not-confirmed-for-version');
  const position = state === 'silent' || state === 'conflicting' ? undefined : state;

  // Adjustments: stated ones first; then who may override the passages the default rests on ("level"),
  // unless a stated adjustment by the same party already says how.
  const adjustments: Adjustment[] = [];
  const stated = new Map<string, number[]>();
  for (const i of role('adjustment').sort((a, b) => order(a) - order(b))) {
    const a = alignments[i]!;
    const key = `${a.by} ${a.to ?? ''}`;
    stated.set(key, [...(stated.get(key) ?? []), i]);
  }
  for (const [key, ev] of stated) {
    const [by, to] = key.split(' ') as [Adjuster, string];
    adjustments.push({ by, ...(to ? { to: to as Position } : {}), direction: directionOf(position, (to || undefined) as Position | undefined), basis: 'stated', evidence: ev });
  }
  const resting = decisive.length ? decisive : evidence;
  for (const by of adjusters) {
    if (adjustments.some((a) => a.by === by) || (inputs.parties && !inputs.parties.includes(by))) continue;
    const ev = resting.filter((i) => adjustersOf(alignments[i]!.override).includes(by));
    if (ev.length) adjustments.push({ by, direction: 'unstated', basis: 'level', evidence: ev });
  }
  adjustments.sort((a, b) => adjusters.indexOf(a.by) - adjusters.indexOf(b.by));

  // Scopes: each gives its own answer; a scope's passages never move the default.
  const byScope = new Map<string, number[]>();
  for (const i of role('scope')) {
    const s = alignments[i]!.scope ?? 'unnamed';
    byScope.set(s, [...(byScope.get(s) ?? []), i]);
  }
  const scopes: ScopeAnswer[] = [...byScope]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([scope, ev]) => {
      const a = answer(ev, alignments, order, undefined, scope);
      const provisional = a.undecided || (a.decisive.length ? a.decisive : a.evidence).some(proposedPosition);
      return { scope, label: inputs.scopeLabel(scope), state: a.state, provisional, evidence: a.evidence };
    });

  const contextsOf = (i: number) => pr(i)?.context ?? ['all'];
  const limited = evidence.length > 0 && evidence.every((i) => !contextsOf(i).includes('all'));
  const contexts = limited ? [...new Set(evidence.flatMap(contextsOf))].sort() : undefined;
  const note = state === 'silent' ? inputs.silentNote : state === 'conflicting' ? inputs.conflict : undefined;
  // Nobody said to be able to move it, yet not stated as fixed either: a passage it rests on leaves it open.
  const changeUnstated = state !== 'silent' && adjustments.length === 0 && resting.some((i) => alignments[i]!.override === 'unstated');
  return {
    topic,
    version,
    state,
    adjustableBy: adjusters.filter((by) => adjustments.some((a) => a.by === by)),
    ...(changeUnstated ? { changeUnstated: true as const } : {}),
    provisional: pending.size > 0,
    pending: [...pending].sort(),
    evidence,
    decisive,
    ...(contexts ? { contexts } : {}),
    adjustments,
    scopes,
    seeAlso: role('see-also').sort((a, b) => order(a) - order(b)),
    suggested: [...suggested],
    ...(note ? { note } : {}),
  };
}
