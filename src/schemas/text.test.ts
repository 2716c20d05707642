import { describe, expect, it } from 'vitest';
import { ownText } from './text.ts';

describe('ownText(max)', () => {
  const summary = ownText(20);
  it('accepts ordinary text', () => expect(summary.safeParse('Keeps secrets.').success).toBe(true));
  it('refuses text over the limit, saying the limit', () => expect(summary.safeParse('x'.repeat(21)).error?.issues[0]?.message).toMatch(/longer than 20/));
  it('refuses a right-to-left override that would reorder the page', () =>
    expect(summary.safeParse('ok \u202egnp.exe').error?.issues[0]?.message).toMatch(/bidirectional control/));
  it('refuses an isolate and other control characters', () => {
    expect(summary.safeParse('a\u2066b').success).toBe(false);
    expect(summary.safeParse('a\u0007b').success).toBe(false);
  });
});
