import { seededRandom } from '../random/seeded.ts';

/** What a cell needs for the draw: its lab, whether its version is the latest, whether it is silent. */
export interface Drawable {
  key: string;
  lab: string;
  latest: boolean;
  silent: boolean;
}

/** A cell's stratum: its lab, latest or earlier version, silent or not. */
export const stratumOf = (c: Drawable): string => `${c.lab} · ${c.latest ? 'latest' : 'earlier'} · ${c.silent ? 'silent' : 'answered'}`;

/**
 * drawSample(cells, size, seed): a stratified random sample. Every stratum (lab × latest/earlier ×
 * silent/answered) that has cells gets at least one draw; the rest of the sample is shared out in
 * proportion to the strata's sizes (largest remainders first), and each stratum's cells are drawn
 * without replacement with a generator seeded by `seed`. The same cells, size and seed give the same
 * sample; the result is sorted by stratum, then key.
 */
export function drawSample<T extends Drawable>(cells: readonly T[], size: number, seed: number): T[] {
  const strata = new Map<string, T[]>();
  for (const c of [...cells].sort((a, b) => a.key.localeCompare(b.key))) {
    const s = stratumOf(c);
    const list = strata.get(s);
    if (list) list.push(c);
    else strata.set(s, [c]);
  }
  const names = [...strata.keys()].sort();
  const total = cells.length;
  const n = Math.min(size, total);
  const quota = new Map(names.map((s) => [s, Math.min(1, strata.get(s)!.length)]));
  let left = n - [...quota.values()].reduce((a, b) => a + b, 0);
  if (left < 0) {
    // More strata than draws: keep one from the largest strata.
    const keep = new Set([...names].sort((a, b) => strata.get(b)!.length - strata.get(a)!.length || a.localeCompare(b)).slice(0, n));
    for (const s of names) quota.set(s, keep.has(s) ? 1 : 0);
    left = 0;
  }
  const share = names.map((s) => {
    const room = strata.get(s)!.length - quota.get(s)!;
    const exact = (left * strata.get(s)!.length) / total;
    return { s, room, whole: Math.min(room, Math.floor(exact)), rest: exact - Math.floor(exact) };
  });
  for (const x of share) quota.set(x.s, quota.get(x.s)! + x.whole);
  left -= share.reduce((a, x) => a + x.whole, 0);
  for (const x of [...share].sort((a, b) => b.rest - a.rest || a.s.localeCompare(b.s))) {
    if (left <= 0) break;
    if (quota.get(x.s)! < strata.get(x.s)!.length) {
      quota.set(x.s, quota.get(x.s)! + 1);
      left--;
    }
  }
  // Any draws still left (strata too small to take their share) go to strata with room, in order.
  for (const s of names) {
    while (left > 0 && quota.get(s)! < strata.get(s)!.length) {
      quota.set(s, quota.get(s)! + 1);
      left--;
    }
  }
  const next = seededRandom(seed);
  const out: T[] = [];
  for (const s of names) {
    const pool = [...strata.get(s)!];
    for (let k = 0; k < quota.get(s)!; k++) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  }
  return out.sort((a, b) => stratumOf(a).localeCompare(stratumOf(b)) || a.key.localeCompare(b.key));
}
