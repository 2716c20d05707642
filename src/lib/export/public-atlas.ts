import { atlasSchema, type Atlas } from '../../schemas/atlas.ts';
import { allowsRedistribution, shortQuote } from './quote-policy.ts';

/**
 * The dataset as published: quotes from sources whose licence does not allow republishing are cut to
 * short quotes (their source link stays), and so is the principle text built from them.
 */
export function toPublicAtlas(atlas: Atlas): Atlas {
  const restricted = new Set(atlas.versions.filter((v) => !allowsRedistribution(v.licence)).map((v) => v.id));
  const principles = atlas.principles.map((p) => {
    if (!restricted.has(p.version)) return p;
    const quotes = p.quotes.map((q) => {
      const s = shortQuote(q.text);
      return s.shortened ? { ...q, text: s.text, shortened: true } : q;
    });
    return { ...p, quotes, text: quotes.map((q) => q.text).join(' '), examples: [], commentary: [] };
  });
  return atlasSchema.parse({ ...atlas, principles });
}
