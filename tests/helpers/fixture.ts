import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MINI = fileURLToPath(new URL('../fixtures/mini', import.meta.url));

/** A throwaway copy of the mini fixture project (content + mirror), to change one thing in. */
export interface FixtureProject {
  root: string;
  mirror: string;
  read(rel: string): string;
  write(rel: string, text: string): void;
  edit(rel: string, change: (text: string) => string): void;
  remove(rel: string): void;
  dispose(): void;
}

export function fixtureProject(): FixtureProject {
  const root = mkdtempSync(join(tmpdir(), 'spec-atlas-fixture-'));
  cpSync(MINI, root, { recursive: true });
  const mirror = join(root, 'mirror');
  return {
    root,
    mirror,
    read: (rel) => readFileSync(join(root, rel), 'utf8'),
    write: (rel, text) => writeFileSync(join(root, rel), text),
    edit(rel, change) {
      this.write(rel, change(this.read(rel)));
    },
    remove: (rel) => rmSync(join(root, rel)),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
