import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { KEYBOARD_SHORTCUTS } from '../../utils/keyboard';
import { requestPageStatus, type PageStatus } from '../../utils/messages';
import {
  FONTS,
  hostPattern,
  isSiteEnabled,
  PERMALINK_STYLES,
  resetSettings,
  THEMES,
  updateSettings,
  type OverlaySettings,
  type Settings,
} from '../../utils/settings';
import { addUserSite, removeUserSite, setSiteEnabled } from '../../utils/sites';
import { ChoiceGroup } from './choice-group';
import { enhanceTab } from './enhance-tab';
import { ShortcutList, type BrowserCommand } from './shortcut-list';
import { SiteList } from './site-list';
import { SwitchRow } from './switch-row';
import { TabStatus, type EnhanceState } from './tab-status';
import { resolveTargetTab } from './target-tab';
import { useSettings } from './use-settings';

const PERMALINK_LABELS: Record<OverlaySettings['permalinkStyle'], string> = {
  'anchor-and-fragment': 'Anchor and text fragment',
  'fragment-only': 'Text fragment only',
  'site-anchors': 'The site’s own anchors where they exist',
};
const THEME_LABELS: Record<OverlaySettings['theme'], string> = { page: 'Follow page', light: 'Light', dark: 'Dark' };
const FONT_LABELS: Record<OverlaySettings['font'], string> = { serif: 'Serif', sans: 'Sans', mono: 'Mono' };

/** After a setting changes, give the open tab a moment to apply it before asking its status again. */
const STATUS_REFRESH_DELAY_MS = 250;

function webUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

async function loadCommands(): Promise<BrowserCommand[]> {
  try {
    const commands = await browser.commands.getAll();
    return commands
      .filter((command) => command.name && !command.name.startsWith('_'))
      .map((command) => ({ name: command.name!, description: command.description ?? command.name!, shortcut: command.shortcut ?? '' }));
  } catch {
    return [];
  }
}

/** The popup: master and per-site switches, the reading settings, the tab's status, sites, shortcuts. */
export function PopupApp(props: { search: string }) {
  const settings = useSettings();
  const [tab, setTab] = useState<Browser.tabs.Tab | null>(null);
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [statusLoading, setStatusLoading] = useState(true);
  const [enhanceState, setEnhanceState] = useState<EnhanceState>('idle');
  const [enhanceError, setEnhanceError] = useState<string | null>(null);
  const [commands, setCommands] = useState<BrowserCommand[]>([]);
  const [announcement, setAnnouncement] = useState('');

  const refreshStatus = useCallback(async (target: Browser.tabs.Tab | null) => {
    setStatus(target?.id === undefined ? null : await requestPageStatus(target.id));
    setStatusLoading(false);
  }, []);

  useEffect(() => {
    void resolveTargetTab(props.search).then((target) => {
      setTab(target);
      void refreshStatus(target);
    });
    void loadCommands().then(setCommands);
  }, [props.search, refreshStatus]);

  // Every change reaches the open tab through storage; re-read its status once it has applied it.
  useEffect(() => {
    if (!settings || !tab) return;
    const timer = setTimeout(() => void refreshStatus(tab), STATUS_REFRESH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [settings, tab, refreshStatus]);

  if (!settings) {
    return (
      <main class="popup" aria-busy="true">
        <h1>Cable Lens</h1>
      </main>
    );
  }

  const set = (patch: Partial<Settings>) => void updateSettings(patch);
  const pageUrl = webUrl(status?.url ?? tab?.url);
  const siteOn = pageUrl ? isSiteEnabled({ ...settings, enabled: true }, pageUrl) : false;

  const enhance = () => {
    if (tab?.id === undefined) return;
    setEnhanceState('working');
    setEnhanceError(null);
    enhanceTab(tab.id).then(
      (next) => {
        setStatus(next);
        setEnhanceState('idle');
        if (!next || next.state === 'no-cable') setEnhanceError('Cable Lens found no cable on this page.');
      },
      () => {
        setEnhanceState('failed');
        setEnhanceError('Cable Lens cannot read this page (browser pages and extension stores are off limits).');
      },
    );
  };

  const addSite = (input: string): Promise<string | null> =>
    addUserSite(input).then((result) => {
      if (!result.ok) return result.message;
      setAnnouncement(`Added ${input.trim()}`);
      return null;
    });

  return (
    <main class="popup" data-target-tab={tab?.id ?? ''}>
      <header class="top">
        <h1>Cable Lens</h1>
        <label class="master" for="setting-enabled">
          <span>{settings.enabled ? 'On' : 'Off'}</span>
          <input
            id="setting-enabled"
            class="switch"
            type="checkbox"
            role="switch"
            aria-label="Cable Lens on all sites"
            checked={settings.enabled}
            onChange={(event) => set({ enabled: event.currentTarget.checked })}
          />
        </label>
      </header>

      <TabStatus
        loading={statusLoading}
        status={status}
        canEnhance={tab?.id !== undefined && settings.enabled}
        enhanceState={enhanceState}
        enhanceError={enhanceError}
        onEnhance={enhance}
      />

      {pageUrl && (
        <section class="card" aria-label="This site">
          <SwitchRow
            id="site-current"
            label={`On ${pageUrl.hostname}`}
            description={settings.enabled ? 'Only this site' : 'Cable Lens is off everywhere'}
            checked={siteOn}
            onChange={(on) => void setSiteEnabled(hostPattern(pageUrl.hostname), on)}
          />
        </section>
      )}

      <section class="card" aria-labelledby="reading-heading">
        <h2 id="reading-heading">Reading</h2>
        <SwitchRow
          id="setting-routingCollapsed"
          label="Collapse the routing header"
          checked={settings.routingCollapsed}
          onChange={(on) => set({ routingCollapsed: on })}
        />
        <SwitchRow
          id="setting-highlightMarkings"
          label="Highlight classification markings"
          checked={settings.highlightMarkings}
          onChange={(on) => set({ highlightMarkings: on })}
        />
        <SwitchRow
          id="setting-explainTags"
          label="Explain TAGS and markings"
          checked={settings.explainTags}
          onChange={(on) => set({ explainTags: on })}
        />
        <div class="select-row">
          <label for="setting-permalinkStyle">Paragraph links</label>
          <select
            id="setting-permalinkStyle"
            value={settings.permalinkStyle}
            onChange={(event) => set({ permalinkStyle: event.currentTarget.value as OverlaySettings['permalinkStyle'] })}
          >
            {PERMALINK_STYLES.map((style) => (
              <option key={style} value={style}>
                {PERMALINK_LABELS[style]}
              </option>
            ))}
          </select>
        </div>
        <ChoiceGroup
          name="theme"
          legend="Theme"
          value={settings.theme}
          options={THEMES.map((value) => ({ value, label: THEME_LABELS[value] }))}
          onChange={(theme) => set({ theme })}
        />
        <ChoiceGroup
          name="font"
          legend="Reading font"
          value={settings.font}
          options={FONTS.map((value) => ({ value, label: FONT_LABELS[value] }))}
          onChange={(font) => set({ font })}
        />
      </section>

      <details class="card" id="mirror-sites">
        <summary>
          <h2>Mirror sites</h2>
        </summary>
        <SiteList
          settings={settings}
          onToggle={(pattern, on) => void setSiteEnabled(pattern, on)}
          onAdd={addSite}
          onRemove={(pattern) => void removeUserSite(pattern).then(() => setAnnouncement('Site removed'))}
        />
      </details>

      <details class="card" id="shortcuts">
        <summary>
          <h2>Keyboard shortcuts</h2>
        </summary>
        <ShortcutList commands={commands} pageShortcuts={KEYBOARD_SHORTCUTS} />
      </details>

      <footer class="bottom">
        <button
          type="button"
          class="button subtle"
          data-action="reset"
          onClick={() => void resetSettings().then(() => setAnnouncement('Settings reset to their defaults'))}
        >
          Reset to defaults
        </button>
        <p class="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </footer>
    </main>
  );
}
