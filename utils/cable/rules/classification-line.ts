// Classification line: `UNCLAS SECTION 01 OF 02 ASTANA 000559`, spaced `C O N F I D E N T I A L`,
// `S E C R E T NOFORN`, case-mangled `C o n f i d e n t i a l`, or a bare banner `LIMITED OFFICIAL USE`.
import { readLevelPrefix } from '../classification';
import { isStructuralLength } from '../line-kinds';
import type { ClassificationLineNode, Span } from '../model';

const CAVEAT_TOKEN = /^(?:\/\/[A-Za-z]+|NOFORN|EFTO|SENSITIVE|NODIS|EXDIS|LIMDIS|STADIS)$/i;
const ORIGIN_WORD = /^[A-Za-z][A-Za-z.'-]*$/;

/** Cheap prefilter: every level (TOP SECRET, UNCLAS…, CONFIDENTIAL, SECRET, LIMITED…) starts with T, U, C, S or L. */
export function mayStartClassification(text: string): boolean {
  const first = text.charCodeAt(0) | 0x20;
  return first === 0x74 || first === 0x75 || first === 0x63 || first === 0x73 || first === 0x6c;
}

/** Reads a classification line; null when the text is not one. */
export function readClassificationLine(text: string, span: Span): ClassificationLineNode | null {
  if (!isStructuralLength(text) || !mayStartClassification(text)) return null;
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
  const base = { kind: 'classificationLine' as const, span, level: prefix.level, spaced: prefix.spaced, caveats, section };
  if (rest.length === 0) return section === null ? { ...base, origin: null, serial: null } : null;
  const serial = rest[rest.length - 1] ?? '';
  // Some 1970s lines put the year before the origin: `C O N F I D E N T I A L 75 LIBREVILLE 1895`.
  const originWords = rest.slice(/^[0-9]{2}$/.test(rest[0] ?? '') && rest.length > 2 ? 1 : 0, -1);
  if (!/^[0-9]{2,8}$/.test(serial) || originWords.length === 0 || originWords.length > 4) return null;
  if (!originWords.every((word) => ORIGIN_WORD.test(word))) return null;
  return { ...base, origin: originWords.join(' ').toUpperCase(), serial };
}
