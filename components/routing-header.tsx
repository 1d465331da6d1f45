// The routing header: collapsed into one line by default, expandable with every line decoded
// (transmission id, DE, ZN, precedence, DTG, FM/TO/INFO with office names from the glossary).
import type { Addressee, HeaderLine, RoutingHeaderNode } from '../utils/cable/model.ts';
import type { Glossary } from '../utils/glossary/index.ts';
import { t, type MessageKey } from '../utils/i18n.ts';
import { ExplainedCode } from './explained-code.tsx';
import { formatUtc } from './format/date-time.ts';
import { displayOfficeName } from './format/office-name.ts';
import { useOverlay } from './overlay-context.ts';
import { PROSIGN_PRECEDENCE, routingSummary } from './routing-summary.ts';
import { useUniqueId } from './use-unique-id.ts';

export interface RoutingHeaderProps {
  node: RoutingHeaderNode;
  input: string;
  /** Display name of the origin (page metadata wins over the FM line). */
  originName: string | null;
  collapsed: boolean;
  onToggle(): void;
  /** Only the cable's main routing header carries the contract's `data-part="routing"`. */
  primary: boolean;
}

const ZN_WARNINGS: Record<'UUUUU' | 'CCCCC' | 'SSSSS' | 'EEEEE', MessageKey> = {
  UUUUU: 'overlay_zn_unclassified',
  CCCCC: 'overlay_zn_confidential',
  SSSSS: 'overlay_zn_secret',
  EEEEE: 'overlay_zn_efto',
};

function RoutingIndicator({ ri, glossary }: { ri: string; glossary: Glossary | null }) {
  return (
    <ExplainedCode
      class="cl-ri"
      lookup={glossary?.explainRoutingIndicator(ri) ?? null}
      kindLabel={t('overlay_kind_routing_indicator')}
      attributes={{ 'data-ri': ri }}
    >
      {ri}
    </ExplainedCode>
  );
}

function AddresseeItem({ addressee, glossary }: { addressee: Addressee; glossary: Glossary | null }) {
  return (
    <li class="cl-addressee">
      {addressee.routingIndicator !== null && <RoutingIndicator ri={addressee.routingIndicator} glossary={glossary} />}
      <span class="cl-addressee-office">{displayOfficeName(addressee.office)}</span>
      {addressee.precedence !== null && <span class="cl-precedence">{addressee.precedence}</span>}
      {addressee.serial !== null && (
        <span class="cl-serial" title={t('overlay_serial_title')}>
          #{addressee.serial}
        </span>
      )}
    </li>
  );
}

function DecodedLine({ line, glossary }: { line: HeaderLine; glossary: Glossary | null }) {
  switch (line.kind) {
    case 'transmissionId':
      return <>{t('overlay_routing_transmission_id')}</>;
    case 'routing':
      return (
        <>
          {t('overlay_routing_precedence')}{' '}
          <ExplainedCode lookup={glossary?.explainPrecedence(line.precedence) ?? null} kindLabel={t('overlay_kind_precedence')}>
            {line.precedence}
          </ExplainedCode>
          {line.routingIndicators.length > 0 && ` · ${t('overlay_routing_relayed')} `}
          {line.routingIndicators.map((ri) => (
            <RoutingIndicator key={ri} ri={ri} glossary={glossary} />
          ))}
        </>
      );
    case 'routingContinuation':
      return (
        <>
          {t('overlay_routing_relayed_start')}{' '}
          {line.routingIndicators.map((ri) => (
            <RoutingIndicator key={ri} ri={ri} glossary={glossary} />
          ))}
        </>
      );
    case 'de':
      return (
        <>
          {t('overlay_routing_from_station')} <RoutingIndicator ri={line.de.station} glossary={glossary} />,{' '}
          {t('overlay_routing_station_serial', line.de.serial)}
          {line.de.section !== null && `, ${t('overlay_routing_section', String(line.de.section))}`},{' '}
          {t('overlay_routing_day_time', [String(line.de.julianDay), line.de.time.slice(0, 2), line.de.time.slice(2)])}
        </>
      );
    case 'zn':
      return <>{t('overlay_routing_security_warning', t(ZN_WARNINGS[line.warning]))}</>;
    case 'dtg':
      return (
        <>
          {t('overlay_routing_dtg')} <strong>{formatUtc(line.dtg.iso)}</strong>
          {line.dtg.precedenceLetters.length > 0 &&
            ` · ${t('overlay_routing_dtg_precedence', line.dtg.precedenceLetters.map((letter) => PROSIGN_PRECEDENCE[letter] ?? letter).join(' / '))}`}
        </>
      );
    case 'from':
      return (
        <>
          {t('overlay_routing_from')} <strong>{displayOfficeName(line.office)}</strong>
        </>
      );
    case 'to':
    case 'info':
    case 'addresseeContinuation':
      return (
        <>
          {line.kind === 'to' ? t('overlay_routing_to') : line.kind === 'info' ? t('overlay_routing_info') : null}
          <ul class="cl-addressees">
            {line.addressees.map((addressee) => (
              <AddresseeItem key={addressee.span.start} addressee={addressee} glossary={glossary} />
            ))}
          </ul>
        </>
      );
    case 'prosign':
      return (
        <ExplainedCode lookup={glossary?.explainFormat(line.text) ?? null} kindLabel={t('overlay_kind_prosign')}>
          {line.text}
        </ExplainedCode>
      );
    case 'page':
      return <>{t('overlay_routing_page', [String(line.page), line.origin, line.serial])}</>;
    case 'officeCodes':
      return (
        <>
          {line.label === 'ACTION'
            ? t('overlay_routing_action_office')
            : line.label === 'ORIGIN'
              ? t('overlay_routing_originating_office')
              : t('overlay_routing_distribution')}
          : {line.codes.join(' ')}
        </>
      );
    case 'other':
    case 'blank':
      return null;
  }
}

export function RoutingHeader({ node, input, originName, collapsed, onToggle, primary }: RoutingHeaderProps) {
  const { glossary, settings } = useOverlay();
  const bodyId = useUniqueId();
  const explain = settings.explainTags ? glossary : null;
  return (
    <section class="cl-routing" data-part={primary ? 'routing' : 'routing-repeat'} aria-label={t('overlay_routing_header')}>
      <button
        type="button"
        class="cl-routing-toggle"
        aria-expanded={collapsed ? 'false' : 'true'}
        aria-controls={bodyId}
        onClick={onToggle}
      >
        <span class="cl-routing-chevron" aria-hidden="true" />
        <span class="cl-routing-label">{t('overlay_routing')}</span>
        <span class="cl-routing-summary">{routingSummary(node, originName)}</span>
      </button>
      <ol class="cl-routing-lines" id={bodyId} hidden={collapsed}>
        {/* Decoded lines are built only when shown: most readers never open the header. */}
        {!collapsed &&
          node.lines
            .filter((line) => line.kind !== 'blank')
            .map((line) => (
              <li key={line.span.start} class="cl-routing-line" data-line={line.kind}>
                <code class="cl-routing-raw">{input.slice(line.span.start, line.span.end).replace(/[\r\n]+$/, '')}</code>
                <span class="cl-routing-decoded">
                  <DecodedLine line={line} glossary={explain} />
                </span>
              </li>
            ))}
      </ol>
    </section>
  );
}
