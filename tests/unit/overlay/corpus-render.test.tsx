/** @vitest-environment happy-dom */
// Real cable pages and texts from the shared corpus, rendered: the DOM contract holds on all of
// them (unique anchors, markings, text fragments that occur in the page text, no live links but
// real references).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { planParagraphAnchors } from '../../../utils/permalinks.ts';
import { CORPUS_DIR, corpusFile } from './support/corpus.ts';
import { renderCable } from './support/render-overlay.tsx';

afterEach(cleanup);

interface CorpusCable {
  name: string;
  text: string;
  adapter: string;
}

function viewerCables(): CorpusCable[] {
  const parser = new DOMParser();
  const cables: CorpusCable[] = [];
  for (const build of readdirSync(join(CORPUS_DIR, 'pages')).filter((dir) => dir.startsWith('viewer-'))) {
    // Every third page of each build keeps the run light on a shared machine; the parser's own
    // cross-check covers every page.
    const files = readdirSync(join(CORPUS_DIR, 'pages', build))
      .sort()
      .filter((_, index) => index % 3 === 0);
    for (const file of files) {
      // Stylesheets and scripts are not needed for textContent (and happy-dom would try to load them).
      const html = corpusFile(`pages/${build}/${file}`).replace(/<(link|script)\b[^>]*>/gi, '<!-- -->');
      const document = parser.parseFromString(html, 'text/html');
      const pres = [...document.querySelectorAll('code > pre')].map((pre) => pre.textContent ?? '');
      const header = pres.length > 1 ? (pres[0] ?? '') : '';
      const body = pres.at(-1) ?? '';
      cables.push({ name: `${build}/${file}`, text: header === '' ? body : `${header}\n\n${body}`, adapter: 'viewer' });
    }
  }
  return cables;
}

function textCables(): CorpusCable[] {
  return readdirSync(join(CORPUS_DIR, 'texts/final-pdf'))
    .sort()
    .map((file) => ({ name: `final-pdf/${file}`, text: corpusFile(`texts/final-pdf/${file}`), adapter: 'plusd' }));
}

describe('rendering the whole corpus', () => {
  const cables = [...viewerCables(), ...textCables()];

  it('finds the corpus', () => {
    expect(cables.length).toBeGreaterThan(100);
  });

  it('keeps the DOM contract on every cable of the sample', () => {
    let paragraphs = 0;
    let fragmentsChecked = 0;
    for (const cable of cables) {
      const { root, doc, unmount } = renderCable(cable.text, {
        page: { adapter: cable.adapter, metadata: {}, siteAnchors: [] },
        pageUrl: 'https://search.wikileaks.org/plusd/cables/x.html',
      });
      const where = cable.name;
      const ids = [...root.querySelectorAll('[id]')].map((element) => element.id);
      expect(new Set(ids).size, `${where}: duplicate ids`).toBe(ids.length);

      // Every numbered paragraph of the model is in the DOM with its marking.
      const stem = (doc.id ?? 'cable').replace(/[^A-Za-z0-9_.]/g, '_');
      const seen = new Set<number>();
      for (const paragraph of doc.paragraphs) {
        if (seen.has(paragraph.number)) continue;
        seen.add(paragraph.number);
        const element = root.querySelector(`[id="${stem}-p${paragraph.number}"]`);
        expect(element, `${where}: paragraph ${paragraph.number}`).not.toBeNull();
        expect(element?.getAttribute('data-marking') ?? null, `${where}: marking of ${paragraph.number}`).toBe(paragraph.marking);
        expect(element?.querySelector('button[data-action="copy-permalink"]'), `${where}: ¶ of ${paragraph.number}`).not.toBeNull();
        paragraphs++;
      }

      // Markings always carry a known colour family and their text.
      for (const mark of root.querySelectorAll('.cl-document .cl-mark')) {
        expect(mark.getAttribute('data-tone'), `${where}: ${mark.textContent}`).not.toBe('unknown');
        expect(mark.textContent?.trim(), where).not.toBe('');
      }

      // Links: only references, only http(s).
      for (const link of root.querySelectorAll('a')) {
        expect(link.closest('.cl-ref'), `${where}: stray link`).not.toBeNull();
        expect(link.getAttribute('href'), where).toMatch(/^https:\/\//);
      }

      // A text fragment only helps if its words occur in the page text exactly as written.
      for (const anchor of planParagraphAnchors(doc).anchors) {
        if (anchor.openingWords.start === '') continue;
        expect(doc.input.includes(anchor.openingWords.start), `${where}: ${anchor.id} "${anchor.openingWords.start}"`).toBe(true);
        if (anchor.openingWords.end !== null) expect(doc.input.includes(anchor.openingWords.end), `${where}: ${anchor.id} end`).toBe(true);
        fragmentsChecked++;
      }
      unmount();
    }
    expect(paragraphs).toBeGreaterThan(400);
    expect(fragmentsChecked).toBeGreaterThan(400);
  }, 120_000);
});
