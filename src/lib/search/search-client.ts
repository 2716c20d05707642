// Browser side of search: fetches the prebuilt index on first use and renders results with DOM
// methods. Only highlight() output (escaped text plus <mark>) is ever set as HTML.
import type { SearchRecord } from '../../schemas/search.ts';
import type { SearchEngine, SearchFilters, SearchHit } from './search-engine.ts';

const engines = new Map<string, Promise<SearchEngine>>();

/** Loads (once per scope) the payload and the engine; fuse.js is only fetched here, on first use. */
export function loadEngine(url: string): Promise<SearchEngine> {
  let e = engines.get(url);
  if (!e) {
    e = (async () => {
      const [{ createSearchEngine }, payload] = await Promise.all([
        import('./search-engine.ts'),
        fetch(url).then((r) => {
          if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
          return r.json() as Promise<{ records: SearchRecord[]; index: unknown }>;
        }),
      ]);
      return createSearchEngine(payload.records, payload.index);
    })();
    engines.set(url, e);
  }
  return e;
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
  a.href = hit.record.href;
  a.innerHTML = hit.titleHtml;
  li.append(a);
  const r = hit.record;
  if (r.kind === 'principle') {
    const chips = doc.createElement('span');
    chips.className = 'hit-chips';
    chips.append(chip(doc, r.labName ?? '', 'chip-lab'), chip(doc, `${r.documentTitle} ${r.versionLabel}`, 'chip-doc'));
    if (r.position) chips.append(chip(doc, r.position.replace('-', ' '), `chip-position stance-${r.position}`));
    if (r.override) chips.append(chip(doc, r.override === 'none' ? 'no override' : `${r.override} may override`, 'chip-override'));
    li.append(' ', chips);
  }
  if (hit.detailHtml) {
    const p = doc.createElement('p');
    p.className = 'hit-detail';
    p.innerHTML = hit.detailHtml;
    li.append(p);
  }
  if (hit.excerptHtml) {
    const q = doc.createElement('p');
    q.className = 'hit-excerpt';
    q.innerHTML = `“${hit.excerptHtml}”`;
    li.append(q);
  }
  return li;
}

export type { SearchFilters };
