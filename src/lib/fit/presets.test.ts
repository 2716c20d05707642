import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitPresets } from './presets.ts';

const topics = new Set(readdirSync(new URL('../../../content/taxonomy/topics/', import.meta.url)).map((f) => f.replace(/\.yaml$/, '')));

describe('fit presets', () => {
  it('are the six products the fit finder offers, with distinct ids', () => {
    expect(fitPresets.map((p) => p.id)).toEqual(['teen-learning', 'mental-health', 'coding-agent', 'creative-fiction', 'customer-support', 'research-assistant']);
  });
  it('name only topics that exist, each need yes or no', () => {
    for (const p of fitPresets)
      for (const [topic, need] of Object.entries(p.needs)) {
        expect(topics.has(topic), `${p.id}: ${topic}`).toBe(true);
        expect(['yes', 'no']).toContain(need);
      }
  });
});
