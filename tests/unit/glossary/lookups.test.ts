import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGlossary, NO_EXPLANATION_FOUND } from '../../../utils/glossary/index.ts';
import type { GlossaryData } from '../../../utils/glossary/types.ts';

// The committed generated data, exactly what loadGlossary() loads in the extension.
const data = JSON.parse(readFileSync(new URL('../../../utils/glossary/data/glossary-data.json', import.meta.url), 'utf8')) as GlossaryData;
const glossary = createGlossary(data);

describe('era rule for geographic TAGS', () => {
  it('reads CH as China in Cablegate cables and in cables of unknown date, never as Switzerland (2024 list)', () => {
    // 09BEIJING-style usage: geo_codes_observed.tsv has CH tagged mostly by Embassy Beijing.
    expect(glossary.explainTag('CH', { year: 2009 })).toMatchObject({ kind: 'geographic-tag', meaning: 'China (Mainland)' });
    expect(glossary.explainTag('CH', { year: null })).toMatchObject({ meaning: 'China (Mainland)' });
    expect(glossary.explainTag('CH', { year: 1974 })).toMatchObject({ meaning: 'China (Mainland)', confidence: 'high' });
  });

  it('reads RS as Russia from 1980 on; the 1974 handbook has no RS (it used UR for the USSR)', () => {
    expect(glossary.explainTag('RS', { year: 2008 })).toMatchObject({ meaning: 'Russia', confidence: 'medium' });
    expect(glossary.explainTag('RS', { year: 1975 })).toEqual({
      code: 'RS',
      kind: 'geographic-tag',
      meaning: null,
      reason: NO_EXPLANATION_FOUND,
    });
  });

  it('reads GE as East Germany in a 1974 cable and refuses to guess in a 2009 cable', () => {
    // PlusD 1974ATHENS cables carry GE = "Germany (East)"; in Cablegate GE is used by Cairo, Kabul, Rabat.
    expect(glossary.explainTag('GE', { year: 1974 })).toMatchObject({ meaning: 'Germany (East)' });
    expect(glossary.explainTag('GE', { year: 2009 }).meaning).toBeNull();
  });

  it('switches tables between 1979 and 1980', () => {
    // UR = USSR only in the 1974 handbook table; KZ = Kazakhstan only in the Cablegate-era table.
    expect(glossary.explainTag('KZ', { year: 1979 }).meaning).toBeNull();
    expect(glossary.explainTag('KZ', { year: 1980 }).meaning).toBe('Kazakhstan');
  });

  it('explains KZ in 09ASTANA559 (TAGS: PGOV PHUM SOCI KDEM KCRM KZ)', () => {
    expect(glossary.explainTag('KZ', { year: 2009 })).toMatchObject({ code: 'KZ', meaning: 'Kazakhstan', confidence: 'medium' });
  });

  it('uses hand-checked corpus evidence where FIPS 10-4 contradicts Cablegate usage', () => {
    expect(glossary.explainTag('EU', { year: 2009 })).toMatchObject({ kind: 'organization-tag', confidence: 'medium' });
    expect(glossary.explainTag('EU', { year: 2009 }).meaning).toMatch(/^The European Union/);
    expect(glossary.explainTag('AU', { year: 2009 })).toMatchObject({ confidence: 'low' });
    expect(glossary.explainTag('AU', { year: 1975 })).toMatchObject({ meaning: 'Austria', confidence: 'high' });
  });

  it('reads Cablegate world-region codes with the 1974 handbook regions (XF used by Brasilia and Cairo)', () => {
    expect(glossary.explainTag('XF', { year: 2009 })).toMatchObject({ meaning: 'Middle East (world region)', confidence: 'medium' });
  });
});

describe('subject, program, organization and person TAGS', () => {
  it('gives the PlusD wording of PGOV, the commonest subject tag of the corpus', () => {
    expect(glossary.explainTag('PGOV', { year: 2009 })).toMatchObject({
      kind: 'subject-tag',
      meaning: 'Political Affairs--Government; Internal Governmental Affairs',
      confidence: 'high',
    });
  });

  it('is era-aware for wording that changed: AMGT in 1975 vs 2009', () => {
    expect(glossary.explainTag('AMGT', { year: 1975 }).meaning).toBe('Management and Organization');
    expect(glossary.explainTag('AMGT', { year: 2009 }).meaning).toBe('Management Operations');
  });

  it('resolves the WTO conflict by era: Warsaw Pact in the 1970s, a low-confidence modern reading later', () => {
    expect(glossary.explainTag('WTO', { year: 1976 })).toMatchObject({ meaning: 'Warsaw Pact Organization', confidence: 'high' });
    expect(glossary.explainTag('WTO', { year: 2008 })).toMatchObject({ confidence: 'low' });
  });

  it('marks reworded program glosses as low confidence (KNNP) and PlusD ones as high (KDEM)', () => {
    expect(glossary.explainTag('KNNP', { year: 2009 })).toMatchObject({ kind: 'program-tag', confidence: 'low' });
    expect(glossary.explainTag('KDEM', { year: 2009 })).toMatchObject({
      kind: 'program-tag',
      meaning: 'Democratization',
      confidence: 'high',
    });
  });

  it('gives the kind but no meaning for codes without a source (MCAP, KHLS)', () => {
    expect(glossary.explainTag('MCAP', { year: 2009 })).toEqual({
      code: 'MCAP',
      kind: 'subject-tag',
      meaning: null,
      reason: NO_EXPLANATION_FOUND,
    });
    expect(glossary.explainTag('KHLS', { year: 2009 })).toMatchObject({ kind: 'program-tag', meaning: null });
    expect(glossary.explainTag('COUNTERTERRORISM', { year: 2005 })).toMatchObject({ kind: 'unknown', meaning: null });
  });

  it('names the person of a person tag (PlusD 1974ATHENS02959: "(KALOUDIS, NICK)")', () => {
    expect(glossary.explainTag('(KALOUDIS, NICK)', { year: 1974 })).toMatchObject({
      kind: 'person-tag',
      meaning: 'Person tag: Nick Kaloudis',
      confidence: 'high',
    });
    expect(glossary.explainTag('CLINTON, HILLARY', { year: 2009 }).meaning).toBe('Person tag: Hillary Clinton');
  });

  it('tolerates case and punctuation left by TAGS lines ("prel," in Guardian texts)', () => {
    expect(glossary.explainTag('prel,', { year: 2004 })).toMatchObject({ code: 'PREL', kind: 'subject-tag' });
  });

  it('explains two-letter organization codes that are not places (UN)', () => {
    expect(glossary.explainTag('UN', { year: 2009 })).toMatchObject({ kind: 'organization-tag' });
  });
});

describe('routing indicators', () => {
  it('explains RUEHTA (Embassy Astana, 09ASTANA559 DE line) and notes the Almaty usage', () => {
    const ri = glossary.explainRoutingIndicator('RUEHTA');
    expect(ri).toMatchObject({ kind: 'routing-indicator', meaning: 'AMEMBASSY ASTANA (also: AMEMBASSY ALMATY)', confidence: 'high' });
    expect(ri.meaning === null ? '' : ri.source).toContain('ACP 117');
  });

  it('explains RUEHC, RUEKJCS and the collective RUEHZL (medium: seen only in cable headers)', () => {
    expect(glossary.explainRoutingIndicator('RUEHC').meaning).toBe('DEPT OF STATE WASHINGTON DC (also: SECSTATE WASHDC)');
    expect(glossary.explainRoutingIndicator('rueKJCS').meaning).toMatch(/^JOINT STAFF WASHINGTON DC/);
    expect(glossary.explainRoutingIndicator('RUEHZL')).toMatchObject({ meaning: 'EUROPEAN POLITICAL COLLECTIVE', confidence: 'medium' });
  });

  it('says so for RUEHWEB, which no source explains', () => {
    expect(glossary.explainRoutingIndicator('RUEHWEB')).toEqual({
      code: 'RUEHWEB',
      kind: 'routing-indicator',
      meaning: null,
      reason: NO_EXPLANATION_FOUND,
    });
  });
});

describe('captions, precedences, classifications', () => {
  it('explains the captions of 09ASTANA559 (SENSITIVE, SIPDIS)', () => {
    expect(glossary.explainCaption('SENSITIVE')).toMatchObject({ kind: 'caption', confidence: 'high' });
    expect(glossary.explainCaption('SIPDIS').meaning).toMatch(/^SIPRNet distribution/);
    expect(glossary.explainCaption('S I P D I S').code).toBe('SIPDIS');
  });

  it('explains NOFORN, NODIS, EXDIS, ORCON with their confidence and LIMDIS as unverified', () => {
    expect(glossary.explainCaption('NOFORN')).toMatchObject({ confidence: 'medium' });
    expect(glossary.explainCaption('NODIS').meaning).toMatch(/^No distribution/);
    expect(glossary.explainCaption('EXDIS').meaning).toMatch(/^Exclusive distribution/);
    expect(glossary.explainCaption('ORCON').meaning).toMatch(/^Originator controlled/);
    expect(glossary.explainCaption('LIMDIS')).toMatchObject({ confidence: 'low' });
  });

  it('explains REL TO with its list of countries', () => {
    expect(glossary.explainCaption('REL TO USA, GBR').meaning).toBe(
      'Releasable to the countries or organizations listed after it: USA, GBR',
    );
  });

  it('does not explain captions it has no source for (CORRECTED COPY)', () => {
    expect(glossary.explainCaption('CORRECTED COPY')).toMatchObject({ kind: 'caption', meaning: null });
  });

  it('explains precedences and prosigns (09ASTANA559: "OO" routing line, "O 311153Z MAR 09")', () => {
    expect(glossary.explainPrecedence('OO').meaning).toMatch(/^IMMEDIATE precedence/);
    expect(glossary.explainPrecedence('O').meaning).toBe('Prosign O: IMMEDIATE precedence');
    expect(glossary.explainPrecedence('FLASH')).toMatchObject({ kind: 'precedence', confidence: 'high' });
    expect(glossary.explainPrecedence('NIACT IMMEDIATE')).toMatchObject({ confidence: 'medium' });
    expect(glossary.explainPrecedence('P R').meaning).toBe(
      'Dual precedence: PRIORITY for the action addressees, ROUTINE for the information addressees',
    );
    expect(glossary.explainPrecedence('X').meaning).toBeNull();
  });

  it('explains classification levels, spaced and compound forms and portion marks', () => {
    expect(glossary.explainClassification('C O N F I D E N T I A L')).toMatchObject({ code: 'CONFIDENTIAL', confidence: 'high' });
    expect(glossary.explainClassification('LIMITED OFFICIAL USE').meaning).toMatch(/1 October 1995/);
    expect(glossary.explainClassification('UNCLASSIFIED//FOR OFFICIAL USE ONLY').meaning).toMatch(/^Unclassified, for official use only/);
    const secretNoforn = glossary.explainClassification('SECRET//NOFORN');
    expect(secretNoforn).toMatchObject({ code: 'SECRET//NOFORN', confidence: 'medium' });
    expect(secretNoforn.meaning).toBe('Secret: the middle national-security classification level; Not releasable to foreign nationals');
    expect(glossary.explainClassification('(C/NF)').meaning).toMatch(/^Portion marking \(C\)/);
    expect(glossary.explainClassification('(SBU)')).toMatchObject({ code: 'SBU', confidence: 'high' });
    expect(glossary.explainClassification('SECRET//WHATEVER').meaning).toBeNull();
  });
});

describe('executive orders, reasons and format items', () => {
  it('explains the orders cited on E.O. lines of every era', () => {
    expect(glossary.explainExecutiveOrder('E.O. 12958')).toMatchObject({ code: '12958', confidence: 'high' });
    for (const order of ['13292', '13526', '12356', '12065', '11652']) {
      expect(glossary.explainExecutiveOrder(order).meaning).not.toBeNull();
    }
    expect(glossary.explainExecutiveOrder('99999').meaning).toBeNull();
  });

  it('reads reason letters by section and era: "1.4 (b) and (d)" vs "1.5 (B) AND (D)"', () => {
    expect(glossary.explainReason('(b)', '1.4', { year: 2009 })).toMatchObject({
      code: '1.4(b)',
      meaning: 'E.O. 12958 as amended §1.4(b): foreign government information',
    });
    expect(glossary.explainReason('D', '1.5').meaning).toMatch(/^E\.O\. 12958 §1\.5\(d\): foreign relations/);
    expect(glossary.explainReason('h', '1.4', { year: 2011 }).meaning).toMatch(/^E\.O\. 13526 §1\.4\(h\): the development/);
    expect(glossary.explainReason('d', undefined, { year: 1999 }).code).toBe('1.5(d)');
    expect(glossary.explainReason('h', '1.5').meaning).toBeNull(); // the 1995 order had only (a)–(g)
    expect(glossary.explainReason('z', '1.4').meaning).toBeNull();
  });

  it('explains format items of the 09ASTANA559 header', () => {
    expect(glossary.explainFormat('VZCZCXRO5035').meaning).toMatch(/^Start of a State Department transmission/);
    expect(glossary.explainFormat('ZNR UUUUU ZZH')).toMatchObject({ code: 'ZNR', confidence: 'high' });
    expect(glossary.explainFormat('O 311153Z MAR 09').meaning).toMatch(/Here: day 31, 11:53 GMT, MAR 09$/);
    expect(glossary.explainFormat('DECL: 03/31/2019')).toMatchObject({ code: 'DECL' });
    expect(glossary.explainFormat('NNNN').meaning).toMatch(/^End-of-message/);
    expect(glossary.explainFormat('OADR')).toMatchObject({ confidence: 'low' });
    expect(glossary.explainFormat('ZZH')).toMatchObject({ confidence: 'low' });
    expect(glossary.explainFormat('XYZZY').meaning).toBeNull();
  });

  it('never resolves object-prototype names', () => {
    expect(glossary.explainTag('constructor', { year: 2009 }).meaning).toBeNull();
    expect(glossary.explainRoutingIndicator('__proto__').meaning).toBeNull();
    expect(glossary.explainFormat('toString').meaning).toBeNull();
  });
});
