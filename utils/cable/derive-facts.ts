// Flat facts (the CLI's JSON keys) derived from the node tree; nothing is re-parsed from strings.
import { cableId } from './cable-id';
import { classificationOf } from './classification';
import type { CableFacts, CableNode, ClassificationLineNode, ParagraphSummary } from './model';

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
  const caveats = new Set<string>();
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
    if (node.kind === 'block') {
      outerLists.push(list);
      outerPositions.push(at);
      list = node.children;
      at = 0;
      continue;
    }
    // The two commonest kinds first: a blank line has no facts.
    if (node.kind === 'blank') continue;
    switch (node.kind) {
      case 'paragraph':
        sawBody = true;
        if (node.number !== null) paragraphs.push({ number: node.number, marking: node.marking?.level ?? null });
        break;
      case 'routingHeader':
        if (facts.dtg === null && node.dtg !== null) facts.dtg = node.dtg.iso;
        if (facts.from === null && node.from !== null) facts.from = node.from;
        if (facts.to.length === 0) facts.to = node.to.map((addressee) => addressee.office);
        if (facts.info.length === 0) facts.info = node.info.map((addressee) => addressee.office);
        break;
      case 'classificationLine':
        if (node.origin !== null && fullLine === null) fullLine = node;
        else if (node.origin === null && banner === null && !sawBody) banner = node;
        if (!sawBody) for (const caveat of node.caveats) caveats.add(caveat);
        break;
      case 'caption':
        if (!sawBody) for (const caption of node.captions) caveats.add(caption);
        break;
      case 'tags':
        if (facts.tags.length === 0) facts.tags = node.tags.map((tag) => tag.code);
        break;
      case 'subject':
        if (facts.subject === null) {
          facts.subject = node.text;
          facts.subjectMarking = node.marking?.level ?? null;
        }
        break;
      case 'references':
        if (facts.references.length === 0)
          facts.references = node.references.map((reference) => ({ text: reference.text, id: reference.id }));
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
  facts.caveats = [...caveats];
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
