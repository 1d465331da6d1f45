// Reads what a WikiLeaks viewer page states about its cable (metadata table, TAG links, ¶ anchors),
// for cross-checking the parser, which only sees the text.
import { Window } from 'happy-dom';

export interface ViewerPage {
  /** Cable text: textContent of the `code > pre` blocks joined by a newline (header first, body last). */
  text: string;
  referenceId: string | null;
  /** `YYYY-MM-DD HH:MM` (UTC) from the Created column. */
  created: string | null;
  classification: string | null;
  /** Text of the `/tag/` links inside the cable text, or null when the build did not linkify tags. */
  tagLinks: string[] | null;
  /** Numbers of the `#parN` anchors (numeric ones only), in order, duplicates kept. */
  paragraphAnchors: number[];
}

export function readViewerPage(html: string): ViewerPage | null {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    // Columns by header name: the 2010-11 build has `Reference ID | Date | Classification | Origin`,
    // later builds `Reference ID | Created | Released | Classification | Origin`.
    const headers = [...document.querySelectorAll('table.cable th')].map((cell) => cell.textContent?.trim() ?? '');
    const cells = [...document.querySelectorAll('table.cable tr:nth-child(2) td')].map((cell) => cell.textContent?.trim() ?? '');
    const column = (...names: string[]): string | null => {
      const index = headers.findIndex((header) => names.includes(header));
      return index === -1 ? null : cells[index] || null;
    };
    const pres = [...document.querySelectorAll('code > pre, pre')];
    if (cells.length < 4 || pres.length === 0) return null;
    const unique = [...new Set(pres)];
    const tagAnchors = unique.flatMap((pre) => [...pre.querySelectorAll('a[href*="/tag/"]')]);
    const paragraphAnchors = unique
      .flatMap((pre) => [...pre.querySelectorAll('a[id^="par"]')])
      .map((anchor) => /^par([0-9]+)$/.exec(anchor.getAttribute('id') ?? '')?.[1])
      .filter((value): value is string => value !== undefined)
      .map(Number);
    return {
      text: unique.map((pre) => pre.textContent ?? '').join('\n'),
      referenceId: column('Reference ID'),
      created: column('Created', 'Date'),
      classification: column('Classification'),
      tagLinks: tagAnchors.length === 0 ? null : tagAnchors.map((anchor) => anchor.textContent?.trim() ?? ''),
      paragraphAnchors,
    };
  } finally {
    void window.happyDOM.close();
  }
}
