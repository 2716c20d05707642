import { diffTexts, escapeHtml, renderDiffHtml } from '../render/text-diff.ts';
import type { VersionDiffData } from './version-diff-data.ts';

/**
 * Two versions of one document compared, as HTML (used in the browser for any pair that has no page
 * of its own): the topics whose cell differs, then principles added, removed and changed (matched by
 * id), each change diffed sentence by sentence. Every word is escaped.
 */
export function compareVersionsHtml(a: VersionDiffData, b: VersionDiffData, links: { topic: (id: string) => string; principle: (version: string, id: string) => string }): string {
  const anchor = (x: string): string | undefined => b.anchors[x] ?? a.anchors[x];
  const before = new Map(a.principles.map((p) => [p.id, p]));
  const after = new Map(b.principles.map((p) => [p.id, p]));
  const added = b.principles.filter((p) => !before.has(p.id));
  const removed = a.principles.filter((p) => !after.has(p.id));
  const changed = b.principles.filter((p) => before.has(p.id) && (before.get(p.id)!.text !== p.text || before.get(p.id)!.title !== p.title));
  const cellsA = new Map(a.cells.map((c) => [c.topic, c]));
  const topics = b.cells.filter((c) => cellsA.get(c.topic) && cellsA.get(c.topic)!.fingerprint !== c.fingerprint);
  const out: string[] = [];
  out.push(
    `<p class="lede">${added.length} principles added, ${removed.length} removed, ${changed.length} changed, ${b.principles.length - added.length - changed.length} unchanged.</p>`,
  );
  out.push('<h2>Stances by topic</h2>');
  if (!topics.length) out.push('<p>No topic’s stance or the words behind it changed.</p>');
  else {
    out.push(
      `<table><caption>Topics whose stance or words changed</caption><thead><tr><th scope="col">Topic</th><th scope="col">${escapeHtml(a.label)}</th><th scope="col">${escapeHtml(b.label)}</th></tr></thead><tbody>`,
    );
    for (const c of topics) {
      const old = cellsA.get(c.topic)!;
      out.push(
        `<tr class="change change-${old.text === c.text ? 'wording' : 'stance'}"><th scope="row"><a href="${escapeHtml(links.topic(c.topic))}">${escapeHtml(c.title)}</a></th><td>${escapeHtml(old.text)}</td><td>${escapeHtml(c.text)}${old.text === c.text ? ' <span class="change-class">(words changed)</span>' : ''}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  const item = (title: string, href: string, body: string): string => `<article class="diff-item"><h3><a href="${escapeHtml(href)}">${escapeHtml(title)}</a></h3>${body}</article>`;
  const whole = (text: string, side: 'removed' | 'added'): string => renderDiffHtml(side === 'added' ? diffTexts('', text) : diffTexts(text, ''), anchor);
  out.push(
    '<h2>Added</h2>',
    added.length ? added.map((p) => item(p.title, links.principle(b.id, p.id), `<div class="text-diff single">${whole(p.text, 'added')}</div>`)).join('') : '<p>None.</p>',
  );
  out.push(
    '<h2>Removed</h2>',
    removed.length ? removed.map((p) => item(p.title, links.principle(a.id, p.id), `<div class="text-diff single">${whole(p.text, 'removed')}</div>`)).join('') : '<p>None.</p>',
  );
  out.push('<h2>Changed</h2>');
  if (!changed.length) out.push('<p>None.</p>');
  for (const p of changed) {
    const old = before.get(p.id)!;
    const title = old.title !== p.title ? `${old.title} → ${p.title}` : p.title;
    const head = `<div class="d-head" aria-hidden="true"><span>${escapeHtml(a.label)}</span><span>${escapeHtml(b.label)}</span></div>`;
    out.push(
      item(
        title,
        links.principle(b.id, p.id),
        old.text === p.text ? '<p>Title only.</p>' : `<div class="text-diff">${head}${renderDiffHtml(diffTexts(old.text, p.text), anchor)}</div>`,
      ),
    );
  }
  return out.join('');
}
