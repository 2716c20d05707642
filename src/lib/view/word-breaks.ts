/**
 * camelParts(name): a name cut where a capital follows a small letter or a digit ("ShieldGemma" →
 * "Shield", "Gemma"; "Qwen3Guard" → "Qwen3", "Guard"), so a narrow column can wrap it there, with a
 * <wbr>, instead of splitting a word at an arbitrary letter.
 */
export function camelParts(name: string): string[] {
  return name.split(/(?<=[a-z0-9])(?=[A-Z])/);
}
