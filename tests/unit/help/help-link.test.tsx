/** @vitest-environment happy-dom */
// The popup's way to the help page: a link to the packaged help.html that opens in a tab of its own.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../components/popup/popup-app.tsx';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  // A plain web tab where no content script answers; commands are not part of fakeBrowser.
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async () => ({ id: 5, url: 'https://example.org/' }) as never);
  fakeBrowser.tabs.sendMessage = vi.fn(async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }) as never;
  Object.assign(fakeBrowser, { commands: { getAll: vi.fn(async () => []) } });
});
afterEach(() => cleanup());

describe('popup: "How to read a cable"', () => {
  it('links to the packaged help page and opens it in a new tab, then closes the popup', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<PopupApp search="?tab=5" />);
    const link = (await screen.findByRole('link', { name: 'How to read a cable' })) as HTMLAnchorElement;
    const helpUrl = fakeBrowser.runtime.getURL('/help.html');
    expect(helpUrl).toMatch(/\/help\.html$/);
    expect(link.getAttribute('href')).toBe(helpUrl);
    expect(link.getAttribute('target')).toBe('_blank');

    fireEvent.click(link);
    expect(create).toHaveBeenCalledWith({ url: helpUrl });
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
  });
});
