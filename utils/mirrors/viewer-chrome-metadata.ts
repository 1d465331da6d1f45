// Blog reposts copy the viewer page as text, including its metadata table flattened to two lines:
//   Reference ID Created Released Classification Origin
//   09ASTANA559 2009-03-31 11:53 2011-08-30 01:44 UNCLASSIFIED//FOR OFFICIAL USE ONLY Embassy Astana
// (the Nov 2010 build has `Reference ID Date Classification Origin`). That is page metadata, not cable text.
import type { PageMetadata } from './mirror-adapter';

const HEADINGS_LINE = /^Reference ID\s+(?:Created\s+Released|Date)\s+Classification\s+Origin\s*$/;
const VALUES_LINE =
  /^(\S{5,50})\s+(\d{4}-\d{2}-\d{2} \d{2}:\d{2})\s+(?:(\d{4}-\d{2}-\d{2} \d{2}:\d{2})\s+)?(TOP SECRET|SECRET\/\/NOFORN|SECRET|CONFIDENTIAL\/\/NOFORN|CONFIDENTIAL|UNCLASSIFIED\/\/FOR OFFICIAL USE ONLY|UNCLASSIFIED)\s+(\S.{0,80}?)\s*$/;

/** Reads the flattened viewer table from the lines before a reposted cable; `{}` if absent. */
export function readViewerChromeMetadata(lines: readonly string[]): PageMetadata {
  const headingIndex = lines.findIndex((line) => HEADINGS_LINE.test(line.trim()));
  if (headingIndex < 0) return {};
  const valuesLine = lines.slice(headingIndex + 1).find((line) => line.trim() !== '');
  const values = valuesLine === undefined ? null : VALUES_LINE.exec(valuesLine.trim());
  if (values === null) return {};
  const [, referenceId, created, released, classification, origin] = values;
  const metadata: PageMetadata = { referenceId: referenceId!, created: created!, classification: classification!, origin: origin! };
  if (released !== undefined) metadata.released = released;
  return metadata;
}
