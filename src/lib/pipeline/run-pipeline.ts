import type { Atlas } from '../../schemas/atlas.ts';
import { locationsFromEnv, type SourceLocations } from '../sources/resolve-source.ts';
import { buildAtlas, summarize } from './build-atlas.ts';
import { importVersions, type ImportedVersion } from './import-principles.ts';
import { loadContent, onlyFromEnv, type Content } from './load-content.ts';

export interface PipelineResult {
  content: Content;
  imported: ImportedVersion[];
  atlas: Atlas;
  summary: string;
}

/** The whole pipeline: load → validate → import (verify texts of record) → align → derive → validate output. */
export async function runPipeline(root: string, where: SourceLocations = locationsFromEnv(process.env, root), only?: readonly string[]): Promise<PipelineResult> {
  const content = loadContent(root, only ? { only } : {});
  const imported = await importVersions(content, where);
  const atlas = buildAtlas(content, imported);
  return { content, imported, atlas, summary: summarize(atlas, imported) };
}

// Kept on globalThis: Astro loads this module once for the collections and again in the bundle that
// renders pages (the reader pages read the texts), and the pipeline should run once for both.
const memo: Map<string, Promise<PipelineResult>> = ((globalThis as { __specAtlasPipelines?: Map<string, Promise<PipelineResult>> }).__specAtlasPipelines ??= new Map());

/** The pipeline, run once per project root and process: the site's collections and pages share it. */
export function getPipeline(root: string): Promise<PipelineResult> {
  let p = memo.get(root);
  if (!p) {
    p = runPipeline(root, locationsFromEnv(process.env, root), onlyFromEnv(process.env));
    memo.set(root, p);
  }
  return p;
}
