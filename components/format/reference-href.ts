// Where a referenced cable lives on the mirror the reader is on, when the site's URL pattern
// lets us build the address from what the cable text tells us.

/** Shape of a canonical cable ID (`09ASTANA559`, PlusD `1974ATHENS02959_b`). */
const CABLE_ID = /^\d{2,4}[A-Z][A-Z0-9]*\d+(?:_[a-z]\d*)?$/;

export interface ReferenceLinkContext {
  adapter: string;
  pageUrl: string;
  /** Year and month of the referenced cable when known (the viewer's path needs them). */
  created?: { year: number; month: number } | null;
}

/** An http(s) URL for the referenced cable on this mirror, or null when it cannot be derived. */
export function referenceHref(id: string, context: ReferenceLinkContext): string | null {
  if (!CABLE_ID.test(id)) return null;
  let page: URL;
  try {
    page = new URL(context.pageUrl);
  } catch {
    return null;
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:' && page.protocol !== 'file:') return null;
  switch (context.adapter) {
    case 'plusd': {
      // PlusD serves Cablegate cables under their Cablegate ID (suffix-less `/plusd/cables/07ASTANA3206.html`
      // was seen on the live site). Older cables live there under other IDs (`1974STATE097844_b`),
      // which a citation does not give us: no link rather than a broken one.
      const year = /^(\d{2})[A-Z]/.exec(id)?.[1];
      if (year === undefined || (Number(year) > 10 && Number(year) < 80)) return null;
      const at = page.pathname.indexOf('/plusd/');
      const root = at === -1 ? '' : page.pathname.slice(0, at);
      return new URL(`${root}/plusd/cables/${id}.html`, page.href).href;
    }
    case 'viewer': {
      // `/cable/YYYY/MM/<ID>.html`: without the month there is no address to build.
      const created = context.created;
      if (!created || created.month < 1 || created.month > 12) return null;
      const at = page.pathname.lastIndexOf('/cable/');
      const root = at === -1 ? '' : page.pathname.slice(0, at);
      const month = String(created.month).padStart(2, '0');
      return new URL(`${root}/cable/${created.year}/${month}/${id}.html`, page.href).href;
    }
    case 'cablegatesearch':
      return new URL(`cable.php?id=${encodeURIComponent(id)}`, page.href).href;
    default:
      return null;
  }
}
