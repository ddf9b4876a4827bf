import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { rememberQuickLook, takeQuickLook } from './quick-check';

afterEach(() => {
  vi.restoreAllMocks();
  takeQuickLook();
});

describe('the quick check tells the analyser that the page was just found Arabic, and with which settings', () => {
  it('holds for the analyser injected a moment later, once', () => {
    const settings = { ...DEFAULT_SETTINGS, autoSave: true };
    expect(takeQuickLook()).toBeUndefined();
    rememberQuickLook(settings, performance.now());
    expect(takeQuickLook()).toEqual({ settings });
    // Read again (a later attempt, a second injection): the page is looked at again, the settings read.
    expect(takeQuickLook()).toBeUndefined();
  });

  it('does not hold seconds later (an analyser injected long after, from the popup, looks for itself)', () => {
    const now = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    rememberQuickLook(DEFAULT_SETTINGS, 1_000);
    now.mockReturnValue(7_000);
    expect(takeQuickLook()).toBeUndefined();
  });

  it('settings read long before the look (a page that turned Arabic later) are read again', () => {
    vi.spyOn(performance, 'now').mockReturnValue(9_000);
    rememberQuickLook(DEFAULT_SETTINGS, 1_000);
    expect(takeQuickLook()).toEqual({ settings: undefined });
  });
});
