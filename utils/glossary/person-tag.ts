/**
 * Person TAGS name the person a cable is about, as "SURNAME, GIVEN NAMES", sometimes in
 * parentheses: "CLINTON, HILLARY", "(KALOUDIS, NICK)". The tag itself is the source of its meaning.
 */

/** "(CLINTON, HILLARY R)" → "Hillary R Clinton"; a tag without a comma is returned tidied but unordered. */
export function personNameOf(tag: string): string {
  const bare = tag.trim().replace(/^\(+/, '').replace(/\)+$/, '').trim();
  const comma = bare.indexOf(',');
  const ordered = comma < 0 ? bare : `${bare.slice(comma + 1).trim()} ${bare.slice(0, comma).trim()}`.trim();
  // Title-case only all-caps names: mixed case is already how the drafter wrote it.
  return ordered === ordered.toUpperCase() ? titleCase(ordered) : ordered;
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s\-'.])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}
