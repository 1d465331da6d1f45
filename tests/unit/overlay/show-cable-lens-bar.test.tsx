/** @vitest-environment happy-dom */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShowCableLensBar } from '../../../components/show-cable-lens-bar.tsx';
import { REPO_DIR } from './support/corpus.ts';

afterEach(cleanup);

describe('the bar shown with the original page', () => {
  it('names the cable and brings Cable Lens back', () => {
    const onShow = vi.fn();
    const { container } = render(<ShowCableLensBar cableId="09ASTANA559" onShow={onShow} />);
    expect(container.textContent).toContain('Showing the original page of 09ASTANA559.');
    fireEvent.click(container.querySelector('button[data-action="show-cable-lens"]')!);
    expect(onShow).toHaveBeenCalledTimes(1);
  });
});

describe('overlay sources', () => {
  // Page text must never become HTML: none of these APIs may appear in the overlay's code.
  const files = [
    ...readdirSync(join(REPO_DIR, 'components'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('popup'))
      .map((file) => join('components', file)),
    'utils/permalinks.ts',
    'utils/citation.ts',
    'utils/keyboard.ts',
  ];

  it('never turn text into HTML', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(join(REPO_DIR, file), 'utf8');
      expect(source, file).not.toMatch(/innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/);
    }
  });

  it('use px and em in the stylesheet, never rem', () => {
    const css = readFileSync(join(REPO_DIR, 'entrypoints/cable.content/overlay.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).not.toMatch(/\d\s*rem\b/);
    expect(css).toContain('@media print');
  });
});
