// Renders the cable's nodes in source order, switching exhaustively on `kind` (a new node kind
// is a compile error here). Page text only ever becomes Preact text children.
import type { BlockKind, CableNode, ClassificationLineNode } from '../utils/cable/model.ts';
import { t, type MessageKey } from '../utils/i18n.ts';
import { CableParagraph } from './cable-paragraph.tsx';
import { ExplainedCode } from './explained-code.tsx';
import { toneLabel, toneOfClassification } from './format/marking-tone.ts';
import { FrontMatterField } from './front-matter-field.tsx';
import { MarkingChip } from './marking-chip.tsx';
import { useOverlay } from './overlay-context.ts';
import { ReasonList } from './reason-list.tsx';
import { ReferenceList } from './reference-list.tsx';
import { RoutingHeader } from './routing-header.tsx';
import { TagList } from './tag-list.tsx';

const BLOCK_LABELS: Record<BlockKind, MessageKey> = {
  summary: 'overlay_block_summary',
  comment: 'overlay_block_comment',
  quotedText: 'overlay_block_quoted_text',
  note: 'overlay_block_note',
};

export interface RoutingState {
  /** The node shown as the cable's routing header (the first one). */
  primary: CableNode | null;
  originName: string | null;
  collapsed: boolean;
  onToggle(): void;
}

function ClassificationLine({ node }: { node: ClassificationLineNode }) {
  const tone = toneOfClassification(node.level);
  return (
    <p class="cl-classline">
      <span class="cl-mark cl-mark--line" data-tone={tone} data-level={node.level} title={toneLabel(tone)}>
        {node.level}
      </span>
      {node.caveats.map((caveat) => (
        <span key={caveat} class="cl-caveat-inline">
          {' '}
          {caveat}
        </span>
      ))}
      {node.section !== null && (
        <span class="cl-classline-section"> · {t('overlay_section_of', [String(node.section.n), String(node.section.of)])}</span>
      )}
      {node.origin !== null && (
        <span class="cl-classline-origin">
          {' '}
          · {node.origin} {node.serial ?? ''}
        </span>
      )}
    </p>
  );
}

function Node({ node, input, routing }: { node: CableNode; input: string; routing: RoutingState }) {
  const { glossary, settings } = useOverlay();
  const explain = settings.explainTags ? glossary : null;
  switch (node.kind) {
    case 'routingHeader':
      return (
        <RoutingHeader
          node={node}
          input={input}
          originName={routing.originName}
          collapsed={routing.collapsed}
          onToggle={routing.onToggle}
          primary={node === routing.primary}
        />
      );
    case 'classificationLine':
      return <ClassificationLine node={node} />;
    case 'caption':
      return (
        <p class="cl-captions">
          {node.captions.map((caption) => (
            <ExplainedCode
              key={caption}
              class="cl-caveat"
              lookup={explain?.explainCaption(caption) ?? null}
              kindLabel={t('overlay_kind_caption')}
              attributes={{ 'data-caption': caption }}
            >
              {caption}
            </ExplainedCode>
          ))}
        </p>
      );
    case 'passingLine':
      return <p class="cl-passing">{node.text}</p>;
    case 'declassification':
      return (
        <FrontMatterField label={t('overlay_field_eo')} field="declassification">
          {node.order !== null ? (
            <ExplainedCode lookup={explain?.explainExecutiveOrder(node.order) ?? null} kindLabel={t('overlay_kind_executive_order')}>
              {node.order}
            </ExplainedCode>
          ) : null}{' '}
          <span class="cl-decl">{node.value}</span>
        </FrontMatterField>
      );
    case 'tags':
      return (
        <FrontMatterField label={t('overlay_field_tags')} field="tags">
          <TagList node={node} />
        </FrontMatterField>
      );
    case 'subject':
      return (
        <FrontMatterField label={t('overlay_field_subject')} field="subject">
          {node.marking && <MarkingChip marking={node.marking} />}
          {node.marking && ' '}
          <span class="cl-subject-line">{node.text}</span>
        </FrontMatterField>
      );
    case 'references':
      return (
        <FrontMatterField label={t('overlay_field_ref')} field="references">
          <ReferenceList node={node} />
        </FrontMatterField>
      );
    case 'classifiedBy':
      return (
        <FrontMatterField label={t('overlay_classified_by')} field="classified-by">
          {node.marking && <MarkingChip marking={node.marking} />}
          {node.marking && ' '}
          <span class="cl-classified-by">{node.who}</span>
          <ReasonList authority={node.authority} reasons={node.reasons} />
        </FrontMatterField>
      );
    case 'paragraph':
      return <CableParagraph node={node} />;
    case 'block':
      return (
        <section class="cl-block" data-block={node.blockKind} aria-label={t(BLOCK_LABELS[node.blockKind])}>
          <div class="cl-block-label" aria-hidden="true">
            {t(BLOCK_LABELS[node.blockKind])}
          </div>
          <CableNodes nodes={node.children} input={input} routing={routing} />
        </section>
      );
    case 'heading':
      return <h3 class="cl-heading">{node.text}</h3>;
    case 'signature':
      return <p class="cl-signature">{node.text}</p>;
    case 'partialExtract':
      return (
        <p class="cl-note" role="note">
          {node.text}
        </p>
      );
    case 'appendedRecord':
      return (
        <details class="cl-appended">
          <summary>
            {node.recordKind === 'csvRow' ? t('overlay_appended_record') : t('overlay_appended_header')}
            {node.id !== null && ` (${node.id})`} — {t('overlay_not_cable_text')}
          </summary>
          <pre class="cl-raw">{input.slice(node.span.start, node.span.end)}</pre>
        </details>
      );
    case 'text':
      return <p class="cl-unknown">{node.text}</p>;
    case 'pageBreak':
    case 'blank':
      // Page-break noise and blank lines are not part of the reading flow.
      return null;
  }
}

export function CableNodes({ nodes, input, routing }: { nodes: readonly CableNode[]; input: string; routing: RoutingState }) {
  return (
    <>
      {nodes.map((node) => (
        <Node key={node.span.start} node={node} input={input} routing={routing} />
      ))}
    </>
  );
}
