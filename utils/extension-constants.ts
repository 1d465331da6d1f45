/** Identity and reach of the extension, shared by the manifest, the content script and the tests. */

export const GECKO_ID = 'cable-lens@cable-lens.org';

/**
 * Where the content script runs without asking: the URL layouts of the WikiLeaks cable viewer
 * (on any of its hundreds of mirrors), PlusD, and the known reposting sites.
 * Everything else needs the user's consent (optional host permission or activeTab).
 */
export const CONTENT_SCRIPT_MATCHES = [
  '*://*/cable/*',
  '*://*/plusd/cables/*',
  '*://cablegatesearch.wikileaks.org/*',
  '*://wikileakskz.wordpress.com/*',
  '*://wikileaks.jcvignoli.com/*',
] as const;

/** The glossary's data, packaged beside the scripts and served by the background (glossary-channel.ts). */
export const GLOSSARY_DATA_FILE = 'glossary-data.json';
