// Words that depend on a count use one key per form (English: one / many), chosen in code; and the
// overlay's formatting helpers ask the browser's translation, so a translation file changes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatLocal } from '../../../components/format/date-time.ts';
import { toneLabel } from '../../../components/format/marking-tone.ts';
import { displayOfficeName } from '../../../components/format/office-name.ts';
import { routingSummary } from '../../../components/routing-summary.ts';
import type { RoutingHeaderNode } from '../../../utils/cable/model.ts';
import { parseCable } from '../../../utils/cable/index.ts';
import { KEYBOARD_SHORTCUTS, keyLabel, shortcutDescription } from '../../../utils/keyboard.ts';
import { BUILT_IN_SITES } from '../../../utils/sites.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/cables/', import.meta.url));

function routingOf(file: string): RoutingHeaderNode {
  const doc = parseCable(readFileSync(join(FIXTURES, file), 'utf8'));
  const node = doc.nodes.find((candidate): candidate is RoutingHeaderNode => candidate.kind === 'routingHeader');
  if (!node) throw new Error(`${file}: no routing header`);
  return node;
}

/** A stand-in translation: every key answers `«key|substitutions»`, so each call is visible. */
function stubTranslation(overrides: Record<string, string> = {}) {
  vi.stubGlobal('browser', {
    i18n: {
      getMessage: (key: string, substitutions: string[]) => overrides[key] ?? `«${key}|${substitutions.join(',')}»`,
    },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('plurals stay honest in English', () => {
  it('one info addressee: 07BOGOTA1165 (INFO RUEHWH/WESTERN HEMISPHERIC AFFAIRS DIPL POSTS)', () => {
    expect(routingSummary(routingOf('07BOGOTA1165.txt'), null)).toBe(
      'ROUTINE · Embassy Bogota → SecState · 1 info addressee · 2007-02-16 19:02 UTC',
    );
  });

  it('two info addressees and a second TO: 09PARIS1007 (INFO …ARAB ISRAELI COLLECTIVE, …EUROPEAN POLITICAL COLLECTIVE)', () => {
    expect(routingSummary(routingOf('09PARIS1007.txt'), null)).toBe(
      'IMMEDIATE · Embassy Paris → White House NSC Washington DC +1 · 2 info addressees · 2009-07-24 15:55 UTC',
    );
  });

  it('no INFO line, no info part: 07KINGSTON382', () => {
    expect(routingSummary(routingOf('07KINGSTON382.txt'), null)).not.toMatch(/info/);
  });
});

describe('the overlay’s helpers speak the translation', () => {
  it('routing summary: route, origin and the plural form come from the table', () => {
    stubTranslation();
    expect(routingSummary(routingOf('07BOGOTA1165.txt'), null)).toBe(
      'ROUTINE · «overlay_summary_route|«overlay_office_embassy|Bogota»,SecState» · «overlay_summary_info_one|1» · 2007-02-16 19:02 UTC',
    );
    expect(routingSummary(routingOf('09PARIS1007.txt'), null)).toContain('«overlay_summary_info_many|2»');
  });

  it('marking colours, office kinds, shortcuts, key names and site labels', () => {
    stubTranslation();
    expect(toneLabel('top-secret')).toBe('«overlay_tone_top_secret|»');
    expect(displayOfficeName('AMCONSUL MUMBAI')).toBe('«overlay_office_consulate|Mumbai»');
    // Names that are not a kind of post stay as the cable world writes them.
    expect(displayOfficeName('SECSTATE WASHDC')).toBe('SecState');
    expect(KEYBOARD_SHORTCUTS.map(shortcutDescription)).toEqual([
      '«shortcut_toggle_routing|»',
      '«shortcut_toggle_original|»',
      '«shortcut_next_paragraph|»',
      '«shortcut_previous_paragraph|»',
      '«shortcut_toggle_help|»',
      '«shortcut_close_help|»',
    ]);
    expect(keyLabel('Escape')).toBe('«shortcuts_key_escape|»');
    expect(keyLabel('j')).toBe('j');
    expect(BUILT_IN_SITES[0]?.label).toBe('«sites_label_viewer|»');
  });

  it('local time follows the translation’s locale_tag, and survives a broken one', () => {
    // 241555Z JUL 09 in Paris (UTC+2 in summer).
    stubTranslation({ locale_tag: 'de' });
    expect(formatLocal('2009-07-24T15:55Z', { timeZone: 'Europe/Paris' })).toBe('24. Juli 2009, 17:55 MESZ');
    stubTranslation({ locale_tag: 'en_GB' });
    expect(formatLocal('2009-07-24T15:55Z', { timeZone: 'Europe/Paris' })).toBe('24 Jul 2009, 17:55 CEST');
  });

  it('English, without a browser: the same strings as before the table', () => {
    expect(toneLabel('sbu')).toBe('Sensitive but unclassified');
    expect(KEYBOARD_SHORTCUTS.map(shortcutDescription)).toContain('Switch between Cable Lens and the original page');
    expect(keyLabel('Escape')).toBe('Esc');
    expect(BUILT_IN_SITES.map((site) => site.label)).toEqual([
      'WikiLeaks cable viewer and its mirrors',
      'PlusD and its mirrors',
      'Cablegate Search',
      'WikiLeaks KZ (WordPress)',
      'wikileaks.jcvignoli.com',
    ]);
  });
});
