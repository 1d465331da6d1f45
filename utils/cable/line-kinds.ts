// One small, anchored regular expression per kind of line. Lines longer than MAX_STRUCTURAL_LINE are
// never structural (they are prose or garbage), which also bounds the cost of every test below.
// None of these patterns has nested quantifiers over overlapping classes.

export const MAX_STRUCTURAL_LINE = 240;

export const TRANSMISSION_ID = /^VZCZC[A-Z]{2,4}[0-9]{0,6}$/;
/** `OO RUEHAG RUEHAST …` — precedence pair then routing indicators. */
export const ROUTING_LINE = /^(ZZ|OO|PP|RR|NN|MM|[ZOPRM]{1,2}) ([A-Z]{4,7}(?: [A-Z]{4,7})*)$/;
export const ROUTING_CONTINUATION = /^[A-Z]{4,7}(?: [A-Z]{4,7})*$/;
export const DE_LINE = /^DE +([A-Z]{3,8}) +#([0-9]{3,5})(?:\/([0-9]{1,3}))? +([0-9]{3})([0-9]{4})(?![0-9])/;
export const ZN_LINE = /^ZN[RY] +(UUUUU|CCCCC|SSSSS|EEEEE)(?![A-Z])/;
export const FM_LINE = /^FM +(\S.*)$/;
export const TO_LINE = /^TO +(\S.*)$/;
export const INFO_LINE = /^INFO +(\S.*)$/;
export const PROSIGN_LINE = /^(BT|NNNN|NNN|XMT)$/;
/** 1970s and 1990s office code lines: `ACTION EUR-25`, `INFO  LOG-00   EEB-00 …`, `ORIGIN PA-02`. */
export const OFFICE_CODES_LINE = /^(ACTION|INFO|ORIGIN) +[A-Z][A-Z0-9]{0,6}-[0-9]{2}(?![0-9])/;
export const OFFICE_CODES_CONTINUATION = /^(?:[A-Z][A-Z0-9]{0,6}-[0-9]{2} *)+(?:\/[0-9]{3}[A-Z]? *[A-Z]?)?$|^\/[0-9]{3}[A-Z]?(?: +[A-Z])?$/;
/** `---------------------     064536` (1970s distribution serial). */
export const DASHED_SERIAL_LINE = /^-{5,} +[0-9]{3,8}$/;
export const HEADER_OTHER_LINE = /^(?:DRAFTED BY|APPROVED BY|CLEARANCES?:?|DISTRIBUTION:|Cable Text:)(?![A-Za-z])|^[0-9]{1,3}$/;
/** Guardian-prepared texts carry `Friday, 12 February 2010, 11:51` above the classification line. */
export const GUARDIAN_DATE_LINE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [0-9]{1,2} [A-Z][a-z]+ [0-9]{4}, [0-9]{2}:[0-9]{2}$/;
export const PARTIAL_EXTRACT = /^This record is a partial extract of the original cable/i;

/** 2000s section break `ASTANA 00000559  002 OF 002`, `NEW DELHI 00002226 001.2 OF 002`. */
export const SECTION_PAGE_BREAK = /^[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)* +0{2,}[0-9]+ +([0-9]{3})(?:\.[0-9])? +OF +([0-9]{3})$/;
/** `PAGE 02  ATHENS 02959  171944Z`, `PAGE 02 ROME 01196 01 OF 02 082030Z`. */
export const PAGE_LINE = /^PAGE +([0-9]{2,3}) +([A-Z][A-Z .'-]{0,30}?) +([0-9]{3,6})(?![0-9])/;
export const UNDERLINE = /^-{3,}(?: -{2,})*$|^={3,}$/;

// `E.0.` (zero) is a real typo in 09BERLIN1626.
export const EO_LINE = /^E\.? ?[O0]\.? ?(1[123][0-9]{3}) *:? *(.*)$/i;
export const TAGS_LINE = /^(?:TAGS|TAGE|TAGSS) *:? *(.*)$|^(?:TAG|TAS|TGS) *: *(.*)$/i;
export const SUBJECT_LINE = /^(?:SUBJECT|SUBJ) *[:.]? *(.*)$/i;
export const REF_LINE = /^(?:REFS?|REFTELS?|REF\(S\)|REFERENCES?|PROGRAM REF) *[:.]? *(.*)$/i;
export const CLASSIFIED_BY_LINE = /^(?:\([A-Za-z/]{1,10}\) *)?CLASSIFIED +BY(?![A-Za-z]) *:? *(.*)$/i;
/** `1. (C) …`, `10.  (SBU) …`, `1.(C)`, `1) …`, and `3.With …` (early texts that lost the space: 09CAIRO1054, 10STATE284). */
export const NUMBERED_PARAGRAPH = /^([0-9]{1,3})[.)](?= |\(|$|[A-Z][a-z])/;
export const LETTERED_ITEM = /^(?:\(([A-Za-z])\)|([A-Za-z])[.)]|[0-9]{1,3}([a-z])[.)])(?= )/;
export const DASHED_ITEM = /^(--?|—|–)(?= |[A-Za-z(])/;

/** cables.csv row glued to a body: `50133  2006-01-19  06THEHAGUE131 …`, `2007-09-11 09:44:00\t07BERN881…`. */
export const CSV_ROW =
  /^[0-9]{1,6}[ \t]+[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])|^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(?::[0-9]{2})?[ \t]+[0-9]{2,4}[A-Z]/;
export const RECORD_NUMBER_LINE = /^[0-9]{1,6}$/;
export const RECORD_DATE_LINE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}(?: [0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?$/;
export const CABLE_ID_TOKEN = /^[0-9]{2,4}[A-Z][A-Z0-9-]*[0-9]$/;

export const END_OF_MESSAGE = /^(NNNN|NNN|BT)$/;

export function isStructuralLength(text: string): boolean {
  return text.length <= MAX_STRUCTURAL_LINE;
}
