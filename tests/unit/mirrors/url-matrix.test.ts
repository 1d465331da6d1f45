// Each adapter's real URLs are detected by it (from the URL alone) and by no adapter earlier in the registry.
import { describe, expect, it } from 'vitest';
import { MIRROR_ADAPTERS } from '../../../utils/mirrors';
import { loadPage } from './load-page';

const rows = MIRROR_ADAPTERS.flatMap((adapter, index) => adapter.testUrls.map((url) => ({ id: adapter.id, index, url })));

describe('URL matrix', () => {
  it('every adapter lists real URLs', () => {
    for (const adapter of MIRROR_ADAPTERS) expect(adapter.testUrls.length).toBeGreaterThan(0);
    expect(MIRROR_ADAPTERS.map((adapter) => adapter.id)).toEqual(['viewer', 'plusd', 'cablegatesearch', 'blog', 'generic']);
  });

  it.each(rows)('$id: $url', ({ index, url }) => {
    const { document, close } = loadPage('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>', url);
    const detectedBy = MIRROR_ADAPTERS.filter((adapter) => adapter.detect(document, new URL(url))).map((adapter) => adapter.id);
    expect(detectedBy[0]).toBe(MIRROR_ADAPTERS[index]!.id);
    close();
  });

  it('does not claim unrelated URLs', () => {
    for (const url of [
      'https://en.wikipedia.org/wiki/Cablegate',
      'https://wikileaks.org/plusd/',
      'https://wikileaks.org/cable/2009/03/',
      'https://example.wordpress.com/2009/03/31/my-holiday/',
    ]) {
      const { document, close } = loadPage('<html><body></body></html>', url);
      expect(MIRROR_ADAPTERS.filter((adapter) => adapter.detect(document, new URL(url)))).toEqual([]);
      close();
    }
  });
});
