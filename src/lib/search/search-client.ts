// Browser side of search: fetches the prebuilt index on first use and renders results with DOM
// methods. Only highlight() output (escaped text plus <mark>) is ever set as HTML.
import type { SearchFilters, SearchHit, SearchResults } from './search-engine.ts';
import type { TextHit } from './full-text.ts';
import { whyNotRepublished } from '../reader/may-republish.ts';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (r: SearchResult) => void>();

/** What a search returns. */
export type SearchResult = SearchResults | { error: string };

/**
 * Runs a search in a Web Worker, so loading the index and matching never block the page. The worker,
 * fuse.js and the index are fetched on the first call only.
 */
export function searchInWorker(indexUrl: string, query: string, filters: SearchFilters = {}, limit = 50): Promise<SearchResult> {
  if (!worker) {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<{ id: number; result: SearchResult }>) => {
      pending.get(e.data.id)?.(e.data.result);
      pending.delete(e.data.id);
    });
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage({ id, indexUrl, query, filters, limit });
  });
}

function chip(doc: Document, text: string, cls: string): HTMLElement {
  const s = doc.createElement('span');
  s.className = `chip-small ${cls}`;
  s.textContent = text;
  return s;
}

/** One result: title (linked), then lab / document / version / position / override chips, then the words. */
export function renderHit(doc: Document, hit: SearchHit, id?: string): HTMLElement {
  const li = doc.createElement('li');
  li.className = `search-hit search-hit-${hit.record.kind}`;
  if (id) li.id = id;
  const a = doc.createElement('a');
  a.href = hit.href;
  a.innerHTML = hit.titleHtml;
  li.append(a);
  const r = hit.record;
  if (r.kind === 'principle') {
    const chips = doc.createElement('span');
    chips.className = 'hit-chips';
    chips.append(chip(doc, hit.labName ?? '', 'chip-lab'), chip(doc, `${hit.documentTitle} ${hit.versionLabel}`, 'chip-doc'));
    if (r.position) chips.append(chip(doc, r.position.replace('-', ' '), `chip-position stance-${r.position}`));
    if (r.override && r.override !== 'unstated') chips.append(chip(doc, r.override === 'none' ? 'no override' : `${r.override} may override`, 'chip-override'));
    if (r.earlier) chips.append(chip(doc, `also in ${r.earlier} earlier version${r.earlier === 1 ? '' : 's'}`, 'chip-earlier'));
    li.append(' ', chips);
  } else if (r.kind === 'lab' || r.kind === 'document') {
    const chips = doc.createElement('span');
    chips.className = 'hit-chips';
    chips.append(chip(doc, r.kind === 'lab' ? 'lab' : `document${hit.labName ? ` · ${hit.labName}` : ''}`, 'chip-kind'));
    li.append(' ', chips);
  }
  if (hit.detailHtml) {
    const p = doc.createElement('p');
    p.className = 'hit-detail';
    p.innerHTML = hit.detailHtml;
    li.append(p);
  }
  return li;
}

/** One full-text result: the heading or principle (linked to the sentence), where it is, and the words around the match. */
export function renderTextHit(doc: Document, hit: TextHit, id?: string): HTMLElement {
  const li = doc.createElement('li');
  li.className = 'search-hit search-hit-text';
  if (id) li.id = id;
  const a = doc.createElement('a');
  a.href = hit.href;
  a.textContent = hit.title || hit.label;
  const chips = doc.createElement('span');
  chips.className = 'hit-chips';
  chips.append(chip(doc, hit.label, 'chip-doc'));
  if (hit.quotedOnly) chips.append(chip(doc, 'quoted passages only', 'chip-quoted-only'));
  li.append(a, ' ', chips);
  const q = doc.createElement('p');
  q.className = 'hit-excerpt';
  q.innerHTML = `“${hit.excerptHtml}”`;
  li.append(q);
  if (hit.quotedOnly) {
    const why = doc.createElement('p');
    why.className = 'hit-why';
    why.textContent = whyNotRepublished(hit.quotedOnly);
    li.append(why);
  }
  return li;
}

export type { SearchFilters };
