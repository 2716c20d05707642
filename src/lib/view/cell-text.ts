import type { Adjustment, Cell, CellState, TopicChange } from '../../schemas/derived.ts';
import { contextLabels, type Context } from '../../schemas/stance.ts';
import { stanceLabels } from './stance-label.ts';

const who = { operator: 'the operator', user: 'the user' } as const;

/** One adjustment in words: "the operator can turn it on (to may)", "the user can change it". */
export function adjustmentText(a: Pick<Adjustment, 'by' | 'to' | 'direction'>): string {
  const verb = a.direction === 'toward-yes' ? 'can turn it toward yes' : a.direction === 'toward-no' ? 'can turn it toward no' : 'can change it';
  return `${who[a.by]} ${verb}${a.to ? ` (to ${stanceLabels[a.to].text})` : ''}`;
}

/** Who may move a default, in a few words: "nobody", "not stated", "operator", "operator or user". */
export function adjustableText(cell: Pick<Cell, 'state' | 'adjustableBy' | 'changeUnstated'>): string {
  if (cell.state === 'silent') return '';
  return cell.adjustableBy.length ? cell.adjustableBy.join(' or ') : cell.changeUnstated ? 'not stated' : 'nobody';
}

/**
 * Who may move a default, as the matrix and the strips show it: "change: operator, user", "fixed"
 * (the text says nobody can), or "not stated"; with its kind, for styling and filters.
 */
export function changeLabel(cell: Pick<Cell, 'state' | 'adjustableBy' | 'changeUnstated'>): { text: string; kind: 'adjustable' | 'fixed' | 'unstated' | 'silent' } {
  if (cell.state === 'silent') return { text: '', kind: 'silent' };
  if (cell.adjustableBy.length) return { text: `change: ${cell.adjustableBy.join(', ')}`, kind: 'adjustable' };
  return cell.changeUnstated ? { text: 'who can change: not stated', kind: 'unstated' } : { text: 'fixed', kind: 'fixed' };
}

/** The matrix filter's value for a cell: who may adjust it ("operator user"), "nobody", "unstated", or "" when silent. */
export function adjustableKey(cell: Pick<Cell, 'state' | 'adjustableBy' | 'changeUnstated'>): string {
  if (cell.state === 'silent') return '';
  return cell.adjustableBy.join(' ') || (cell.changeUnstated ? 'unstated' : 'nobody');
}

/**
 * A cell in one line of plain text: the default, who may adjust it and how, and each scope's answer,
 * e.g. "default: may; adjustable by the operator; in STRICT mode: must not".
 */
export function cellText(cell: Pick<Cell, 'state' | 'adjustableBy' | 'adjustments' | 'scopes' | 'changeUnstated'>): string {
  const parts = [`default: ${stanceLabels[cell.state].text}`];
  if (cell.state !== 'silent')
    parts.push(cell.adjustments.length ? cell.adjustments.map(adjustmentText).join(', ') : cell.changeUnstated ? 'who can change it is not stated' : 'nobody can change it');
  else if (cell.adjustments.length) parts.push(cell.adjustments.map(adjustmentText).join(', '));
  for (const s of cell.scopes) parts.push(`${s.label}: ${stanceLabels[s.state].text}`);
  return parts.join('; ');
}

/** A change's before or after side in words: "should, adjustable by operator; under-18: must not". */
export function summaryText(
  s: Pick<TopicChange['before'], 'state' | 'adjustableBy' | 'adjustments' | 'scopes' | 'changeUnstated'>,
  scopeName: (scope: string) => string = (x) => x,
): string {
  const parts = [stanceLabels[s.state].text];
  if (s.state !== 'silent') parts[0] += s.adjustableBy.length ? `, adjustable by ${s.adjustableBy.join(' or ')}` : s.changeUnstated ? ', who can change it not stated' : ', fixed';
  const stated = s.adjustments.filter((a) => a.includes('→'));
  if (stated.length) parts.push(stated.map((a) => a.replace('→', ' may move it to ')).join(', '));
  for (const sc of s.scopes) {
    const [scope, state] = sc.split(': ') as [string, CellState];
    parts.push(`${scopeName(scope)}: ${stanceLabels[state]?.text ?? state}`);
  }
  return parts.join('; ');
}

/** Where a default holds when every passage behind it is limited: "only in the consumer app". */
export function contextsText(contexts: readonly Context[]): string {
  return `only ${contexts.map((c) => contextLabels[c]).join(', ')}`;
}
