/** The pages the e2e specs and `npm start` open, by their real path layouts (see fixture-server.ts). */
export const DEMO_PAGES = {
  wordpress: {
    host: 'wikileakskz.wordpress.com',
    path: '/2009/03/31/09astana559-kazakhstan-ministry-of-internal-affairs-seeks-assistance/',
    cableId: '09ASTANA559',
  },
  viewer: { host: '127.0.0.1', path: '/cable/2009/06/09CAIRO1054.html', cableId: '09CAIRO1054' },
  plusd: { host: '127.0.0.1', path: '/plusd/cables/1974ATHENS02959_b.html', cableId: '1974ATHENS02959_b' },
} as const;

/** In-page check: the overlay host exists and has an open shadow root with content. */
export function overlayMounted(): boolean {
  const host = document.querySelector('cable-lens-overlay');
  // The first screen paints first; tests look at the whole cable, rendered a frame later.
  return !!host?.shadowRoot && host.shadowRoot.childElementCount > 0 && host.getAttribute('data-rendered') === 'complete';
}
