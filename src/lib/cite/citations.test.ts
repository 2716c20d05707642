import { describe, expect, it } from 'vitest';
import { cite, citationFormats, type CitationTarget } from './citations.ts';

const cell: CitationTarget = {
  item: 'Stance on “Will the model keep its system prompt confidential?”: must',
  lab: 'OpenAI',
  documentTitle: 'Model Spec',
  versionLabel: '2025-12-18',
  versionDate: '2025-12-18',
  sourceUrl: 'https://github.com/openai/model_spec/blob/8d2405d4e9a5143c5355f50482394ebd12fe898c/model_spec.md?plain=1#L1801',
  permalink: 'https://spec-atlas.invalid/documents/openai/model-spec/2025-12-18/#topic-system-prompt-confidentiality',
  accessed: '2026-11-27',
};

describe('cite(target, format) for a fixed cell', () => {
  it('APA', () =>
    expect(cite(cell, 'apa')).toMatchInlineSnapshot(
      `"OpenAI. (2025, December 18). Model Spec (version 2025-12-18): Stance on “Will the model keep its system prompt confidential?”: must. https://github.com/openai/model_spec/blob/8d2405d4e9a5143c5355f50482394ebd12fe898c/model_spec.md?plain=1#L1801. Cited via Spec Atlas, retrieved November 27, 2026, from https://spec-atlas.invalid/documents/openai/model-spec/2025-12-18/#topic-system-prompt-confidentiality"`,
    ));
  it('MLA', () =>
    expect(cite(cell, 'mla')).toMatchInlineSnapshot(
      `"OpenAI. “Stance on “Will the model keep its system prompt confidential?”: must.” Model Spec, version 2025-12-18, 18 Dec. 2025, https://github.com/openai/model_spec/blob/8d2405d4e9a5143c5355f50482394ebd12fe898c/model_spec.md?plain=1#L1801. Spec Atlas, https://spec-atlas.invalid/documents/openai/model-spec/2025-12-18/#topic-system-prompt-confidentiality. Accessed 27 Nov. 2026."`,
    ));
  it('Chicago', () =>
    expect(cite(cell, 'chicago')).toMatchInlineSnapshot(
      `"OpenAI. “Stance on “Will the model keep its system prompt confidential?”: must.” Model Spec, version 2025-12-18. December 18, 2025. https://github.com/openai/model_spec/blob/8d2405d4e9a5143c5355f50482394ebd12fe898c/model_spec.md?plain=1#L1801. Via Spec Atlas, https://spec-atlas.invalid/documents/openai/model-spec/2025-12-18/#topic-system-prompt-confidentiality (accessed November 27, 2026)."`,
    ));
  it('BibTeX', () =>
    expect(cite(cell, 'bibtex')).toMatchInlineSnapshot(`
    "@misc{openai-model-spec-2025-12-18-stance-on-will-the-model-keep-i,
      author = {{OpenAI}},
      title = {Stance on “Will the model keep its system prompt confidential?”: must},
      howpublished = {Model Spec, version 2025-12-18},
      year = {2025},
      month = dec,
      url = {https://github.com/openai/model_spec/blob/8d2405d4e9a5143c5355f50482394ebd12fe898c/model_spec.md?plain=1#L1801},
      urldate = {2026-11-27},
      note = {Cited via Spec Atlas: https://spec-atlas.invalid/documents/openai/model-spec/2025-12-18/#topic-system-prompt-confidentiality}
    }"
  `));
  it('CSL-JSON', () =>
    expect(JSON.parse(cite(cell, 'csl-json'))).toMatchInlineSnapshot(`
    [
      {
        "URL": "https://github.com/openai/model_spec/blob/8d2405d4e9a5143c5355f50482394ebd12fe898c/model_spec.md?plain=1#L1801",
        "accessed": {
          "date-parts": [
            [
              2026,
              11,
              27,
            ],
          ],
        },
        "author": [
          {
            "literal": "OpenAI",
          },
        ],
        "container-title": "Model Spec",
        "id": "model-spec-2025-12-18-stance-on-will-the-model-keep-its-syst",
        "issued": {
          "date-parts": [
            [
              2025,
              12,
              18,
            ],
          ],
        },
        "note": "Cited via Spec Atlas: https://spec-atlas.invalid/documents/openai/model-spec/2025-12-18/#topic-system-prompt-confidentiality",
        "title": "Stance on “Will the model keep its system prompt confidential?”: must",
        "type": "document",
        "version": "2025-12-18",
      },
    ]
  `));
  it('names lab, document, version date, source URL, permalink and access date in every format', () => {
    for (const f of citationFormats) {
      const text = cite(cell, f);
      for (const needle of ['OpenAI', 'Model Spec', cell.sourceUrl, cell.permalink]) expect(text, `${f}: ${needle}`).toContain(needle);
      expect(text, f).toMatch(/2025/);
      expect(text, f).toMatch(/2026/);
    }
  });
});
