// Small helpers for consumers of a CableDocument.
import type { CableDocument, CableFacts, Span } from './model';

/** The source text a node (or any span) covers. */
export function sliceOf(document: Pick<CableDocument, 'input'>, node: { span: Span }): string {
  return document.input.slice(node.span.start, node.span.end);
}

/** Only the derived facts, in the CLI's key order. */
export function factsOf(document: CableDocument): CableFacts {
  const {
    id,
    classification,
    dtg,
    origin,
    from,
    to,
    info,
    caveats,
    tags,
    subject,
    subjectMarking,
    references,
    classifiedBy,
    reasons,
    declassify,
    paragraphs,
    signature,
  } = document;
  return {
    id,
    classification,
    dtg,
    origin,
    from,
    to,
    info,
    caveats,
    tags,
    subject,
    subjectMarking,
    references,
    classifiedBy,
    reasons,
    declassify,
    paragraphs,
    signature,
  };
}
