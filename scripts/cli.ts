import { fileURLToPath } from 'node:url';

/** The project's root folder, whatever the working directory. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Runs a command's body; a known error prints its message alone (no stack) and exits 1. */
export async function runMain(body: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (e) {
    const err = e as Error;
    const known = ['ContentError', 'SourceError', 'OutputError'].includes(err.name);
    console.error(known ? `${err.name}: ${err.message}` : err);
    process.exitCode = 1;
  }
}
