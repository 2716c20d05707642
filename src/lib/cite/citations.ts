/**
 * Citations that can be used as they are. Two kinds, never mixed:
 * - the lab's words ("work"): the lab is the author, the document and its version date are the work,
 *   the quoted words are included, and the URL is the publisher's page (with an anchor or a text
 *   fragment) where there is one for that version, else the pinned copy;
 * - Spec Atlas's reading ("reading"): our classification (a stance on a topic) as a work of Spec
 *   Atlas, with its permalink.
 * "Accessed" is the reader's date when given (filled in the browser); without it the citation says
 * "retrieved" with the build date.
 */
export interface WorkCitation {
  kind: 'work';
  lab: string;
  documentTitle: string;
  versionLabel: string;
  /** The version's date, YYYY-MM-DD. */
  versionDate: string;
  /** The part quoted: a principle's title (the publisher's, or ours marked as such). */
  section?: string;
  /** The quoted words, plain (Markdown removed), shortened with an ellipsis when long. */
  quote?: string;
  /** Where the words are: the publisher's page first. */
  url: string;
  /** The pinned copy, when `url` is the publisher's page. */
  pinned?: string;
  /** The build date, YYYY-MM-DD: "retrieved" when no reader's date is given. */
  built: string;
  /** The reader's date, YYYY-MM-DD (set in the browser). */
  accessed?: string;
}

export interface ReadingCitation {
  kind: 'reading';
  /** What Spec Atlas says, e.g. "Model Spec (2025-12-18) on “Will the model …?”: default must not; nobody can change it". */
  title: string;
  dataVersion: string;
  /** The Spec Atlas page: absolute when the site's address is configured, else a path made absolute in the browser. */
  permalink: string;
  built: string;
  accessed?: string;
}

export type CitationTarget = WorkCitation | ReadingCitation;

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
const long = (date: string): string => {
  const [y, m, d] = parts(date);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
};
const mla = (date: string): string => {
  const [y, m, d] = parts(date);
  return `${d} ${MLA_MONTHS[m - 1]} ${y}`;
};

/** Braces and backslashes would break a BibTeX field. */
const bib = (s: string): string => s.replace(/[\\{}]/g, '');
const key = (...xs: string[]): string =>
  xs
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** A citation in one format. */
export function cite(t: CitationTarget, format: CitationFormat): string {
  return t.kind === 'work' ? citeWork(t, format) : citeReading(t, format);
}

function citeWork(t: WorkCitation, format: CitationFormat): string {
  const [y, m, d] = parts(t.versionDate);
  const when = t.accessed ?? t.built;
  const quote = t.quote ? ` “${t.quote}”` : '';
  const section = t.section ? `, “${t.section}”` : '';
  const seen = t.accessed ? 'Accessed' : 'Retrieved';
  switch (format) {
    case 'apa':
      return `${t.lab}. (${y}, ${MONTHS[m - 1]} ${d}). ${t.documentTitle} (version ${t.versionLabel})${section}.${quote} ${seen} ${long(when)}, from ${t.url}`;
    case 'mla':
      return `${t.lab}. ${t.documentTitle}${section}, version ${t.versionLabel}, ${mla(t.versionDate)}.${quote} ${t.url}. ${seen} ${mla(when)}.`;
    case 'chicago':
      return `${t.lab}. ${t.documentTitle}${section}. Version ${t.versionLabel}, ${long(t.versionDate)}.${quote} ${t.url} (${seen.toLowerCase()} ${long(when)}).`;
    case 'bibtex':
      return [
        `@misc{${key(t.lab, t.documentTitle, t.versionLabel, t.section ?? '')},`,
        `  author = {{${bib(t.lab)}}},`,
        `  title = {${bib(t.documentTitle)}${t.section ? `: ${bib(t.section)}` : ''}},`,
        `  version = {${bib(t.versionLabel)}},`,
        `  year = {${y}},`,
        `  month = ${BIB_MONTHS[m - 1]},`,
        `  url = {${t.url}},`,
        `  urldate = {${when}},`,
        ...(t.quote ? [`  note = {Quoted: ${bib(t.quote)}}`] : []),
        '}',
      ].join('\n');
    case 'csl-json':
      return JSON.stringify(
        [
          {
            id: key(t.lab, t.documentTitle, t.versionLabel, t.section ?? ''),
            type: 'document',
            title: t.section ? `${t.documentTitle}: ${t.section}` : t.documentTitle,
            author: [{ literal: t.lab }],
            version: t.versionLabel,
            issued: { 'date-parts': [[y, m, d]] },
            accessed: { 'date-parts': [parts(when)] },
            URL: t.url,
            ...(t.quote ? { note: `Quoted: ${t.quote}` } : {}),
          },
        ],
        null,
        2,
      );
  }
}

function citeReading(t: ReadingCitation, format: CitationFormat): string {
  const [y, m, d] = parts(t.built);
  const when = t.accessed ?? t.built;
  const seen = t.accessed ? 'Accessed' : 'Retrieved';
  switch (format) {
    case 'apa':
      return `Spec Atlas. (${y}, ${MONTHS[m - 1]} ${d}). ${t.title} [Classification, data version ${t.dataVersion}]. ${seen} ${long(when)}, from ${t.permalink}`;
    case 'mla':
      return `“${t.title}.” Spec Atlas, data version ${t.dataVersion}, ${mla(t.built)}, ${t.permalink}. ${seen} ${mla(when)}.`;
    case 'chicago':
      return `Spec Atlas. “${t.title}.” Data version ${t.dataVersion}, ${long(t.built)}. ${t.permalink} (${seen.toLowerCase()} ${long(when)}).`;
    case 'bibtex':
      return [
        `@misc{${key('spec-atlas', t.title)},`,
        '  author = {{Spec Atlas}},',
        `  title = {${bib(t.title)}},`,
        `  version = {${t.dataVersion}},`,
        `  year = {${y}},`,
        `  month = ${BIB_MONTHS[m - 1]},`,
        `  url = {${t.permalink}},`,
        `  urldate = {${when}}`,
        '}',
      ].join('\n');
    case 'csl-json':
      return JSON.stringify(
        [
          {
            id: key('spec-atlas', t.title),
            type: 'dataset',
            title: t.title,
            author: [{ literal: 'Spec Atlas' }],
            version: t.dataVersion,
            issued: { 'date-parts': [[y, m, d]] },
            accessed: { 'date-parts': [parts(when)] },
            URL: t.permalink,
          },
        ],
        null,
        2,
      );
  }
}

/** Quoted words for a citation: Markdown removed, footnote markers dropped, at most `words` words (then an ellipsis). */
export function citationQuote(text: string, words = 60): string {
  const plain = plainText(text);
  const all = plain.split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')} …` : all.join(' ');
}

/** A quote as a reader sees it on the page: links as their text, emphasis and code marks removed, footnote markers dropped. */
export function plainText(text: string): string {
  return text
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/\[([^\]]*)\]\([^)\s]+\)/g, (_m, label: string) => (label === '?' ? '' : label))
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?!\w)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/ --- /g, ' — ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A text fragment (#:~:text=…) that finds a quote on a page: its first and last words (the whole
 * quote when short), encoded so that dashes, commas and ampersands stay part of the words.
 */
export function textFragment(text: string): string {
  const words = plainText(text).split(' ').filter(Boolean);
  const enc = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
  if (words.length <= 10) return `:~:text=${enc(words.join(' '))}`;
  return `:~:text=${enc(words.slice(0, 5).join(' '))},${enc(words.slice(-5).join(' '))}`;
}

/** A URL with a text fragment added after its anchor, if any (`#anchor:~:text=…`). */
export function withTextFragment(url: string, text: string): string {
  return `${url}${url.includes('#') ? '' : '#'}${textFragment(text)}`;
}
