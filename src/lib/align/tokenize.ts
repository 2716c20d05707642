// Words too common to tell topics apart.
const STOP = new Set(
  'a an and are as at be been being but by can could do does for from has have if in into is it its may might must not of on or should so such than that the their them then there these they this to too under was were what when where which while who will with would you your assistant model user users'.split(
    ' ',
  ),
);

/** A crude English stem: enough to join "lies" / "lying" / "lie", "refusals" / "refusal". */
export function stem(word: string): string {
  // Short words ending in -ies/-ied/-ying come from -ie verbs: lies, lied, lying → lie.
  let w = word.replace(/^(.{1,2})(?:ies|ied)$/, '$1ie').replace(/^(.{1,2})ying$/, '$1ie');
  for (const suffix of ['ational', 'ization', 'ingly', 'ings', 'ing', 'edly', 'ies', 'ied', 'ness', 'ment', 'ers', 'er', 'ed', 'ly', 'es', 's']) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w
    .replace(/(.)\1$/, '$1')
    .replace(/y$/, 'i')
    .replace(/e$/, '');
}

/** Lowercase word stems of a text, markup and stop words dropped. */
export function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/\[\^[^\]]*\]/g, ' ')
      .match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? []
  )
    .map((w) => w.replace(/['’].*$/, ''))
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map(stem);
}
