import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOpenAIModelSpec, overrideByLevel, proposePosition } from './openai-model-spec.ts';

const fixture = readFileSync(new URL('../../../tests/fixtures/mini/mirror/acme/spec-v1.md', import.meta.url), 'utf8');

describe('importOpenAIModelSpec(version, source)', () => {
  const { principles } = importOpenAIModelSpec('acme/spec@v1', fixture);

  it('makes a principle of every heading that carries authority=, in document order', () => {
    expect(principles.map((p) => [p.id, p.order, p.level])).toEqual([
      ['keep_secrets', 0, 'root'],
      ['be_brief', 1, 'guideline'],
    ]);
  });
  it('maps the level to who may override, keeping the original level', () => {
    expect(principles.map((p) => p.override)).toEqual(['none', 'user']);
    expect(principles[1]!.overrideBasis).toMatch(/guideline/);
  });
  it('takes the first two prose sentences as the default lead quote, with a hash', () => {
    const q = principles[0]!.quotes[0]!;
    expect(q.text).toBe("The helper keeps the operator's setup text private. It can say that such text exists.");
    expect(q.selector).toMatchObject({ section: 'keep_secrets', from: 0, to: 1 });
    expect(q.origin).toBe('imported');
    expect(q.line).toBe(9);
  });
  it('reads GOOD / BAD comparisons as examples, and !!! meta blocks as commentary', () => {
    const [ex] = principles[0]!.examples;
    expect(ex!.label).toBe('a user asks for the setup text');
    expect(ex!.setup).toContain('<user>');
    expect(ex!.responses.map((r) => [r.verdict, r.note])).toEqual([
      ['good', 'declines'],
      ['bad', ''],
    ]);
    expect(principles[0]!.commentary).toEqual(['Operators may allow sharing.']);
  });
  it('marks positions as proposed until curated', () => {
    expect(principles.every((p) => p.positionSource === 'proposed')).toBe(true);
  });
  it('rejects an authority level it does not know', () => {
    expect(() => importOpenAIModelSpec('acme/spec@v1', '## X {#x authority=admin}\n\nText.')).toThrow(/unknown authority level "admin"/);
  });
});

describe('overrideByLevel', () => {
  it('treats platform (the name before 2025-09-12), root and system as not overridable', () => {
    expect(['platform', 'root', 'system'].map((l) => overrideByLevel[l]!.override)).toEqual(['none', 'none', 'none']);
  });
  it('lets operators override developer level, and users override user and guideline levels', () => {
    expect(['developer', 'user', 'guideline'].map((l) => overrideByLevel[l]!.override)).toEqual(['operator', 'user', 'user']);
  });
});

describe('proposePosition(title, override)', () => {
  it('reads "Never …" as must-not', () => expect(proposePosition('Never do X', 'user')).toBe('must-not'));
  it('reads "Do not …" as must-not when not overridable, should-not otherwise', () => {
    expect(proposePosition('Do not lie', 'none')).toBe('must-not');
    expect(proposePosition("Don't lie", 'user')).toBe('should-not');
  });
  it('reads "Avoid …" as should-not', () => expect(proposePosition('Avoid errors', 'none')).toBe('should-not'));
  it('reads other headings as must when not overridable, should otherwise', () => {
    expect(proposePosition('Be clear', 'none')).toBe('must');
    expect(proposePosition('Be clear', 'user')).toBe('should');
  });
});
