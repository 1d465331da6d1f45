// Keyboard shortcuts of the overlay: one table, read by the overlay, its `?` help panel and the popup.
import { t, type MessageKey } from './i18n.ts';

export type OverlayAction = 'toggle-routing' | 'toggle-original' | 'next-paragraph' | 'previous-paragraph' | 'toggle-help' | 'close-help';

export interface KeyboardShortcut {
  /** `KeyboardEvent.key` values that trigger the action (first one is the one we show). */
  keys: readonly string[];
  action: OverlayAction;
  /** What the shortcut does, as a UI string key (a key, not text: read it with `shortcutDescription`). */
  descriptionKey: MessageKey;
}

export const KEYBOARD_SHORTCUTS: readonly KeyboardShortcut[] = [
  { keys: ['r'], action: 'toggle-routing', descriptionKey: 'shortcut_toggle_routing' },
  { keys: ['o'], action: 'toggle-original', descriptionKey: 'shortcut_toggle_original' },
  { keys: ['j', 'n'], action: 'next-paragraph', descriptionKey: 'shortcut_next_paragraph' },
  { keys: ['k', 'p'], action: 'previous-paragraph', descriptionKey: 'shortcut_previous_paragraph' },
  { keys: ['?'], action: 'toggle-help', descriptionKey: 'shortcut_toggle_help' },
  { keys: ['Escape'], action: 'close-help', descriptionKey: 'shortcut_close_help' },
];

/** What a shortcut does, in the reader's language ("Next paragraph"). */
export function shortcutDescription(shortcut: KeyboardShortcut): string {
  return t(shortcut.descriptionKey);
}

/** Names of keys whose `KeyboardEvent.key` value is not what the keyboard shows. */
const KEY_LABELS: Partial<Record<string, MessageKey>> = { Escape: 'shortcuts_key_escape' };

/** A key the way the reader presses it (`Escape` → "Esc"; letters and `?` as they are). */
export function keyLabel(key: string): string {
  const label = KEY_LABELS[key];
  return label === undefined ? key : t(label);
}

/** The parts of a KeyboardEvent the decision needs (plain data, so it is testable without a DOM). */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The element that had focus: typing into a field must never trigger a shortcut. */
  target?: { tagName?: string; isContentEditable?: boolean } | null;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function isTypingTarget(target: KeyPress['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable === true) return true;
  return TYPING_TAGS.has((target.tagName ?? '').toUpperCase());
}

/** The overlay action for a key press, or null when the key is not ours (or the reader is typing). */
export function actionForKey(press: KeyPress): OverlayAction | null {
  // Browser and system shortcuts (Ctrl+R, Cmd+O …) stay theirs. Shift is allowed: `?` needs it.
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (isTypingTarget(press.target)) return null;
  const shortcut = KEYBOARD_SHORTCUTS.find((entry) => entry.keys.includes(press.key));
  return shortcut?.action ?? null;
}

/**
 * Which paragraph to move to, given each paragraph's top relative to the viewport (document
 * order). "Current" is the last paragraph whose top is at or above the reading line, so a
 * paragraph partly scrolled away still counts as current.
 */
export function paragraphToVisit(tops: readonly number[], direction: 'next' | 'previous', readingLine = 8): number | null {
  if (tops.length === 0) return null;
  let current = -1;
  tops.forEach((top, index) => {
    if (top <= readingLine) current = index;
  });
  if (direction === 'next') return current + 1 < tops.length ? current + 1 : null;
  // Previous: when the current paragraph's top is well above the line, go back to its own start first.
  if (current === -1) return null;
  const currentTop = tops[current] ?? 0;
  if (currentTop < -readingLine) return current;
  return current > 0 ? current - 1 : null;
}

/** A tiny command channel so the content script can forward commands (menus, messages) to an overlay. */
export interface OverlayCommands {
  send(action: OverlayAction): void;
  subscribe(listener: (action: OverlayAction) => void): () => void;
}

export function createOverlayCommands(): OverlayCommands {
  const listeners = new Set<(action: OverlayAction) => void>();
  return {
    send(action) {
      for (const listener of [...listeners]) listener(action);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
