/** Lowercase words of a text: letters and digits only, so markup and punctuation never hide a match. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Every run of `n` consecutive words of the texts, as a set of space-joined strings. */
export function wordRuns(texts: Iterable<string>, n: number): Set<string> {
  const runs = new Set<string>();
  for (const text of texts) {
    const w = words(text);
    for (let i = 0; i + n <= w.length; i++) runs.add(w.slice(i, i + n).join(' '));
  }
  return runs;
}

/** The runs of `n` words of `text` that also occur in `runs`, first occurrence of each. */
export function sharedRuns(text: string, runs: ReadonlySet<string>, n: number): string[] {
  const w = words(text);
  const found = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) {
    const run = w.slice(i, i + n).join(' ');
    if (runs.has(run)) found.add(run);
  }
  return [...found];
}
