/**
 * The browser cannot reach ids inside a shadow root, so the content script follows the URL hash
 * itself: our permalinks (`#09ASTANA559-p3`) and the site's own anchors (`#par3`, whose target is
 * the hidden original) both scroll to and highlight the overlay's paragraph.
 */
export interface MountedCable {
  cableId: string;
  root: ShadowRoot;
  /** Site anchor id → our paragraph element id (viewer `par3` → `09ASTANA559-p3`). */
  siteAnchorTarget(siteAnchorId: string): string | undefined;
  showsOverlay(): boolean;
}

const HIGHLIGHT_MS = 2500;

function targetFor(hash: string, cables: readonly MountedCable[]): HTMLElement | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  if (!id) return null;
  for (const cable of cables) {
    if (!cable.showsOverlay()) continue;
    const direct = cable.root.getElementById(id);
    if (direct instanceof HTMLElement) return direct;
    const mapped = cable.siteAnchorTarget(id);
    const viaSite = mapped ? cable.root.getElementById(mapped) : null;
    if (viaSite instanceof HTMLElement) return viaSite;
  }
  return null;
}

/** Scrolls to the paragraph the hash names and highlights it; returns whether one was found. */
export function followHash(hash: string, cables: readonly MountedCable[]): boolean {
  const target = targetFor(hash, cables);
  if (!target) return false;
  target.scrollIntoView({ block: 'start' });
  target.setAttribute('data-highlighted', '');
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  setTimeout(() => target.removeAttribute('data-highlighted'), HIGHLIGHT_MS);
  return true;
}
