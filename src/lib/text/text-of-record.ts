/** A half-open character range [start, end) in a text of record. */
export interface Span {
  start: number;
  end: number;
}

/** A section of a text of record, as an importer segments it. */
export interface TextSection {
  /** The section's anchor (its id in the source), e.g. "do_not_lie". */
  id: string;
  /** The heading text, verbatim. */
  title: string;
  /** Heading depth, 1 for the outermost. */
  level: number;
  /** Attributes the heading carries, e.g. { authority: "root" }. */
  attrs: Readonly<Record<string, string>>;
  /** 1-based line of the heading. */
  line: number;
  /** Where the heading's title text sits. */
  titleSpan: Span;
  /** Titles of the enclosing sections, outermost first. */
  path: readonly string[];
  /** The prose sentences of the section's own body (not its subsections, examples or commentary). */
  sentences: readonly Span[];
  /** Fenced examples and their "Example:" labels in the body. */
  examples: readonly { label: Span | null; block: Span; line: number }[];
  /** Commentary blocks in the body. */
  commentary: readonly Span[];
}

/** The exact text of one version, segmented into sections. */
export interface TextOfRecord {
  /** The version id, e.g. "openai/model-spec@2025-12-18". */
  version: string;
  /** The text the selectors address: the file itself, or the strings decoded from a JSON file. */
  text: string;
  sections: readonly TextSection[];
  /** False when `text` is decoded from the file (JSON, notebooks), so its line numbers are not the file's. */
  linesMatchFile: boolean;
}

/** Every prose sentence of the text, in order. */
export function allSentences(doc: TextOfRecord): Span[] {
  return doc.sections.flatMap((s) => s.sentences).sort((a, b) => a.start - b.start);
}

/** 1-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
