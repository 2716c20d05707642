import { describe, expect, it } from 'vitest';
import { mayRepublish } from './may-republish.ts';

describe('mayRepublish(licence)', () => {
  it('allows the open licences, with or without a note after the identifier', () => {
    for (const l of ['CC0-1.0', 'CC0-1.0 (the document states it); capture repo code MIT', 'MIT', 'Apache-2.0', 'AGPL-3.0', 'CC-BY-4.0']) expect(mayRepublish(l), l).toBe(true);
  });
  it('refuses unknown, custom and hedged licences', () => {
    for (const l of [
      'unknown (repo has no LICENSE file)',
      'Llama Community License (custom)',
      'DeepSeek License Agreement v1.0',
      'CC-BY-4.0 (probable: LICENSE file not reachable here; unverified)',
      '',
    ])
      expect(mayRepublish(l), l).toBe(false);
  });
});
