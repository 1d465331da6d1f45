// Recognises the preamble of a cables.csv record that leaked into page text: the fields before the
// cable text (row id, date, reference ID, origin, classification, references), in the three layouts
// seen in real pages:
//   tab-separated    `2007-09-11 09:44:00\t07BERN881\tEmbassy Bern\tSECRET\t07STATE124823\tVZCZC…` (07BERN881, 2011-01 build)
//   space-separated  `50133  2006-01-19  06THEHAGUE131  Embassy The Hague  CONFIDENTIAL    C O N F I D…` (73TEHRAN2077, final build)
//   one per line     `222816\n2009-08-28 16:17:00\n09MEXICO2556\nEmbassy Mexico\nCONFIDENTIAL\n\nVZCZC…` (09MEXICO2556, 2011-04 build)
// plus the blog repost variant `<>\n2/22/2010 7:03\n10ASTANA251\nEmbassy Astana\nSECRET` (research doc §1.4).

export interface CsvRecordFields {
  rowId: string | null;
  date: string;
  referenceId: string;
  origin: string;
  classification: string;
  /** The references field (tab layout only; `''` when the field is present but empty). */
  references: string | null;
}

export interface CsvRecordPreamble {
  fields: CsvRecordFields;
  /** Offset (relative to where matching started) of the first character after the preamble. */
  end: number;
}

const SEPARATOR = String.raw`(?:\t| {2,}|\\?\n)`;
const ROW_ID = String.raw`(?:(\d{1,7}|<>)${SEPARATOR})?`;
const DATE = String.raw`(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?|\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2})`;
const REFERENCE_ID = String.raw`(\d{2,4}[A-Z][A-Z0-9-]{0,40}(?:_[a-z]\d*)?)`;
// Origins are short names without tabs, newlines or double spaces ("Embassy The Hague").
const ORIGIN = String.raw`([^\t\n ]+(?: [^\t\n ]+){0,8})`;
const CLASSIFICATION = String.raw`(TOP SECRET|SECRET//NOFORN|SECRET|CONFIDENTIAL//NOFORN|CONFIDENTIAL|UNCLASSIFIED//FOR OFFICIAL USE ONLY|UNCLASSIFIED|LIMITED OFFICIAL USE)`;
const PREAMBLE = new RegExp(`${ROW_ID}${DATE}${SEPARATOR}${REFERENCE_ID}${SEPARATOR}${ORIGIN}${SEPARATOR}${CLASSIFICATION}(?![A-Z/])`, 'y');
/** After the classification, the tab layout carries a references field (possibly empty) before the header. */
const TAB_REFERENCES = /\t([^\t\n]{0,400})\t/y;
const TRAILING_SEPARATOR = /[ \t]*\\?\n?/y;

/** Reads a cables.csv record preamble starting exactly at `from`, or returns null. */
export function readCsvRecordPreamble(text: string, from: number): CsvRecordPreamble | null {
  PREAMBLE.lastIndex = from;
  const match = PREAMBLE.exec(text);
  if (match === null) return null;
  const [, rowId, date, referenceId, origin, classification] = match;
  if (!/\d$/.test(referenceId!.replace(/_[a-z]\d*$/, ''))) return null;
  let end = PREAMBLE.lastIndex;
  let references: string | null = null;
  TAB_REFERENCES.lastIndex = end;
  const tabReferences = TAB_REFERENCES.exec(text);
  if (tabReferences !== null) {
    references = tabReferences[1]!;
    end = TAB_REFERENCES.lastIndex;
  } else {
    TRAILING_SEPARATOR.lastIndex = end;
    if (TRAILING_SEPARATOR.exec(text) !== null) end = TRAILING_SEPARATOR.lastIndex;
  }
  return {
    fields: {
      rowId: rowId ?? null,
      date: date!,
      referenceId: referenceId!,
      origin: origin!,
      classification: classification!,
      references,
    },
    end: end - from,
  };
}
