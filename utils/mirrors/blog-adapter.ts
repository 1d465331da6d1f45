// Blog reposts (WordPress `div.entry-content` with `<p>` + `<br>`, Blogger `.post-body`): the post is a
// copy-paste of the viewer page — chrome, the flattened metadata table, then the cable text. One cable
// per post; an archive page with several posts yields each one.
import { assembleCables } from './assemble-cables';
import { findCableStart } from './cable-lines';
import { isReferenceId } from './cable-id';
import { concatCableLists } from './concat-cable-lists';
import { readBlockText } from './element-text';
import type { ExtractedCable, MirrorAdapter, PageMetadata } from './mirror-adapter';
import { readViewerChromeMetadata } from './viewer-chrome-metadata';

const CONTENT_CLASSES = ['entry-content', 'post-body', 'post-content'] as const;
/** Widgets blog hosts inject inside the post body (share buttons, likes, related posts, ads). */
const WIDGET_SELECTOR = '.sharedaddy, #jp-post-flair, .jp-relatedposts, .wpcnt, .addtoany_share_save_container, .post-share-buttons';
/** Post permalinks whose slug starts with the cable ID (`/2006/11/27/06astana668-…/`), jcvignoli's `/cable_07ASTANA93/`. */
const POST_PATH = /^\/(?:\d{4}\/\d{2}\/\d{2}\/\d{2,4}[a-z]+\d+(?:-|\/|$)|cable_\d{2,4}[A-Z][A-Z0-9-]*\d\/?$)/i;
const MAX_POSTS = 50;
/** `Node.DOCUMENT_POSITION_FOLLOWING`, without needing a global `Node` under Node.js. */
const DOCUMENT_POSITION_FOLLOWING = 4;
const DETECT_PREFIX_CHARS = 8000;

function contentContainers(doc: Document): Element[] {
  // getElementsByClassName answers from the browser's class index; a selector list walks the whole
  // tree, which is most of the detection cost on a large page without a cable.
  const found = CONTENT_CLASSES.flatMap((name) => Array.from(doc.getElementsByClassName(name)));
  if (found.length === 0) return [];
  const all = [...new Set(found)].sort((a, b) => (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1)).slice(0, MAX_POSTS);
  // A theme may nest `.post-content` inside `.entry-content`; keep the outermost.
  return all.filter((element) => !all.some((other) => other !== element && other.contains(element)));
}

/** Title of the post holding `container`, e.g. "09ASTANA559, KAZAKHSTAN: MINISTRY OF …". */
function postTitleMetadata(container: Element): PageMetadata {
  const post = container.closest('article, .post, .hentry') ?? container.parentElement;
  const title = (post?.querySelector('.entry-title, .post-title')?.textContent ?? '').trim();
  const match = /^(\S+?),\s*(.+)$/s.exec(title);
  if (match === null || !isReferenceId(match[1]!)) return {};
  return { referenceId: match[1]!, subject: match[2]!.trim() };
}

function extractPost(container: Element): ExtractedCable[] {
  const { text, children } = readBlockText(container, { skipSelector: WIDGET_SELECTOR });
  const lines = text.split('\n');
  const start = findCableStart(lines);
  if (start === null) return [];
  const startOffset = lines.slice(0, start.lineIndex).reduce((sum, line) => sum + line.length + 1, 0);
  const metadata: PageMetadata = { ...postTitleMetadata(container), ...readViewerChromeMetadata(lines.slice(0, start.lineIndex)) };
  const nodes = children.filter((child) => child.end > startOffset && child.end > child.start).map((child) => child.element);
  return assembleCables('blog', [{ text: text.slice(startOffset), nodes, isHeader: false }], metadata);
}

export const blogAdapter: MirrorAdapter = {
  id: 'blog',
  testUrls: [
    'https://wikileakskz.wordpress.com/2006/11/27/06astana668-kazakhstan-ambassadors-november-25-meeting-with/',
    'https://wikileakskz.wordpress.com/2009/03/31/09astana559-kazakhstan-ministry-of-internal-affairs-seeks-assistance/',
    'https://wikileaks.jcvignoli.com/cable_07ASTANA93/',
    'http://127.0.0.1:8080/2009/03/31/09astana559-kazakhstan-ministry-of-internal-affairs-seeks-assistance/',
  ],
  detect(doc, url) {
    if (POST_PATH.test(url.pathname)) return true;
    return contentContainers(doc).some((container) => {
      const { text } = readBlockText(container, { maxChars: DETECT_PREFIX_CHARS, skipSelector: WIDGET_SELECTOR });
      return findCableStart(text.split('\n')) !== null;
    });
  },
  extract(doc) {
    return concatCableLists(contentContainers(doc).map(extractPost));
  },
};
