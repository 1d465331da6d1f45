// Diagnostics are collected, never thrown: odd input is data, not an error.
import type { Diagnostic, Span } from './model';

export function diagnostic(ruleId: string, message: string, span: Span): Diagnostic {
  return { ruleId, message, span: { start: span.start, end: span.end } };
}
