import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isCableLensRequest, isPageStatus, requestPageStatus, sendToTab, type PageStatus } from '@/utils/messages';

beforeEach(() => {
  fakeBrowser.reset();
});

// 09ASTANA559: four numbered paragraphs, marked UNCLASSIFIED//FOR OFFICIAL USE ONLY on its viewer page.
const STATUS: PageStatus = {
  state: 'overlay',
  cables: [{ id: '09ASTANA559', paragraphs: 4, classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY' }],
};

describe('isCableLensRequest', () => {
  it.each([
    [{ type: 'cable-lens/status' }],
    [{ type: 'cable-lens/toggle-routing' }],
    [{ type: 'cable-lens/copy-paragraph-link' }],
    [{ type: 'cable-lens/show-original', show: true }],
  ])('accepts %j', (message) => {
    expect(isCableLensRequest(message)).toBe(true);
  });

  it.each([
    [null],
    ['cable-lens/status'],
    [{ type: 'cable-lens/delete-everything' }],
    [{ type: 'cable-lens/show-original' }],
    [{ type: 'cable-lens/show-original', show: 'yes' }],
  ])('refuses %j', (message) => {
    expect(isCableLensRequest(message)).toBe(false);
  });
});

describe('isPageStatus', () => {
  it('accepts the contract shape, with or without the page URL', () => {
    expect(isPageStatus(STATUS)).toBe(true);
    expect(isPageStatus({ ...STATUS, url: 'https://wikileaks.org/cable/2009/03/09ASTANA559.html' })).toBe(true);
    expect(isPageStatus({ state: 'no-cable', cables: [] })).toBe(true);
    expect(isPageStatus({ state: 'overlay', cables: [{ id: 'X', paragraphs: 0, classification: null }] })).toBe(true);
  });

  it.each([
    ['no state', { cables: [] }],
    ['an unknown state', { state: 'exploded', cables: [] }],
    ['cables not a list', { state: 'overlay', cables: {} }],
    ['a fractional paragraph count', { state: 'overlay', cables: [{ id: 'X', paragraphs: 1.5, classification: null }] }],
    ['a negative paragraph count', { state: 'overlay', cables: [{ id: 'X', paragraphs: -1, classification: null }] }],
    ['a missing classification', { state: 'overlay', cables: [{ id: 'X', paragraphs: 1 }] }],
    ['a non-string url', { state: 'overlay', cables: [], url: 5 }],
  ])('refuses a status with %s', (_name, value) => {
    expect(isPageStatus(value)).toBe(false);
  });
});

describe('requestPageStatus', () => {
  it('asks the top frame of the tab and returns a valid answer', async () => {
    const sendMessage = vi.fn(async () => STATUS);
    fakeBrowser.tabs.sendMessage = sendMessage as never;
    expect(await requestPageStatus(7)).toEqual(STATUS);
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'cable-lens/status' }, { frameId: 0 });
  });

  it('is null when no content script listens in the tab', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as never;
    expect(await requestPageStatus(7)).toBeNull();
  });

  it('is null when the answer is not a page status', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn(async () => ({ state: 'overlay', cables: 'lots' })) as never;
    expect(await requestPageStatus(7)).toBeNull();
  });

  it('sendToTab sends to every frame when no frame is named', async () => {
    const sendMessage = vi.fn(async () => undefined);
    fakeBrowser.tabs.sendMessage = sendMessage as never;
    await sendToTab(3, { type: 'cable-lens/toggle-routing' });
    expect(sendMessage).toHaveBeenCalledWith(3, { type: 'cable-lens/toggle-routing' }, undefined);
  });
});
