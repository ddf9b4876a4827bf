/**
 * The content script's end of the card's private line (lib/card-channel.ts): it puts the frame's
 * address, with a fresh secret word after the `#`, on the iframe, and once the frame has loaded
 * hands it the other end of a MessageChannel with that word, posted to the extension's origin
 * only. From then on, every message goes over the channel, which the page cannot reach.
 */
import { HANDOVER, isFromFrame, type FromFrame, type ToFrame } from '../../lib/card-channel';
import { cardFrameAddress } from '../../platform/card-frame';

export interface CardLine {
  post(message: ToFrame): void;
  close(): void;
}

/**
 * Makes the card's frame (to be put in the page) and opens the line to it; `receive` gets the
 * frame's messages.
 */
export type OpenCardLine = (doc: Document, receive: (message: FromFrame) => void) => { frame: HTMLElement; line: CardLine };

export const openCardLine: OpenCardLine = (doc, receive) => {
  const iframe = doc.createElement('iframe');
  iframe.title = 'Marsad';
  const { url, origin } = cardFrameAddress();
  const word = secretWord();
  const channel = new MessageChannel();
  // What is posted before the handover waits in the other end's queue until the frame takes it.
  channel.port1.onmessage = (e: MessageEvent) => {
    if (isFromFrame(e.data)) receive(e.data);
  };
  iframe.addEventListener('load', () => iframe.contentWindow?.postMessage({ [HANDOVER]: word }, origin, [channel.port2]), { once: true });
  iframe.src = `${url}#${word}`;
  return {
    frame: iframe,
    line: {
      post: (m) => channel.port1.postMessage(m),
      close: () => channel.port1.close(),
    },
  };
};

/** 128 random bits, as hex. */
function secretWord(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
