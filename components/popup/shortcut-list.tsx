import { t } from '../../utils/i18n';
import { keyLabel, shortcutDescription, type KeyboardShortcut } from '../../utils/keyboard';

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
            {shortcut.keys.map((key, index) => (
              <span key={key}>
                {index > 0 && ` ${t('shortcuts_or')} `}
                <kbd>{keyLabel(key)}</kbd>
              </span>
            ))}
          </dt>
          <dd>{shortcutDescription(shortcut)}</dd>
        </div>
      ))}
    </dl>
  );
}
