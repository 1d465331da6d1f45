/** @vitest-environment happy-dom */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hideOriginal, isHidden, restoreOriginal } from '@/utils/original-content';

const viewerPage = fs.readFileSync(path.resolve(__dirname, '../../fixtures/pages/viewer/cable/2009/06/09CAIRO1054.html'), 'utf8');

describe('hiding and restoring the original cable nodes', () => {
  it('restores the page byte-for-byte (real viewer page)', () => {
    // Stylesheet links would make happy-dom try (and noisily fail) to fetch them.
    document.documentElement.innerHTML = viewerPage
      .replace(/^[\s\S]*?<html[^>]*>/, '')
      .replace(/<\/html>\s*$/, '')
      .replace(/<link[^>]*>/g, '');
    const before = document.documentElement.outerHTML;
    const nodes = [...document.querySelectorAll('code')];
    expect(nodes.length).toBe(2);

    hideOriginal(nodes);
    expect(nodes.every(isHidden)).toBe(true);
    expect(document.documentElement.outerHTML).not.toBe(before);
    expect(getComputedStyle(nodes[0]!).display).toBe('none');

    restoreOriginal(nodes);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('keeps the shared stylesheet until the last cable on the page is restored', () => {
    document.body.innerHTML = '<pre id="a">one</pre><pre id="b">two</pre>';
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    hideOriginal([a]);
    hideOriginal([b]);
    restoreOriginal([a]);
    expect(document.getElementById('cable-lens-hide-originals')).not.toBeNull();
    expect(isHidden(b)).toBe(true);
    restoreOriginal([b]);
    expect(document.getElementById('cable-lens-hide-originals')).toBeNull();
  });
});
