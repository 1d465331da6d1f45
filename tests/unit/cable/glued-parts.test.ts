// Parts of a cable glued into another part's line on real texts: a signature at the end of the last
// paragraph, a REF list after the SUBJECT, paragraph 1 after a long Classified By statement. Each
// becomes its own node whose span starts inside the line; expected slices were read off the fixtures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCable, sliceOf, type CableDocument, type CableNode } from '../../../utils/cable/index';
import { gluedParagraphAt } from '../../../utils/cable/rules/classified-by-glued-paragraph';
import { gluedNameAt } from '../../../utils/cable/rules/signature-line';
import { loadFixture } from './fixture-loader';

/** The node of `kind` and the node right before it. */
function withPrevious(document: CableDocument, kind: CableNode['kind']): [CableNode | undefined, CableNode | undefined] {
  const index = document.nodes.findIndex((node) => node.kind === kind);
  return [document.nodes[index - 1], document.nodes[index]];
}

describe('a signature glued to the end of the last paragraph', () => {
  it('1973STATE097844_b: `… AFFAIRS.    PORTER`, then the banner and PlusD trailer as trailing text', () => {
    const document = parseCable(loadFixture('1973STATE097844_b'));
    const [paragraph, signature] = withPrevious(document, 'signature');
    expect(signature === undefined ? null : sliceOf(document, signature)).toBe('PORTER\n');
    expect(signature).toMatchObject({ text: 'PORTER' });
    expect(paragraph === undefined ? '' : sliceOf(document, paragraph)).toBe(
      '3.   IF UNREACHABLE HOTEL HE HAS ELEVEN A. M.  APPOINTMENT\nWEDNESDAY WITH MINISTER FOREIGN AFFAIRS.    ',
    );
    expect(paragraph).toMatchObject({
      number: 3,
      text: 'IF UNREACHABLE HOTEL HE HAS ELEVEN A. M.  APPOINTMENT WEDNESDAY WITH MINISTER FOREIGN AFFAIRS.',
    });
    const trailing = document.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'trailing-text');
    expect(trailing.map((diagnostic) => document.input.slice(diagnostic.span.start, diagnostic.span.end))).toEqual([
      'LIMITED OFFICIAL USE\nNMAFVVZCZ\n',
      '*** Current Handling Restrictions ***   n/a\n***  Current Classification ***   LIMITED OFFICIAL USE\n',
    ]);
  });

  it('10STATE284: `6.Request feedback … xxxxxxxxxxxx. CLINTON` is paragraph 6 and the signature', () => {
    const document = parseCable(loadFixture('10STATE284'));
    const [paragraph, signature] = withPrevious(document, 'signature');
    expect(signature === undefined ? null : sliceOf(document, signature)).toBe('CLINTON');
    expect(paragraph).toMatchObject({
      number: 6,
      marking: null,
      text: 'Request feedback by January 8.PM Bureau Point of contact is Tom Mancinelli, xxxxxxxxxxxx or xxxxxxxxxxxx.',
    });
  });

  it('09CAIRO1054: `… indentified at Post. SCOBEY` ends the one-line paragraph 5', () => {
    const document = parseCable(loadFixture('09CAIRO1054'));
    const [paragraph, signature] = withPrevious(document, 'signature');
    expect(signature === undefined ? null : sliceOf(document, signature)).toBe('SCOBEY');
    expect(paragraph?.kind === 'paragraph' ? [paragraph.number, paragraph.text.slice(-43)] : null).toEqual([
      5,
      'baby trafficking cases indentified at Post.',
    ]);
  });

  it.each([
    ['WEDNESDAY WITH MINISTER FOREIGN AFFAIRS.    PORTER', 44],
    ['point of contact is xxxxxxxxxxxx. CLINTON', 34],
    ['as "if raised" topic only." KEEGAN', 28],
  ])('finds the name in %j', (text, at) => {
    expect(gluedNameAt(text)).toBe(at);
  });

  it.each([
    'HE HAS ELEVEN A. M. TUESDAY', // the dot ends an abbreviation, not a sentence
    'the position of the U.S. GOVERNMENT',
    'as reported in reftel. END', // END, COMMENT, SUMMARY… are markers, not names
    'Post will follow up. SIPDIS', // a caption
    'no further action needed. CONFIDENTIAL', // a banner
    'no further action needed. NNNN',
    'we met the Minister. Kubiske', // only all-caps names
    'we met the Minister. A', // one letter
    'we met the Minister SCOBEY', // no sentence end before it
  ])('reads no glued name in %j', (text) => {
    expect(gluedNameAt(text)).toBe(-1);
  });

  it('04ANKARA348: a title-case name glued to the last one-line paragraph (`… into Europe. Edelman`)', () => {
    const document = parseCable(loadFixture('04ANKARA348'));
    const [paragraph, signature] = withPrevious(document, 'signature');
    expect(signature === undefined ? null : sliceOf(document, signature)).toBe('Edelman');
    expect(paragraph).toMatchObject({ number: 12 });
    expect(
      paragraph?.kind === 'paragraph' ? paragraph.text.endsWith('a successful, democratic Turkey integrated into Europe.') : false,
    ).toBe(true);
  });

  it('05BRASILIA1207: the record date after the name stays in the signature span, not in its name', () => {
    const document = parseCable(loadFixture('05BRASILIA1207'));
    const [paragraph, signature] = withPrevious(document, 'signature');
    expect(signature === undefined ? null : sliceOf(document, signature)).toBe('DANILOVICH 2005-05-06');
    expect(signature).toMatchObject({ text: 'DANILOVICH' });
    expect(paragraph).toMatchObject({ number: 5 });
  });

  it('07TELAVIV3258: the name after the post trailer`s asterisks (`… website. **** ******** JONES`)', () => {
    const document = parseCable(loadFixture('07TELAVIV3258'));
    const [, signature] = withPrevious(document, 'signature');
    expect(signature === undefined ? null : sliceOf(document, signature)).toBe('JONES');
  });

  it('reads a title-case name only on a long one-line paragraph, and not a common word after a stop', () => {
    const sentence = `${'The minister said the talks would go on. '.repeat(8)}`;
    expect(gluedNameAt(`${sentence}Edelman`)).toBe(sentence.length);
    // A wrapped line of ordinary length: a title-case last word is not taken for a name.
    expect(gluedNameAt('the talks would go on. Edelman')).toBe(-1);
    expect(gluedNameAt(`${sentence}Summary`)).toBe(-1);
    expect(gluedNameAt(`${sentence}NOTE`)).toBe(-1);
    expect(gluedNameAt(`${sentence}SOBEL 2008-01-08`)).toBe(sentence.length);
  });

  it('any paragraph ending in a sentence and an all-caps name tiles into paragraph + signature (property)', () => {
    const word = fc.constantFrom('the', 'Embassy', 'will', 'report', 'on', 'talks', 'GOL', 'minister', 'in', 'May');
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => `${words.join(' ')}.`);
    const name = fc.constantFrom('PORTER', 'SCOBEY', 'CLINTON', "O'NEILL", 'SMITH-JONES');
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(' ', '    ', '\t'),
        name,
        (sentences, gap, signer) => {
          const input = `UNCLAS STATE 000123\nSUBJECT: TEST\n\n1. (U) ${sentences.join(' ')}${gap}${signer}\n`;
          const document = parseCable(input);
          expect(document.nodes.map((node) => sliceOf(document, node)).join('')).toBe(input);
          expect(document.signature).toBe(signer);
          const [paragraph] = withPrevious(document, 'signature');
          expect(paragraph?.kind === 'paragraph' ? paragraph.text : null).toBe(sentences.join(' '));
        },
      ),
    );
  });
});

describe('a REF list glued to the end of the SUBJECT line', () => {
  it('09CAIRO1054: subject and references become two nodes that tile the line', () => {
    const document = parseCable(loadFixture('09CAIRO1054'));
    const [subject, references] = withPrevious(document, 'references');
    expect(subject === undefined ? null : sliceOf(document, subject)).toBe(
      'SUBJECT: CA/FPP AND CAIRO FPU IDENTIFY TWO COPTIC PRIESTS AS BABY TRAFFICKERS ',
    );
    expect(references === undefined ? null : sliceOf(document, references)).toBe(
      'REFS: (A) 08 CAIRO 2483 (B) 08 CAIRO 2562 (C) CAIRO 207 (D) CAIRO 600\n',
    );
    const listed = references?.kind === 'references' ? references.references : [];
    expect(listed.map((reference) => [reference.letter, reference.text, reference.id])).toEqual([
      ['A', '08 CAIRO 2483', '08CAIRO2483'],
      ['B', '08 CAIRO 2562', '08CAIRO2562'],
      ['C', 'CAIRO 207', '09CAIRO207'],
      ['D', 'CAIRO 600', '09CAIRO600'],
    ]);
    // Each reference's span is its own text in the input.
    expect(listed.map((reference) => document.input.slice(reference.span.start, reference.span.end).trim())).toEqual([
      '(A) 08 CAIRO 2483',
      '(B) 08 CAIRO 2562',
      '(C) CAIRO 207',
      '(D) CAIRO 600',
    ]);
  });

  it('keeps a lower-case `refs:` inside a subject', () => {
    const document = parseCable('UNCLAS STATE 000123\nSUBJECT: HOW POSTS CITE refs: A GUIDE\n\n1. (U) Text.\n');
    expect(document.subject).toBe('HOW POSTS CITE refs: A GUIDE');
    expect(document.references).toEqual([]);
  });

  it('splits subject, REF list and a glued Classified By statement into three nodes', () => {
    const input =
      'CONFIDENTIAL STATE 000123\nSUBJECT: TALKS REF: STATE 4567 Classified By: Ambassador X, reasons 1.4 (b)\n\n1. (C) Text.\n';
    const document = parseCable(input);
    const parts = document.nodes.filter((node) => ['subject', 'references', 'classifiedBy'].includes(node.kind));
    expect(parts.map((node) => sliceOf(document, node))).toEqual([
      'SUBJECT: TALKS ',
      'REF: STATE 4567 ',
      'Classified By: Ambassador X, reasons 1.4 (b)\n',
    ]);
    expect([document.subject, document.references.map((reference) => reference.text), document.classifiedBy, document.reasons]).toEqual([
      'TALKS',
      ['STATE 4567'],
      'Ambassador X',
      ['b'],
    ]);
  });
});

describe('paragraph 1 glued after a Classified By statement on a long line', () => {
  it('09RPODUBAI177: the statement and paragraph 1 are two nodes', () => {
    const document = parseCable(loadFixture('09RPODUBAI177'));
    const [statement, paragraph] = withPrevious(document, 'paragraph');
    expect(statement?.kind).toBe('classifiedBy');
    expect(statement === undefined ? null : sliceOf(document, statement)).toBe(
      'CLASSIFIED BY: Timothy Richardson, Acting Director, Iran Regional Presence Office, Department of State. REASON: 1.4 (b), (d) ',
    );
    expect(statement).toMatchObject({
      who: 'Timothy Richardson, Acting Director, Iran Regional Presence Office, Department of State',
      authority: '1.4',
      reasons: ['b', 'd'],
    });
    expect(paragraph).toMatchObject({ number: 1, marking: { level: 'S//NF' } });
    expect(paragraph === undefined ? '' : sliceOf(document, paragraph).slice(0, 38)).toBe('1. (S/NF) Game of Attrition. Ahmadinej');
  });

  it.each([
    ['CLASSIFIED BY: A. Smith, Director. REASON: 1.4 (b), (d) 1. (S/NF) Text', 56],
    ['Classified By: Ambassador X for reasons 1.4 (b) and (d). 2.(C) Text', 57],
  ])('finds where the paragraph starts in %j', (text, at) => {
    expect(gluedParagraphAt(text)).toBe(at);
  });

  it.each([
    'CLASSIFIED BY: A. Smith for reasons 1.4 1. (C) Text', // no reason letter read
    'CLASSIFIED BY: A. Smith, reasons 1.4 (b) as stated in 1. (C) Text', // prose between the list and the number
    'CLASSIFIED BY: A. Smith, reasons 1.4 (b) (d) 1. Text without marking',
    'CLASSIFIED BY: A. Smith, Director, 1. (C) Text', // no authority
  ])('finds no glued paragraph in %j', (text) => {
    expect(gluedParagraphAt(text)).toBe(-1);
  });
});
