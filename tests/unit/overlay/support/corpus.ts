// Real cable texts for the overlay tests, read straight from the shared corpus next to the repo
// (public-domain US government texts). Viewer pages give header = first `code > pre`, body = last.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

// Paths, not URL objects: under happy-dom the global URL is the DOM's, which fs does not accept.
const HERE = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(HERE, '../../../../../shared/corpus');
export const REPO_DIR = join(HERE, '../../../..');

export function corpusFile(relativePath: string): string {
  return readFileSync(join(CORPUS_DIR, relativePath), 'utf8');
}

/** The WordPress repost of 09ASTANA559, from its VZCZC line on, without the blog's trailing chrome. */
export function astana559Text(): string {
  const raw = corpusFile('texts/wordpress/09ASTANA559.txt');
  const start = raw.indexOf('VZCZC');
  const end = raw.indexOf('\nWikileaks\n', start);
  return raw.slice(start, end === -1 ? undefined : end + 1);
}

/** Cable text of a viewer page, as a browser's textContent gives it (¶ anchors kept as text). */
export function viewerPageText(relativePath: string): { text: string; referenceId: string | null } {
  const window = new Window();
  try {
    const document = window.document;
    document.write(corpusFile(relativePath));
    const pres = [...document.querySelectorAll('code > pre')].map((pre) => pre.textContent ?? '');
    const header = pres.length > 1 ? (pres[0] ?? '') : '';
    const body = pres.at(-1) ?? '';
    const referenceId = document.querySelector('table.cable tr:nth-child(2) td a')?.textContent?.trim() ?? null;
    return { text: header === '' ? body : `${header}\n\n${body}`, referenceId };
  } finally {
    void window.happyDOM.close();
  }
}
