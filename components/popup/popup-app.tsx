import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { t, type MessageKey } from '../../utils/i18n';
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

const PERMALINK_LABELS: Record<OverlaySettings['permalinkStyle'], MessageKey> = {
  'anchor-and-fragment': 'popup_permalink_anchor_and_fragment',
  'fragment-only': 'popup_permalink_fragment_only',
  'site-anchors': 'popup_permalink_site_anchors',
};
const THEME_LABELS: Record<OverlaySettings['theme'], MessageKey> = {
  page: 'popup_theme_page',
  light: 'popup_theme_light',
  dark: 'popup_theme_dark',
};
const FONT_LABELS: Record<OverlaySettings['font'], MessageKey> = {
  serif: 'popup_font_serif',
  sans: 'popup_font_sans',
  mono: 'popup_font_mono',
};

/** The "How to read a cable" page, packaged with the extension (entrypoints/help/). */
const HELP_PAGE = '/help.html';

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
        <h1>{t('extension_name')}</h1>
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
        if (!next || next.state === 'no-cable') setEnhanceError(t('popup_enhance_no_cable'));
      },
      () => {
        setEnhanceState('failed');
        setEnhanceError(t('popup_enhance_failed'));
      },
    );
  };

  const helpUrl = browser.runtime.getURL(HELP_PAGE);
  const openHelp = (event: Event) => {
    // A tab of its own, beside the reader's tab; the toolbar popup then closes itself.
    event.preventDefault();
    void browser.tabs.create({ url: helpUrl }).then(() => window.close());
  };

  const addSite = (input: string): Promise<string | null> =>
    addUserSite(input).then((result) => {
      if (!result.ok) return result.message;
      setAnnouncement(t('popup_site_added', input.trim()));
      return null;
    });

  return (
    <main class="popup" data-target-tab={tab?.id ?? ''}>
      <header class="top">
        <h1>{t('extension_name')}</h1>
        <label class="master" for="setting-enabled">
          <span>{settings.enabled ? t('popup_on') : t('popup_off')}</span>
          <input
            id="setting-enabled"
            class="switch"
            type="checkbox"
            role="switch"
            aria-label={t('popup_master_label')}
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
        <section class="card" aria-label={t('popup_this_site')}>
          <SwitchRow
            id="site-current"
            label={t('popup_site_switch', pageUrl.hostname)}
            description={settings.enabled ? t('popup_site_only') : t('popup_off_everywhere')}
            checked={siteOn}
            onChange={(on) => void setSiteEnabled(hostPattern(pageUrl.hostname), on)}
          />
        </section>
      )}

      <section class="card" aria-labelledby="reading-heading">
        <h2 id="reading-heading">{t('popup_reading')}</h2>
        <SwitchRow
          id="setting-routingCollapsed"
          label={t('popup_collapse_routing')}
          checked={settings.routingCollapsed}
          onChange={(on) => set({ routingCollapsed: on })}
        />
        <SwitchRow
          id="setting-highlightMarkings"
          label={t('popup_highlight_markings')}
          checked={settings.highlightMarkings}
          onChange={(on) => set({ highlightMarkings: on })}
        />
        <SwitchRow
          id="setting-explainTags"
          label={t('popup_explain_tags')}
          checked={settings.explainTags}
          onChange={(on) => set({ explainTags: on })}
        />
        <div class="select-row">
          <label for="setting-permalinkStyle">{t('popup_paragraph_links')}</label>
          <select
            id="setting-permalinkStyle"
            value={settings.permalinkStyle}
            onChange={(event) => set({ permalinkStyle: event.currentTarget.value as OverlaySettings['permalinkStyle'] })}
          >
            {PERMALINK_STYLES.map((style) => (
              <option key={style} value={style}>
                {t(PERMALINK_LABELS[style])}
              </option>
            ))}
          </select>
        </div>
        <ChoiceGroup
          name="theme"
          legend={t('popup_theme')}
          value={settings.theme}
          options={THEMES.map((value) => ({ value, label: t(THEME_LABELS[value]) }))}
          onChange={(theme) => set({ theme })}
        />
        <ChoiceGroup
          name="font"
          legend={t('popup_font')}
          value={settings.font}
          options={FONTS.map((value) => ({ value, label: t(FONT_LABELS[value]) }))}
          onChange={(font) => set({ font })}
        />
      </section>

      <details class="card" id="mirror-sites">
        <summary>
          <h2>{t('popup_mirror_sites')}</h2>
        </summary>
        <SiteList
          settings={settings}
          onToggle={(pattern, on) => void setSiteEnabled(pattern, on)}
          onAdd={addSite}
          onRemove={(pattern) => void removeUserSite(pattern).then(() => setAnnouncement(t('popup_site_removed')))}
        />
      </details>

      <details class="card" id="shortcuts">
        <summary>
          <h2>{t('popup_keyboard_shortcuts')}</h2>
        </summary>
        <ShortcutList commands={commands} pageShortcuts={KEYBOARD_SHORTCUTS} />
      </details>

      <footer class="bottom">
        <a class="button subtle" data-action="help" href={helpUrl} target="_blank" rel="noreferrer" onClick={openHelp}>
          {t('popup_help_link')}
        </a>
        <button
          type="button"
          class="button subtle"
          data-action="reset"
          onClick={() => void resetSettings().then(() => setAnnouncement(t('popup_reset_done')))}
        >
          {t('popup_reset')}
        </button>
        <p class="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </footer>
    </main>
  );
}
