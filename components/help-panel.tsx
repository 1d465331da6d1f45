// The `?` panel listing the keyboard shortcuts (the same table the popup shows).
import { t } from '../utils/i18n.ts';
import { KEYBOARD_SHORTCUTS, shortcutDescription } from '../utils/keyboard.ts';
import { ShortcutKeys } from './shortcut-keys.tsx';

export function HelpPanel({ id, open, onClose }: { id: string; open: boolean; onClose(): void }) {
  return (
    <aside class="cl-help" id={id} data-part="help" aria-label={t('overlay_shortcuts')} hidden={!open}>
      <div class="cl-help-head">
        <h2 class="cl-help-title">{t('overlay_shortcuts')}</h2>
        <button type="button" class="cl-button cl-button--icon" aria-label={t('overlay_close_shortcuts')} onClick={onClose}>
          ×
        </button>
      </div>
      <dl class="cl-help-list">
        {KEYBOARD_SHORTCUTS.map((shortcut) => (
          <div key={shortcut.action} class="cl-help-row" data-action={shortcut.action}>
            <dt>
              <ShortcutKeys shortcut={shortcut} />
            </dt>
            <dd>{shortcutDescription(shortcut)}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
