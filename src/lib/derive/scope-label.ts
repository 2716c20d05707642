import { contextLabels, type Context } from '../../schemas/stance.ts';

/** A scope's name for readers: the label a document declares for its mode, else the context's name ("with users under 18"). */
export function scopeLabel(declared: readonly { id: string; label: string }[] | undefined, scope: string): string {
  return (
    declared?.find((s) => s.id === scope)?.label ??
    scope
      .split('+')
      .map((c) => contextLabels[c as Context] ?? c)
      .join(', ')
  );
}
