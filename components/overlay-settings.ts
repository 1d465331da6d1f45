// The part of the settings the overlay reads (names shared with the popup and the content script).
import { DEFAULT_SETTINGS, type OverlaySettings } from '../utils/settings.ts';

export type { OverlaySettings };

/** The settings' defaults, for callers without stored settings (tests, previews). */
export const DEFAULT_OVERLAY_SETTINGS: Readonly<OverlaySettings> = DEFAULT_SETTINGS;
