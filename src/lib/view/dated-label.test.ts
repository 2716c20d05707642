import { describe, expect, it } from 'vitest';
import { datedLabel } from './dated-label.ts';

describe('datedLabel', () => {
  it('adds the date to a label that does not carry it', () => {
    expect(datedLabel('llama-3.3', '2024-12-06')).toBe('llama-3.3 (2024-12-06)');
    expect(datedLabel('2025-12-17', '2025-12-18')).toBe('2025-12-17 (2025-12-18)');
  });
  it('does not repeat a date the label begins with', () => {
    expect(datedLabel('2025-12-18', '2025-12-18')).toBe('2025-12-18');
    expect(datedLabel('2025-11-17-a7c186f', '2025-11-17')).toBe('2025-11-17-a7c186f');
  });
});
