import type { CompareData } from './compare-data.ts';
import { scrollRegion } from './scroll-region.ts';
import { stanceLabels } from './stance-label.ts';
import type { CellState } from '../../schemas/derived.ts';

/**
 * Builds the comparison table in the browser from the compact data, with DOM methods only (every
 * string lands as text, never as markup). Unknown version ids are listed, not silently dropped.
 */
export function renderCompare(doc: Document, data: CompareData, ids: readonly string[]): HTMLElement {
  const wrap = doc.createElement('div');
  const known = ids.filter((id) => data.cells[id]);
  const unknown = ids.filter((id) => !data.cells[id]);
  if (unknown.length) {
    const p = doc.createElement('p');
    p.className = 'callout';
    p.textContent = `Not found in this data version: ${unknown.join(', ')}`;
    wrap.append(p);
  }
  if (!known.length) return wrap;
  const versions = known.map((id) => data.versions.find((v) => v.id === id)!);
  const table = doc.createElement('table');
  table.className = 'matrix compare';
  const caption = doc.createElement('caption');
  caption.textContent = `Side by side: ${versions.map((v) => `${v.lab} ${v.title} (${v.label})`).join(' and ')}`;
  table.append(caption);
  const head = table.createTHead().insertRow();
  const corner = doc.createElement('th');
  corner.scope = 'col';
  corner.textContent = 'Topic';
  head.append(corner);
  for (const v of versions) {
    const th = doc.createElement('th');
    th.scope = 'col';
    const a = doc.createElement('a');
    a.href = v.href;
    a.textContent = `${v.lab}: ${v.title} (${v.label})`;
    th.append(a);
    head.append(th);
  }
  for (const g of data.groups) {
    const body = table.createTBody();
    const gr = body.insertRow();
    gr.className = 'group-row';
    const gth = doc.createElement('th');
    gth.scope = 'colgroup';
    gth.colSpan = versions.length + 1;
    gth.textContent = g.title;
    gr.append(gth);
    data.topics.forEach((t, i) => {
      if (t.group !== g.id) return;
      const row = body.insertRow();
      const th = doc.createElement('th');
      th.scope = 'row';
      const a = doc.createElement('a');
      a.href = t.href;
      a.textContent = t.title;
      th.append(a);
      row.append(th);
      for (const v of versions) {
        const [state, adjustable, count, href, text] = data.cells[v.id]![i]!;
        const td = row.insertCell();
        td.className = `cell cell-${state}`;
        td.dataset['state'] = state;
        const label = stanceLabels[state as CellState];
        const s = doc.createElement('span');
        s.className = `stance stance-${state}`;
        s.dataset['s'] = state;
        s.textContent = label.text;
        td.append(s);
        if (adjustable) {
          const o = doc.createElement('span');
          const by = [
            ...new Set(
              adjustable
                .split(' ')
                .filter((x) => x.includes(':'))
                .map((x) => x.split(':')[0]),
            ),
          ];
          o.className = `adjustable adjustable-${by.length ? 'yes' : 'no'}`;
          o.textContent = by.length ? `adjustable: ${by.join(' or ')}` : 'fixed';
          o.title = text;
          td.append(' ', o);
        }
        const link = doc.createElement('a');
        link.className = 'cell-link';
        link.href = href;
        link.textContent = state === 'silent' ? 'why silent' : `${count} ${count === 1 ? 'principle' : 'principles'}`;
        td.append(' ', link);
      }
    });
  }
  wrap.append(scrollRegion(doc, table, 'Comparison, scrollable'));
  return wrap;
}
