const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Renders the inline Markdown of a verbatim quote as safe HTML: everything is escaped first, then
 * emphasis, code and links are shown as such; footnote markers are dropped, and "[?](#anchor)"
 * cross-references show the referenced section's title. The words themselves are never changed.
 */
export function renderInlineMarkdown(text: string, anchorTitle: (anchor: string) => string | undefined = () => undefined): string {
  let html = escapeHtml(text);
  html = html.replace(/\[\^[^\]\s]+\]/g, '');
  html = html.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, label: string, target: string) => {
    const anchor = target.startsWith('#') ? target.slice(1) : null;
    const shown = label === '?' && anchor ? (anchorTitle(anchor) ?? anchor) : label;
    return `<span class="ref">${shown}</span>`;
  });
  html = html.replace(/`([^`]+)`/g, '<code>$1</code>');
  html = html.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  html = html.replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?!\w)/g, '$1<em>$2</em>');
  html = html.replace(/ --- /g, ' — ');
  // A bidirectional control in a source would silently reorder the page: show it as a visible code.
  html = html.replace(
    /[\u202a-\u202e\u2066-\u2069]/g,
    (c) => `<span class="bidi-control" title="a direction control character in the source">[U+${c.codePointAt(0)!.toString(16).toUpperCase()}]</span>`,
  );
  return html;
}
