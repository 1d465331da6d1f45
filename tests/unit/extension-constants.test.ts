import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES } from '@/utils/extension-constants';

// Match patterns are the extension's reach: a malformed one makes the whole manifest invalid.
const MATCH_PATTERN = /^(\*|https?):\/\/(\*|(\*\.)?[^/*]+)\/.*$/;

describe('content script matches', () => {
  it('are valid match patterns', () => {
    for (const pattern of CONTENT_SCRIPT_MATCHES) expect(pattern).toMatch(MATCH_PATTERN);
  });
  it('cover the viewer and PlusD path layouts on any host', () => {
    expect(CONTENT_SCRIPT_MATCHES).toContain('*://*/cable/*');
    expect(CONTENT_SCRIPT_MATCHES).toContain('*://*/plusd/cables/*');
  });
});
