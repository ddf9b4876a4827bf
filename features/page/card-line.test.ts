/** The content script's end of the card's private line: a secret word in the frame's address, one handover to the extension's origin. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { HANDOVER, type FromFrame } from '../../lib/card-channel';
import { openCardLine } from './card-line';

beforeEach(() => fakeBrowser.reset());

describe('openCardLine', () => {
  it('addresses the frame with a fresh word, and once it has loaded hands it the other end of the line with that word, to the extension’s origin only', async () => {
    const heard: FromFrame[] = [];
    const { frame } = openCardLine(document, (m) => heard.push(m));
    const again = openCardLine(document, () => undefined).frame as HTMLIFrameElement;
    const iframe = frame as HTMLIFrameElement;
    const match = /^chrome-extension:\/\/test-extension-id\/card\.html#([0-9a-f]{32})$/.exec(iframe.src);
    expect(match).not.toBeNull();
    const word = match![1]!;
    expect(again.src).not.toContain(word);

    const postMessage = vi.fn();
    Object.defineProperty(iframe, 'contentWindow', { value: { postMessage } });
    iframe.dispatchEvent(new Event('load'));
    iframe.dispatchEvent(new Event('load'));
    expect(postMessage).toHaveBeenCalledOnce();
    const [data, origin, ports] = postMessage.mock.calls[0]! as [unknown, string, MessagePort[]];
    expect(data).toEqual({ [HANDOVER]: word });
    expect(origin).toBe('chrome-extension://test-extension-id');
    expect(ports).toHaveLength(1);

    // The frame's end: what it posts arrives, if it is well formed.
    ports[0]!.postMessage({ type: 'ready', seq: 1 });
    ports[0]!.postMessage({ type: 'ready', seq: 'x' });
    ports[0]!.postMessage('<b>hi</b>');
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual([{ type: 'ready', seq: 1 }]);
    ports[0]!.close();
  });
});
