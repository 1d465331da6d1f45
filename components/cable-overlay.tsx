// The overlay's root: header card, routing header, the cable's text, legend, `?` help and a
// live region for confirmations. It renders only the parsed model; the content script owns
// mounting (shadow root), hiding the original nodes and following the URL hash.
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CableDocument, CableNode, RoutingHeaderNode } from '../utils/cable/model.ts';
import type { CitationFields } from '../utils/citation.ts';
import type { Glossary } from '../utils/glossary/index.ts';
import { t } from '../utils/i18n.ts';
import { actionForKey, paragraphToVisit, type OverlayAction, type OverlayCommands } from '../utils/keyboard.ts';
import { planParagraphAnchors, siteAnchorTargets } from '../utils/permalinks.ts';
import { CableNodes } from './cable-body.tsx';
import { findNode } from './find-node.ts';
import { toneOfClassification, toneOfPortionLevel, type MarkingTone } from './format/marking-tone.ts';
import { displayOfficeName } from './format/office-name.ts';
import { HeaderCard } from './header-card.tsx';
import { HelpPanel } from './help-panel.tsx';
import { MarkingLegend } from './marking-legend.tsx';
import { OverlayContext, type OverlayContextValue, type PageInfo } from './overlay-context.ts';
import type { OverlaySettings } from './overlay-settings.ts';
import { useUniqueId } from './use-unique-id.ts';

export interface CableOverlayProps {
  doc: CableDocument;
  page: PageInfo;
  settings: OverlaySettings;
  /** null while the glossary loads: codes are shown without explanations. */
  glossary: Glossary | null;
  /** The page URL (permalinks and citations are built on it, without its hash). */
  pageUrl: string;
  onShowOriginal(): void;
  /** Copies text (the content script passes its secure-context-aware copy); default: Clipboard API. */
  onCopy?(text: string): Promise<void>;
  /** "Now" for relative dates (declassification); injectable for tests. */
  now?: Date;
  /** Theme resolved by the content script (it can see the page); default: setting, then system. */
  theme?: 'light' | 'dark';
  /** Time zone for "your time" (default: the reader's). */
  timeZone?: string;
  /** Commands forwarded by the content script (keyboard command, context menu …). */
  commands?: OverlayCommands;
  /** Listen for the overlay's own single-key shortcuts on the page (default true; pass false on all but one overlay when a page holds several cables). */
  keyboardShortcuts?: boolean;
  /** Called when the reader expands or collapses the routing header (to remember it, if wanted). */
  onRoutingToggle?(collapsed: boolean): void;
  /**
   * Render only the first `nodeCount` top-level nodes and no footer: the first screen
   * (first-screen.ts). The content script renders the whole cable right after that paint.
   */
  nodeCount?: number;
}

function defaultCopy(text: string): Promise<void> {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard?.writeText) return Promise.reject(new Error('No clipboard available'));
  return clipboard.writeText(text);
}

function resolveTheme(setting: OverlaySettings['theme'], resolved: 'light' | 'dark' | undefined): 'light' | 'dark' {
  if (resolved !== undefined) return resolved;
  if (setting !== 'page') return setting;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Every marking tone the cable uses, for the legend. */
function tonesUsed(doc: CableDocument): Set<MarkingTone> {
  const tones = new Set<MarkingTone>();
  if (doc.classification !== null) tones.add(toneOfClassification(doc.classification));
  const visit = (nodes: readonly CableNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'block') visit(node.children);
      if (node.kind === 'classificationLine') tones.add(toneOfClassification(node.level));
      if ((node.kind === 'subject' || node.kind === 'classifiedBy') && node.marking) tones.add(toneOfPortionLevel(node.marking.level));
      if (node.kind !== 'paragraph') continue;
      for (const item of [node, ...node.subParagraphs]) {
        if (item.marking) tones.add(toneOfPortionLevel(item.marking.level));
        for (const segment of item.segments) if (segment.kind === 'marking') tones.add(toneOfPortionLevel(segment.marking.level));
      }
    }
  };
  visit(doc.nodes);
  tones.delete('unknown');
  return tones;
}

export function CableOverlay(props: CableOverlayProps): JSX.Element {
  const { doc, page, settings, glossary, pageUrl, onShowOriginal, commands, keyboardShortcuts = true, nodeCount } = props;
  const partial = nodeCount !== undefined && nodeCount < doc.nodes.length;
  const rootRef = useRef<HTMLElement>(null);
  const helpId = useUniqueId();
  const [helpOpen, setHelpOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(settings.routingCollapsed);
  const [message, setMessage] = useState('');
  useEffect(() => setCollapsed(settings.routingCollapsed), [settings.routingCollapsed]);
  useEffect(() => {
    if (message === '') return;
    const timer = setTimeout(() => setMessage(''), 4000);
    return () => clearTimeout(timer);
  }, [message]);

  const cableId = doc.id ?? page.metadata.referenceId ?? null;
  const year = doc.dtg !== null ? Number(doc.dtg.slice(0, 4)) : null;
  const originName = page.metadata.origin ?? (doc.origin !== null ? displayOfficeName(doc.origin) : null);
  const anchors = useMemo(() => planParagraphAnchors({ id: cableId, nodes: doc.nodes, input: doc.input }), [doc, cableId]);
  const siteTargets = useMemo(() => siteAnchorTargets(page.siteAnchors, anchors), [page.siteAnchors, anchors]);
  const used = useMemo(() => tonesUsed(doc), [doc]);
  const primaryRouting: RoutingHeaderNode | null = useMemo(() => findNode(doc.nodes, 'routingHeader'), [doc]);
  const onCopy = props.onCopy ?? defaultCopy;

  const toggleRouting = useCallback(() => {
    setCollapsed((value) => {
      props.onRoutingToggle?.(!value);
      return !value;
    });
  }, [props.onRoutingToggle]);

  const context: OverlayContextValue = {
    settings,
    glossary,
    page,
    pageUrl,
    year: year !== null && Number.isFinite(year) ? year : null,
    anchors,
    siteTargets,
    copy: onCopy,
    announce: setMessage,
  };

  const visitParagraph = (direction: 'next' | 'previous') => {
    const root = rootRef.current;
    if (!root) return;
    const targets = [...root.querySelectorAll<HTMLElement>('[data-paragraph-anchor]')];
    const index = paragraphToVisit(
      targets.map((element) => element.getBoundingClientRect().top),
      direction,
    );
    const target = index === null ? undefined : targets[index];
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  };

  // Latest handler in a ref, so the document listener is attached once per overlay.
  const perform = useRef<(action: OverlayAction) => boolean>(() => false);
  perform.current = (action) => {
    switch (action) {
      case 'toggle-routing':
        toggleRouting();
        return true;
      case 'toggle-original':
        onShowOriginal();
        return true;
      case 'next-paragraph':
        visitParagraph('next');
        return true;
      case 'previous-paragraph':
        visitParagraph('previous');
        return true;
      case 'toggle-help':
        setHelpOpen((open) => !open);
        return true;
      case 'close-help':
        if (!helpOpen) return false;
        setHelpOpen(false);
        return true;
    }
  };

  useEffect(() => commands?.subscribe((action) => void perform.current(action)), [commands]);
  useEffect(() => {
    const doc = rootRef.current?.ownerDocument;
    if (!keyboardShortcuts || !doc) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // Inside a shadow root the event is retargeted to the host; the real target is first in the path.
      const target = (event.composedPath?.()[0] ?? event.target) as { tagName?: string; isContentEditable?: boolean } | null;
      const action = actionForKey({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, target });
      if (action !== null && perform.current(action)) event.preventDefault();
    };
    doc.addEventListener('keydown', onKeyDown);
    return () => doc.removeEventListener('keydown', onKeyDown);
  }, [keyboardShortcuts]);

  const citation: CitationFields = {
    id: cableId,
    subject: doc.subject ?? page.metadata.subject ?? null,
    dateIso: doc.dtg,
    origin: originName,
    url: pageUrl.replace(/#.*$/s, ''),
  };

  return (
    <OverlayContext.Provider value={context}>
      {/* A labelled section: a region landmark that also scopes the card's header and footer. */}
      <section
        ref={rootRef}
        class="cl-overlay"
        aria-label={cableId !== null ? t('overlay_label', cableId) : t('extension_name')}
        lang="en"
        data-cable-id={cableId ?? undefined}
        data-theme={resolveTheme(settings.theme, props.theme)}
        data-font={settings.font}
        data-highlight={settings.highlightMarkings ? 'on' : 'off'}
        data-explain-tags={settings.explainTags ? 'on' : 'off'}
        data-permalink-style={settings.permalinkStyle}
      >
        <HeaderCard
          doc={doc}
          cableId={cableId}
          originName={originName}
          citation={citation}
          now={props.now ?? new Date()}
          {...(props.timeZone !== undefined && { timeZone: props.timeZone })}
          helpOpen={helpOpen}
          helpId={helpId}
          onToggleHelp={() => setHelpOpen((open) => !open)}
          onShowOriginal={onShowOriginal}
        />
        <HelpPanel id={helpId} open={helpOpen} onClose={() => setHelpOpen(false)} />
        <article class="cl-document" aria-label={cableId !== null ? t('overlay_document', cableId) : t('overlay_document_no_id')}>
          <CableNodes
            nodes={partial ? doc.nodes.slice(0, nodeCount) : doc.nodes}
            input={doc.input}
            routing={{ primary: primaryRouting, originName, collapsed, onToggle: toggleRouting }}
          />
        </article>
        {!partial && (
          <footer class="cl-footer">
            <MarkingLegend used={used} />
            <p class="cl-credit">{t('overlay_credit')}</p>
          </footer>
        )}
        <div class="cl-toast" role="status" aria-live="polite" data-visible={message !== '' ? 'true' : 'false'}>
          {message}
        </div>
      </section>
    </OverlayContext.Provider>
  );
}
