import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvRecordPreamble } from '../../../utils/mirrors/cables-csv-record';
import { splitConcatenatedCables } from '../../../utils/mirrors/split-concatenated-cables';
import { splitHeaderAndBody } from '../../../utils/mirrors/split-header-and-body';

// Shapes copied from real viewer bodies (07BERN881, 73TEHRAN2077, 09MEXICO2556), shortened.
const BERN_BODY = [
  '2007-09-11 09:44:00\t07BERN881\tEmbassy Bern\tSECRET\t07STATE124823\tVZCZCXRO4549\\',
  'OO RUEHRG\\',
  'DE RUEHSW #0881/01 2540944\\',
  'O 110944Z SEP 07\\',
  'FM AMEMBASSY BERN\\',
  'RUEATRS/DEPT OF TREASURY WASHINGTON DC PRIORITY\tS E C R E T SECTION 01 OF 02 BERN 000881 \\',
  'CARTER \\',
  '121752\t2007-09-11 12:50:00\t07TBILISI2290\tEmbassy Tbilisi\tUNCLASSIFIED//FOR OFFICIAL USE ONLY\t\tVZCZCXRO4053\\',
  'FM AMEMBASSY TBILISI\\',
  'INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE\tUNCLAS SECTION 01 OF 06 TBILISI 002290 \\',
  'TEFFT \\',
].join('\n');

describe('readCsvRecordPreamble', () => {
  it('reads the tab layout with a references field (07BERN881)', () => {
    const preamble = readCsvRecordPreamble(BERN_BODY, 0);
    expect(preamble?.fields).toEqual({
      rowId: null,
      date: '2007-09-11 09:44:00',
      referenceId: '07BERN881',
      origin: 'Embassy Bern',
      classification: 'SECRET',
      references: '07STATE124823',
    });
    expect(BERN_BODY.slice(preamble!.end, preamble!.end + 12)).toBe('VZCZCXRO4549');
  });

  it('reads the double-space layout (73TEHRAN2077 appended row)', () => {
    const text = '50133  2006-01-19  06THEHAGUE131  Embassy The Hague  CONFIDENTIAL    C O N F I D E N T I A L THE HAGUE 000131';
    const preamble = readCsvRecordPreamble(text, 0);
    expect(preamble?.fields).toMatchObject({
      rowId: '50133',
      date: '2006-01-19',
      referenceId: '06THEHAGUE131',
      origin: 'Embassy The Hague',
      classification: 'CONFIDENTIAL',
    });
    expect(text.slice(preamble!.end)).toBe('C O N F I D E N T I A L THE HAGUE 000131');
  });

  it('reads the one-field-per-line layout (09MEXICO2556) and the blog `<>` variant', () => {
    const mexico = readCsvRecordPreamble('222816\n2009-08-28 16:17:00\n09MEXICO2556\nEmbassy Mexico\nCONFIDENTIAL\n\nVZCZCXRO3654', 0);
    expect(mexico?.fields).toMatchObject({
      rowId: '222816',
      referenceId: '09MEXICO2556',
      origin: 'Embassy Mexico',
      classification: 'CONFIDENTIAL',
    });
    const blog = readCsvRecordPreamble('<>\n2/22/2010 7:03\n10ASTANA251\nEmbassy Astana\nSECRET\nVZCZC', 0);
    expect(blog?.fields).toMatchObject({ rowId: '<>', date: '2/22/2010 7:03', referenceId: '10ASTANA251', classification: 'SECRET' });
  });

  it('does not take ordinary cable lines for a record', () => {
    for (const line of [
      '2009-03-31 11:53 was the date',
      '1. (C) Summary: the 2006-01-19 meeting',
      '09ASTANA559 2009-03-31 11:53 2011-08-30 01:44 UNCLASSIFIED Embassy Astana',
      '20 Mar 2014',
    ]) {
      expect(readCsvRecordPreamble(line, 0)).toBeNull();
    }
  });
});

describe('splitConcatenatedCables', () => {
  it('cuts a viewer body before an appended record and finds each header and body (07BERN881 shape)', () => {
    const segments = splitConcatenatedCables(BERN_BODY);
    expect(segments.map((segment) => segment.record?.referenceId)).toEqual(['07BERN881', '07TBILISI2290']);
    const [bern, tbilisi] = segments;
    expect(BERN_BODY.slice(bern!.header!.start, bern!.header!.end)).toMatch(/^VZCZCXRO4549\\\n[\s\S]*PRIORITY$/);
    expect(BERN_BODY.slice(bern!.body.start, bern!.body.end)).toBe('S E C R E T SECTION 01 OF 02 BERN 000881 \\\nCARTER \\');
    expect(BERN_BODY.slice(tbilisi!.body.start, tbilisi!.body.end)).toMatch(/^UNCLAS SECTION 01 OF 06 TBILISI 002290 \\\nTEFFT \\$/);
  });

  it('keeps a plain cable as one record-less segment', () => {
    const text = 'C O N F I D E N T I A L ANKARA 004688 \n \nE.O. 12958: DECL: 08/15/2016 \nTAGS: PREL TU\n';
    expect(splitConcatenatedCables(text)).toEqual([
      { start: 0, end: text.trimEnd().length, record: null, header: null, body: { start: 0, end: text.trimEnd().length } },
    ]);
  });

  it('is lossless: segments are ordered, inside the text, and only whitespace lies between them', () => {
    const line = fc.constantFrom(
      'VZCZCXRO4549',
      'O 110944Z SEP 07',
      'FM AMEMBASSY BERN',
      'S E C R E T BERN 000881',
      '1. (C) text',
      '',
      ' ',
      '121752\t2007-09-11 12:50:00\t07TBILISI2290\tEmbassy Tbilisi\tSECRET\t\tVZCZC',
      '50133  2006-01-19  06THEHAGUE131  Embassy The Hague  CONFIDENTIAL    C O N F',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.string()), { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        const segments = splitConcatenatedCables(text);
        expect(segments.length).toBeGreaterThan(0);
        let previousEnd = 0;
        for (const segment of segments) {
          expect(text.slice(previousEnd, segment.start).trim()).toBe('');
          expect(segment.start).toBeLessThanOrEqual(segment.body.start);
          expect(segment.body.start).toBeLessThanOrEqual(segment.body.end);
          expect(segment.body.end).toBeLessThanOrEqual(segment.end);
          previousEnd = segment.end;
        }
        expect(text.slice(previousEnd).trim()).toBe('');
      }),
    );
  });
});

describe('splitHeaderAndBody', () => {
  it('splits a routing header from the body at the classification banner', () => {
    const text =
      'VZCZCXYZ0015\nPP RUEHWEB\nDE RUEHKG #0382 0781558\nFM AMEMBASSY KINGSTON\nTO SECSTATE WASHDC PRIORITY 4496\nUNCLAS KINGSTON 000382 \n';
    expect(splitHeaderAndBody(text)).toEqual({ headerStart: 0, bodyStart: text.indexOf('UNCLAS') });
  });

  it('treats a header without a banner as header only, and a body without header as body only', () => {
    expect(splitHeaderAndBody('\nO 151856Z JAN 08\nFM SECSTATE WASHDC\n')).toEqual({ headerStart: 1, bodyStart: 37 });
    expect(splitHeaderAndBody('\nS E C R E T STATE 152317\n')).toEqual({ headerStart: null, bodyStart: 1 });
  });

  it('does not take SECSTATE or a SECRET inside a sentence for the banner', () => {
    const text = 'O 030503Z NOV 07\nFM SECSTATE WASHDC\nTO ALL DIPLOMATIC POSTS\nSECRETARY RICE SENDS\nS E C R E T STATE 152317\n';
    expect(splitHeaderAndBody(text).bodyStart).toBe(text.indexOf('S E C R E T'));
  });
});
