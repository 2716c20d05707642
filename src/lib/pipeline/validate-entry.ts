import type { z } from 'astro/zod';
import { ContentError, formatPath } from './content-error.ts';

/** Parses one entry with its schema; the first problem becomes a ContentError naming file, entry and field. */
export function validateEntry<S extends z.ZodType>(schema: S, data: unknown, file: string, entry: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  let message = issue.message;
  let path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    // Name the unknown field itself, so the editor sees which line to remove or rename.
    path = [...issue.path, issue.keys[0]!];
    message = `unknown field${issue.keys.length > 1 ? `s ${issue.keys.map((k) => `"${k}"`).join(', ')}` : ''} (not in the schema)`;
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
