// The one seam between an HTML page and the cable CLI: the page is read through the same mirror
// adapters the extension runs (utils/mirrors), in a happy-dom document, so what the CLI says about a
// page is what the browser shows.
import { Window } from 'happy-dom';
import { findCables, type MirrorAdapterId, type PageMetadata } from '../../utils/mirrors';

export interface PageCable {
  /** Cable text as the reader sees it (textContent; ¶ anchors kept as ¶): header, blank line, body. */
  text: string;
  /** The cable ID the page itself states (it wins over the one derived from the text). */
  id?: string;
  /** Which page template the cable was found in. */
  adapter: MirrorAdapterId;
  /** The page's own metadata (viewer table, PlusD synopsis …), verbatim. */
  metadata: PageMetadata;
}

/** Parses a page the way a browser would show it, without running its scripts or loading anything. */
export function loadHtmlDocument(html: string, url: string): { document: Document; close: () => void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => void window.happyDOM.close() };
}

export function readPageCables(html: string, url: string): PageCable[] {
  const { document, close } = loadHtmlDocument(html, url);
  try {
    const found = findCables(document, new URL(url));
    if (found === null) return [];
    return found.cables.map((cable) => ({
      text: cable.text,
      ...(cable.metadata.referenceId === undefined ? {} : { id: cable.metadata.referenceId }),
      adapter: cable.adapter,
      metadata: cable.metadata,
    }));
  } finally {
    close();
  }
}
