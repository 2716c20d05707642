import { describe, expect, it } from 'vitest';
import { isSafeWebUrl } from './url.ts';

describe('isSafeWebUrl(value)', () => {
  it('accepts absolute https and http addresses', () => {
    expect(isSafeWebUrl('https://model-spec.openai.com/2025-12-18.html#do_not_lie')).toBe(true);
    expect(isSafeWebUrl('http://example.com/')).toBe(true);
  });
  it('refuses scripts, data, other schemes, relative and protocol-relative links', () => {
    for (const bad of [
      'javascript:alert(document.domain)//',
      'JavaScript:alert(1)',
      'data:text/html,<script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative',
      'https:evil',
      'https://user:pw@host/',
      'https://host/ x',
      'https://host/\u0000',
      '',
    ]) {
      expect(isSafeWebUrl(bad), bad).toBe(false);
    }
  });
});
