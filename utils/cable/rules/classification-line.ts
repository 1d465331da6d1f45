// Classification line: `UNCLAS SECTION 01 OF 02 ASTANA 000559`, spaced `C O N F I D E N T I A L`,
// `S E C R E T NOFORN`, case-mangled `C o n f i d e n t i a l`, or a bare banner `LIMITED OFFICIAL USE`.
import { readLevelPrefix } from '../classification';
import { isStructuralLength } from '../line-kinds';
import type { ClassificationLineNode, Span } from '../model';

const CAVEAT_TOKEN = /^(?:\/\/[A-Za-z]+|NOFORN|EFTO|SENSITIVE|NODIS|EXDIS|LIMDIS|STADIS)$/i;
const ORIGIN_WORD = /^[A-Za-z][A-Za-z.'-]*$/;

/**
 * Cheap exact prefilter (hot: tried on most short body lines): the first four letters, skipping
 * spaces, start a level (TOP SECRET, UNCLAS…, CONFIDENTIAL, SECRET, LIMITED…) in any case.
 */
export function mayStartClassification(text: string): boolean {
  switch (text.charCodeAt(0) | 0x20) {
    case 0x74:
      return lettersStartWith(text, 'tops');
    case 0x75:
      return lettersStartWith(text, 'uncl');
    case 0x63:
      return lettersStartWith(text, 'conf');
    case 0x73:
      return lettersStartWith(text, 'secr');
    case 0x6c:
      return lettersStartWith(text, 'limi');
    default:
      return false;
  }
}

/** Whether the letters of `text`, spaces skipped, start with `letters` (lower case), ignoring ASCII case. */
function lettersStartWith(text: string, letters: string): boolean {
  let at = 0;
  for (let index = 0; index < letters.length; index++) {
    while (text.charCodeAt(at) === 0x20) at++;
    if ((text.charCodeAt(at) | 0x20) !== letters.charCodeAt(index)) return false;
    at++;
  }
  return true;
}

// The same line is asked about by several rules (cable start, header end, front matter, banners):
// remember recent answers by text. Bounded: cleared when full. Each caller gets fresh objects.
const RECENT = new Map<string, ClassificationLineNode | null>();
const RECENT_LIMIT = 64;

/** Reads a classification line; null when the text is not one. */
export function readClassificationLine(text: string, span: Span): ClassificationLineNode | null {
  if (!isStructuralLength(text) || !mayStartClassification(text)) return null;
  let line = RECENT.get(text);
  if (line === undefined) {
    line = readUncached(text);
    if (RECENT.size >= RECENT_LIMIT) RECENT.clear();
    RECENT.set(text, line);
  }
  if (line === null) return null;
  const { level, spaced, caveats, section, origin, serial } = line;
  return {
    kind: 'classificationLine',
    span,
    level,
    spaced,
    caveats: caveats.slice(),
    section: section === null ? null : { n: section.n, of: section.of },
    origin,
    serial,
  };
}

const NO_SPAN: Span = { start: 0, end: 0 };

function readUncached(text: string): ClassificationLineNode | null {
  const span = NO_SPAN;
  const prefix = readLevelPrefix(text);
  if (prefix === null) return null;
  const levelText = text.slice(0, prefix.length);
  // Plain words must be upper case; only spaced letters may be case-mangled (Guardian texts).
  if (!prefix.spaced && levelText !== levelText.toUpperCase()) return null;
  const tokens = text
    .slice(prefix.length)
    .split(/[ \t]+/)
    .filter((token) => token !== '');
  let index = 0;
  const caveats: string[] = [];
  for (;;) {
    const token = tokens[index];
    if (token === undefined) break;
    if (CAVEAT_TOKEN.test(token)) {
      caveats.push(token.replace(/^\/\//, '').toUpperCase());
      index++;
    } else if (
      /^E$/i.test(token) &&
      tokens
        .slice(index, index + 4)
        .join('')
        .toUpperCase() === 'EFTO'
    ) {
      caveats.push('EFTO');
      index += 4;
    } else break;
  }
  let section: { n: number; of: number } | null = null;
  if (/^SECTION$/i.test(tokens[index] ?? '') && /^OF$/i.test(tokens[index + 2] ?? '')) {
    const n = Number(tokens[index + 1]);
    const of = Number(tokens[index + 3]);
    if (Number.isInteger(n) && Number.isInteger(of)) {
      section = { n, of };
      index += 4;
    }
  }
  const rest = tokens.slice(index);
  // Object literals, not `{ ...base, … }`: a spread plus added keys took the slow generic path.
  const { level, spaced } = prefix;
  const kind = 'classificationLine';
  if (rest.length === 0) return section === null ? { kind, span, level, spaced, caveats, section, origin: null, serial: null } : null;
  const serial = rest[rest.length - 1] ?? '';
  // Some 1970s lines put the year before the origin: `C O N F I D E N T I A L 75 LIBREVILLE 1895`.
  const originWords = rest.slice(/^[0-9]{2}$/.test(rest[0] ?? '') && rest.length > 2 ? 1 : 0, -1);
  if (!/^[0-9]{2,8}$/.test(serial) || originWords.length === 0 || originWords.length > 4) return null;
  if (!originWords.every((word) => ORIGIN_WORD.test(word))) return null;
  return { kind, span, level, spaced, caveats, section, origin: originWords.join(' ').toUpperCase(), serial };
}
