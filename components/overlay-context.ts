// What every part of the overlay needs besides its own model node, passed once through context
// instead of through every level of props.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Glossary } from '../utils/glossary/index.ts';
import type { SiteAnchor, PageMetadata } from '../utils/mirrors/mirror-adapter.ts';
import type { ParagraphAnchorPlan } from '../utils/permalinks.ts';
import type { OverlaySettings } from './overlay-settings.ts';

/** What the mirror adapter found on the page around the cable. */
export interface PageInfo {
  adapter: string;
  metadata: PageMetadata;
  siteAnchors: SiteAnchor[];
}

export interface OverlayContextValue {
  settings: OverlaySettings;
  glossary: Glossary | null;
  page: PageInfo;
  pageUrl: string;
  /** Cable year for era-dependent explanations (geographic TAGS, reason texts). */
  year: number | null;
  anchors: ParagraphAnchorPlan;
  /** Site anchor id (viewer `par3`) → our element id. */
  siteTargets: ReadonlyMap<string, string>;
  /** Copies text; rejects when the browser refuses. */
  copy(text: string): Promise<void>;
  /** Says something to screen-reader users (and shows it briefly). */
  announce(message: string): void;
}

export const OverlayContext = createContext<OverlayContextValue | null>(null);

export function useOverlay(): OverlayContextValue {
  const value = useContext(OverlayContext);
  if (value === null) throw new Error('Cable Lens components must be rendered inside <CableOverlay>.');
  return value;
}
