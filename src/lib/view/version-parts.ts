import type { Principle } from '../../schemas/principle.ts';
import { groupBySection } from './group-by-section.ts';

/** A version with more principles than this is shown in parts, one page each, so no page carries hundreds of quotes. */
export const PARTS_ABOVE = 60;
/** A part smaller than this joins the part after it (the last joins the one before). */
export const PART_AT_LEAST = 10;

export interface VersionPart {
  /** Its address segment, unique within the version: the slug of its first heading. */
  slug: string;
  /** The top-level headings it covers, in order. */
  headings: string[];
  sections: { path: string[]; principles: Principle[] }[];
}

/** The top-level heading of a section path: its first segment, up to a "›" or a colon ("Use appropriate style: length"). */
export function topHeading(path: readonly string[]): string {
  return (path[0] ?? '').split(/[›:]/)[0]!.trim();
}

export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'opening'
  );
}

/**
 * Splits a version's principles (in document order) into parts by top-level heading, or returns undefined when the
 * version is small enough for one page. Consecutive sections under the same heading (compared without case) make a
 * run; a run joins the part before it when either has fewer than PART_AT_LEAST principles, so a short aside stays
 * with what it interrupts; a short last part joins the one before. Pure: the same principles give the same parts.
 */
export function versionParts(principles: readonly Principle[]): VersionPart[] | undefined {
  if (principles.length <= PARTS_ABOVE) return undefined;
  const runs: { heading: string; sections: VersionPart['sections'] }[] = [];
  for (const section of groupBySection(principles)) {
    const heading = topHeading(section.path);
    const last = runs.at(-1);
    if (last && last.heading.toLowerCase() === heading.toLowerCase()) last.sections.push(section);
    else runs.push({ heading, sections: [section] });
  }
  const count = (sections: VersionPart['sections']): number => sections.reduce((n, s) => n + s.principles.length, 0);
  const join = (part: VersionPart, headings: readonly string[], sections: VersionPart['sections']): void => {
    for (const h of headings) if (!part.headings.some((x) => x.toLowerCase() === h.toLowerCase())) part.headings.push(h);
    part.sections.push(...sections);
  };
  const parts: VersionPart[] = [];
  for (const run of runs) {
    const last = parts.at(-1);
    if (last && (count(last.sections) < PART_AT_LEAST || count(run.sections) < PART_AT_LEAST)) join(last, [run.heading], run.sections);
    else parts.push({ slug: '', headings: [run.heading], sections: [...run.sections] });
  }
  const tail = parts.at(-1)!;
  if (parts.length > 1 && count(tail.sections) < PART_AT_LEAST) {
    parts.pop();
    join(parts.at(-1)!, tail.headings, tail.sections);
  }
  const used = new Map<string, number>();
  for (const p of parts) {
    const base = slugify(p.headings[0]!);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    p.slug = n === 1 ? base : `${base}-${n}`;
  }
  return parts;
}

/** The part slug of each principle id of a version split in parts. */
export function partOfPrinciple(parts: readonly VersionPart[]): Map<string, string> {
  return new Map(parts.flatMap((part) => part.sections.flatMap((s) => s.principles.map((p) => [p.id, part.slug] as const))));
}
