import type { z } from 'astro/zod';
import { ContentError, formatPath } from './content-error.ts';

/** Edit distance between two short words (for "did you mean"). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length]![b.length]!;
}

/** The keys an object schema knows at a path, where they can be read off it. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: unknown = schema;
  for (const key of path) {
    const def = (s as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } }).def;
    if (def?.type === 'array') s = def.element;
    else if (def?.shape && typeof key === 'string') s = def.shape[key];
    else return [];
    // Unwrap optional / default wrappers.
    while ((s as { def?: { innerType?: unknown } })?.def?.innerType) s = (s as { def: { innerType: unknown } }).def.innerType;
  }
  const shape = (s as { def?: { shape?: Record<string, unknown> } })?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Parses one entry with its schema; the first problem becomes a ContentError naming file, entry and field. */
export function validateEntry<S extends z.ZodType>(schema: S, data: unknown, file: string, entry: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  // An unknown field is the cause when a known one is also "missing": name the unknown one first.
  const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0]!;
  let message = issue.message;
  let path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    // Name the unknown field itself, so the editor sees which line to remove or rename.
    const unknown = issue.keys[0]!;
    path = [...issue.path, unknown];
    const known = keysAt(schema, issue.path);
    const near = known
      .filter((k) => !issue.keys.includes(k))
      .map((k) => ({ k, d: distance(unknown.toLowerCase(), k.toLowerCase()) }))
      .filter((x) => x.d <= Math.max(2, Math.floor(unknown.length / 4)))
      .sort((a, b) => a.d - b.d)[0];
    message = `unknown field${issue.keys.length > 1 ? `s ${issue.keys.map((k) => `"${k}"`).join(', ')}` : ''}${near ? ` — did you mean ${near.k}?` : ' (not in the schema)'}`;
  }
  if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = 'is required';
  throw new ContentError(file, entry, formatPath(path), message);
}

/**
 * Parses a list file entry by entry, so a problem names the entry (by its `key` field when it has
 * one, else by its index) and the field within it.
 */
export function validateList<S extends z.ZodType>(schema: S, data: unknown, file: string, key: string): z.output<S>[] {
  if (!Array.isArray(data)) throw new ContentError(file, '(file)', '(root)', 'must be a list');
  return data.map((item, i) => {
    const name = typeof (item as Record<string, unknown> | null)?.[key] === 'string' ? String((item as Record<string, unknown>)[key]) : `[${i}]`;
    return validateEntry(schema, item, file, name);
  });
}
