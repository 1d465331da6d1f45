/**
 * Real mirror host names that the browsers resolve to 127.0.0.1 during tests and `npm start`, so
 * that pages are served locally under the same host and path the extension meets in the wild
 * (the WordPress repost only matches the content script on its own host).
 */
export const MAPPED_HOSTS = ['wikileakskz.wordpress.com', 'cablegatesearch.wikileaks.org', 'news.example.com'] as const;
export type MappedHost = (typeof MAPPED_HOSTS)[number];

/** Chromium: map our hosts to loopback and (isolate) every other name to nothing, so tests never leak to the network. */
export function chromiumHostRules({ isolate = true } = {}): string {
  const rules = MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1`);
  return (isolate ? [...rules, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'] : rules).join(', ');
}
