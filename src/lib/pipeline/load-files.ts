import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { ContentError } from './content-error.ts';

/** A parsed content file, with its path relative to the project root (for messages). */
export interface LoadedFile {
  file: string;
  data: unknown;
}

/**
 * Reads and parses one YAML or JSON file; a syntax error names the file, the line and the column.
 * With `strings`, every YAML scalar stays the text it is written as (for records of ids and
 * fingerprints, where `0123e45678ab` must not become a number).
 */
export function readContentFile(root: string, path: string, options: { strings?: boolean } = {}): LoadedFile {
  const file = relative(root, path).split(sep).join('/');
  const raw = readFileSync(path, 'utf8');
  if (path.endsWith('.json')) {
    try {
      return { file, data: JSON.parse(raw) };
    } catch (e) {
      throw new ContentError(file, '(file)', '(syntax)', `not valid JSON: ${(e as Error).message}`);
    }
  }
  const doc = parseDocument(raw, { uniqueKeys: true, prettyErrors: true, ...(options.strings ? { schema: 'failsafe' as const } : {}) });
  const err = doc.errors[0];
  if (err) {
    const where = err.linePos?.[0] ? `line ${err.linePos[0].line}, column ${err.linePos[0].col}` : 'unknown position';
    throw new ContentError(file, '(file)', '(syntax)', `not valid YAML at ${where}: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  try {
    return { file, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (e) {
    // Parsing succeeded but turning the document into data did not (an alias to no anchor, an alias bomb…).
    throw new ContentError(file, '(file)', '(syntax)', `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Every *.yaml / *.yml file under a folder, sorted, with its path relative to that folder (without extension). */
export function listYaml(dir: string): { path: string; name: string }[] {
  if (!existsSync(dir)) return [];
  const out: { path: string; name: string }[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(entry.name))
        out.push({
          path: p,
          name: relative(dir, p)
            .split(sep)
            .join('/')
            .replace(/\.ya?ml$/, ''),
        });
    }
  };
  walk(dir);
  return out;
}
