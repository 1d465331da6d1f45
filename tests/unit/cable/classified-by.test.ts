// Reason letters of `Classified By` statements: real forms from the corpus (each written as found), and
// properties — letters are only a–h, and a line wrap anywhere in a list does not change what it says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReasonList } from '../../../utils/cable/rules/classified-by';

describe('readReasonList on real forms', () => {
  it.each([
    // text after the authority `1.4`/`1.5`, as written in corpus cables → letters
    [' (b) and (d).', ['b', 'd']],
    ['(b) a nd (d).', ['b', 'd']], // 09BERLIN1167, `a␤nd` joined with a space
    ['(b) an d (d).', ['b', 'd']], // 05TELAVIV1580
    [' (B, D)', ['b', 'd']],
    [' (a,b,c,d).', ['a', 'b', 'c', 'd']], // 04ANKARA7211
    [' b/d', ['b', 'd']],
    ['b/d', ['b', 'd']], // 07HARARE638 `1.4b/d`
    [' (b) (d)', ['b', 'd']],
    [' B A ND D', ['b', 'd']], // 08BRASILIA43
    [' (b), (c), and (d).', ['b', 'c', 'd']],
    [' ( b) and (d).', ['b', 'd']],
    [' (b /d).', ['b', 'd']], // 09PARIS1040 `(b` / `/d).`
    ['(b) and ( d).', ['b', 'd']], // 07BERN881 `(` / `d).`
    ['. (b), (d).', ['b', 'd']], // `1.4. (b)`
    [' (B),(C) and(D).', ['b', 'c', 'd']],
    [' (b), (d) 1. (S/NF) Game of Attrition.', ['b', 'd']], // paragraph 1 glued to the statement
    [' (d), E.O. 12958', ['d']], // the `E` of `E.O.` is not a reason
    [' (C).', ['c']],
  ])('%j → %j', (text, letters) => {
    expect(readReasonList(text).letters).toEqual(letters);
  });

  it('tells whether a list may go on on the next line', () => {
    expect(readReasonList('(b) and (').complete).toBe(true);
    expect(readReasonList('(b) an').complete).toBe(true);
    expect(readReasonList('(b) and (d). Summary').complete).toBe(false);
  });
});

describe('readReasonList properties', () => {
  const letterSets = fc
    .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { minLength: 1, maxLength: 4 })
    .map((letters) => [...letters].sort());
  const styles: ReadonlyArray<(letters: string[]) => string> = [
    (letters) => ` ${letters.map((letter) => `(${letter})`).join(', ')}.`,
    (letters) =>
      ` ${letters
        .slice(0, -1)
        .map((letter) => `(${letter})`)
        .join(', ')}${letters.length > 1 ? ' and ' : ''}(${letters[letters.length - 1]})`,
    (letters) => ` (${letters.join(',')})`,
    (letters) => ` ${letters.join('/')}`,
    (letters) => ` ${letters.map((letter) => letter.toUpperCase()).join(' AND ')}.`,
  ];

  it('reads back the letters of any list, whichever style, also with a wrap (a space) inserted anywhere', () => {
    fc.assert(
      fc.property(letterSets, fc.nat(styles.length - 1), fc.nat(200), (letters, style, cut) => {
        const text = (styles[style] as (letters: string[]) => string)(letters);
        const at = cut % (text.length + 1);
        const wrapped = `${text.slice(0, at)} ${text.slice(at)}`;
        expect(readReasonList(text).letters).toEqual(letters);
        expect(readReasonList(wrapped).letters).toEqual(letters);
      }),
    );
  });

  it('returns only unique letters a–h, at most 8, on any input, without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const { letters } = readReasonList(text);
        expect(letters.every((letter) => /^[a-h]$/.test(letter))).toBe(true);
        expect(new Set(letters).size).toBe(letters.length);
        expect(letters.length).toBeLessThanOrEqual(8);
      }),
    );
  });
});
