import { describe, expect, it } from 'vitest';
import { headerPolicy } from './security-headers.ts';

describe('headerPolicy(metaPolicies)', () => {
  it('joins the hashes of every page and forbids framing', () => {
    const p = headerPolicy(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'"]);
    expect(p).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'");
  });
});
