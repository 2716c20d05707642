/**
 * The comparisons of a document's versions built as pages: each version with the one before, and the
 * first with the latest. Any other pair is compared in the browser (see the document's diff page).
 */
export function diffPairs(documents: readonly { versions: readonly string[] }[]): [string, string][] {
  return documents.flatMap((d) => {
    const v = d.versions;
    const pairs: [string, string][] = v.slice(1).map((id, i) => [v[i]!, id]);
    if (v.length > 2) pairs.push([v[0]!, v.at(-1)!]);
    return pairs;
  });
}
