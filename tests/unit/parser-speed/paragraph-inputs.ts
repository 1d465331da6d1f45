// Paragraph-shaped inputs for the paragraph-layout tests: random line sequences, and every fixture
// cut into blank-line paragraphs.
import fc from 'fast-check';
import { type CableLine, lexCable } from '../../../utils/cable/lex';
import { fixtureNames, loadFixture } from '../cable/fixture-loader';

/** A paragraph of up to `maxLength` lines drawn from `lines` (0–2 trailing spaces each, never a blank first line), and a wrap style. */
export function randomParagraph(lines: readonly string[], maxLength: number): fc.Arbitrary<[string, boolean]> {
  return fc
    .tuple(fc.array(fc.tuple(fc.constantFrom(...lines), fc.constantFrom('', ' ', '  ')), { minLength: 1, maxLength }), fc.boolean())
    .filter(([parts]) => (parts[0]?.[0] ?? '') !== '')
    .map(([parts, trailingSpaceStyle]) => [
      parts.map(([text, trailing]) => (text === '' ? '' : text + trailing)).join('\n'),
      trailingSpaceStyle,
    ]);
}

/** Every run of non-blank lines of every fixture: the lexed lines and the whole text their offsets point into. */
export function fixtureParagraphs(): Array<{ input: string; lines: CableLine[] }> {
  const paragraphs: Array<{ input: string; lines: CableLine[] }> = [];
  for (const name of fixtureNames()) {
    const input = loadFixture(name);
    const lines = lexCable(input);
    for (let from = 0; from < lines.length; ) {
      let to = from;
      while (to < lines.length && lines[to]?.kind !== 'blank') to++;
      if (to > from) paragraphs.push({ input, lines: lines.slice(from, to) });
      from = to + 1;
    }
  }
  return paragraphs;
}
