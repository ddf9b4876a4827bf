import { describe, expect, it } from 'vitest';
import { CARD_MARGIN, CARD_MIN_ROOM, placeCard, type Box, type CardPlacement } from './card-placement';

const WINDOW = { width: 1280, height: 900 };
/** A mention's box: a word of 60 × 20 px whose top is at `top`. */
const mention = (top: number, right = 700): Box => ({ top, bottom: top + 20, left: right - 60, right });

/** The card's box as drawn: its top edge, or its bottom edge from the window's bottom, and its height capped at maxHeight. */
function drawn(at: CardPlacement, card: { width: number; height: number }, view = WINDOW): Box {
  const height = Math.min(card.height, at.maxHeight);
  const top = at.top ?? view.height - at.bottom! - height;
  return { top, bottom: top + height, left: at.left, right: at.left + Math.min(card.width, view.width - 2 * CARD_MARGIN) };
}
const overlaps = (a: Box, b: Box) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;
const inside = (a: Box, view = WINDOW) => a.top >= 0 && a.left >= 0 && a.bottom <= view.height && a.right <= view.width;

describe('placeCard', () => {
  it('a card that grew to 530 px near the bottom of a 900 px window goes above its mention, whole (it ran off the window and covered the mention)', () => {
    const card = { width: 360, height: 530 };
    const anchor = mention(800);
    const at = placeCard(anchor, card, WINDOW);
    expect(at.top).toBeUndefined();
    // Its bottom edge a gap above the mention, growing upwards.
    expect(WINDOW.height - at.bottom!).toBe(anchor.top - CARD_MARGIN);
    expect(at.maxHeight).toBeGreaterThanOrEqual(530);
    const box = drawn(at, card);
    expect(inside(box)).toBe(true);
    expect(overlaps(box, anchor)).toBe(false);
  });

  it('goes below the mention when it fits there', () => {
    const anchor = mention(200);
    const at = placeCard(anchor, { width: 360, height: 530 }, WINDOW);
    expect(at).toEqual({ left: 700 - 360, top: anchor.bottom + CARD_MARGIN, maxHeight: 630 });
  });

  it('fits on neither side: takes the side with more room and caps its height to it (the card scrolls)', () => {
    const view = { width: 800, height: 600 };
    const anchor = mention(280);
    const card = { width: 360, height: 530 };
    const at = placeCard(anchor, card, view);
    expect(at.top).toBe(anchor.bottom + CARD_MARGIN);
    expect(at.maxHeight).toBe(view.height - CARD_MARGIN - at.top!);
    const box = drawn(at, card, view);
    expect(inside(box, view)).toBe(true);
    expect(overlaps(box, anchor)).toBe(false);
  });

  it('never over its mention and always inside the window, wherever the mention is and however tall the card', () => {
    for (const view of [WINDOW, { width: 400, height: 500 }, { width: 1024, height: 300 }]) {
      for (let top = -10; top < view.height + 10; top += 13) {
        for (const height of [60, 240, 530, 2000]) {
          for (const right of [30, view.width / 2, view.width + 10]) {
            const anchor = mention(top, right);
            const card = { width: 360, height };
            const at = placeCard(anchor, card, view);
            const box = drawn(at, card, view);
            const where = JSON.stringify({ view, anchor, height, at });
            expect(inside(box, view), where).toBe(true);
            const room = Math.max(view.height - CARD_MARGIN - Math.max(anchor.bottom + CARD_MARGIN, CARD_MARGIN), Math.min(anchor.top - CARD_MARGIN, view.height - CARD_MARGIN) - CARD_MARGIN);
            if (room >= CARD_MIN_ROOM) expect(overlaps(box, anchor), where).toBe(false);
          }
        }
      }
    }
  });

  it('keeps a card wider than the window inside it', () => {
    const view = { width: 300, height: 700 };
    const at = placeCard(mention(100, 290), { width: 360, height: 200 }, view);
    expect(at.left).toBe(CARD_MARGIN);
    expect(drawn(at, { width: 360, height: 200 }, view).right).toBeLessThanOrEqual(view.width - CARD_MARGIN);
  });
});
