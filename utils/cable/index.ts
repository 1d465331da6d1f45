// Public surface of the cable parser. Everything else in utils/cable is internal.
export { parseCable, type ParseOptions } from './parse';
export { cableIdFromCitation, cableId } from './cable-id';
export { classificationOf, normaliseMarking } from './classification';
export { parseDateTimeGroup } from './date-time-group';
export { walkNodes } from './derive-facts';
export { sliceOf, factsOf } from './document-helpers';
export type * from './model';
