// Flat facts (the CLI's JSON keys) derived from the node tree; nothing is re-parsed from strings.
import { cableId } from './cable-id';
import { classificationOf } from './classification';
import type {
  Addressee,
  BlockNode,
  CableFacts,
  CableNode,
  ClassificationLineNode,
  ParagraphNode,
  ParagraphSummary,
  Reference,
  Tag,
} from './model';

/** Depth-first walk over nodes and block children. */
export function* walkNodes(nodes: readonly CableNode[]): Generator<CableNode> {
  for (const node of nodes) {
    yield node;
    if (node.kind === 'block') yield* walkNodes(node.children);
  }
}

export function deriveFacts(nodes: readonly CableNode[], year: number | null, givenId: string | undefined): CableFacts {
  const facts: CableFacts = {
    id: null,
    classification: null,
    dtg: null,
    origin: null,
    from: null,
    to: [],
    info: [],
    caveats: [],
    tags: [],
    subject: null,
    subjectMarking: null,
    references: [],
    classifiedBy: null,
    reasons: [],
    declassify: null,
    paragraphs: [],
    signature: null,
  };
  let fullLine: ClassificationLineNode | null = null;
  let banner: ClassificationLineNode | null = null;
  // Caveats in first-seen order without repeats (a handful per cable: a list beats a Set and its copy).
  const caveats: string[] = [];
  const paragraphs: ParagraphSummary[] = [];
  let sawBody = false;
  let recordId: string | null = null;
  let classifiedByComplete = false;
  // Depth-first in place (a block's children right after it, as walkNodes yields them): no
  // iterator object per node and no flattened copy of the tree.
  const outerLists: (readonly CableNode[])[] = [];
  const outerPositions: number[] = [];
  let list = nodes;
  let at = 0;
  for (;;) {
    if (at >= list.length) {
      const outer = outerLists.pop();
      if (outer === undefined) break;
      list = outer;
      at = outerPositions.pop() as number;
      continue;
    }
    const node = list[at++] as CableNode;
    // The kind is read once (nodes come in many shapes, so each read is a slow lookup); the commonest
    // kinds first: blank lines, headings and page furniture have no facts.
    const kind = node.kind;
    if (kind === 'blank') continue;
    if (kind === 'paragraph') {
      sawBody = true;
      const number = (node as ParagraphNode).number;
      if (number !== null) paragraphs.push({ number, marking: (node as ParagraphNode).marking?.level ?? null });
      continue;
    }
    if (kind === 'heading' || kind === 'pageBreak' || kind === 'rule') continue;
    if (kind === 'block') {
      outerLists.push(list);
      outerPositions.push(at);
      list = (node as BlockNode).children;
      at = 0;
      continue;
    }
    switch (node.kind) {
      case 'routingHeader':
        if (facts.dtg === null && node.dtg !== null) facts.dtg = node.dtg.iso;
        if (facts.from === null && node.from !== null) facts.from = node.from;
        if (facts.to.length === 0) facts.to = officesOf(node.to);
        if (facts.info.length === 0) facts.info = officesOf(node.info);
        break;
      case 'classificationLine':
        if (node.origin !== null && fullLine === null) fullLine = node;
        else if (node.origin === null && banner === null && !sawBody) banner = node;
        if (!sawBody) addCaveats(caveats, node.caveats);
        break;
      case 'caption':
        if (!sawBody) addCaveats(caveats, node.captions);
        break;
      case 'tags':
        if (facts.tags.length === 0) facts.tags = tagCodesOf(node.tags);
        break;
      case 'subject':
        if (facts.subject === null) {
          facts.subject = node.text;
          facts.subjectMarking = node.marking?.level ?? null;
        }
        break;
      case 'references':
        if (facts.references.length === 0) facts.references = referenceFactsOf(node.references);
        break;
      case 'classifiedBy':
        // A truncated first statement (`Classified By: Political Couns...`, 04THEHAGUE3333) gives way to
        // a complete one repeated later.
        if (facts.classifiedBy === null || (!classifiedByComplete && node.authority !== null)) {
          classifiedByComplete = node.authority !== null;
          facts.classifiedBy = node.who;
          facts.reasons = node.reasons;
        }
        break;
      case 'declassification':
        if (facts.declassify === null) facts.declassify = node.value;
        break;
      case 'signature':
        facts.signature = node.text;
        break;
      case 'appendedRecord':
        // A record *before* the body wraps this very cable and names its ID (04THEHAGUE3333, a partial
        // extract whose text has no DTG); nothing after a foreign record belongs to this cable.
        if (!sawBody && recordId === null) recordId = node.id;
        break;
      default:
        break;
    }
  }
  const classificationLine = fullLine ?? banner;
  // classificationOf only reads the list, so the facts keep the same one.
  facts.caveats = caveats;
  facts.classification = classificationOf(classificationLine?.level ?? null, facts.caveats);
  facts.paragraphs = paragraphs;
  facts.origin = facts.from ?? fullLine?.origin ?? null;
  const derivedId =
    fullLine !== null && fullLine.serial !== null && fullLine.origin !== null && year !== null
      ? cableId(year, fullLine.origin, fullLine.serial)
      : null;
  facts.id = givenId ?? derivedId ?? recordId;
  return facts;
}

// Beyond a few caveats (only a crafted input has many) a Set keeps the de-duplication linear.
const FEW_CAVEATS = 16;

function addCaveats(caveats: string[], added: readonly string[]): void {
  for (const caveat of added) {
    if (caveats.length < FEW_CAVEATS ? caveats.includes(caveat) : seenCaveats(caveats).has(caveat)) continue;
    caveats.push(caveat);
    if (caveats.length > FEW_CAVEATS) seenCaveats(caveats).add(caveat);
  }
}

// The Set of a long caveat list, built once when the list outgrows FEW_CAVEATS.
const caveatSets = new WeakMap<string[], Set<string>>();

function seenCaveats(caveats: string[]): Set<string> {
  let seen = caveatSets.get(caveats);
  if (seen === undefined) {
    seen = new Set(caveats);
    caveatSets.set(caveats, seen);
  }
  return seen;
}

// Plain loops for the facts' lists: a map() with a closure per list cost more than the copying.

function officesOf(addressees: readonly Addressee[]): string[] {
  const offices: string[] = [];
  for (const addressee of addressees) offices.push(addressee.office);
  return offices;
}

function tagCodesOf(tags: readonly Tag[]): string[] {
  const codes: string[] = [];
  for (const tag of tags) codes.push(tag.code);
  return codes;
}

function referenceFactsOf(references: readonly Reference[]): CableFacts['references'] {
  const facts: CableFacts['references'] = [];
  for (const reference of references) facts.push({ text: reference.text, id: reference.id });
  return facts;
}
