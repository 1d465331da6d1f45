import { t } from '../../utils/i18n';
import type { PageStatus } from '../../utils/messages';
import { describePageState, formatCableSummary } from './format-status';

export type EnhanceState = 'idle' | 'working' | 'failed';

/** What Cable Lens sees on the reader's tab; offers "Enhance this page" where it is not running. */
export function TabStatus(props: {
  loading: boolean;
  status: PageStatus | null;
  canEnhance: boolean;
  enhanceState: EnhanceState;
  enhanceError: string | null;
  onEnhance(): void;
}) {
  if (props.loading) {
    return (
      <section class="status card" aria-live="polite" data-state="loading">
        <p class="status-line">{t('status_loading')}</p>
      </section>
    );
  }
  const { status } = props;
  return (
    <section class="status card" aria-live="polite" aria-label={t('status_this_page')} data-state={status?.state ?? 'not-running'}>
      <p class="status-line">{describePageState(status)}</p>
      {status && status.cables.length > 0 && (
        <ul class="cable-list">
          {status.cables.map((cable) => (
            <li key={cable.id} data-cable-id={cable.id}>
              {formatCableSummary(cable)}
            </li>
          ))}
        </ul>
      )}
      {status === null && props.canEnhance && (
        <button
          type="button"
          class="button primary"
          data-action="enhance"
          disabled={props.enhanceState === 'working'}
          onClick={props.onEnhance}
        >
          {props.enhanceState === 'working' ? t('status_enhancing') : t('status_enhance')}
        </button>
      )}
      {props.enhanceError && (
        <p class="error" role="alert">
          {props.enhanceError}
        </p>
      )}
    </section>
  );
}
