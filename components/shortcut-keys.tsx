// The keys of one shortcut, "j or n" style — shared by the overlay's help panel and the popup.
import { t } from '../utils/i18n.ts';
import { type KeyboardShortcut, keyLabel } from '../utils/keyboard.ts';

export function ShortcutKeys({ shortcut }: { shortcut: KeyboardShortcut }) {
  return (
    <>
      {shortcut.keys.map((key, index) => (
        <span key={key}>
          {index > 0 && ` ${t('shortcuts_or')} `}
          <kbd>{keyLabel(key)}</kbd>
        </span>
      ))}
    </>
  );
}
