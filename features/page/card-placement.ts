/**
 * Where the hover card goes: below its mention when it fits there, else above it, else on the
 * side with more room with its height capped (the card scrolls within itself). Always inside the
 * window, never over the mention. Pure geometry, in viewport coordinates.
 */

/** The window's edge the card keeps away from, and the gap between the card and its mention (px). */
export const CARD_MARGIN = 8;
/**
 * The card's frame's size (px), whatever it holds: the page can measure the frame, so its size
 * must not tell whether the corpus knows the entity. What does not fit scrolls inside the card.
 */
export const CARD_WIDTH = 360;
export const CARD_HEIGHT = 440;
/** The card's own ceiling, as a share of the window's height. */
export const CARD_MAX_SHARE = 0.7;
/**
 * Below this much room on either side (a tiny window, a mention taller than the window) the card
 * takes this height anyway, inside the window, even if it then covers part of the mention.
 */
export const CARD_MIN_ROOM = 120;

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface CardPlacement {
  left: number;
  /** The card's top edge (below the mention), or... */
  top?: number;
  /** ...its bottom edge, from the window's bottom (above the mention: a card that grows grows upwards, away from it). */
  bottom?: number;
  /** The most the card may be tall here; more, and it scrolls. */
  maxHeight: number;
}

/**
 * @param anchor the mention's box
 * @param card the card's width and its natural height (all its content, uncapped)
 * @param view the window's inner width and height
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, view: { width: number; height: number }): CardPlacement {
  const m = CARD_MARGIN;
  const ceiling = Math.floor(view.height * CARD_MAX_SHARE);
  const height = Math.min(card.height, ceiling);
  // The room on each side of the mention, within the window (a mention partly out of view leaves the window's edge).
  const belowTop = Math.max(anchor.bottom + m, m);
  const roomBelow = view.height - m - belowTop;
  const aboveBottom = Math.min(anchor.top - m, view.height - m);
  const roomAbove = aboveBottom - m;

  // Right-to-left pages read from the right: the card's right edge on the mention's.
  const width = Math.min(card.width, view.width - 2 * m);
  const left = Math.max(m, Math.min(anchor.right - width, view.width - width - m));

  const below = (room: number): CardPlacement => ({ left, top: belowTop, maxHeight: Math.min(ceiling, room) });
  const above = (room: number): CardPlacement => ({ left, bottom: view.height - aboveBottom, maxHeight: Math.min(ceiling, room) });
  if (height <= roomBelow) return below(roomBelow);
  if (height <= roomAbove) return above(roomAbove);
  // Fits on neither side whole: the side with more room, scrolling.
  if (Math.max(roomBelow, roomAbove) >= CARD_MIN_ROOM) return roomBelow >= roomAbove ? below(roomBelow) : above(roomAbove);
  // No room worth having on either side: inside the window all the same.
  const capped = Math.min(ceiling, Math.max(CARD_MIN_ROOM, view.height - 2 * m));
  return { left, top: Math.max(m, Math.min(belowTop, view.height - m - capped)), maxHeight: capped };
}
