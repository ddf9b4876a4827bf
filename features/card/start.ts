/**
 * The card's frame starts: its style, then its end of the private line from the content script
 * (the word in its address), then the card (frame.ts), which asks the background what the corpus
 * knows.
 */
import { CARD_CSS } from '../../components/card/EntityCard';
import { callBackground } from '../../platform/messaging';
import { awaitLine, CardFrame, wordOf } from './frame';

export async function startCardFrame(view: Window): Promise<void> {
  const doc = view.document;
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  doc.head.append(style);
  const line = await awaitLine(view, wordOf(view.location));
  const frame = new CardFrame(doc, doc.getElementById('card')!, line, callBackground);
  // The frame lives as long as its page: nothing to stop.
  frame.listen(new AbortController().signal);
}
