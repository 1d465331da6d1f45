// Expected values below were read off the fixture texts by hand (classification line, DTG line,
// TAGS line, paragraph numbers, last line). Comments mark the odd ones.
import { describe, expect, it } from 'vitest';
import { parseCable, sliceOf, type CableDocument, type CableNode } from '../../../utils/cable/index';
import { fixtureNames, loadFixture } from './fixture-loader';

interface Expected {
  id: string | null;
  classification: string | null;
  dtg: string | null;
  tags?: string[];
  signature?: string | null;
  paragraphNumbers?: number[];
  firstMarking?: string | null;
  subjectStart?: string;
  reasons?: string[];
  declassify?: string | null;
  origin?: string | null;
}

const EXPECTED: Record<string, Expected> = {
  // The founding example (WordPress repost, from its VZCZC line): UNCLAS + SENSITIVE → FOUO.
  '09ASTANA559': {
    id: '09ASTANA559', classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY', dtg: '2009-03-31T11:53Z',
    tags: ['PGOV', 'PHUM', 'SOCI', 'KDEM', 'KCRM', 'KZ'], signature: 'HOAGLAND', paragraphNumbers: [1, 2, 3, 4], firstMarking: 'U',
    subjectStart: 'KAZAKHSTAN: MINISTRY OF INTERNAL AFFAIRS SEEKS ASSISTANCE ON "DEMOCRATIC"', declassify: 'N/A', origin: 'AMEMBASSY ASTANA',
  },
  // Final-build PDF text (Latin-1 ¶ before paragraph numbers); reasons wrap onto the next line.
  '09PARIS1007': {
    id: '09PARIS1007', classification: 'CONFIDENTIAL', dtg: '2009-07-24T15:55Z', tags: ['PGOV', 'PREL', 'FR'], signature: 'PEKALA',
    firstMarking: 'C', subjectStart: 'MIDDLE EAST: SARKOZY AND MUBARAK CONFER ON NEXT STEPS', reasons: ['b', 'd'], declassify: '07/24/2019',
  },
  '06NEWDELHI5135': { id: '06NEWDELHI5135', classification: 'CONFIDENTIAL', dtg: '2006-07-21T07:22Z', tags: ['PREL', 'PGOV', 'PTER', 'PINR', 'IN'], signature: 'PYATT' },
  '07BOGOTA1165': { id: '07BOGOTA1165', classification: 'UNCLASSIFIED', dtg: '2007-02-16T19:02Z', tags: ['PGOV', 'CO'], signature: 'DRUCKER' },
  // Origin token `UNVIE VIENNA` → ID 09UNVIEVIENNA279.
  '09UNVIEVIENNA279': { id: '09UNVIEVIENNA279', classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY', dtg: '2009-06-17T14:58Z', tags: ['AORC', 'PREL', 'KNNP', 'IAEA', 'UN'], signature: 'SCHULTE' },
  // PlusD 1970s: banner, PAGE 01 line, ACTION/INFO office codes, `NNN` at the end.
  '1974ATHENS02959_b': {
    id: '74ATHENS2959', classification: 'LIMITED OFFICIAL USE', dtg: '1974-05-17T16:00Z', tags: ['PINS', 'GR'], signature: 'TASCA',
    paragraphNumbers: [1, 2], firstMarking: null, declassify: 'N/A', origin: 'AMEMBASSY ATHENS',
  },
  // 1966, two prosigns `P R`, an archive note between dashed rules, `DECLASSIFIED BY NARA` as E.O. value.
  '66BUENOSAIRES2481': { id: '66BUENOSAIRES2481', classification: 'UNCLASSIFIED', dtg: '1966-12-28T18:48Z', tags: ['EFIS', 'PBTS', 'AR'], signature: 'SACCIO', declassify: 'DECLASSIFIED BY NARA 09/02/2009' },
  // Final build corruption: the body ends with `...` and another cable's CSV row (06THEHAGUE131) —
  // its paragraphs must not be counted, so paragraphs stop at 7 and there is no signature.
  '73TEHRAN2077': { id: '73TEHRAN2077', classification: 'SECRET', dtg: '1973-04-02T08:34Z', tags: ['PFOR', 'IR', 'PK', 'XF'], paragraphNumbers: [1, 2, 3, 4, 5, 6, 7], signature: null },
  // Guardian-prepared, case-mangled, partial extract: header is only `201247Z Jan 04`; E.O., Tags and
  // Subject share one line; paragraphs are one long line each.
  '04ANKARA348': {
    id: '04ANKARA348', classification: 'CONFIDENTIAL', dtg: '2004-01-20T12:47Z', tags: ['PREL', 'PGOV', 'PINS', 'TU'],
    paragraphNumbers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], reasons: ['b', 'd'], declassify: '01/07/2014',
  },
  // Guardian day-line `Friday, 12 June 2009, 12:11` above the spaced classification line; comma tags without colon.
  '09BAKU478': { id: '09BAKU478', classification: 'SECRET', dtg: '2009-06-12T12:11Z', tags: ['PREL', 'PTER', 'SNAR', 'ENRG', 'ELTN', 'AJ', 'PK', 'TU', 'TX', 'IR'], signature: 'DERSE' },
  // An e-mail header precedes the cable (kept as a preamble text node); UNCLAS + SENSITIVE.
  '08TRIPOLI597': { id: '08TRIPOLI597', classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY', dtg: '2008-07-23T18:06Z', tags: ['ECON', 'EINV', 'EPET', 'NO', 'SP', 'FR', 'AU', 'LY'] },
  // A stray classification line before VZCZC; `SECRET//NOFORN` caption under the real one.
  '09STATE119085': { id: '09STATE119085', classification: 'SECRET//NOFORN', dtg: '2009-11-18T17:29Z', signature: 'CLINTON', origin: 'SECSTATE WASHDC' },
  '86MADRID5480': { id: '86MADRID5480', classification: 'SECRET', dtg: '1986-05-12T17:58Z', tags: ['PTER', 'PINR', 'PREL', 'SP', 'LY'], signature: 'ENDERS' },
  // Multi-section with page breaks `MOSCOW 00009533 002 OF 005`; curly quotes in an edited text.
  '06MOSCOW9533': { id: '06MOSCOW9533', classification: 'CONFIDENTIAL', dtg: '2006-08-31T06:39Z', tags: ['PGOV', 'ECON', 'PINR', 'RS'], signature: 'BURNS' },
  // Partial extract with no date at all in the text: the ID cannot be derived (a page gives it).
  '04ANKARA7211': { id: null, classification: 'SECRET', dtg: null, tags: ['PREL', 'PGOV', 'PINS', 'ECON', 'TU'], signature: 'EDELMAN', reasons: ['a', 'b', 'c', 'd'] },
  // 1990s State cable that starts with `INFO LOG-00 …` office codes, no VZCZC.
  '09STATE37561': { id: '09STATE37561', classification: 'SECRET//NOFORN', dtg: '2009-04-16T14:11Z', signature: 'CLINTON', origin: 'SECSTATE WASHDC' },
};

/** Every node's span (top-level and block children) tiles its parent exactly. */
function expectTiling(input: string, nodes: readonly CableNode[], start: number, end: number): void {
  let cursor = start;
  for (const node of nodes) {
    expect(node.span.start).toBe(cursor);
    expect(node.span.end).toBeGreaterThan(node.span.start);
    if (node.kind === 'block') expectTiling(input, node.children, node.span.start, node.span.end);
    cursor = node.span.end;
  }
  expect(cursor).toBe(end);
}

describe('real cable fixtures', () => {
  const names = fixtureNames();

  it('has at least 40 real cables', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
  });

  it.each(names)('%s parses losslessly into a cable', (name) => {
    const input = loadFixture(name);
    const document = parseCable(input);
    expect(document.isCable).toBe(true);
    expect(document.input).toBe(input);
    expect(document.nodes.map((node) => sliceOf(document, node)).join('')).toBe(input);
    expectTiling(input, document.nodes, 0, input.length);
    expect(document.tags.length + document.paragraphs.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(EXPECTED))('%s has the hand-checked facts', (name, expected) => {
    const document: CableDocument = parseCable(loadFixture(name));
    expect(document.id).toBe(expected.id);
    expect(document.classification).toBe(expected.classification);
    expect(document.dtg).toBe(expected.dtg);
    if (expected.tags !== undefined) expect(document.tags).toEqual(expected.tags);
    if (expected.signature !== undefined) expect(document.signature).toBe(expected.signature);
    if (expected.paragraphNumbers !== undefined) expect(document.paragraphs.map((paragraph) => paragraph.number)).toEqual(expected.paragraphNumbers);
    if (expected.firstMarking !== undefined) expect(document.paragraphs[0]?.marking ?? null).toBe(expected.firstMarking);
    if (expected.subjectStart !== undefined) expect(document.subject?.startsWith(expected.subjectStart)).toBe(true);
    if (expected.reasons !== undefined) expect(document.reasons).toEqual(expected.reasons);
    if (expected.declassify !== undefined) expect(document.declassify).toBe(expected.declassify);
    if (expected.origin !== undefined) expect(document.origin).toBe(expected.origin);
  });
});

describe('09ASTANA559 in detail', () => {
  const document = parseCable(loadFixture('09ASTANA559'));

  it('decodes the routing header lines', () => {
    const header = document.nodes.find((node) => node.kind === 'routingHeader');
    if (header?.kind !== 'routingHeader') throw new Error('no routing header');
    const de = header.lines.find((line) => line.kind === 'de');
    expect(de?.kind === 'de' ? de.de : null).toEqual({ station: 'RUEHTA', serial: '0559', section: 1, julianDay: 90, time: '1153' });
    expect(header.to[0]).toMatchObject({ routingIndicator: 'RUEHC', office: 'SECSTATE WASHDC', precedence: 'IMMEDIATE', serial: '5061' });
    expect(header.info).toHaveLength(18);
    expect(header.info[0]).toMatchObject({ routingIndicator: 'RUCNCIS', office: 'CIS COLLECTIVE', serial: '1428' });
    const zn = header.lines.find((line) => line.kind === 'zn');
    expect(zn?.kind === 'zn' ? zn.warning : null).toBe('UUUUU');
  });

  it('reads the classification line, captions and passing line', () => {
    const line = document.nodes.find((node) => node.kind === 'classificationLine');
    expect(line).toMatchObject({ level: 'UNCLASSIFIED', spaced: false, section: { n: 1, of: 2 }, origin: 'ASTANA', serial: '000559' });
    expect(document.caveats).toEqual(['SENSITIVE', 'SIPDIS']);
    const passing = document.nodes.find((node) => node.kind === 'passingLine');
    expect(passing?.kind === 'passingLine' ? passing.text : null).toBe('STATE FOR SCA/CEN, DRL, INL/AAE');
  });

  it('gives each tag its own span and kind', () => {
    const tags = document.nodes.find((node) => node.kind === 'tags');
    if (tags?.kind !== 'tags') throw new Error('no tags');
    for (const tag of tags.tags) expect(document.input.slice(tag.span.start, tag.span.end)).toBe(tag.code);
    expect(tags.tags.map((tag) => tag.kind)).toEqual(['subject-or-org', 'subject-or-org', 'subject-or-org', 'program', 'program', 'geo']);
  });

  it('joins the word split across a wrap (specificati/ons) in the reading text', () => {
    const texts: string[] = [];
    const collect = (nodes: readonly CableNode[]): void => {
      for (const node of nodes) {
        if (node.kind === 'paragraph') texts.push(node.text);
        if (node.kind === 'block') collect(node.children);
      }
    };
    collect(document.nodes);
    const all = texts.join('\n');
    expect(all).toContain('technical specifications, of "soft" tools');
    expect(all).not.toContain('specificati ons');
  });

  it('groups COMMENT and BEGIN TEXT blocks', () => {
    const blocks = document.nodes.filter((node) => node.kind === 'block');
    expect(blocks.map((block) => (block.kind === 'block' ? [block.blockKind, block.closed] : null))).toEqual([
      ['comment', true],
      ['quotedText', true],
    ]);
  });
});
