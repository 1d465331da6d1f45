// PlusD, the Public Library of US Diplomacy (`/plusd/cables/<ID>[_a|_b…].html`): `table#synopsis`
// with `div.s_key`/`div.s_val` pairs, the routing header in a hidden `div.text-header` and the body in
// `div#tagged-text` (raw newlines, no `pre`).
import { assembleCables, type TextBlock } from './assemble-cables';
import type { MirrorAdapter, PageMetadata } from './mirror-adapter';

const PLUSD_PATH = /\/plusd\/cables\/[0-9]{2,4}[A-Z][A-Z0-9-]*[0-9](?:_[a-z][0-9]*)?\.html$/;

const SYNOPSIS_KEYS: Record<string, 'referenceId' | 'created' | 'classification' | 'origin'> = {
  'Canonical ID': 'referenceId',
  Date: 'created',
  'Original Classification': 'classification',
  From: 'origin',
};

function readSynopsis(synopsis: Element): PageMetadata {
  const metadata: PageMetadata = {};
  const fields: Record<string, string> = {};
  for (const key of Array.from(synopsis.querySelectorAll('div.s_key'))) {
    const value = key.nextElementSibling;
    if (value === null || !value.classList.contains('s_val')) continue;
    const label = (key.textContent ?? '').trim().replace(/:$/, '');
    const text = (value.textContent ?? '').replace(/\s+/g, ' ').trim();
    fields[label] = text;
    const metadataKey = SYNOPSIS_KEYS[label];
    if (metadataKey !== undefined && text !== '') metadata[metadataKey] = text;
    if (label === 'TAGS') {
      // Each tag is a link `PINS<span> - Political Affairs--Internal Security</span>`: keep the code.
      metadata.tags = Array.from(value.querySelectorAll('a'), (a) => (a.firstChild?.textContent ?? '').trim()).filter((tag) => tag !== '');
    }
  }
  const subject = (synopsis.querySelector('tr:first-child td[colspan]')?.textContent ?? '').trim();
  if (subject !== '') metadata.subject = subject;
  metadata.fields = fields;
  return metadata;
}

export const plusdAdapter: MirrorAdapter = {
  id: 'plusd',
  testUrls: [
    'https://search.wikileaks.org/plusd/cables/1974ATHENS02959_b.html',
    'https://wikileaks.org/plusd/cables/10SHANGHAI60_a.html',
    'https://www.wikileaks.org/plusd/cables/1976WARSAW05657_b2.html',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/07ASTANA3206.html',
    'https://search.wikileaks.org/plusd/cables/1975STATE036519.html',
    'https://forum.wikileaks.org/plusd/cables/1978STATE296107_d.html',
  ],
  detect(doc, url) {
    return PLUSD_PATH.test(url.pathname) || (doc.getElementById('tagged-text') !== null && doc.getElementById('synopsis') !== null);
  },
  extract(doc) {
    const body = doc.getElementById('tagged-text');
    if (body === null) return [];
    const header = doc.querySelector('div.text-header');
    const blocks: TextBlock[] = [];
    if (header !== null && (header.textContent ?? '').trim() !== '')
      blocks.push({ text: header.textContent ?? '', nodes: [header], isHeader: true });
    blocks.push({ text: body.textContent ?? '', nodes: [body], isHeader: false });
    const synopsis = doc.getElementById('synopsis');
    return assembleCables('plusd', blocks, synopsis === null ? {} : readSynopsis(synopsis));
  },
};
