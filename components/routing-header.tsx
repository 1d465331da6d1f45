// The routing header: collapsed into one line by default, expandable with every line decoded
// (transmission id, DE, ZN, precedence, DTG, FM/TO/INFO with office names from the glossary).
import { useId } from 'preact/hooks';
import type { Addressee, HeaderLine, RoutingHeaderNode } from '../utils/cable/model.ts';
import type { Glossary } from '../utils/glossary/index.ts';
import { ExplainedCode } from './explained-code.tsx';
import { formatUtc } from './format/date-time.ts';
import { displayOfficeName } from './format/office-name.ts';
import { useOverlay } from './overlay-context.ts';
import { PROSIGN_PRECEDENCE, routingSummary } from './routing-summary.ts';

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

const ZN_WARNINGS = {
  UUUUU: 'unclassified traffic',
  CCCCC: 'confidential traffic',
  SSSSS: 'secret traffic',
  EEEEE: 'encrypted for transmission only (EFTO)',
} as const;

function RoutingIndicator({ ri, glossary }: { ri: string; glossary: Glossary | null }) {
  return (
    <ExplainedCode class="cl-ri" lookup={glossary?.explainRoutingIndicator(ri) ?? null} kindLabel="Routing indicator" attributes={{ 'data-ri': ri }}>
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
      {addressee.serial !== null && <span class="cl-serial" title="Message count serial">#{addressee.serial}</span>}
    </li>
  );
}

function DecodedLine({ line, glossary }: { line: HeaderLine; glossary: Glossary | null }) {
  switch (line.kind) {
    case 'transmissionId':
      return <>Transmission identifier (start of message)</>;
    case 'routing':
      return (
        <>
          Precedence{' '}
          <ExplainedCode lookup={glossary?.explainPrecedence(line.precedence) ?? null} kindLabel="Precedence">
            {line.precedence}
          </ExplainedCode>
          {line.routingIndicators.length > 0 && ' · relayed to '}
          {line.routingIndicators.map((ri) => (
            <RoutingIndicator key={ri} ri={ri} glossary={glossary} />
          ))}
        </>
      );
    case 'routingContinuation':
      return (
        <>
          Relayed to{' '}
          {line.routingIndicators.map((ri) => (
            <RoutingIndicator key={ri} ri={ri} glossary={glossary} />
          ))}
        </>
      );
    case 'de':
      return (
        <>
          From station <RoutingIndicator ri={line.de.station} glossary={glossary} />, station serial {line.de.serial}
          {line.de.section !== null && `, section ${line.de.section}`}, day {line.de.julianDay} of the year at {line.de.time.slice(0, 2)}:
          {line.de.time.slice(2)} UTC
        </>
      );
    case 'zn':
      return <>Security warning: {ZN_WARNINGS[line.warning]}</>;
    case 'dtg':
      return (
        <>
          Date-time group: <strong>{formatUtc(line.dtg.iso)}</strong>
          {line.dtg.precedenceLetters.length > 0 &&
            ` · precedence ${line.dtg.precedenceLetters.map((letter) => PROSIGN_PRECEDENCE[letter] ?? letter).join(' / ')}`}
        </>
      );
    case 'from':
      return (
        <>
          From <strong>{displayOfficeName(line.office)}</strong>
        </>
      );
    case 'to':
    case 'info':
    case 'addresseeContinuation':
      return (
        <>
          {line.kind === 'to' ? 'To' : line.kind === 'info' ? 'Info' : null}
          <ul class="cl-addressees">
            {line.addressees.map((addressee) => (
              <AddresseeItem key={addressee.span.start} addressee={addressee} glossary={glossary} />
            ))}
          </ul>
        </>
      );
    case 'prosign':
      return (
        <ExplainedCode lookup={glossary?.explainFormat(line.text) ?? null} kindLabel="Prosign">
          {line.text}
        </ExplainedCode>
      );
    case 'page':
      return (
        <>
          Page {line.page} of {line.origin} {line.serial}
        </>
      );
    case 'officeCodes':
      return (
        <>
          {line.label === 'ACTION' ? 'Action office' : line.label === 'ORIGIN' ? 'Originating office' : 'Distribution'}: {line.codes.join(' ')}
        </>
      );
    case 'other':
    case 'blank':
      return null;
  }
}

export function RoutingHeader({ node, input, originName, collapsed, onToggle, primary }: RoutingHeaderProps) {
  const { glossary, settings } = useOverlay();
  const bodyId = useId();
  const explain = settings.explainTags ? glossary : null;
  return (
    <section class="cl-routing" data-part={primary ? 'routing' : 'routing-repeat'} aria-label="Routing header">
      <button type="button" class="cl-routing-toggle" aria-expanded={collapsed ? 'false' : 'true'} aria-controls={bodyId} onClick={onToggle}>
        <span class="cl-routing-chevron" aria-hidden="true" />
        <span class="cl-routing-label">Routing</span>
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
