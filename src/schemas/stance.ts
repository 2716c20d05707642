import { z } from 'astro/zod';

/**
 * How strongly a statement binds, on the RFC 2119 scale, ordered from the strongest "yes" to the
 * strongest "no". Relative to the statement itself (for a principle) or to a topic's question (for a stance).
 */
export const positions = ['must', 'should', 'may', 'should-not', 'must-not'] as const;
export const position = z.enum(positions);
export type Position = z.output<typeof position>;

/**
 * Who may change the behavior: nobody ("none"), the deployer building on the model ("operator"), or
 * the person talking to it ("user"). A user-level default can also be changed by an operator.
 */
/**
 * Who may override a statement: nobody ("none": the text states it as fixed), the operator, the user
 * (and so the operator too), or "unstated": the text does not say, and no cell claims either way.
 */
export const overrides = ['none', 'operator', 'user', 'unstated'] as const;
export const override = z.enum(overrides);
export type Override = z.output<typeof override>;

/** Where a statement applies, when the document says so. */
export const contexts = ['all', 'api', 'consumer-app', 'under-18', 'voice', 'agentic'] as const;
export const context = z.enum(contexts);
export type Context = z.output<typeof context>;

/** How each context reads as the name of a scope (a context where a cell gives its own answer). */
export const contextLabels: Readonly<Record<Context, string>> = {
  all: 'everywhere',
  api: 'through the API',
  'consumer-app': 'in the consumer app',
  'under-18': 'with users under 18',
  voice: 'in voice conversations',
  agentic: 'when acting as an agent',
};

/** Who can move a default: the deployer building on the model, or the person talking to it. */
export const adjusters = ['operator', 'user'] as const;
export const adjuster = z.enum(adjusters);
export type Adjuster = z.output<typeof adjuster>;

/**
 * Which way an adjustment moves a default on the topic's question: toward "yes" (turning a behavior
 * on, or allowing it), toward "no" (turning it off, or restricting it), or a way the document leaves open.
 */
export const directions = ['toward-yes', 'toward-no', 'unstated'] as const;
export const direction = z.enum(directions);
export type Direction = z.output<typeof direction>;

/** Where a principle's position comes from: an editor's judgment, or the importer's reading of the wording. */
export const positionSource = z.enum(['curated', 'proposed']);
export type PositionSource = z.output<typeof positionSource>;

/** Which way a position points: +1 for must/should, 0 for may, -1 for should-not/must-not. */
export function polarity(p: Position): -1 | 0 | 1 {
  return p === 'must' || p === 'should' ? 1 : p === 'may' ? 0 : -1;
}

/** Which way moving from one position to another goes: toward "must" is toward yes. */
export function directionOf(from: Position | undefined, to: Position | undefined): Direction {
  if (!to) return 'unstated';
  if (!from) return polarity(to) >= 0 ? 'toward-yes' : 'toward-no';
  const d = positions.indexOf(from) - positions.indexOf(to);
  return d > 0 ? 'toward-yes' : d < 0 ? 'toward-no' : 'unstated';
}

/** Who an override lets change a statement: a user-level default can also be changed by an operator. */
export function adjustersOf(o: Override): Adjuster[] {
  return o === 'user' ? ['operator', 'user'] : o === 'operator' ? ['operator'] : [];
}

/** How binding a position is: 2 for must/must-not, 1 for should/should-not, 0 for may. */
export function strength(p: Position): 0 | 1 | 2 {
  return p === 'must' || p === 'must-not' ? 2 : p === 'may' ? 0 : 1;
}
