/**
 * Bad input: names the file, the entry and the field, so an editor can go straight to it.
 * Message shape: `<file> › <entry> › <field>: <problem>`.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly file: string;
  readonly entry: string;
  readonly field: string;
  readonly problem: string;
  constructor(file: string, entry: string, field: string, problem: string) {
    super(`${file} › ${entry} › ${field}: ${problem}`);
    this.file = file;
    this.entry = entry;
    this.field = field;
    this.problem = problem;
  }
}

/** Several content errors found in one pass: one line each, then how many, so an editor can fix them together. */
export class ContentErrors extends Error {
  override name = 'ContentError';
  readonly errors: readonly ContentError[];
  constructor(errors: readonly ContentError[]) {
    super(`${errors.map((e) => e.message).join('\n')}\n${errors.length} content ${errors.length === 1 ? 'error' : 'errors'}`);
    this.errors = errors;
  }
}

/** Throws the errors collected, one ContentError alone or several together; nothing when there are none. */
export function throwCollected(errors: readonly ContentError[]): void {
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new ContentErrors(errors);
}

/** Formats a zod issue path such as ["topics", 0, "topic"] as "topics[0].topic". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || '(whole entry)';
}
