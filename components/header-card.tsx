// The header card: what the cable is, at a glance — subject, ID, time (UTC and local), origin,
// classification, caveats, declassification, who classified it and why.
import type { CableDocument } from '../utils/cable/model.ts';
import type { CitationFields } from '../utils/citation.ts';
import { t } from '../utils/i18n.ts';
import { ClassificationBadge } from './classification-badge.tsx';
import { CopyCitation } from './copy-citation.tsx';
import { ExplainedCode } from './explained-code.tsx';
import { findNode } from './find-node.ts';
import { formatLocal, formatUtc, yearsUntil } from './format/date-time.ts';
import { MarkingChip } from './marking-chip.tsx';
import { useOverlay } from './overlay-context.ts';
import { ReasonList } from './reason-list.tsx';

export interface HeaderCardProps {
  doc: CableDocument;
  cableId: string | null;
  originName: string | null;
  citation: CitationFields;
  now: Date;
  timeZone?: string;
  helpOpen: boolean;
  helpId: string;
  onToggleHelp(): void;
  onShowOriginal(): void;
}

function Declassify({ doc, now }: { doc: CableDocument; now: Date }) {
  const node = findNode(doc.nodes, 'declassification');
  if (node === null) return null;
  const years = node.date !== null ? yearsUntil(node.date, now) : null;
  return (
    <div class="cl-meta-item" data-field="declassify">
      <dt>{t('overlay_declassify')}</dt>
      <dd>
        {node.date ?? node.value}
        {years !== null && (
          <span class="cl-muted">
            {' '}
            {years < 0
              ? t('overlay_date_passed')
              : years === 0
                ? t('overlay_this_year')
                : years === 1
                  ? t('overlay_in_one_year', '1')
                  : t('overlay_in_years', String(years))}
          </span>
        )}
        {node.order !== null && (
          <span class="cl-muted">
            {' '}
            · {t('overlay_field_eo')} {node.order}
          </span>
        )}
      </dd>
    </div>
  );
}

export function HeaderCard({
  doc,
  cableId,
  originName,
  citation,
  now,
  timeZone,
  helpOpen,
  helpId,
  onToggleHelp,
  onShowOriginal,
}: HeaderCardProps) {
  const { glossary, settings, page } = useOverlay();
  const explain = settings.explainTags ? glossary : null;
  const classifiedBy = findNode(doc.nodes, 'classifiedBy');
  const subjectNode = findNode(doc.nodes, 'subject');
  const subject = doc.subject ?? page.metadata.subject ?? null;
  const classification = doc.classification ?? page.metadata.classification ?? null;
  const local = doc.dtg !== null ? formatLocal(doc.dtg, timeZone !== undefined ? { timeZone } : {}) : null;
  return (
    <header class="cl-header" data-part="header">
      <div class="cl-header-top">
        <div class="cl-header-marks">
          <ClassificationBadge classification={classification} glossary={explain} />
          {doc.caveats.length > 0 && (
            <ul class="cl-caveats" aria-label={t('overlay_caveats')}>
              {doc.caveats.map((caveat) => (
                <li key={caveat}>
                  <ExplainedCode
                    class="cl-caveat"
                    lookup={explain?.explainCaption(caveat) ?? null}
                    kindLabel={t('overlay_kind_caveat')}
                    attributes={{ 'data-caveat': caveat }}
                  >
                    {caveat}
                  </ExplainedCode>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div class="cl-toolbar" role="toolbar" aria-label={t('extension_name')}>
          <CopyCitation fields={citation} />
          <button type="button" class="cl-button" data-action="show-original" onClick={onShowOriginal}>
            {t('overlay_show_original')}
          </button>
          <button
            type="button"
            class="cl-button cl-button--icon"
            data-action="help"
            aria-expanded={helpOpen ? 'true' : 'false'}
            aria-controls={helpId}
            aria-label={t('overlay_shortcuts')}
            onClick={onToggleHelp}
          >
            ?
          </button>
        </div>
      </div>
      <h2 class="cl-subject">
        {subjectNode?.marking && <MarkingChip marking={subjectNode.marking} />}
        {subjectNode?.marking && ' '}
        {subject ?? <span class="cl-muted">{t('overlay_no_subject')}</span>}
      </h2>
      <dl class="cl-meta">
        <div class="cl-meta-item" data-field="id">
          <dt>{t('overlay_cable')}</dt>
          <dd class="cl-cable-id">{cableId ?? t('overlay_not_identified')}</dd>
        </div>
        <div class="cl-meta-item" data-field="date">
          <dt>{t('overlay_sent')}</dt>
          <dd>
            {doc.dtg !== null ? (
              <>
                <time dateTime={doc.dtg.replace(/Z$/, ':00Z')}>{formatUtc(doc.dtg)}</time>
                {local !== null && <span class="cl-local-time">{t('overlay_your_time', local)}</span>}
              </>
            ) : (
              (page.metadata.created ?? <span class="cl-muted">{t('overlay_no_dtg')}</span>)
            )}
          </dd>
        </div>
        <div class="cl-meta-item" data-field="origin">
          <dt>{t('overlay_origin')}</dt>
          <dd>{originName ?? <span class="cl-muted">{t('overlay_unknown')}</span>}</dd>
        </div>
        <Declassify doc={doc} now={now} />
        {classifiedBy !== null && (
          <div class="cl-meta-item cl-meta-item--wide" data-field="classified-by">
            <dt>{t('overlay_classified_by')}</dt>
            <dd>
              {classifiedBy.who}
              {classifiedBy.authority !== null && <span class="cl-muted"> · {t('overlay_reasons', classifiedBy.authority)}</span>}
              <ReasonList authority={classifiedBy.authority} reasons={classifiedBy.reasons} />
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
