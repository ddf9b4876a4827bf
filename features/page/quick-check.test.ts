import { afterEach, describe, expect, it, vi } from 'vitest';
import { justLookedArabic, rememberLookedArabic } from './quick-check';

afterEach(() => {
  vi.restoreAllMocks();
  justLookedArabic();
});

describe('the quick check tells the analyser that the page was just found Arabic', () => {
  it('holds for the analyser injected a moment later, once', () => {
    expect(justLookedArabic()).toBe(false);
    rememberLookedArabic();
    expect(justLookedArabic()).toBe(true);
    // Read again (a later attempt, a second injection): the page is looked at again.
    expect(justLookedArabic()).toBe(false);
  });

  it('does not hold seconds later (an analyser injected long after, from the popup, looks for itself)', () => {
    const now = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    rememberLookedArabic();
    now.mockReturnValue(7_000);
    expect(justLookedArabic()).toBe(false);
  });
});
