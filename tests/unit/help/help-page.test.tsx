/** @vitest-environment happy-dom */
// The "How to read a cable" page, built from the real glossary data the extension ships.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHelpGuide, type GuideEntry, type HelpGuide } from '../../../entrypoints/help/help-guide.ts';
import { HelpPage } from '../../../entrypoints/help/help-page.tsx';
import type { GlossaryData } from '../../../utils/glossary/types.ts';

const REPO_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const DATA = JSON.parse(readFileSync(join(REPO_DIR, 'utils/glossary/data/glossary-data.json'), 'utf8')) as GlossaryData;
const GUIDE = buildHelpGuide(DATA);

afterEach(cleanup);

const codes = (entries: readonly GuideEntry[]) => entries.map((entry) => entry.code);
function section(guide: HelpGuide, id: string) {
  const found = guide.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

describe('buildHelpGuide', () => {
  it('walks the format lines in the order a reader meets them, and misses none', () => {
    const entries = section(GUIDE, 'format').lists[0]!.entries;
    expect(codes(entries).slice(0, 4)).toEqual(['VZCZC', 'ZCZC', 'DE', 'RI']);
    expect(codes(entries).at(-1)).toBe('NNNN');
    expect(codes(entries).sort()).toEqual(Object.keys(DATA.formats).sort());
    // ACP 127: BT separates the text from the rest of the message.
    expect(entries.find((entry) => entry.code === 'BT')?.meaning).toMatch(/^Break/);
  });

  it('lists precedences from the most urgent, with their sources', () => {
    const [list] = section(GUIDE, 'precedence').lists;
    expect(codes(list!.entries)).toEqual(['FLASH', 'IMMEDIATE', 'NIACT IMMEDIATE', 'PRIORITY', 'ROUTINE']);
    const flash = list!.entries[0]!;
    expect(flash.meaning).toContain('prosign Z');
    expect(flash.source).toContain('ACP 127');
    expect(flash.confidence).toBe('high');
  });

  it('separates classification levels from portion markings', () => {
    const [levels, marks] = section(GUIDE, 'classification').lists;
    expect(levels!.heading).toBe('help_classification_levels');
    expect(codes(levels!.entries).slice(0, 3)).toEqual(['TOP SECRET', 'SECRET', 'CONFIDENTIAL']);
    expect(codes(marks!.entries)).toEqual(['TS', 'S', 'C', 'SBU N', 'U']);
    expect(codes([...levels!.entries, ...marks!.entries]).sort()).toEqual(Object.keys(DATA.classifications).sort());
  });

  it('explains every caption, alphabetically', () => {
    const captions = codes(section(GUIDE, 'captions').lists[0]!.entries);
    expect(captions).toEqual(Object.keys(DATA.captions).sort());
    expect(captions).toContain('SIPDIS');
    expect(captions).toContain('NOFORN');
  });

  it('gives the executive orders in date order, then each era’s reasons', () => {
    const [orders, reasons1995, reasons2003, reasons2010] = section(GUIDE, 'orders').lists;
    expect(codes(orders!.entries)).toEqual(['11652', '12065', '12356', '12958', '13292', '13526']);
    expect(codes(reasons1995!.entries)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    // Reason (h) arrived with E.O. 13292 in 2003.
    expect(codes(reasons2003!.entries)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(reasons2010!.entries.find((entry) => entry.code === 'H')?.meaning).toContain('weapons of mass destruction');
    expect(reasons2010!.entries.find((entry) => entry.code === 'D')?.meaning).toContain(
      'foreign relations or foreign activities of the United States',
    );
  });

  it('describes the five kinds of TAGS with counts and real examples', () => {
    const byKind = Object.fromEntries(GUIDE.tagKinds.map((kind) => [kind.kind, kind]));
    expect(Object.keys(byKind)).toEqual(['subject', 'program', 'organization', 'geographic', 'person']);
    expect(byKind.subject!.count).toBe(Object.values(DATA.tags).filter((tag) => tag.kind === 'subject-tag').length);
    expect(byKind.subject!.count).toBeGreaterThan(100);
    expect(byKind.person!.count).toBeNull();
    expect(byKind.subject!.examples[0]).toMatchObject({
      code: 'PGOV',
      meaning: 'Political Affairs--Government; Internal Governmental Affairs',
    });
    // A 1970s cable is read with the 1974 handbook.
    expect(byKind.geographic!.examples.find((entry) => entry.code === 'IR')).toMatchObject({ meaning: 'Iran' });
    expect(byKind.geographic!.examples.find((entry) => entry.code === 'IR')!.source).toContain('1974');
    expect(byKind.person!.examples[0]).toMatchObject({ code: 'CLINTON, HILLARY', meaning: 'Person tag: Hillary Clinton' });
  });

  it('puts a code the glossary gains later after the listed ones', () => {
    const grown: GlossaryData = { ...DATA, formats: { ...DATA.formats, AAA: ['A new format item', 0, 'low'] } };
    const entries = section(buildHelpGuide(grown), 'format').lists[0]!.entries;
    expect(codes(entries).at(-1)).toBe('AAA');
    expect(codes(entries).indexOf('NNNN')).toBe(entries.length - 2);
  });
});

describe('HelpPage', () => {
  it('renders the guide with a heading, contents and one section per family of codes', () => {
    const { container } = render(<HelpPage state={{ status: 'ready', guide: GUIDE }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('How to read a cable');
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    const targets = within(contents)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(targets).toEqual(['#anatomy', '#format', '#precedence', '#classification', '#captions', '#orders', '#tags']);
    for (const target of targets) expect(container.querySelector(target!), target!).not.toBeNull();
    expect(container.querySelectorAll('#anatomy li')).toHaveLength(7);
  });

  it('shows each code with its meaning, source and confidence', () => {
    const { container } = render(<HelpPage state={{ status: 'ready', guide: GUIDE }} />);
    const flash = container.querySelector('#precedence [data-code="FLASH"]')!;
    expect(flash.querySelector('code')?.textContent).toBe('FLASH');
    expect(flash.textContent).toContain('handled ahead of all other messages');
    expect(flash.querySelector('.source')?.textContent).toMatch(/^Source: .*ACP 127.* · well sourced$/);
    expect(container.querySelector('[data-tag-kind="geographic"] .count')?.textContent).toBe(
      `${GUIDE.tagKinds.find((kind) => kind.kind === 'geographic')!.count!.toLocaleString('en-US')} codes in the glossary`,
    );
  });

  it('shows glossary text as text, never as markup', () => {
    const hostile = `<img src=x onerror="globalThis.pwned=1">`;
    const guide: HelpGuide = {
      ...GUIDE,
      sections: [
        {
          id: 'format',
          title: 'help_format_title',
          intro: 'help_format_intro',
          lists: [{ heading: null, entries: [{ code: 'X', meaning: hostile, source: hostile, confidence: 'low' }] }],
        },
      ],
    };
    const { container } = render(<HelpPage state={{ status: 'ready', guide }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-code="X"] .meaning')?.textContent).toBe(hostile);
  });

  it('says so while the glossary loads, and when it cannot be read', () => {
    const { container, rerender } = render(<HelpPage state={{ status: 'loading' }} />);
    expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(container.textContent).toContain('Loading the glossary…');
    rerender(<HelpPage state={{ status: 'failed' }} />);
    expect(screen.getByRole('alert').textContent).toContain('could not be loaded');
    expect(container.querySelector('section')).toBeNull();
  });
});
