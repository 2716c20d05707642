/** What a product needs on one topic: that the model does what the question asks ("yes"), or not ("no"). */
export type Need = 'yes' | 'no';

/** How a document's stance answers one need. */
export type Verdict = 'met' | 'operator' | 'user' | 'allowed' | 'unmet' | 'conflicting' | 'silent';

export const verdictLabels: Readonly<Record<Verdict, string>> = {
  met: 'met',
  operator: 'adjustable by the operator',
  user: 'adjustable by the user',
  allowed: 'allowed, not guaranteed',
  unmet: 'unmet',
  conflicting: 'conflicting',
  silent: 'silent',
};

/** How much each verdict counts toward a document's fit. */
const points: Readonly<Record<Verdict, number>> = { met: 3, operator: 2, user: 2, allowed: 1, conflicting: 0, silent: 0, unmet: -3 };

/**
 * How a stance answers a need. A stance on the need's side meets it; one on the other side can still
 * be adjusted when the document lets the operator or the user change it; "may" allows it without promising it.
 */
export function verdictFor(need: Need, state: string, override: string): Verdict {
  if (state === 'silent' || state === 'conflicting') return state;
  if (state === 'may') return 'allowed';
  const yes = state === 'must' || state === 'should';
  if ((need === 'yes') === yes) return 'met';
  if (override === 'operator') return 'operator';
  if (override === 'user') return 'user';
  return 'unmet';
}

export interface FitResult {
  version: string;
  score: number;
  verdicts: { topic: string; need: Need; verdict: Verdict }[];
}

/**
 * Ranks document versions by how well their stances fit the needs: best first, then by fewest unmet
 * needs, then by id so the order is stable.
 */
export function rankFit(
  needs: readonly { topic: string; need: Need }[],
  versions: readonly string[],
  stance: (topic: string, version: string) => { state: string; override: string },
): FitResult[] {
  return versions
    .map((version) => {
      const verdicts = needs.map(({ topic, need }) => {
        const s = stance(topic, version);
        return { topic, need, verdict: verdictFor(need, s.state, s.override) };
      });
      return { version, score: verdicts.reduce((n, v) => n + points[v.verdict], 0), verdicts };
    })
    .sort((a, b) => b.score - a.score || a.verdicts.filter((v) => v.verdict === 'unmet').length - b.verdicts.filter((v) => v.verdict === 'unmet').length || a.version.localeCompare(b.version));
}

/** "topic:yes,topic2:no" ⇄ needs, for the URL. Unknown topics and values are dropped by the caller's check. */
export function parseNeeds(param: string | null): { topic: string; need: Need }[] {
  return (param ?? '')
    .split(',')
    .map((pair) => pair.split(':'))
    .filter((p): p is [string, Need] => p.length === 2 && (p[1] === 'yes' || p[1] === 'no') && /^[a-z0-9-]+$/.test(p[0]!))
    .map(([topic, need]) => ({ topic, need }));
}

export function formatNeeds(needs: readonly { topic: string; need: Need }[]): string {
  return needs.map((n) => `${n.topic}:${n.need}`).join(',');
}
