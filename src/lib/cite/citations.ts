/** What a citation names: the lab's words in a dated version, and where Spec Atlas shows them. */
export interface CitationTarget {
  /** What is cited, in words: a principle's title, or "<document> on <topic question>". */
  item: string;
  /** The lab, cited as the author. */
  lab: string;
  documentTitle: string;
  versionLabel: string;
  /** The version's date, YYYY-MM-DD. */
  versionDate: string;
  /** Where the quoted words are, at the pinned source. */
  sourceUrl: string;
  /** The Spec Atlas permalink. */
  permalink: string;
  /** When it was accessed: the build date, YYYY-MM-DD. */
  accessed: string;
}

export const citationFormats = ['apa', 'mla', 'chicago', 'bibtex', 'csl-json'] as const;
export type CitationFormat = (typeof citationFormats)[number];
export const citationFormatNames: Readonly<Record<CitationFormat, string>> = { apa: 'APA', mla: 'MLA', chicago: 'Chicago', bibtex: 'BibTeX', 'csl-json': 'CSL-JSON' };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** Braces and backslashes would break a BibTeX field. */
const bib = (s: string): string => s.replace(/[\\{}]/g, '');

/** A citation of the target in one format, naming lab, document, version date, source URL, permalink and access date. */
export function cite(t: CitationTarget, format: CitationFormat): string {
  const [y, m, d] = parts(t.versionDate);
  const [ay, am, ad] = parts(t.accessed);
  switch (format) {
    case 'apa':
      return `${t.lab}. (${y}, ${MONTHS[m - 1]} ${d}). ${t.documentTitle} (version ${t.versionLabel}): ${t.item}. ${t.sourceUrl}. Cited via Spec Atlas, retrieved ${MONTHS[am - 1]} ${ad}, ${ay}, from ${t.permalink}`;
    case 'mla':
      return `${t.lab}. “${t.item}.” ${t.documentTitle}, version ${t.versionLabel}, ${d} ${MLA_MONTHS[m - 1]} ${y}, ${t.sourceUrl}. Spec Atlas, ${t.permalink}. Accessed ${ad} ${MLA_MONTHS[am - 1]} ${ay}.`;
    case 'chicago':
      return `${t.lab}. “${t.item}.” ${t.documentTitle}, version ${t.versionLabel}. ${MONTHS[m - 1]} ${d}, ${y}. ${t.sourceUrl}. Via Spec Atlas, ${t.permalink} (accessed ${MONTHS[am - 1]} ${ad}, ${ay}).`;
    case 'bibtex': {
      const key = `${t.lab}-${t.documentTitle}-${t.versionLabel}-${t.item}`
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60);
      return [
        `@misc{${key},`,
        `  author = {{${bib(t.lab)}}},`,
        `  title = {${bib(t.item)}},`,
        `  howpublished = {${bib(t.documentTitle)}, version ${bib(t.versionLabel)}},`,
        `  year = {${y}},`,
        `  month = ${BIB_MONTHS[m - 1]},`,
        `  url = {${t.sourceUrl}},`,
        `  urldate = {${t.accessed}},`,
        `  note = {Cited via Spec Atlas: ${t.permalink}}`,
        '}',
      ].join('\n');
    }
    case 'csl-json':
      return JSON.stringify(
        [
          {
            id: `${t.documentTitle}-${t.versionLabel}-${t.item}`
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')
              .slice(0, 60),
            type: 'document',
            title: t.item,
            'container-title': t.documentTitle,
            author: [{ literal: t.lab }],
            version: t.versionLabel,
            issued: { 'date-parts': [[y, m, d]] },
            accessed: { 'date-parts': [[ay, am, ad]] },
            URL: t.sourceUrl,
            note: `Cited via Spec Atlas: ${t.permalink}`,
          },
        ],
        null,
        2,
      );
  }
}
