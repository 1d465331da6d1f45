/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
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
  // The HTML-sink ban covers all extension code in tests/unit/conventions/no-html-sinks.test.ts.
  it('use px and em in the stylesheet, never rem', () => {
    const css = readFileSync(join(REPO_DIR, 'entrypoints/cable.content/overlay.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).not.toMatch(/\d\s*rem\b/);
    expect(css).toContain('@media print');
  });
});
