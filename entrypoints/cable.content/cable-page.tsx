/**
 * Everything Cable Lens does to one page: find the cables (mirror adapters), parse them, mount
 * one shadow-root overlay per cable in front of the hidden original, keep the overlays in step with
 * the settings, follow the URL hash, and undo it all exactly.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CableOverlay } from '@/components/cable-overlay';
import { firstScreenNodeCount } from '@/components/first-screen';
import { ShowCableLensBar } from '@/components/show-cable-lens-bar';
import { parseCable, type CableDocument } from '@/utils/cable';
import { copyText } from '@/utils/copy-text';
import type { Glossary } from '@/utils/glossary';
import { actionForKey, createOverlayCommands, type OverlayCommands } from '@/utils/keyboard';
import type { PageStatus } from '@/utils/messages';
import { findCables, type ExtractedCable } from '@/utils/mirrors';
import { hideOriginal, restoreOriginal } from '@/utils/original-content';
import { planParagraphAnchors, siteAnchorTargets } from '@/utils/permalinks';
import { isSiteEnabled, type Settings } from '@/utils/settings';
import { followHash, type MountedCable } from './hash-navigation';
import overlayCss from './overlay.css?raw';
import { resolveTheme } from './theme';

export type PageState = PageStatus['state'];

interface Mounted {
  container: HTMLElement;
  shadow: ShadowRoot;
  host: HTMLElement;
}

export interface DetectedCables {
  cables: ExtractedCable[];
}

/** Runs the mirror adapters over the page (timed for the benchmark). */
export function detectCables(): DetectedCables {
  const start = performance.now();
  const found = findCables(document, new URL(location.href));
  performance.measure('cable-lens:detect', { start, end: performance.now() });
  return { cables: (found?.cables ?? []).filter((c) => c.nodes.length > 0) };
}

const parsed = new WeakMap<ExtractedCable, CableDocument>();

/** Parses an extracted cable once, however often it is asked for (timed for the benchmark). */
export function parsedCable(extracted: ExtractedCable): CableDocument {
  let doc = parsed.get(extracted);
  if (!doc) {
    const start = performance.now();
    doc = parseCable(extracted.text, { id: extracted.metadata.referenceId });
    performance.measure('cable-lens:parse', { start, end: performance.now() });
    parsed.set(extracted, doc);
  }
  return doc;
}

/** Identity of an extracted cable across re-scans: same block, same place in it. */
function keyOf(cable: ExtractedCable): string {
  return `${cable.nodesSharedWith ?? -1}:${cable.text.length}:${cable.text.slice(0, 80)}`;
}

interface CableView extends MountedCable {
  extracted: ExtractedCable;
  /** Index of the cable in its page block; cables appended to another share its nodes. */
  key: string;
  commands: OverlayCommands;
  doc: CableDocument;
  ui: ShadowRootContentScriptUi<Mounted>;
  host: HTMLElement;
  container: HTMLElement;
  mode: 'overlay' | 'original';
  /** Top-level nodes of the first render; the rest follows the first paint (first-screen.ts). */
  firstScreen: number;
  /** The whole cable has been rendered (the host says so: `data-rendered="complete"`). */
  complete: boolean;
}

export class CablePage {
  private views: CableView[] = [];
  private glossary: Glossary | null = null;
  private glossaryLoading = false;
  private state: PageState = 'no-cable';
  /** Set when the user injected us through "Enhance this page": run even where the site is off. */
  forced = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private settings: Settings,
    private readonly loadGlossary: () => Promise<Glossary>,
  ) {}

  get cables(): readonly CableView[] {
    return this.views;
  }

  status(): PageStatus {
    return {
      url: location.href,
      state: this.state,
      cables: this.views.map((v) => ({
        id: v.doc.id ?? v.cableId,
        paragraphs: v.doc.paragraphs.length,
        classification: v.doc.classification,
      })),
    };
  }

  private isActive(): boolean {
    return this.forced || (this.settings.enabled && isSiteEnabled(this.settings, location.href));
  }

  /** The page carries a mark only while Cable Lens shows something; otherwise its DOM is untouched. */
  private setState(state: PageState): void {
    this.state = state;
    if (state === 'overlay' || state === 'original') document.documentElement.setAttribute('data-cable-lens', state);
    else document.documentElement.removeAttribute('data-cable-lens');
  }

  /**
   * Finds cables not yet shown and mounts them; cheap when nothing changed. `found` lets the first
   * scan reuse a detection made while the settings were still loading.
   */
  async scan(found: DetectedCables = detectCables()): Promise<void> {
    if (!this.isActive()) {
      this.setState('off');
      return;
    }
    const cables = found.cables;
    // Overlays whose original nodes left the page (SPA navigation) go first.
    for (const view of this.views.filter((v) => !v.extracted.nodes[0]!.isConnected)) this.unmount(view);
    const fresh = cables.filter((c) => !this.views.some((v) => v.key === keyOf(c) && v.extracted.nodes[0] === c.nodes[0]));
    for (const extracted of fresh) await this.mount(extracted, cables);
    if (this.views.length === 0) {
      this.setState('no-cable');
      return;
    }
    this.setState(this.views.some((v) => v.mode === 'overlay') ? 'overlay' : 'original');
    if (fresh.length > 0) {
      followHash(location.hash, this.views);
      // The rest of each cable, then the explanations, come after the first paint: their data
      // and their re-renders must not delay it.
      afterNextPaint(() => {
        markPainted('overlay-painted', 'start-to-paint');
        this.completeAll();
        afterNextPaint(() => {
          markPainted('complete-painted', 'start-to-complete');
          void this.ensureGlossary();
        });
      });
    }
  }

  private async mount(extracted: ExtractedCable, all: readonly ExtractedCable[]): Promise<void> {
    const doc = parsedCable(extracted);
    const mountStart = performance.now();
    const cableId = doc.id ?? extracted.metadata.referenceId ?? 'cable';
    // A cable appended to another one's block goes right after that cable's overlay.
    const owner = extracted.nodesSharedWith === null ? null : all[extracted.nodesSharedWith];
    const ownerView = owner ? this.views.filter((v) => v.extracted.nodes[0] === owner.nodes[0]).at(-1) : undefined;
    const ui = await createShadowRootUi<Mounted>(this.ctx, {
      name: 'cable-lens-overlay',
      // Inlined stylesheet: no fetch of the CSS file before every overlay can appear.
      css: overlayCss,
      position: 'inline',
      anchor: ownerView ? ownerView.host : extracted.nodes[0]!,
      append: ownerView ? 'after' : 'before',
      onMount: (container, shadow, host) => ({ container, shadow, host }),
      onRemove: (mounted) => {
        if (mounted) render(null, mounted.container);
      },
    });
    ui.mount();
    const mounted = ui.mounted!;
    let targets: Map<string, string> | undefined;
    // With a hash to follow, its target may lie anywhere: render the whole cable at once.
    const firstScreen = location.hash === '' ? firstScreenNodeCount(doc.nodes) : doc.nodes.length;
    const view: CableView = {
      extracted,
      key: keyOf(extracted),
      commands: createOverlayCommands(),
      doc,
      ui,
      host: mounted.host,
      container: mounted.container,
      root: mounted.shadow,
      cableId,
      // Planned only when a site anchor is followed: the overlay plans its own anchors while rendering.
      siteAnchorTarget: (id) => {
        targets ??= siteAnchorTargets(extracted.siteAnchors, planParagraphAnchors({ id: cableId, nodes: doc.nodes, input: doc.input }));
        return targets.get(id);
      },
      mode: 'overlay',
      showsOverlay: () => view.mode === 'overlay',
      firstScreen,
      complete: firstScreen >= doc.nodes.length,
    };
    mounted.host.setAttribute('data-cable-id', cableId);
    mounted.host.setAttribute('data-rendered', view.complete ? 'complete' : 'first-screen');
    if (!ownerView) hideOriginal(extracted.nodes);
    this.trackContextMenu(view);
    this.views.push(view);
    performance.measure('cable-lens:mount', { start: mountStart, end: performance.now() });
    const renderStart = performance.now();
    this.render(view);
    performance.measure('cable-lens:render', { start: renderStart, end: performance.now() });
  }

  /** Renders the whole of every cable still showing only its first screen. */
  private completeAll(): void {
    for (const view of this.views) {
      if (view.complete) continue;
      view.complete = true;
      this.render(view);
      view.host.setAttribute('data-rendered', 'complete');
    }
  }

  private unmount(view: CableView): void {
    if (!this.views.some((v) => v !== view && v.extracted.nodes[0] === view.extracted.nodes[0])) restoreOriginal(view.extracted.nodes);
    view.ui.remove();
    this.views = this.views.filter((v) => v !== view);
  }

  /** Removes every overlay and puts the page back as it was served. */
  unmountAll(): void {
    for (const view of [...this.views]) this.unmount(view);
  }

  private render(view: CableView): void {
    const s = this.settings;
    const host = view.host;
    const theme = resolveTheme(s.theme, document);
    host.setAttribute('data-theme', theme);
    host.setAttribute('data-font', s.font);
    host.setAttribute('data-highlight', s.highlightMarkings ? 'on' : 'off');
    host.setAttribute('data-explain-tags', s.explainTags ? 'on' : 'off');
    host.setAttribute('data-permalink-style', s.permalinkStyle);
    host.setAttribute('data-mode', view.mode);
    const showOriginal = (show: boolean) => this.showOriginal(view, show);
    render(
      view.mode === 'overlay' ? (
        <CableOverlay
          doc={view.doc}
          page={{ adapter: view.extracted.adapter, metadata: view.extracted.metadata, siteAnchors: view.extracted.siteAnchors }}
          settings={s}
          glossary={s.explainTags ? this.glossary : null}
          pageUrl={location.href}
          theme={theme}
          commands={view.commands}
          // One set of single-key shortcuts per page, even when it holds several cables.
          keyboardShortcuts={view === this.views[0]}
          onShowOriginal={() => showOriginal(true)}
          onCopy={(text: string) => copyText(text, view.root)}
          {...(!view.complete && { nodeCount: view.firstScreen })}
        />
      ) : (
        <ShowCableLensBar cableId={view.cableId} onShow={() => showOriginal(false)} />
      ),
      view.container,
    );
  }

  showOriginal(view: CableView, show: boolean): void {
    view.mode = show ? 'original' : 'overlay';
    if (show) restoreOriginal(view.extracted.nodes);
    else hideOriginal(view.extracted.nodes);
    this.render(view);
    this.setState(this.views.some((v) => v.mode === 'overlay') ? 'overlay' : 'original');
  }

  /** Shows or hides the original of every cable on the page (popup / keyboard). */
  showOriginalAll(show: boolean): void {
    for (const view of this.views) this.showOriginal(view, show);
  }

  async applySettings(settings: Settings): Promise<void> {
    this.settings = settings;
    if (!this.isActive()) {
      this.unmountAll();
      this.setState('off');
      return;
    }
    for (const view of this.views) this.render(view);
    await this.scan();
  }

  followHash(): void {
    followHash(location.hash, this.views);
  }

  /** Browser keyboard command: flips every overlay's routing header. */
  toggleRouting(): void {
    for (const view of this.views) if (view.mode === 'overlay') view.commands.send('toggle-routing');
  }

  /** While the original is shown the overlay is gone, so its `o` shortcut comes back through here. */
  handleKey(event: KeyboardEvent): void {
    if (this.views.length === 0 || this.views.some((v) => v.mode === 'overlay')) return;
    const target = (event.composedPath?.()[0] ?? event.target) as { tagName?: string; isContentEditable?: boolean } | null;
    if (
      actionForKey({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, target }) !== 'toggle-original'
    )
      return;
    event.preventDefault();
    this.showOriginalAll(false);
  }

  /** Context menu: copies the permalink of the paragraph the reader right-clicked last. */
  async copyLastParagraphLink(): Promise<{ copied: boolean }> {
    const paragraph = this.lastContextParagraph;
    const button = paragraph?.isConnected ? paragraph.querySelector<HTMLButtonElement>('button[data-action="copy-permalink"]') : null;
    button?.click();
    return { copied: !!button };
  }

  private lastContextParagraph: Element | null = null;

  private trackContextMenu(view: CableView): void {
    this.ctx.addEventListener(view.host, 'contextmenu', (event) => {
      const paragraph = event.composedPath().find((node): node is Element => node instanceof Element && /-p\d+(?:-[a-z])?$/.test(node.id));
      this.lastContextParagraph = paragraph ?? null;
    });
  }

  private async ensureGlossary(): Promise<void> {
    if (this.glossary || this.glossaryLoading) return;
    this.glossaryLoading = true;
    try {
      this.glossary = await this.loadGlossary();
      for (const view of this.views) this.render(view);
    } catch (error) {
      console.warn('Cable Lens: the glossary could not be loaded', error);
    } finally {
      this.glossaryLoading = false;
    }
  }
}

/** Runs `callback` once the next frame has been painted (a task queued from that frame's animation callback). */
function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback));
}

/**
 * Benchmarks read `cable-lens:start-to-paint` (script start → the frame after the first render,
 * the first screen) and `cable-lens:start-to-complete` (→ the frame after the whole cable).
 */
function markPainted(mark: 'overlay-painted' | 'complete-painted', measure: 'start-to-paint' | 'start-to-complete'): void {
  if (performance.getEntriesByName(`cable-lens:${mark}`).length > 0) return;
  performance.mark(`cable-lens:${mark}`);
  performance.measure(`cable-lens:${measure}`, 'cable-lens:start', `cable-lens:${mark}`);
}
