/** Wraps a wide table built in the browser in a focusable, labelled scrolling region, like the server-rendered ones. */
export function scrollRegion(doc: Document, table: HTMLTableElement, label: string): HTMLElement {
  const scroll = doc.createElement('div');
  scroll.className = 'matrix-scroll';
  scroll.tabIndex = 0;
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-label', label);
  scroll.append(table);
  return scroll;
}
