/**
 * Hides the page's own cable nodes while the overlay is shown, and puts them back exactly.
 * Hiding is one namespaced attribute plus one stylesheet rule (darkreader's full-undo discipline):
 * restoring removes both, so every node's outerHTML is again what the page served.
 */
const HIDDEN_ATTRIBUTE = 'data-cable-lens-hidden';
const STYLE_ID = 'cable-lens-hide-originals';

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `[${HIDDEN_ATTRIBUTE}] { display: none !important; }`;
  (doc.head ?? doc.documentElement).append(style);
}

export function hideOriginal(nodes: readonly Element[]): void {
  const doc = nodes[0]?.ownerDocument;
  if (!doc) return;
  ensureStyle(doc);
  for (const node of nodes) node.setAttribute(HIDDEN_ATTRIBUTE, '');
}

export function restoreOriginal(nodes: readonly Element[]): void {
  for (const node of nodes) node.removeAttribute(HIDDEN_ATTRIBUTE);
  const doc = nodes[0]?.ownerDocument;
  // The stylesheet goes once no node on the page needs it (several cables may share it).
  if (doc && !doc.querySelector(`[${HIDDEN_ATTRIBUTE}]`)) doc.getElementById(STYLE_ID)?.remove();
}

export function isHidden(node: Element): boolean {
  return node.hasAttribute(HIDDEN_ATTRIBUTE);
}
