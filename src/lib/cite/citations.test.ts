import { describe, expect, it } from 'vitest';
import { cite, citationFormats, citationQuote, plainText, textFragment, withTextFragment, type ReadingCitation, type WorkCitation } from './citations.ts';

const work: WorkCitation = {
  kind: 'work',
  lab: 'OpenAI',
  documentTitle: 'Model Spec',
  versionLabel: '2025-02-12',
  versionDate: '2025-02-12',
  section: 'Do not lie',
  quote: 'The assistant should not mislead the user.',
  url: 'https://model-spec.openai.com/2025-02-12.html#do_not_lie:~:text=The%20assistant',
  pinned: 'https://github.com/openai/model_spec/blob/abc/model_spec.md?plain=1#L10',
  built: '2026-11-30',
};
const reading: ReadingCitation = {
  kind: 'reading',
  title: 'Model Spec (2025-02-12) on “Will the model lie?”: default: should not; nobody can change it',
  dataVersion: '0123456789ab',
  permalink: '/documents/openai/model-spec/2025-02-12/#topic-lying',
  built: '2026-11-30',
};

describe('cite(work, format): the lab’s words', () => {
  it('APA: the lab is the author, the document and version date are the work, the quote is included, the publisher’s URL comes last', () => {
    expect(cite(work, 'apa')).toBe(
      'OpenAI. (2025, February 12). Model Spec (version 2025-02-12), “Do not lie”. “The assistant should not mislead the user.” Retrieved November 30, 2026, from https://model-spec.openai.com/2025-02-12.html#do_not_lie:~:text=The%20assistant',
    );
  });
  it('says "accessed" with the reader’s date when one is given, "retrieved" with the build date otherwise', () => {
    expect(cite({ ...work, accessed: '2026-12-01' }, 'mla')).toContain('Accessed 1 Dec. 2026');
    expect(cite(work, 'chicago')).toContain('retrieved November 30, 2026');
  });
  it('never names Spec Atlas as author of the lab’s words, nor a placeholder host', () => {
    for (const f of citationFormats) {
      expect(cite(work, f)).toContain('OpenAI');
      expect(cite(work, f)).not.toMatch(/Spec Atlas|\.invalid/);
    }
  });
  it('writes BibTeX and CSL-JSON that parse, with the quote as a note', () => {
    expect(cite(work, 'bibtex')).toMatch(/^@misc\{openai-model-spec-2025-02-12-do-not-lie,\n {2}author = \{\{OpenAI\}\},/);
    const [csl] = JSON.parse(cite(work, 'csl-json')) as [{ author: { literal: string }[]; URL: string; note: string }];
    expect(csl.author[0]!.literal).toBe('OpenAI');
    expect(csl.URL).toBe(work.url);
    expect(csl.note).toContain('should not mislead');
  });
});

describe('cite(reading, format): Spec Atlas’s reading', () => {
  it('is a work of Spec Atlas, with its data version and permalink', () => {
    expect(cite(reading, 'apa')).toBe(
      'Spec Atlas. (2026, November 30). Model Spec (2025-02-12) on “Will the model lie?”: default: should not; nobody can change it [Classification, data version 0123456789ab]. Retrieved November 30, 2026, from /documents/openai/model-spec/2025-02-12/#topic-lying',
    );
    for (const f of citationFormats) expect(cite(reading, f)).not.toContain('OpenAI.');
  });
});

describe('quotes and text fragments', () => {
  it('removes Markdown and footnote markers from quoted words, and shortens long quotes', () => {
    expect(plainText('Never act *covertly* [here](#x).[^91ld] Use `code` --- always.')).toBe('Never act covertly here. Use code — always.');
    expect(citationQuote('one two three four five', 3)).toBe('one two three …');
  });
  it('finds a long quote by its first and last words, a short one whole, with dashes and commas encoded', () => {
    expect(textFragment('Do not lie, ever.')).toBe(':~:text=Do%20not%20lie%2C%20ever.');
    expect(textFragment('one two three four five six seven eight nine ten eleven-twelve')).toBe(
      ':~:text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven%2Dtwelve',
    );
  });
  it('adds the fragment after an anchor, or as the anchor', () => {
    expect(withTextFragment('https://a.example/p#sec', 'Hi there.')).toBe('https://a.example/p#sec:~:text=Hi%20there.');
    expect(withTextFragment('https://a.example/p', 'Hi there.')).toBe('https://a.example/p#:~:text=Hi%20there.');
  });
});
