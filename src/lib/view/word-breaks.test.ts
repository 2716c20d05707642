import { describe, expect, it } from 'vitest';
import { camelParts } from './word-breaks.ts';

describe('camelParts', () => {
  it('cuts where a capital follows a small letter or a digit', () => {
    expect(camelParts('ShieldGemma 2 (images)')).toEqual(['Shield', 'Gemma 2 (images)']);
    expect(camelParts('Qwen3Guard')).toEqual(['Qwen3', 'Guard']);
    expect(camelParts('DeepSeek')).toEqual(['Deep', 'Seek']);
  });
  it('leaves a name without such a place whole', () => {
    expect(camelParts('Moderation 2603')).toEqual(['Moderation 2603']);
    expect(camelParts('NVIDIA')).toEqual(['NVIDIA']);
  });
});
