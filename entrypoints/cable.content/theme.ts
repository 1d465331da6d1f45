/**
 * Resolves the "follow page" theme: a page that paints its own background gets the overlay of
 * the same lightness; a page that leaves the canvas default follows the system colour scheme.
 */
function luminance(color: string): number | null {
  const m = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/.exec(color);
  if (!m) return null;
  if (m[4] !== undefined && Number(m[4]) === 0) return null; // transparent: look further up
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function pageIsDark(doc: Document): boolean | null {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const l = luminance(getComputedStyle(el).backgroundColor);
    if (l !== null) return l < 0.4;
  }
  return null;
}

export function resolveTheme(setting: 'page' | 'light' | 'dark', doc: Document): 'light' | 'dark' {
  if (setting !== 'page') return setting;
  const dark = pageIsDark(doc) ?? window.matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? 'dark' : 'light';
}
