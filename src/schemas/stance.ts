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
export const overrides = ['none', 'operator', 'user'] as const;
export const override = z.enum(overrides);
export type Override = z.output<typeof override>;

/** Where a statement applies, when the document says so. */
export const contexts = ['all', 'api', 'consumer-app', 'under-18', 'voice', 'agentic'] as const;
export const context = z.enum(contexts);
export type Context = z.output<typeof context>;

/** Where a principle's position comes from: an editor's judgment, or the importer's reading of the wording. */
export const positionSource = z.enum(['curated', 'proposed']);
export type PositionSource = z.output<typeof positionSource>;

/** Which way a position points: +1 for must/should, 0 for may, -1 for should-not/must-not. */
export function polarity(p: Position): -1 | 0 | 1 {
  return p === 'must' || p === 'should' ? 1 : p === 'may' ? 0 : -1;
}

/** How binding a position is: 2 for must/must-not, 1 for should/should-not, 0 for may. */
export function strength(p: Position): 0 | 1 | 2 {
  return p === 'must' || p === 'must-not' ? 2 : p === 'may' ? 0 : 1;
}
