import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../src/lib/pipeline/run-pipeline.ts';
import type { Atlas } from '../src/schemas/atlas.ts';
import type { Cell } from '../src/schemas/derived.ts';

// Cells a careful reader found wrong under "most restrictive wins", pinned as they read now, each to the
// passages it rests on, so a relapse fails here. Facts of the versions named; other versions may differ.
const root = fileURLToPath(new URL('..', import.meta.url));
let atlas: Atlas;
beforeAll(async () => {
  ({ atlas } = await runPipeline(root));
}, 120_000);

const cell = (topic: string, version: string): Cell => {
  const c = atlas.cells.find((x) => x.topic === topic && x.version === version);
  if (!c) throw new Error(`no cell ${topic} × ${version}`);
  return c;
};
const ids = (indexes: readonly number[]): string[] => indexes.map((i) => atlas.alignments[i]!.principle.split('#')[1]!);
/** The cell in brief: default, who may adjust it, stated adjustments (by→to), scopes, decisive and see-also passages. */
const brief = (c: Cell) => ({
  state: c.state,
  adjustableBy: c.adjustableBy,
  stated: c.adjustments.filter((a) => a.basis === 'stated').map((a) => `${a.by}→${a.to ?? '?'}`),
  scopes: c.scopes.map((s) => `${s.scope}: ${s.state}`),
  decisive: ids(c.decisive),
  seeAlso: ids(c.seeAlso),
  provisional: c.provisional,
});

describe('cells that "most restrictive wins" got wrong', () => {
  it('Cohere Safety Modes × adult sexual content: the default (contextual) mode and the STRICT scope differ', () => {
    // The contextual mode's instruction accepts creative work on sex short of harm: a conditional yes
    // (should), decided by the third reading after the seventh audit.
    expect(brief(cell('adult-sexual-content', 'cohere/safety-modes@2026-08-06'))).toMatchObject({
      state: 'should',
      scopes: ['strict-mode: must-not', 'strict-mode-older-models: should-not'],
      decisive: ['contextual-allows-sensitive-content'],
      provisional: false,
    });
  });

  it('Gemini CLI 2026-07-31 × prompt injection: the user can lift the main rule; the absolute rule for the history summarizer is a scope, the hook-text rule a see-also', () => {
    const c = brief(cell('prompt-injection', 'google/gemini-cli-system-prompt@2026-07-31'));
    expect(c).toMatchObject({ state: 'should-not', decisive: ['untrusted-tool-output'], stated: ['user→may'], scopes: ['history-summarizer: must-not'] });
    expect(c.seeAlso).toContain('hook-context-is-data');
    expect(c.adjustableBy).toContain('user');
  });

  it('Anthropic × political neutrality: a default the operator can adjust, with its own passage', () => {
    const c = cell('political-neutrality', 'anthropic/constitution@2026-01-28');
    expect(brief(c)).toMatchObject({ state: 'should-not', adjustableBy: ['operator'], provisional: false });
    expect(c.adjustments.find((a) => a.by === 'operator')).toMatchObject({ basis: 'stated' });
    expect(ids(c.adjustments.find((a) => a.by === 'operator')!.evidence)).toEqual(['operators-may-alter-political-defaults']);
  });

  it('xAI ask-grok 2025-08-18 × personality: silent, as "a clear and direct manner" sets no personality', () => {
    const c = cell('persona-personality', 'xai/ask-grok-system-prompt@2025-08-18-31f21d9');
    expect(brief(c)).toMatchObject({ state: 'silent', seeAlso: ['clear-direct-manner'] });
    expect(c.note).toBeTruthy();
  });

  it('Cohere usage policy × fairness and bias: a ban on uses is not a rule for how the model treats people', () => {
    const c = cell('fairness-and-bias', 'cohere/usage-policy@2024-12-01');
    expect(brief(c)).toMatchObject({ state: 'silent', seeAlso: ['no-discrimination-promotion'] });
    expect(c.note).toBeTruthy();
  });

  it('Microsoft safety templates × specialized advice: only a disclaimer on mental-health diagnosis, so silent with it as see-also', () => {
    expect(brief(cell('specialized-advice', 'microsoft/safety-system-message-templates@2025-12-01'))).toMatchObject({
      state: 'silent',
      seeAlso: ['mental-health-diagnosis-disclaimer'],
    });
  });

  it('xAI Grok 4.1 prompts × hate speech: the "no restrictions on offensive content" sentence reads the same wherever it appears', () => {
    const docs = [
      'xai/grok4p1-non-thinking-system-turn-prompt@2025-11-17-a7c186f',
      'xai/grok4p1-thinking-system-turn-prompt-v2@2025-11-17-a7c186f',
      'xai/grok4p1-non-thinking-no-tool-system-turn-prompt@2025-11-17-a7c186f',
      'xai/grok-4-mini-system-prompt@2025-11-06-64c662d',
    ];
    const read = docs.map((v) => brief(cell('hate-speech', v)));
    // The default and what it rests on are the same everywhere; who can change it follows the product.
    for (const r of read) expect({ ...r, adjustableBy: [] }).toEqual({ ...read[0], adjustableBy: [] });
    expect(read[0]).toMatchObject({ state: 'should', decisive: ['adult-and-offensive-unrestricted'] });
    // xAI's own chat products have no operator (their documents list the user as the only party); the Grok 4
    // mini prompt is the policy block alone, which a deployer's system prompt can sit beside.
    for (const r of read.slice(0, 3)) expect(r.adjustableBy).toEqual(['user']);
    expect(read[3]!.adjustableBy).toEqual(['operator', 'user']);
  });

  it('the constitution’s "would not want Claude to:" list: no bioweapons words outside the weapons principles', () => {
    const latest = atlas.principles.filter((p) => p.version === 'anthropic/constitution@2026-01-28');
    const carrying = latest.filter((p) => p.quotes.some((q) => /bioweapons/.test(q.text))).map((p) => p.id);
    // The hard constraint itself, and the passages that give it as their example of a fixed rule.
    expect(carrying.sort()).toEqual([
      'hard-constraints-restrict-actions',
      'hc-no-mass-casualty-weapons-uplift',
      'instructable-defaults',
      'instructable-defaults.adjustable-defaults',
    ]);
    for (const topic of ['defamation', 'side-effects', 'violent-crime']) {
      const c = cell(topic, 'anthropic/constitution@2026-01-28');
      const shown = [...c.evidence, ...c.seeAlso, ...c.scopes.flatMap((s) => s.evidence), ...c.adjustments.flatMap((a) => a.evidence)];
      for (const id of ids(shown))
        expect(
          latest
            .find((p) => p.id === id)!
            .quotes.map((q) => q.text)
            .join(' '),
        ).not.toMatch(/bioweapon/i);
    }
  });

  it('the constitution’s lists of instructable behaviors: a heading run into its first item is quoted alone', () => {
    const headings = /^(Default behaviors that (users|operators) can turn off|Non-default behaviors that (users|operators) can turn on)( \([^)]*\))?/;
    for (const p of atlas.principles.filter((x) => x.version.startsWith('anthropic/constitution@'))) {
      for (const q of p.quotes) {
        const m = headings.exec(q.text);
        if (m) expect(q.text, `${p.version}#${p.id}`).toBe(m[0]);
      }
    }
  });

  it('xAI safety prompt × users under 18: the instruction to treat users as adults is not hidden behind silence', () => {
    expect(brief(cell('users-under-18', 'xai/grok-4-safety-prompt@2025-11-06-64c662d'))).toMatchObject({ state: 'should-not', decisive: ['treat-users-as-adults'] });
  });
});

describe('OpenAI Model Spec: cells and changes that "most restrictive wins" and inherited stances hid', () => {
  const v = (label: string): string => `openai/model-spec@${label}`;
  const change = (topic: string, from: string, to: string) => atlas.changes.find((c) => c.topic === topic && c.from === v(from) && c.to === v(to));

  it('2025-12-18 × controversial topics: a guideline-level default that operators (and users) can adjust', () => {
    const c = brief(cell('controversial-topics', v('2025-12-18')));
    expect(c).toMatchObject({ state: 'should', decisive: ['no_topic_off_limits'], provisional: false });
    expect(c.adjustableBy).toContain('operator');
  });

  it('surveillance and power: silent before 2025-09-12, then ruled out by the Red-line principles', () => {
    expect(cell('surveillance-and-power', v('2025-04-11')).state).toBe('silent');
    expect(brief(cell('surveillance-and-power', v('2025-09-12')))).toMatchObject({ state: 'must-not', adjustableBy: [], decisive: ['red-line.no-severe-harms'] });
    expect(change('surveillance-and-power', '2025-04-11', '2025-09-12')).toMatchObject({ class: 'stance' });
  });

  it('lying, 2025-02-12 → 2025-04-11: white lies go from allowed to forbidden, a stance change with its reason', () => {
    expect(brief(cell('lying-and-deception', v('2025-02-12'))).scopes).toContain('white-lies: may');
    expect(brief(cell('lying-and-deception', v('2025-04-11'))).scopes).toContain('white-lies: must-not');
    const ch = change('lying-and-deception', '2025-02-12', '2025-04-11')!;
    expect(ch.class).toBe('stance');
    expect(ch.reasons.join(' ')).toMatch(/white lies/i);
  });

  it('lying, 2025-10-27 → 2025-12-17 (the first cut of the December text): no more lying to protect confidential instructions', () => {
    expect(brief(cell('lying-and-deception', v('2025-10-27'))).scopes).toContain('protecting-confidential-information: may');
    expect(brief(cell('lying-and-deception', v('2025-12-17'))).scopes).toContain('protecting-confidential-information: should-not');
    expect(brief(cell('lying-and-deception', v('2025-12-18'))).scopes).toContain('protecting-confidential-information: should-not');
    expect(change('lying-and-deception', '2025-10-27', '2025-12-17')).toMatchObject({ class: 'stance' });
  });

  it('prompt injection, 2025-09-12 → 2025-10-27: users may delegate authority to tool outputs implicitly', () => {
    expect(brief(cell('prompt-injection', v('2025-09-12')))).toMatchObject({ state: 'should-not', stated: ['operator→may', 'user→may'] });
    expect(brief(cell('prompt-injection', v('2025-10-27')))).toMatchObject({ state: 'should-not', stated: ['operator→may', 'user→may', 'user→should'] });
    expect(change('prompt-injection', '2025-09-12', '2025-10-27')).toMatchObject({ class: 'stance' });
  });

  it('refusal style, 2025-02-12 and after: a one-sentence refusal beside the duty to offer other routes is a brief refusal with alternatives', () => {
    // The one-sentence rule limits the refusal itself; the platform-level rule to suggest other ways to a
    // permissible goal makes help beside it the default, so no version prefers a flat refusal.
    for (const label of ['2025-02-12', '2025-04-11', '2025-09-12', '2025-12-18']) expect(cell('refusal-style', v(label)).state, label).toBe('should');
    expect(ids(cell('refusal-style', v('2025-02-12')).evidence)).toContain('assume_best_intentions.decline-and-redirect');
  });

  it('side effects: confirmation "when practical" reads as a default, not an absolute', () => {
    // The root-level rule asks for small side effects, not for checking in first: it supports the cell, and
    // the guideline-level confirmation rules decide it, so developers and users can change it.
    for (const label of ['2025-09-12', '2025-12-18']) {
      const c = cell('side-effects', v(label));
      expect(brief(c)).toMatchObject({ state: 'should', decisive: ['ask_clarifying_questions.weigh-asking-vs-guessing', 'ask_clarifying_questions.confirm-unimplied-actions'] });
      expect(ids(c.evidence)).toContain('control_side_effects.minimize-side-effects');
      expect(c.adjustableBy.length).toBeGreaterThan(0);
    }
  });
});

describe('badges state the behavior, never the grammar of the sentence', () => {
  it('Grok’s instruction not to shy away from politically incorrect claims reads as "should" (make them), in every version', () => {
    const found = atlas.principles.filter((p) => p.id === 'politically-incorrect-claims');
    expect(found.length).toBeGreaterThan(5);
    for (const p of found) expect([p.version, p.position]).toEqual([p.version, 'should']);
  });
});

// The reading guide's close-call tests (section 2), pinned on cells where readers and auditors disagreed
// before the tests were written; a return to the stronger reading fails here.
describe('close calls settled by the four tests', () => {
  it('Mistral safe prompt 2025-07-15: a list of qualities reads should-not on lying (test 1) and answers nothing on AI disclosure (test 2)', () => {
    expect(brief(cell('lying-and-deception', 'mistral/guardrailing-docs@2025-07-15'))).toMatchObject({ state: 'should-not', decisive: ['care-respect-truth'] });
    expect(brief(cell('ai-disclosure', 'mistral/guardrailing-docs@2025-07-15'))).toMatchObject({ state: 'silent', seeAlso: ['care-respect-truth'] });
  });

  it('Llama Guard 4 × political manipulation: the elections category reaches voting falsehoods only, so the cell is silent with it as see-also (test 2)', () => {
    const c = brief(cell('political-manipulation', 'meta/llama-guard-model-card@2025-04-29-llama-guard-4-12b'));
    expect(c).toMatchObject({ state: 'silent', decisive: [] });
    expect(c.seeAlso).toContain('s13-elections');
  });

  it('Gemini CLI 2026-07-31: the confirmation is the tool’s, so side effects read should (test 1); a declined call is one form of correction, so human oversight is silent (test 2)', () => {
    expect(brief(cell('side-effects', 'google/gemini-cli-system-prompt@2026-07-31'))).toMatchObject({ state: 'should', decisive: ['explain-critical-commands'] });
    const o = brief(cell('human-oversight', 'google/gemini-cli-system-prompt@2026-07-31'));
    expect(o).toMatchObject({ state: 'silent', decisive: [] });
    expect(o.seeAlso).toContain('respect-declined-tool-calls');
  });

  it('Anthropic 2026-01-28 × lying: should-not, and who can change it is not stated, as only operators are barred in words (tests 1, 3)', () => {
    const c = cell('lying-and-deception', 'anthropic/constitution@2026-01-28');
    expect(brief(c)).toMatchObject({ state: 'should-not', adjustableBy: [] });
    expect(c.changeUnstated).toBe(true);
  });
});
