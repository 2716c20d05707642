import type { Example, Principle } from '../../schemas/principle.ts';
import type { Quote } from '../../schemas/selector.ts';
import type { Context, Override, Position } from '../../schemas/stance.ts';
import { quoteHashOf } from '../sources/hash.ts';
import { lineOf, type TextOfRecord, type TextSection } from '../text/text-of-record.ts';
import { segmentMarkdown } from './segment-markdown.ts';

/**
 * How each authority level of the Model Spec maps to who may override it. "platform" is the name the
 * spec used before 2025-09-12 for what it now calls "root".
 */
export const overrideByLevel: Readonly<Record<string, { override: Override; basis: string }>> = {
  platform: { override: 'none', basis: 'platform level: no developer or user instruction can override it' },
  root: { override: 'none', basis: 'root level: no developer or user instruction can override it' },
  system: { override: 'none', basis: 'system level: only OpenAI can change it, not developers or users' },
  developer: { override: 'operator', basis: 'developer level: developers can override it, users cannot' },
  user: { override: 'user', basis: 'user level: developers or users can override it explicitly' },
  guideline: { override: 'user', basis: 'guideline level: developers or users can override it, even implicitly' },
};

/**
 * A first reading of the position from the heading's wording. Editors confirm or replace it in the
 * curation file; the data records which one a stance rests on.
 */
export function proposePosition(title: string, override: Override): Position {
  const t = title.trim().toLowerCase();
  const hard = override === 'none';
  if (/^never\b/.test(t)) return 'must-not';
  if (/^(do not|don['’]t)\b/.test(t)) return hard ? 'must-not' : 'should-not';
  if (/^avoid\b/.test(t)) return 'should-not';
  if (/^always\b/.test(t)) return 'must';
  return hard ? 'must' : 'should';
}

const contextByTag: Readonly<Record<string, Context>> = { under_18: 'under-18' };

function quoteFromSpan(doc: TextOfRecord, start: number, end: number, selector: Quote['selector']): Quote {
  return { selector, text: doc.text.slice(start, end), start, end, line: lineOf(doc.text, start), origin: 'imported' };
}

/** The importer's default lead quote: the section's first two prose sentences, else its heading. */
function defaultQuote(doc: TextOfRecord, section: TextSection): Quote {
  const first = section.sentences[0];
  if (first) {
    const to = section.sentences.length > 1 ? 1 : 0;
    const end = section.sentences[to]!.end;
    const text = doc.text.slice(first.start, end);
    const selector = to === 0 ? { section: section.id, from: 0, hash: quoteHashOf(text) } : { section: section.id, from: 0, to, hash: quoteHashOf(text) };
    return quoteFromSpan(doc, first.start, end, selector);
  }
  const { start, end } = section.titleSpan;
  return quoteFromSpan(doc, start, end, { start, end, hash: quoteHashOf(doc.text.slice(start, end)) });
}

const VERDICT = /<assistant>\s*<!--\s*(GOOD|BAD)?\s*:?\s*(.*?)\s*-->/;

/** Reads one fenced example: the set-up before <comparison>, and each response with its GOOD / BAD verdict. */
export function parseExample(doc: TextOfRecord, ex: TextSection['examples'][number]): Example {
  const raw = doc.text.slice(ex.block.start, ex.block.end);
  const body = raw.replace(/^(~~~|```)[^\n]*\n/, '').replace(/\n?(~~~|```)\s*$/, '');
  const cut = body.search(/<comparison>|<assistant>/);
  const setup = (cut === -1 ? body : body.slice(0, cut)).trim();
  const responses: Example['responses'] = [];
  for (const m of body.matchAll(/<assistant>[^\n]*\n?([\s\S]*?)<\/assistant>/g)) {
    const head = VERDICT.exec(m[0]);
    const verdict = head?.[1] === 'GOOD' ? 'good' : head?.[1] === 'BAD' ? 'bad' : 'neutral';
    responses.push({ verdict, note: head?.[2] ?? '', text: m[1]!.trim() });
  }
  const label = ex.label ? doc.text.slice(ex.label.start, ex.label.end).replace(/^\*\*Example\*\*:?\s*/, '') : '';
  return { label, setup, responses, line: ex.line };
}

/**
 * Imports a version of OpenAI's Model Spec: every heading that carries `authority=` becomes a
 * principle, with its override from the level, its section path, its prose (as text and a default
 * quote), its examples and its commentary. The position is a proposal until an editor curates it.
 */
export function importOpenAIModelSpec(version: string, source: string): { doc: TextOfRecord; principles: Principle[] } {
  const doc = segmentMarkdown(version, source);
  const principles: Principle[] = [];
  for (const section of doc.sections) {
    const level = section.attrs['authority'];
    if (!level) continue;
    const mapping = overrideByLevel[level];
    if (!mapping) throw new Error(`${version}: heading "${section.title}" (#${section.id}) has an unknown authority level "${level}"`);
    const context = (section.attrs['tags'] ?? '')
      .split(',')
      .map((t) => contextByTag[t])
      .filter((c): c is Context => Boolean(c));
    principles.push({
      id: section.id,
      version,
      order: principles.length,
      origin: 'imported',
      title: section.title,
      sectionPath: [...section.path],
      anchor: section.id,
      level,
      position: proposePosition(section.title, mapping.override),
      positionSource: 'proposed',
      override: mapping.override,
      overrideBasis: mapping.basis,
      context: context.length ? context : ['all'],
      binds: 'model',
      quotes: [defaultQuote(doc, section)],
      text: section.sentences.map((s) => doc.text.slice(s.start, s.end)).join(' '),
      examples: section.examples.map((e) => parseExample(doc, e)),
      commentary: section.commentary.map((c) => doc.text.slice(c.start, c.end).replace(/^ {4}/gm, '')),
      line: section.line,
    });
  }
  return { doc, principles };
}

/** Levels that were renamed without changing meaning. */
export const openAILevelAliases: Readonly<Record<string, string>> = { platform: 'root' };
