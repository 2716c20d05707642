import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { atlasSchema } from '../../src/schemas/atlas.ts';
import { paths } from '../../src/lib/view/paths.ts';
import { partOfPrinciple, versionParts } from '../../src/lib/view/version-parts.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const atlas = atlasSchema.parse(JSON.parse(readFileSync(`${dist}data/atlas.json`, 'utf8')));

const openaiLatest = atlas.versions.filter((v) => v.document === 'openai/model-spec').at(-1)!;
const withPrevious = openaiLatest.previous!;
const label = (id: string) => id.split('@')[1]!;

/** Where a principle's card is: on its version page, or on the part of a long version that holds it. */
export function principlePath(versionId: string, principleId: string): string {
  const parts = versionParts(atlas.principles.filter((p) => p.version === versionId).sort((a, b) => a.order - b.order));
  const part = parts && partOfPrinciple(parts).get(principleId);
  return part ? `${paths.versionPart(versionId, part)}#p-${principleId}` : paths.principle(versionId, principleId);
}

/** The part of a long version holding the most principles. */
function largestPart(versionId: string): string {
  const parts = versionParts(atlas.principles.filter((p) => p.version === versionId).sort((a, b) => a.order - b.order))!;
  const size = (i: number) => parts[i]!.sections.reduce((n, s) => n + s.principles.length, 0);
  const at = parts.reduce((best, _, i) => (size(i) > size(best) ? i : best), 0);
  return paths.versionPart(versionId, parts[at]!.slug);
}

/** The pre-rendered comparison of OpenAI's Model Spec with another behavior document. */
function pairPath(): string {
  const other = atlas.documents.find((d) => d.id === 'anthropic/constitution')!;
  const [a, b] = [other.id, 'openai/model-spec'].sort();
  return `/compare/${a!.replace('/', '--')}/${b!.replace('/', '--')}/`;
}

/** A version read whole on one page: the latest Grok 4 safety prompt (AGPL-3.0, short). */
function shortReader(): string {
  return atlas.versions
    .filter((v) => v.document === 'xai/grok-4-safety-prompt')
    .at(-1)!
    .id.replace('@', '/');
}

/** One page of each type. */
export const pageTypes: Record<string, string> = {
  home: '/',
  matrix: '/matrix/',
  'policies matrix': '/matrix/policies/',
  'topics index': '/topics/',
  topic: '/topics/system-prompt-confidentiality/',
  'labs index': '/labs/',
  lab: '/labs/openai/',
  document: '/documents/openai/model-spec/',
  version: `/documents/openai/model-spec/${label(openaiLatest.id)}/`,
  'version part': principlePath(openaiLatest.id, 'do_not_lie').split('#')[0]!,
  'largest version part': largestPart(atlas.versions.filter((v) => v.document === 'anthropic/constitution').at(-1)!.id),
  diff: `/documents/openai/model-spec/diff/${label(withPrevious)}...${label(openaiLatest.id)}/`,
  compare: `/compare/?specs=${encodeURIComponent(openaiLatest.id)},${encodeURIComponent(withPrevious)}`,
  'compare pair': pairPath(),
  sources: '/sources/',
  methodology: '/methodology/',
  about: '/about/',
  search: '/search/?q=privacy',
  reader: `/documents/openai/model-spec/${label(openaiLatest.id)}/text/chain_of_command/`,
  'reader, one page': `/documents/${shortReader()}/text/`,
  'fit finder': '/fit/?needs=system-prompt-confidentiality:yes,political-neutrality:no',
  'open data': '/data/',
};
