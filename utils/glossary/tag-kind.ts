/**
 * The shape rule for TAGS codes (after heuer/cablemap `tag_kind`, see
 * ../shared/research/cable-pages-and-grammar.md §4.5): two letters → geographic; a comma or
 * parentheses → person; K + three letters → program; anything else is a subject or organization
 * code, told apart only by looking it up.
 */
export type TagShape = 'geographic' | 'person' | 'program' | 'subject-or-organization';

export function tagShapeOf(code: string): TagShape {
  if (code.includes(',') || code.startsWith('(') || code.endsWith(')')) return 'person';
  if (/^[A-Z]{2}$/.test(code)) return 'geographic';
  if (/^K[A-Z]{3}$/.test(code)) return 'program';
  return 'subject-or-organization';
}

/** Upper-cases and trims a TAGS code and drops trailing punctuation left by the TAGS line ("PGOV," "TU."). */
export function normalizeTagCode(code: string): string {
  return code
    .trim()
    .replace(/[.,;:]+$/, '')
    .trim()
    .toUpperCase();
}
