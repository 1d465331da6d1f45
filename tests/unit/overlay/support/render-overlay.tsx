// Renders <CableOverlay> for a real cable text with the real glossary data, in happy-dom.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/preact';
import { CableOverlay, type CableOverlayProps } from '../../../../components/cable-overlay.tsx';
import { DEFAULT_OVERLAY_SETTINGS, type OverlaySettings } from '../../../../components/overlay-settings.ts';
import { parseCable } from '../../../../utils/cable/index.ts';
import { REPO_DIR } from './corpus.ts';
import { createGlossary, type Glossary, type GlossaryData } from '../../../../utils/glossary/index.ts';

let glossary: Glossary | undefined;

export function realGlossary(): Glossary {
  glossary ??= createGlossary(JSON.parse(readFileSync(join(REPO_DIR, 'utils/glossary/data/glossary-data.json'), 'utf8')) as GlossaryData);
  return glossary;
}

export interface RenderOptions extends Partial<Omit<CableOverlayProps, 'doc' | 'settings'>> {
  id?: string;
  settings?: Partial<OverlaySettings>;
}

export function renderCable(text: string, options: RenderOptions = {}) {
  const { id, settings, ...rest } = options;
  const doc = parseCable(text, id !== undefined ? { id } : {});
  const copied: string[] = [];
  const props: CableOverlayProps = {
    doc,
    page: { adapter: 'blog', metadata: {}, siteAnchors: [] },
    settings: { ...DEFAULT_OVERLAY_SETTINGS, ...settings },
    glossary: realGlossary(),
    pageUrl: 'https://wikileakskz.wordpress.com/2009/03/31/09astana559/',
    onShowOriginal: () => {},
    onCopy: async (value) => {
      copied.push(value);
    },
    now: new Date('2026-01-01T00:00:00Z'),
    timeZone: 'Asia/Almaty',
    keyboardShortcuts: false,
    ...rest,
  };
  const result = render(<CableOverlay {...props} />);
  return { ...result, doc, copied, props, root: result.container };
}
