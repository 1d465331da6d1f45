/**
 * Which geographic TAGS table applies to a cable, by its year.
 *
 * Rule (../shared/reference/SOURCES.md, "How far sources disagree" §1): two-letter geographic codes
 * changed meaning over time. Cables of 1973–1979 use the State Dept TAGS handbook TL:TAGS-1 of
 * 28 June 1974 (e.g. GE = Germany (East), UR = USSR). Cables of 1980–2010 use FIPS-10-4-like codes,
 * confirmed by PlusD display strings and by the posts that use each code in Cablegate
 * (geo_codes_observed.tsv: CH is tagged by Embassy Beijing, CS by Embassy San Jose, RS by Embassy
 * Moscow). The current (2024) 5 FAH-3 list is GENC/ISO-like (CH = Switzerland, RS = Serbia) and is
 * never used: no Cablegate cable follows it. A cable of unknown date is read with the Cablegate-era
 * table, because almost every cable a reader meets is a Cablegate cable.
 */
export type GeographicEra = '1974-handbook' | 'cablegate';

/** TAGS were introduced in 1973; the few earlier cables in Cablegate are read with the nearest list, 1974's. */
export const LAST_YEAR_OF_1974_HANDBOOK = 1979;

export function geographicEraOf(year: number | null): GeographicEra {
  return year !== null && year <= LAST_YEAR_OF_1974_HANDBOOK ? '1974-handbook' : 'cablegate';
}
