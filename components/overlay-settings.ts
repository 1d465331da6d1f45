// The part of the settings the overlay reads (names shared with the popup and the content script;
// see notes/contracts.md). Type-only import: the settings module itself needs the extension runtime.
import type { OverlaySettings } from '../utils/settings.ts';

export type { OverlaySettings };

/** The contract's defaults, for callers without stored settings (tests, previews). */
export const DEFAULT_OVERLAY_SETTINGS: Readonly<OverlaySettings> = Object.freeze({
  routingCollapsed: true,
  highlightMarkings: true,
  explainTags: true,
  permalinkStyle: 'anchor-and-fragment',
  theme: 'page',
  font: 'serif',
});
