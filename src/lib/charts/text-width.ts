/**
 * A text's width in pixels in the site's sans-serif face, estimated from character classes and
 * rounded up, so that labels laid out with it are never clipped (charts are drawn at build time,
 * where no font can be measured). Slightly generous on purpose.
 */
const narrow = new Set([..."iljtfr.,:;!|'’()[] "]);
const wide = new Set([...'mwMW@%—']);

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (narrow.has(ch)) em += 0.34;
    else if (wide.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else if (ch >= '0' && ch <= '9') em += 0.6;
    else em += 0.58;
  }
  return Math.ceil(em * fontSize * 1.06);
}
