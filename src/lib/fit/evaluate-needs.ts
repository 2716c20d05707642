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
 * Who may move a default which way, as the compare data writes it: "operator:toward-yes user:unstated",
 * "nobody", or "" for a silent cell.
 */
export function parseAdjustable(text: string): { by: 'operator' | 'user'; direction: string }[] {
  return text
    .split(' ')
    .filter((t) => t.includes(':'))
    .map((t) => {
      const [by, direction] = t.split(':') as ['operator' | 'user', string];
      return { by, direction };
    });
}

/** Whether someone may move the default toward what the need asks (or in a direction the document leaves open). */
export function canMoveToward(need: Need, adjustable: string, by: 'operator' | 'user'): boolean {
  const toward = need === 'yes' ? 'toward-yes' : 'toward-no';
  return parseAdjustable(adjustable).some((a) => a.by === by && (a.direction === toward || a.direction === 'unstated'));
}

/**
 * How a cell's default answers a need. A default on the need's side meets it; one on the other side can
 * still be moved when the document lets the operator (you, deploying it) or the user do so toward the
 * need; "may" allows it without promising it. Scopes (a strict mode, under-18 users) never decide it.
 */
export function verdictFor(need: Need, state: string, adjustable: string): Verdict {
  if (state === 'silent' || state === 'conflicting') return state;
  if (state === 'may') return 'allowed';
  const yes = state === 'must' || state === 'should';
  if ((need === 'yes') === yes) return 'met';
  if (canMoveToward(need, adjustable, 'operator')) return 'operator';
  if (canMoveToward(need, adjustable, 'user')) return 'user';
  return 'unmet';
}

export interface FitResult {
  version: string;
  score: number;
  /** How firmly the met needs are held: 2 for each met by a must or must-not, 1 for a should or should-not. */
  strength: number;
  /** Needs on which the document is silent. */
  silent: number;
  /** Per need: the verdict on the default, the default, and whether the operator may move that default toward the need. */
  verdicts: { topic: string; need: Need; state: string; verdict: Verdict; operatorCanChange: boolean }[];
}

/** The score in one sentence, as the page says it. */
export const scoreRule =
  'Score: 3 for each need the default meets, 2 for each you (the operator) or the user can change toward it, 1 where it is allowed but not promised, 0 for silence or a conflict, −3 for each need it goes against; ties go to the firmer wording (must over should), then to fewer needs resting on silence.';

const firmness = (state: string): number => (state === 'must' || state === 'must-not' ? 2 : state === 'should' || state === 'should-not' ? 1 : 0);

/**
 * Ranks document versions by how well their stances fit the needs: best score first; ties by firmer
 * wording of the met needs (must over should), then fewer needs resting on silence, fewer unmet, then id.
 */
export function rankFit(
  needs: readonly { topic: string; need: Need }[],
  versions: readonly string[],
  stance: (topic: string, version: string) => { state: string; adjustable: string },
): FitResult[] {
  return versions
    .map((version) => {
      const verdicts = needs.map(({ topic, need }) => {
        const s = stance(topic, version);
        return { topic, need, state: s.state, verdict: verdictFor(need, s.state, s.adjustable), operatorCanChange: canMoveToward(need, s.adjustable, 'operator') };
      });
      return {
        version,
        score: verdicts.reduce((n, v) => n + points[v.verdict], 0),
        strength: verdicts.reduce((n, v) => n + (v.verdict === 'met' ? firmness(v.state) : 0), 0),
        silent: verdicts.filter((v) => v.verdict === 'silent').length,
        verdicts,
      };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.strength - a.strength ||
        a.silent - b.silent ||
        a.verdicts.filter((v) => v.verdict === 'unmet').length - b.verdicts.filter((v) => v.verdict === 'unmet').length ||
        a.version.localeCompare(b.version),
    );
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

/**
 * "Can you change it?", need by need: for a default that already meets the need, whether (and by whom)
 * it can still be moved; for one that does not, whether you, as the operator, can move it toward the need.
 */
export function changeAnswer(need: Need, state: string, adjustable: string): string {
  if (state === 'silent' || state === 'conflicting') return '—';
  const who = [...new Set(parseAdjustable(adjustable).map((a) => a.by))];
  const verdict = verdictFor(need, state, adjustable);
  if (verdict === 'met' || verdict === 'allowed') {
    if (who.length) return `it can be changed, by the ${who.join(' or the ')}`;
    return adjustable === 'unstated' ? 'not stated' : 'no: fixed';
  }
  if (verdict === 'operator') return 'yes, toward your need';
  if (verdict === 'user') return 'only the user can, toward your need';
  if (who.length) return 'not toward your need';
  return adjustable === 'unstated' ? 'not stated' : 'no: fixed';
}
