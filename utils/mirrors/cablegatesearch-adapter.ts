// cablegatesearch.net / cablegatesearch.wikileaks.org (Raymond Hill): `cable.php?id=<ID>` with
// `table#cable-summary` (label cell | value cell) and the text in `#cable-header` + the body block
// (`div.cable-body`, `#cable-body` in the 2011 source), which also holds a "Hide header" toggle.
// No real page is stored anywhere we could find: this follows gorhill/cablegatesearch.net `cable.php`
// and the research doc §1.3.
import { assembleCables, type TextBlock } from './assemble-cables';
import { isReferenceId } from './cable-id';
import { textContentWithout, textOffsetsOf } from './element-text';
import type { MirrorAdapter, PageMetadata } from './mirror-adapter';

const BODY_SELECTOR = '.cable-body, #cable-body';
const TOGGLE_SELECTOR = '.toggleHeader';

const SUMMARY_KEYS: Record<string, 'referenceId' | 'created' | 'released' | 'classification' | 'origin' | 'subject'> = {
  'reference id': 'referenceId',
  'cable time': 'created',
  'release time': 'released',
  classification: 'classification',
  origin: 'origin',
  subject: 'subject',
};

function readSummary(summary: Element): PageMetadata {
  const metadata: PageMetadata = {};
  const fields: Record<string, string> = {};
  for (const row of Array.from(summary.querySelectorAll('tr'))) {
    const [labelCell, valueCell] = Array.from(row.children);
    if (labelCell === undefined || valueCell === undefined) continue;
    const label = (labelCell.textContent ?? '').trim();
    const value = (valueCell.textContent ?? '').replace(/\s+/g, ' ').trim();
    fields[label] = value;
    const key = SUMMARY_KEYS[label.toLowerCase()];
    if (key === undefined || value === '') continue;
    // "09ASTANA559 aka Wikileaks id #200313": keep the reference ID only.
    metadata[key] = key === 'referenceId' ? (value.split(' ').find(isReferenceId) ?? value) : value;
  }
  metadata.fields = fields;
  return metadata;
}

export const cablegatesearchAdapter: MirrorAdapter = {
  id: 'cablegatesearch',
  testUrls: [
    'http://www.cablegatesearch.net/cable.php?id=09ASTANA559',
    'https://cablegatesearch.wikileaks.org/cable.php?id=07BERN881&version=1291961400',
    'http://cablegatesearch.net/cable.php?id=200313',
  ],
  detect(doc, url) {
    const onSite = url.hostname.includes('cablegatesearch') && url.pathname.endsWith('/cable.php');
    return onSite || (doc.getElementById('cable-header') !== null && doc.querySelector(BODY_SELECTOR) !== null);
  },
  extract(doc) {
    const body = doc.querySelector(BODY_SELECTOR);
    if (body === null) return [];
    const header = doc.getElementById('cable-header');
    const anchors = Array.from(body.querySelectorAll('a[id^="para-"]'));
    const offsets = textOffsetsOf(body, anchors);
    const toggles = Array.from(body.querySelectorAll(TOGGLE_SELECTOR));
    // Offsets are counted with the toggle's text included; it sits before the text, so shift by its length.
    const toggleLength = toggles.reduce((sum, toggle) => sum + (toggle.textContent ?? '').length, 0);
    const blocks: TextBlock[] = [];
    if (header !== null && (header.textContent ?? '').trim() !== '')
      blocks.push({ text: header.textContent ?? '', nodes: [header], isHeader: true });
    blocks.push({
      text: textContentWithout(body, TOGGLE_SELECTOR),
      nodes: [body],
      isHeader: false,
      anchors: anchors.map((anchor, index) => ({
        id: anchor.id,
        label: anchor.id.replace(/^para-\d+-/, ''),
        offset: offsets[index]! - toggleLength,
      })),
    });
    const summary = doc.getElementById('cable-summary');
    return assembleCables('cablegatesearch', blocks, summary === null ? {} : readSummary(summary));
  },
};
