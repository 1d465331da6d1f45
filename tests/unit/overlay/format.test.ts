import { describe, expect, it } from 'vitest';
import { formatLocal, yearsUntil } from '../../../components/format/date-time.ts';
import { toneOfClassification, toneOfPortionLevel } from '../../../components/format/marking-tone.ts';
import { displayOfficeName } from '../../../components/format/office-name.ts';
import { referenceHref } from '../../../components/format/reference-href.ts';

describe('office names', () => {
  it('shortens teletype office names the way readers know them', () => {
    expect(displayOfficeName('AMEMBASSY ASTANA')).toBe('Embassy Astana');
    expect(displayOfficeName('AMEMBASSY NEW DELHI')).toBe('Embassy New Delhi');
    expect(displayOfficeName('SECSTATE WASHDC')).toBe('SecState');
    expect(displayOfficeName('AMCONSUL MUMBAI')).toBe('Consulate Mumbai');
    expect(displayOfficeName('USMISSION USUN NEW YORK')).toBe('Mission USUN New York');
    expect(displayOfficeName('CDR USCENTCOM MACDILL AFB FL')).toBe('CDR USCENTCOM Macdill AFB FL');
  });
});

describe('marking tones', () => {
  it('maps portion markings to the US colour families', () => {
    expect(
      ['U', 'SBU', 'SBU//NF', 'U//FOUO', 'LOU', 'C', 'C//NF', 'S', 'S//NF', 'TS', 'C//REL LIBYA', 'X'].map(toneOfPortionLevel),
    ).toEqual([
      'unclassified',
      'sbu',
      'sbu',
      'fouo',
      'lou',
      'confidential',
      'confidential',
      'secret',
      'secret',
      'top-secret',
      'confidential',
      'unknown',
    ]);
  });

  it('maps the mirrors’ classification vocabulary', () => {
    expect(toneOfClassification('UNCLASSIFIED//FOR OFFICIAL USE ONLY')).toBe('fouo');
    expect(toneOfClassification('UNCLASSIFIED')).toBe('unclassified');
    expect(toneOfClassification('LIMITED OFFICIAL USE')).toBe('lou');
    expect(toneOfClassification('CONFIDENTIAL//NOFORN')).toBe('confidential');
    expect(toneOfClassification('SECRET//NOFORN')).toBe('secret');
    expect(toneOfClassification('TOP SECRET')).toBe('top-secret');
  });
});

describe('reference links on the same mirror', () => {
  it('PlusD: /plusd/cables/<ID>.html for Cablegate-era IDs, nothing for 1970s citations', () => {
    const pageUrl = 'https://search.wikileaks.org/plusd/cables/07ASTANA3206.html';
    expect(referenceHref('07ASTANA1628', { adapter: 'plusd', pageUrl })).toBe(
      'https://search.wikileaks.org/plusd/cables/07ASTANA1628.html',
    );
    expect(referenceHref('74STATE97844', { adapter: 'plusd', pageUrl })).toBeNull();
  });

  it('viewer: only when the month is known, keeping the mirror’s path prefix', () => {
    const pageUrl = 'https://mirror.example/wl/cable/2007/02/07BERLIN242.html';
    expect(referenceHref('07BERLIN230', { adapter: 'viewer', pageUrl })).toBeNull();
    expect(referenceHref('07BERLIN230', { adapter: 'viewer', pageUrl, created: { year: 2007, month: 2 } })).toBe(
      'https://mirror.example/wl/cable/2007/02/07BERLIN230.html',
    );
  });

  it('cablegatesearch: cable.php?id=<ID>; other sites and odd input: no link', () => {
    expect(
      referenceHref('09ASTANA559', { adapter: 'cablegatesearch', pageUrl: 'https://cablegatesearch.wikileaks.org/cable.php?id=09ASTANA1' }),
    ).toBe('https://cablegatesearch.wikileaks.org/cable.php?id=09ASTANA559');
    expect(referenceHref('09ASTANA559', { adapter: 'blog', pageUrl: 'https://wikileakskz.wordpress.com/' })).toBeNull();
    expect(referenceHref('javascript:alert(1)', { adapter: 'plusd', pageUrl: 'https://wikileaks.org/plusd/cables/x.html' })).toBeNull();
    expect(referenceHref('09ASTANA559', { adapter: 'plusd', pageUrl: 'javascript:alert(1)' })).toBeNull();
  });
});

describe('date-time display', () => {
  it('shows the DTG in the reader’s time zone', () => {
    // 11:53 UTC is 17:53 in Almaty (UTC+6 in 2009).
    expect(formatLocal('2009-03-31T11:53Z', { timeZone: 'Asia/Almaty' })).toBe('31 Mar 2009, 17:53 GMT+6');
    expect(formatLocal('not a date')).toBeNull();
  });

  it('counts whole years to a declassification date', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(yearsUntil('2019-03-31', now)).toBe(-6);
    expect(yearsUntil('2034-06-01', now)).toBe(8);
  });
});
