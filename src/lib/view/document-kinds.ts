import type { Binds, DocumentKind } from '../../schemas/document.ts';

/** Documents that state how the model itself should behave; the matrix shows these by default. */
export function isBehaviorKind(kind: DocumentKind): boolean {
  return kind === 'model-spec' || kind === 'constitution' || kind === 'system-prompt';
}

/** How each kind is named on the site, and whom it binds, in words. */
export const kindLabels: Readonly<Record<DocumentKind, { name: string; binds: string }>> = {
  'model-spec': { name: 'model spec', binds: 'binds the model' },
  constitution: { name: 'constitution', binds: 'binds the model' },
  'system-prompt': { name: 'system prompt', binds: 'binds the model in one deployment' },
  'usage-policy': { name: 'usage policy', binds: 'binds the people using the model, not the model' },
  'classifier-policy': { name: 'safety-classifier policy', binds: 'defines what a safety filter flags, not how the model answers' },
};

/** Whom one principle binds, in words, where a document mixes kinds. */
export const bindsLabels: Readonly<Record<Binds, string>> = {
  model: 'binds the model',
  deployer: 'guidance for deployers',
  users: 'binds the people using it',
  classifier: 'a classifier category',
};
