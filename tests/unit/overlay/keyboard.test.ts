import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionForKey, createOverlayCommands, KEYBOARD_SHORTCUTS, paragraphToVisit, type OverlayAction } from '../../../utils/keyboard.ts';

describe('shortcut map', () => {
  it('maps the documented keys to their actions', () => {
    expect(actionForKey({ key: 'r' })).toBe('toggle-routing');
    expect(actionForKey({ key: 'o' })).toBe('toggle-original');
    expect(actionForKey({ key: 'j' })).toBe('next-paragraph');
    expect(actionForKey({ key: 'n' })).toBe('next-paragraph');
    expect(actionForKey({ key: 'k' })).toBe('previous-paragraph');
    expect(actionForKey({ key: 'p' })).toBe('previous-paragraph');
    expect(actionForKey({ key: '?' })).toBe('toggle-help');
    expect(actionForKey({ key: 'Escape' })).toBe('close-help');
    expect(actionForKey({ key: 'x' })).toBeNull();
  });

  it('leaves browser shortcuts and typing alone', () => {
    expect(actionForKey({ key: 'r', ctrlKey: true })).toBeNull();
    expect(actionForKey({ key: 'o', metaKey: true })).toBeNull();
    expect(actionForKey({ key: 'j', altKey: true })).toBeNull();
    expect(actionForKey({ key: 'j', target: { tagName: 'input' } })).toBeNull();
    expect(actionForKey({ key: 'j', target: { tagName: 'TEXTAREA' } })).toBeNull();
    expect(actionForKey({ key: 'j', target: { tagName: 'DIV', isContentEditable: true } })).toBeNull();
    expect(actionForKey({ key: 'j', target: { tagName: 'BUTTON' } })).toBe('next-paragraph');
  });

  it('has one entry per action and no key bound twice', () => {
    const keys = KEYBOARD_SHORTCUTS.flatMap((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(KEYBOARD_SHORTCUTS.map((shortcut) => shortcut.action)).size).toBe(KEYBOARD_SHORTCUTS.length);
  });
});

describe('paragraph navigation', () => {
  it('moves from the paragraph at the reading line to its neighbours', () => {
    // Paragraph tops relative to the viewport: #1 scrolled past, #2 at the top, #3 and #4 below.
    const tops = [-400, 0, 300, 700];
    expect(paragraphToVisit(tops, 'next')).toBe(2);
    expect(paragraphToVisit(tops, 'previous')).toBe(0);
  });

  it('goes back to the start of a long current paragraph before the one above', () => {
    expect(paragraphToVisit([-900, -300, 500], 'previous')).toBe(1);
  });

  it('starts at the first paragraph above the text, and stops at the ends', () => {
    expect(paragraphToVisit([120, 400], 'next')).toBe(0);
    expect(paragraphToVisit([120, 400], 'previous')).toBeNull();
    expect(paragraphToVisit([-800, -400], 'next')).toBeNull();
    expect(paragraphToVisit([], 'next')).toBeNull();
  });

  it('always answers a valid index or null, and next always moves forward', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5000, max: 5000 }), { maxLength: 30 }),
        fc.constantFrom('next' as const, 'previous' as const),
        (unsorted, direction) => {
          const tops = [...unsorted].sort((a, b) => a - b);
          const index = paragraphToVisit(tops, direction);
          if (index === null) return;
          expect(index).toBeGreaterThanOrEqual(0);
          expect(index).toBeLessThan(tops.length);
          if (direction === 'next') expect(tops[index]!).toBeGreaterThan(8);
        },
      ),
    );
  });
});

describe('command channel', () => {
  it('delivers commands to subscribers until they unsubscribe', () => {
    const commands = createOverlayCommands();
    const seen: OverlayAction[] = [];
    const unsubscribe = commands.subscribe((action) => seen.push(action));
    commands.send('toggle-routing');
    unsubscribe();
    commands.send('toggle-help');
    expect(seen).toEqual(['toggle-routing']);
  });
});
