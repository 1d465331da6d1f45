// Round 6 of the front-matter speed work: every hand reader that replaced a regex or an allocating
// reader is compared with what it replaced — on generated lines built around the keywords, and on
// every line of every real fixture. Expected values of the references are the patterns themselves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eoInsideAt, eoOrderAt, eoValueAt, refValueAt, subjectValueAt, tagsValueAt } from '../../../utils/cable/front-labels';
import { isCableStart } from '../../../utils/cable/front-matter';
import type { CableLine } from '../../../utils/cable/lex';
import { CLASSIFIED_BY_LINE, EO_LINE, PARTIAL_EXTRACT, REF_LINE, SUBJECT_LINE, TAGS_LINE } from '../../../utils/cable/line-kinds';
import { PASSING } from '../../../utils/cable/rules/captions';
import { isHeaderStart } from '../../../utils/cable/rules/routing-header';
import {
  AUTHORITY,
  authorityAt,
  authorityLength,
  classifiedByNodeFrom,
  GLUED_LABEL,
  gluedLabelAt,
  readReasonList,
} from '../../../utils/cable/rules/classified-by';
import { classifiedByValueAt, startsWithClassifiedBy } from '../../../utils/cable/rules/classified-by-label';
import { readReasonListByTokens } from '../../../utils/cable/rules/reason-list';
import {
  isClassificationLine,
  readClassificationLine,
  readClassificationLineByWords,
} from '../../../utils/cable/rules/classification-line';
import { declassificationValue, labelInside } from '../../../utils/cable/rules/declassification';
import { LABEL, labelAt } from '../../../utils/cable/rules/references';
import { isNotAStation, NOT_A_STATION } from '../../../utils/cable/cable-id';
import { collapseWhiteSpace, foldWhiteSpace, foldWhiteSpaceIn, isWhiteSpace } from '../../../utils/cable/white-space';
import { fixtureNames, loadFixture } from '../cable/fixture-loader';

const TRAILING_WORDS = new Set('FOR REASON REASONS REASON: REASONS: PER UNDER E.O. E.O EO 12958 SECTION SECTIONS AND BASED ON'.split(' '));
function referenceTrimWho(text: string): string {
  const words = text.split(/\s+/).filter((word) => word !== '');
  while (words.length > 0) {
    const last = (words[words.length - 1] ?? '').replace(/[,;:.(]+$/, '');
    if (last === '' || TRAILING_WORDS.has(last.toUpperCase()) || TRAILING_WORDS.has(`${last.toUpperCase()}:`)) words.pop();
    else {
      words[words.length - 1] = last;
      break;
    }
  }
  const by = /^by$/i.test(words[0] ?? '') ? 0 : /^by$/i.test(words[1] ?? '') ? 1 : -1;
  if (by !== -1 && (by === 0 || /^(classifi?ed|confidential|secret)$/i.test(words[0] ?? ''))) words.splice(0, by + 1);
  return words.join(' ');
}

function referenceClassifiedBy(statement: string) {
  const authority = AUTHORITY.exec(statement);
  const who = referenceTrimWho(
    authority === null ? statement : statement.slice(0, authority.index + (authority[0].length - (authority[1] ?? '').length)),
  );
  const reasons = authority === null ? [] : readReasonListByTokens(statement.slice(authority.index + authority[0].length)).letters;
  return { who, authority: authority?.[1]?.replace(' ', '') ?? null, reasons };
}

const PARTS = [
  'Classified By:',
  'CLASSIFIED BY',
  'classified  by',
  'Classifed by',
  '(U) ',
  '(C/NF)',
  '(SBU)',
  'Confidential',
  'SECRET',
  'by',
  'BY',
  ' by ',
  'Ambassador',
  'for reasons',
  'REASONS:',
  'per',
  'E.O.',
  'E.O. 12958',
  'e.o 13526',
  'E0 11652',
  'EO',
  '1.4',
  '1. 5',
  '11.4',
  '1.45',
  '(b)',
  '(B, D)',
  ' and ',
  ' a ',
  'nd',
  ' an',
  'd',
  ' o',
  'r ',
  'b/d',
  '(',
  ')',
  ',',
  '.',
  ':',
  ';',
  '&',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\n',
  'ſ',
  'ı',
  'ﬀ',
  'TAGS',
  'TAGE',
  'TAGSS',
  'TAG',
  'TAS',
  'TGS',
  'tags',
  'SUBJ',
  'SUBJECT',
  'subject',
  'REF',
  'REFS',
  'REFTEL',
  'ref(s)',
  'REFERENCES',
  'PROGRAM REF',
  'O',
  'o',
  '0',
  '12958',
  ' Tags: ',
  ' tag ',
  ' Subject: ',
  'DECL:',
  'decl',
  'DECLASSIFY',
  'DECLX',
  ' A. ',
  '(B)',
  'C)',
  ';d.',
  ',E.',
  'UNCLAS',
  'SECTION 01 OF 02',
  'C O N F I D E N T I A L',
  'E F T O',
  'NOFORN',
  '//NOFORN',
  'ASTANA',
  '000559',
  '75',
  'SAO PAULO',
  'PARA',
  'paragraph',
  'Number',
  'osc',
  'ref',
  'the',
  'DEPT PASS',
  'PLEASE PASS',
  'INFORM ',
  'FOR ALL ',
  'ALSO FOR ',
  'STATE FOR ',
  'FOR SCA/CEN',
  'This record is a partial extract of the original cable',
  'OO RUEHAG',
  'DE RUEHTA #0559/01 0901153',
  'O 311153Z MAR 09',
  'VZCZCXRO1234',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PARTS), fc.string({ maxLength: 3 })), { maxLength: 10 }).map((parts) => parts.join(''));
const fixtureLines = fixtureNames().flatMap((name) =>
  loadFixture(name)
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim()),
);
const everyLine = (check: (line: string) => void) => {
  for (const line of fixtureLines) check(line);
};

describe('Classified By readers', () => {
  const label = (line: string) => {
    const match = CLASSIFIED_BY_LINE.exec(line);
    const at = classifiedByValueAt(line);
    expect(at === -1 ? null : line.slice(at)).toBe(match === null ? null : (match[1] ?? ''));
    if (match !== null) expect(startsWithClassifiedBy(line)).toBe(true);
    // A cut that keeps the whole label still starts with it (the premise of the glued-paragraph prefilter).
    if (match !== null) expect(startsWithClassifiedBy(line.slice(0, at))).toBe(true);
  };
  const glued = (line: string) => {
    const match = GLUED_LABEL.exec(line);
    expect(gluedLabelAt(line)).toBe(match === null ? -1 : match.index);
  };
  const authority = (line: string) => {
    const match = AUTHORITY.exec(line);
    const at = authorityAt(line);
    if (match === null) expect(at).toBe(-1);
    else {
      expect(at).toBe(match.index + match[0].length - (match[1] ?? '').length);
      expect(authorityLength(line, at)).toBe((match[1] ?? '').length);
    }
  };
  const node = (statement: string) => {
    const built = classifiedByNodeFrom(statement, { start: 0, end: 0 }, null);
    expect({ who: built.who, authority: built.authority, reasons: built.reasons }).toEqual(referenceClassifiedBy(statement));
  };
  const reasons = (tail: string) => {
    expect(readReasonList(tail)).toEqual(readReasonListByTokens(tail));
  };

  it('CLASSIFIED_BY_LINE, GLUED_LABEL and AUTHORITY read by hand answer as the patterns', () => {
    fc.assert(
      fc.property(text, (line) => {
        label(line);
        glued(line);
        authority(line);
      }),
      { numRuns: 10000 },
    );
    let statements = 0;
    everyLine((line) => {
      label(line);
      glued(line);
      authority(line);
      if (CLASSIFIED_BY_LINE.test(line)) statements++;
    });
    expect(statements).toBeGreaterThan(20);
  });

  it('the kind-array reason reader answers as the token reader', () => {
    fc.assert(fc.property(text, reasons), { numRuns: 10000 });
    everyLine(reasons);
    // Hand-checked forms, among them wrapped words that go to the token reader.
    expect(readReasonList(' (b) a nd (d).').letters).toEqual(['b', 'd']);
    expect(readReasonList(' B A ND D').letters).toEqual(['b', 'd']);
    expect(readReasonList(' (b) o r (d)').letters).toEqual(['b', 'd']);
    expect(readReasonList('(b) and (d). Summary')).toEqual({ letters: ['b', 'd'], complete: false });
    expect(readReasonList(`${' (a)'.repeat(70)}`)).toEqual(readReasonListByTokens(`${' (a)'.repeat(70)}`));
  });

  it('the node (who, authority, reasons) is the one the split-and-regex reading gave', () => {
    fc.assert(fc.property(text, node), { numRuns: 10000 });
    everyLine((line) => {
      const at = classifiedByValueAt(line);
      node(at === -1 ? line : line.slice(at));
    });
    expect(classifiedByNodeFrom('by CDA John Smith, for reasons 1.4 (b) and (d).', { start: 0, end: 0 }, null)).toMatchObject({
      who: 'CDA John Smith',
      authority: '1.4',
      reasons: ['b', 'd'],
    });
  });
});

describe('front-matter labels read by hand', () => {
  const labels = (line: string) => {
    const eo = EO_LINE.exec(line);
    const order = eoOrderAt(line);
    expect(order === -1 ? null : [line.slice(order, order + 5), line.slice(eoValueAt(line, order))]).toEqual(
      eo === null ? null : [eo[1], eo[2]],
    );
    const tags = TAGS_LINE.exec(line);
    const tagsAt = tagsValueAt(line);
    expect(tagsAt === -1 ? null : line.slice(tagsAt)).toBe(tags === null ? null : (tags[1] ?? tags[2] ?? ''));
    const subject = SUBJECT_LINE.exec(line);
    const subjectAt = subjectValueAt(line);
    expect(subjectAt === -1 ? null : line.slice(subjectAt)).toBe(subject === null ? null : (subject[1] ?? ''));
    const ref = REF_LINE.exec(line);
    const refAt = refValueAt(line);
    expect(refAt === -1 ? null : line.slice(refAt)).toBe(ref === null ? null : (ref[1] ?? ''));
  };

  it('E.O., TAGS, SUBJECT and REF give the groups their patterns give', () => {
    fc.assert(fc.property(text, labels), { numRuns: 10000 });
    let matched = 0;
    everyLine((line) => {
      labels(line);
      if (EO_LINE.test(line) || TAGS_LINE.test(line) || SUBJECT_LINE.test(line) || REF_LINE.test(line)) matched++;
    });
    expect(matched).toBeGreaterThan(100);
    // `REFTEL: …` keeps `TEL: …` in the value, as the pattern's first alternative reads it.
    expect(refValueAt('REFTEL: STATE 1')).toBe(3);
  });
});

describe('white space folding in place', () => {
  it('foldWhiteSpaceIn is foldWhiteSpace of the slice', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (line, a, b) => {
        const from = Math.min(a, b) % (line.length + 1);
        const to = Math.max(from, Math.max(a, b) % (line.length + 1));
        expect(foldWhiteSpaceIn(line, from, to)).toBe(foldWhiteSpace(line.slice(from, to)));
      }),
      { numRuns: 10000 },
    );
    expect(isWhiteSpace(0xa0)).toBe(true);
  });
});

const STICKY_LABEL = new RegExp(LABEL.source, 'y');

describe('more hand readers against their patterns', () => {
  const check = (line: string) => {
    // LABEL's matches in turn (from each match's end, as the global regex's lastIndex goes).
    const expected: number[] = [];
    LABEL.lastIndex = 0;
    for (let match = LABEL.exec(line); match !== null; match = LABEL.exec(line)) expected.push(match.index);
    const actual: number[] = [];
    for (let at = labelAt(line, 0), guard = 0; at !== -1 && guard < 1000; guard++) {
      actual.push(at);
      STICKY_LABEL.lastIndex = at;
      const found = STICKY_LABEL.exec(line);
      at = labelAt(line, at + (found?.[0].length ?? 1));
    }
    expect(actual).toEqual(expected);
    expect(declassificationValue(line)).toBe(line.replace(/^DECL(?:ASSIFY)?\b *:? */i, '').trim());
    expect(labelInside(line, 'TAG', true)).toBe(line.search(/ Tags?:? /i));
    expect(labelInside(line, 'SUBJECT', false)).toBe(line.search(/ Subject:? /i));
    expect(eoInsideAt(line)).toBe(line.search(/ E\.? ?[O0]\.? ?1[123][0-9]{3}/i));
    expect(foldWhiteSpace(line)).toBe(line.replace(/\s+/g, ' ').trim());
    expect(collapseWhiteSpace(line)).toBe(line.replace(/\s+/g, ' '));
    for (let end = 0; end <= Math.min(line.length, 10); end++)
      expect(isNotAStation(line, end)).toBe(NOT_A_STATION.test(line.slice(0, end)));
    expect(readClassificationLine(line, { start: 0, end: 0 })).toEqual(line.length > 240 ? null : readClassificationLineByWords(line));
  };

  it('classification lines built from their parts read as with one string per word', () => {
    const blank = fc.constantFrom(' ', '  ', '\t', ' \t ');
    const word = fc.constantFrom(
      'NOFORN',
      'e',
      'E',
      'F',
      'T',
      'O',
      '//NF',
      'SECTION',
      '01',
      'OF',
      '02',
      '75',
      'SAO',
      "ST. JOHN'S",
      'PAULO',
      'x1',
      '000405',
      '12',
    );
    const line = fc
      .tuple(
        fc.constantFrom('UNCLAS', 'SECRET', 'C O N F I D E N T I A L', 'Confidential', 'TOP SECRET'),
        fc.array(fc.tuple(blank, word), { maxLength: 9 }),
      )
      .map(([level, rest]) => level + rest.map(([space, part]) => space + part).join(''));
    fc.assert(
      fc.property(line, (text) => {
        expect(readClassificationLine(text, { start: 0, end: 0 })).toEqual(readClassificationLineByWords(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('labels, E.O. parts, folding and the classification line read in place answer as before', () => {
    fc.assert(fc.property(text, check), { numRuns: 3000 });
    let classificationLines = 0;
    everyLine((line) => {
      check(line);
      if (isClassificationLine(line)) classificationLines++;
    });
    expect(classificationLines).toBeGreaterThan(40);
    // Hand-checked: the glued label with and without its marking, and what is not one.
    expect(gluedLabelAt('RICE VISIT  (U) Classified By: Amb')).toBe(11);
    expect(gluedLabelAt('RICE VISIT (U)Classified   by: Amb')).toBe(10);
    expect(gluedLabelAt('RICE VISIT\tCLASSIFIED BY')).toBe(10);
    expect(gluedLabelAt('RICE VISIT CLASSIFIED BYE')).toBe(-1);
    expect(gluedLabelAt('Classified By: at the start')).toBe(-1);
    expect(readClassificationLine('UNCLAS SECTION 01 OF 02 ASTANA 000559', { start: 0, end: 0 })).toMatchObject({
      level: 'UNCLASSIFIED',
      section: { n: 1, of: 2 },
      origin: 'ASTANA',
      serial: '000559',
    });
    // Origin words apart by more than one space or by a tab are joined with one space.
    expect(readClassificationLine('UNCLAS SAO  PAULO 000405', { start: 0, end: 0 })).toMatchObject({ origin: 'SAO PAULO' });
    expect(readClassificationLine('SECRET NOFORN NEW\tDELHI 001234', { start: 0, end: 0 })).toMatchObject({
      caveats: ['NOFORN'],
      origin: 'NEW DELHI',
    });
    expect(readClassificationLine('C O N F I D E N T I A L 75 LIBREVILLE 1895', { start: 0, end: 0 })).toMatchObject({
      origin: 'LIBREVILLE',
      serial: '1895',
    });
  });
});

describe('cable start and passing-line prefilters', () => {
  const asLine = (text: string): CableLine =>
    ({
      start: 0,
      end: text.length,
      next: text.length,
      text,
      textStart: 0,
      trailingSpace: false,
      index: 0,
      kind: 'text',
      blockEnd: null,
      hasSipdis: false,
    }) as CableLine;
  const check = (text: string) => {
    const line = asLine(text);
    const expected =
      text.length <= 240 &&
      (isHeaderStart(line) ||
        PARTIAL_EXTRACT.test(text) ||
        readClassificationLine(text, { start: 0, end: 0 }) !== null ||
        EO_LINE.test(text) ||
        TAGS_LINE.test(text));
    expect(isCableStart(line)).toBe(expected);
    // Every PASSING alternative holds FOR or PASS (the premise of the two native searches before it).
    if (PASSING.test(text)) expect(text.includes('FOR') || text.includes('PASS')).toBe(true);
  };

  it('isCableStart answers as the disjunction of its tests; PASSING lines hold FOR or PASS', () => {
    fc.assert(fc.property(text, check), { numRuns: 5000 });
    let passing = 0;
    everyLine((line) => {
      check(line);
      if (PASSING.test(line)) passing++;
    });
    expect(passing).toBeGreaterThan(3);
  });
});
