import { createHash } from 'node:crypto';

/** SHA-256 of bytes or a UTF-8 string, as lowercase hex. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The short hash that quote selectors carry: the first 16 hex characters of the text's SHA-256. */
export function quoteHashOf(text: string): string {
  return sha256(text).slice(0, 16);
}
