import type { Principle } from '../../schemas/principle.ts';

/** Consecutive principles that share a section path, in document order. */
export function groupBySection(principles: readonly Principle[]): { path: string[]; principles: Principle[] }[] {
  const out: { path: string[]; principles: Principle[] }[] = [];
  for (const p of principles) {
    const last = out[out.length - 1];
    if (last && last.path.join('\u0000') === p.sectionPath.join('\u0000')) last.principles.push(p);
    else out.push({ path: p.sectionPath, principles: [p] });
  }
  return out;
}
