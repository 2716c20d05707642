import type { Binds } from '../../schemas/document.ts';
import type { EditorialPrinciple } from '../../schemas/editorial.ts';
import type { Principle } from '../../schemas/principle.ts';
import type { Quote } from '../../schemas/selector.ts';
import type { Override } from '../../schemas/stance.ts';
import { resolveSelector } from '../quotes/resolve-selector.ts';
import { lineOf, type TextOfRecord } from '../text/text-of-record.ts';

const defaultBasis: Readonly<Record<Override, string>> = {
  none: 'editorial reading: the document lets neither deployers nor users change it',
  operator: 'editorial reading: the document lets deployers (operators) change it',
  user: 'editorial reading: the document lets users change it',
  unstated: 'editorial reading: the document does not say who may change it, nor that it is fixed',
};

/** A selector that did not resolve in one version: which principle, which quote, and why. */
export interface EditorialFailure {
  principle: string;
  field: string;
  reason: string;
}

/**
 * The principles an editor identified, as they stand in one version: each listed for the version has
 * every quote resolved against its text (or the failure, so the caller can name file and entry).
 */
export function buildEditorialPrinciples(
  doc: TextOfRecord,
  versionLabel: string,
  entries: readonly EditorialPrinciple[],
  binds: Binds = 'model',
  /** The document's version labels, oldest first (for `since`, `until` and `quotesFrom`). */
  labels: readonly string[] = [versionLabel],
): { principles: Principle[]; failures: EditorialFailure[] } {
  const at = labels.indexOf(versionLabel);
  const before = (a: string, b: string): boolean => labels.indexOf(a) <= labels.indexOf(b);
  const principles: Principle[] = [];
  const failures: EditorialFailure[] = [];
  for (const e of entries) {
    if (e.versions && !e.versions.includes(versionLabel)) continue;
    if (e.since && !before(e.since, versionLabel)) continue;
    if (e.until && !before(versionLabel, e.until)) continue;
    if (e.except?.includes(versionLabel)) continue;
    const byVersion = e.quotesByVersion?.[versionLabel];
    // The latest `quotesFrom` key at or before this version.
    const fromKey = Object.keys(e.quotesFrom ?? {})
      .filter((k) => labels.indexOf(k) !== -1 && labels.indexOf(k) <= at)
      .sort((a, b) => labels.indexOf(b) - labels.indexOf(a))[0];
    const selectors = byVersion ?? (fromKey ? e.quotesFrom![fromKey]! : e.quotes);
    const quotes: Quote[] = [];
    selectors.forEach((selector, i) => {
      const r = resolveSelector(doc, selector);
      if (!r.ok) {
        failures.push({
          principle: e.id,
          field: byVersion
            ? `quotesByVersion.${versionLabel}[${i}]`
            : fromKey
              ? `quotesFrom.${fromKey}[${i}] (in version ${versionLabel})`
              : `quotes[${i}] (in version ${versionLabel})`,
          reason: r.reason,
        });
        return;
      }
      quotes.push({ selector, text: r.value.text, start: r.value.start, end: r.value.end, line: lineOf(doc.text, r.value.start), origin: 'curated' });
    });
    if (quotes.length !== selectors.length) continue;
    quotes.sort((a, b) => a.start - b.start);
    principles.push({
      id: e.id,
      version: doc.version,
      order: 0,
      origin: 'editorial',
      title: e.title,
      sectionPath: e.section ? [e.section] : [],
      position: e.position,
      positionSource: 'curated',
      override: e.override,
      overrideBasis: e.overrideBasis ?? defaultBasis[e.override],
      context: e.context ?? ['all'],
      binds: e.binds ?? binds,
      summary: e.summary,
      quotes,
      text: quotes.map((q) => q.text).join(' '),
      examples: [],
      commentary: [],
      line: quotes[0]!.line,
    });
  }
  // Document order: by where each principle's first quote sits.
  principles.sort((a, b) => a.quotes[0]!.start - b.quotes[0]!.start || a.id.localeCompare(b.id));
  principles.forEach((p, i) => (p.order = i));
  return { principles, failures };
}
