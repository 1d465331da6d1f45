import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { hostOfPattern, type Settings } from '../../utils/settings';
import { BUILT_IN_SITES, isSiteSwitchOn } from '../../utils/sites';
import { SwitchRow } from './switch-row';

/** Stable, readable ids for controls named after a pattern (tests and labels rely on them). */
export function siteControlId(pattern: string): string {
  return `site-${pattern.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`;
}

/** Built-in mirrors (each switchable) and the reader's own sites (switchable, removable), plus "add". */
export function SiteList(props: {
  settings: Settings;
  onToggle(pattern: string, on: boolean): void;
  onAdd(input: string): Promise<string | null>;
  onRemove(pattern: string): void;
}) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    setBusy(true);
    // No await before onAdd: the permission request must stay inside the user's gesture.
    void props.onAdd(input).then((error) => {
      setBusy(false);
      setMessage(error);
      if (!error) setInput('');
    });
  };

  return (
    <div class="sites">
      <ul class="site-list" aria-label={t('sites_built_in')}>
        {BUILT_IN_SITES.map((site) => (
          <li key={site.pattern} data-site={site.pattern}>
            <SwitchRow
              id={siteControlId(site.pattern)}
              label={site.label}
              description={site.pattern}
              checked={isSiteSwitchOn(props.settings, site.pattern)}
              onChange={(on) => props.onToggle(site.pattern, on)}
            />
          </li>
        ))}
      </ul>
      {props.settings.userSites.length > 0 && (
        <ul class="site-list" aria-label={t('sites_yours')}>
          {props.settings.userSites.map((pattern) => {
            const host = hostOfPattern(pattern) ?? pattern;
            return (
              <li key={pattern} data-site={pattern} class="user-site">
                <SwitchRow
                  id={siteControlId(pattern)}
                  label={host}
                  description={t('sites_added_by_you')}
                  checked={isSiteSwitchOn(props.settings, pattern)}
                  onChange={(on) => props.onToggle(pattern, on)}
                />
                <button
                  type="button"
                  class="button subtle"
                  data-action="remove-site"
                  aria-label={t('sites_remove_label', host)}
                  onClick={() => props.onRemove(pattern)}
                >
                  {t('sites_remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form class="add-site" onSubmit={submit}>
        <label for="add-site-input">{t('sites_add_label')}</label>
        <div class="add-site-row">
          <input
            id="add-site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="cables.example.org"
            value={input}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <button type="submit" class="button" disabled={busy || input.trim() === ''}>
            {t('sites_add')}
          </button>
        </div>
        {message && (
          <p class="error" role="alert">
            {message}
          </p>
        )}
      </form>
    </div>
  );
}
