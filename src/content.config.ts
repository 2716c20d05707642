import { defineCollection } from 'astro:content';
import { file, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { atlasSchema } from './schemas/atlas.ts';
import { changelogEntrySchema } from './schemas/changelog.ts';
import { getPipeline } from './lib/pipeline/run-pipeline.ts';
import { contentRoot } from './lib/pipeline/content-root.ts';
import type { Atlas } from './schemas/atlas.ts';

/**
 * The collections are the normalized specs: each is filled from the one pipeline run (load → validate
 * → import from verified texts of record → align → derive), so pages and the emitted dataset agree.
 */
/**
 * The pipeline's result, or, for bad content or a missing text of record, that message alone and an
 * exit: Astro's own hints and stack traces are for bugs, and would only bury the file › entry › field.
 */
async function pipelineOrExit(): ReturnType<typeof getPipeline> {
  try {
    return await getPipeline(contentRoot());
  } catch (e) {
    if (e instanceof Error && (e.name === 'ContentError' || e.name === 'SourceError')) {
      console.error(`\n${e.name}: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

function fromAtlas<K extends keyof Atlas>(key: K, idOf: (item: Atlas[K] extends (infer T)[] ? T : never) => string): Loader {
  return {
    name: `spec-atlas:${key}`,
    load: async ({ store, parseData, logger }) => {
      const { atlas, summary } = await pipelineOrExit();
      if (key === 'labs') logger.info(`\n${summary}`);
      store.clear();
      for (const item of atlas[key] as unknown as (Atlas[K] extends (infer T)[] ? T : never)[]) {
        const id = idOf(item);
        const data = await parseData({ id, data: item as Record<string, unknown> });
        store.set({ id, data });
      }
    },
  };
}

const itemOf = <S extends z.ZodType>(s: S): S => s;
const shape = atlasSchema.shape;

export const collections = {
  labs: defineCollection({ loader: fromAtlas('labs', (l) => l.id), schema: itemOf(shape.labs.element) }),
  documents: defineCollection({ loader: fromAtlas('documents', (d) => d.id), schema: itemOf(shape.documents.element) }),
  versions: defineCollection({ loader: fromAtlas('versions', (v) => v.id), schema: itemOf(shape.versions.element) }),
  principles: defineCollection({ loader: fromAtlas('principles', (p) => `${p.version}#${p.id}`), schema: itemOf(shape.principles.element) }),
  groups: defineCollection({ loader: fromAtlas('groups', (g) => g.id), schema: itemOf(shape.groups.element) }),
  topics: defineCollection({ loader: fromAtlas('topics', (t) => t.id), schema: itemOf(shape.topics.element) }),
  // The whole derived dataset (alignments, cells, changes…) as one entry, so pages read the same run.
  dataset: defineCollection({
    loader: {
      name: 'spec-atlas:dataset',
      load: async ({ store, parseData }) => {
        const { atlas } = await pipelineOrExit();
        store.clear();
        store.set({ id: 'atlas', data: await parseData({ id: 'atlas', data: atlas as unknown as Record<string, unknown> }) });
      },
    },
    schema: atlasSchema,
  }),
  changelog: defineCollection({ loader: file('content/changelog.yaml'), schema: changelogEntrySchema }),
};
