import { z } from 'astro/zod';

/** Characters that reorder text around them (bidirectional embeddings, overrides and isolates). */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
// Control characters other than tab and newline.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** The longest our own text fields may be, by kind: enough for what they are for, never a 5 MB summary. */
export const textLimits = { name: 160, question: 300, meaning: 400, summary: 800, note: 1500, description: 1500 } as const;

/**
 * A field of our own text (a title, summary, note, reason, description): not empty, at most `max`
 * characters, and with no bidirectional control or other control characters that could reorder or
 * hide what the page shows.
 */
export function ownText(max: number): z.ZodString {
  return z
    .string()
    .min(1)
    .max(max, { message: `is longer than ${max} characters: keep our own text short (a summary is a sentence or two)` })
    .refine((s) => !BIDI_CONTROLS.test(s), { message: 'holds a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which would reorder the page: remove it' })
    .refine((s) => !CONTROLS.test(s), { message: 'holds a control character: remove it' }) as unknown as z.ZodString;
}
