import { t } from '../../utils/i18n';
import { shortcutDescription, type KeyboardShortcut } from '../../utils/keyboard';
import { ShortcutKeys } from '../shortcut-keys';

export interface BrowserCommand {
  name: string;
  description: string;
  shortcut: string;
}

/** The browser-wide command(s) and the keys the overlay understands on a cable page. */
export function ShortcutList(props: { commands: readonly BrowserCommand[]; pageShortcuts: readonly KeyboardShortcut[] }) {
  return (
    <dl class="shortcuts">
      {props.commands.map((command) => (
        <div class="shortcut" key={command.name} data-command={command.name}>
          <dt>{command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="muted">{t('shortcuts_not_set')}</span>}</dt>
          <dd>{t('shortcuts_any_tab', command.description)}</dd>
        </div>
      ))}
      {props.pageShortcuts.map((shortcut) => (
        <div class="shortcut" key={shortcut.action}>
          <dt>
            <ShortcutKeys shortcut={shortcut} />
          </dt>
          <dd>{shortcutDescription(shortcut)}</dd>
        </div>
      ))}
    </dl>
  );
}
