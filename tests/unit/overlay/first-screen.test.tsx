/** @vitest-environment happy-dom */
// Progressive first render on the founding example, 09ASTANA559 (WordPress repost, from VZCZC on).
// Running character counts, added up by hand from the text without the routing header (832
// characters, shown as one line): classification line 40, subject 268, paragraph 1 333,
// paragraph 2 1,238, the COMMENT block (paragraph 3) 2,203, the BEGIN TEXT block (paragraph 4) 5,454.
import { cleanup } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_CHARACTERS, firstScreenNodeCount } from '../../../components/first-screen.ts';
import { parseCable } from '../../../utils/cable/index.ts';
import { astana559Text } from './support/corpus.ts';
import { realGlossary, renderCable } from './support/render-overlay.tsx';
import { CableOverlay } from '../../../components/cable-overlay.tsx';

afterEach(cleanup);

const byId = (root: ParentNode, id: string) => root.querySelector(`[id="${id}"]`);

describe('firstScreenNodeCount', () => {
  const doc = parseCable(astana559Text(), { id: '09ASTANA559' });

  it('stops at the node that fills the first screen: the BEGIN TEXT block of paragraph 4, before the signature', () => {
    expect(FIRST_SCREEN_CHARACTERS).toBe(2400);
    const count = firstScreenNodeCount(doc.nodes);
    expect(count).toBe(20);
    const last = doc.nodes[count - 1]!;
    expect(last.kind).toBe('block');
    expect(doc.input.slice(last.span.start, last.span.start + 23)).toBe('4.  (SBU) BEGIN TEXT OF');
    expect(doc.nodes.slice(count).map((node) => node.kind)).toEqual(['blank', 'signature', 'blank']);
  });

  it('does not count the routing header (one summary line) toward the screen', () => {
    // Counted, its 832 characters alone would fill 40; skipped, the classification line does.
    expect(doc.nodes[firstScreenNodeCount(doc.nodes, 40) - 1]!.kind).toBe('classificationLine');
    const count = firstScreenNodeCount(doc.nodes, 1000);
    expect(doc.input.slice(doc.nodes[count - 1]!.span.start).startsWith('2.  (SBU) The Ministry')).toBe(true);
  });

  it('takes every node of a short text, and none of an empty one', () => {
    expect(firstScreenNodeCount(doc.nodes, 1e9)).toBe(doc.nodes.length);
    expect(firstScreenNodeCount([])).toBe(0);
  });
});

describe('<CableOverlay nodeCount>', () => {
  it('renders the first nodes only (here up to paragraph 3, no footer), and the whole cable without it', () => {
    const partial = renderCable(astana559Text(), { id: '09ASTANA559', nodeCount: 18 });
    expect(byId(partial.root, '09ASTANA559-p3')).not.toBeNull();
    expect(byId(partial.root, '09ASTANA559-p4')).toBeNull();
    expect(partial.root.querySelector('.cl-footer')).toBeNull();
    cleanup();
    const whole = renderCable(astana559Text(), { id: '09ASTANA559' });
    expect(byId(whole.root, '09ASTANA559-p4')).not.toBeNull();
    expect(whole.root.querySelector('.cl-footer')).not.toBeNull();
  });
});

describe('rendering again (first screen → whole cable → explanations)', () => {
  it('never repeats an element id, so every chip is described by its own tooltip', () => {
    // Three top-level render() calls on one container, as the content script makes them.
    const { props } = renderCable(astana559Text(), { id: '09ASTANA559' });
    cleanup();
    const root = document.createElement('div');
    document.body.append(root);
    render(<CableOverlay {...props} nodeCount={18} glossary={null} />, root);
    render(<CableOverlay {...props} glossary={null} />, root);
    render(<CableOverlay {...props} glossary={realGlossary()} />, root);
    const ids = [...root.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    // TAGS: PGOV PHUM SOCI KDEM KCRM KZ, each chip's tooltip names its own code.
    const chips = [...root.querySelectorAll('button[data-tag]')];
    expect(chips.map((chip) => chip.getAttribute('data-tag'))).toEqual(['PGOV', 'PHUM', 'SOCI', 'KDEM', 'KCRM', 'KZ']);
    for (const chip of chips) {
      const tip = root.querySelector(`[id="${chip.getAttribute('aria-describedby')}"]`);
      expect(tip?.closest('.cl-explained')?.querySelector('[data-tag]')).toBe(chip);
    }
    for (const control of root.querySelectorAll('[aria-controls]')) {
      expect(root.querySelector(`[id="${control.getAttribute('aria-controls')}"]`)).not.toBeNull();
    }
    render(null, root);
    root.remove();
  });
});
