import type { TextFormat } from '../../schemas/document.ts';

/** Every string value of a JSON document, depth first, in document order. */
function jsonStrings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // Keys name categories in some files (e.g. a rubric keyed by category); keep them as text too.
      out.push(k);
      jsonStrings(v, out);
    }
  }
  return out;
}

/**
 * The text of a file as selectors see it, with whether its lines are the file's lines:
 * - text: the file as it is;
 * - first-copy: a page captured with its text twice in a row; the first copy only;
 * - json-strings: the string values (and keys) of a JSON file, decoded, one block each;
 * - notebook: the cell sources of a Jupyter notebook, one block per cell.
 */
export function textView(format: TextFormat, raw: string): { text: string; linesMatchFile: boolean } {
  switch (format) {
    case 'text':
      return { text: raw, linesMatchFile: true };
    case 'first-copy': {
      // Both copies end alike: the first copy ends where the file's last 300 characters first occur.
      const tail = raw.slice(-300);
      const end = raw.indexOf(tail) + tail.length;
      return { text: end < raw.length ? raw.slice(0, end) : raw, linesMatchFile: true };
    }
    case 'json-strings':
      return { text: jsonStrings(JSON.parse(raw), []).join('\n\n'), linesMatchFile: false };
    case 'notebook': {
      const nb = JSON.parse(raw) as { cells?: { source?: string | string[] }[] };
      const cells = (nb.cells ?? []).map((c) => (Array.isArray(c.source) ? c.source.join('') : (c.source ?? '')));
      return { text: cells.join('\n\n'), linesMatchFile: false };
    }
  }
}
