import { z } from 'astro/zod';
import { ownText, textLimits as L } from './text.ts';
import { webUrl } from './url.ts';

/** A lab that publishes behavior documents. The file name (content/labs/<id>.yaml) is the id. */
export const labSchema = z.strictObject({
  /** The lab's name as it styles it, e.g. "OpenAI". */
  name: ownText(L.name),
  /** The lab's home page. */
  homepage: webUrl,
  /** One or two sentences of our own about the lab, for its page. */
  description: ownText(L.description),
});
export type Lab = z.output<typeof labSchema> & { id: string };
