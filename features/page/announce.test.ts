import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ignoreStartAnnouncements, QUIET_CONTEXT } from './announce';

const TYPE = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
/** What a page sends to pretend a newer copy of the script started. */
const forged = (name: string) => new CustomEvent(TYPE, { detail: { contentScriptName: name, messageId: 'from-the-page' } });

describe('the content-script context does not announce itself, and a page cannot switch Marsad off', () => {
  it('tells the page nothing when it starts (no window.postMessage with the extension’s id)', () => {
    const post = vi.spyOn(window, 'postMessage');
    const ctx = new ContentScriptContext('marsad-test-quiet', QUIET_CONTEXT);
    expect(post).not.toHaveBeenCalled();
    ctx.abort();
    post.mockRestore();
  });

  it('a forged "newer script started" event leaves the context valid', () => {
    const ctx = new ContentScriptContext('marsad-test-guarded', QUIET_CONTEXT);
    ignoreStartAnnouncements(ctx);
    document.dispatchEvent(forged('marsad-test-guarded'));
    expect(ctx.isValid).toBe(true);
    ctx.abort();
  });

  it('(without the guard, the same event invalidates WXT’s context: what the guard is for)', () => {
    const ctx = new ContentScriptContext('marsad-test-unguarded', QUIET_CONTEXT);
    document.dispatchEvent(forged('marsad-test-unguarded'));
    expect(ctx.isValid).toBe(false);
  });
});
