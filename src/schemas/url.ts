import { z } from 'astro/zod';

/**
 * Whether a string is a safe absolute web address to put in an href or src: http or https only (no
 * javascript:, data:, vbscript:, file: or relative and protocol-relative tricks), a host, no user name
 * or password, and no whitespace or control characters anywhere.
 */
export function isSafeWebUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
  if (!/^https?:\/\/[^/]/i.test(value)) return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && Boolean(u.hostname) && !u.username && !u.password;
  } catch {
    return false;
  }
}

const problem = 'must be an absolute https:// (or http://) address: no javascript:, data:, relative or protocol-relative links, credentials or spaces';

/** A web address from content, safe to render as a link. */
export const webUrl = z.string().refine(isSafeWebUrl, { message: problem });

/** A web address with placeholders such as {version} and {anchor}: safe once they are filled in. */
export const webUrlTemplate = z.string().refine((v) => isSafeWebUrl(v.replace(/\{[a-z]+\}/g, 'x')), { message: problem });
