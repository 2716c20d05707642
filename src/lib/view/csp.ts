/**
 * The Content-Security-Policy directives besides script-src and style-src (which Astro writes with the
 * hashes of its own scripts and styles): everything from this origin only, no plugins, no framing by
 * other sites (frame-ancestors works only as a header, so public/_headers carries it), forms and the
 * base URL kept to this origin.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The script-src sources besides Astro's hashes: this origin, and compiling WebAssembly, which the
 * full-text search (Pagefind) runs in its worker. 'wasm-unsafe-eval' allows WebAssembly only, not eval.
 */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;
