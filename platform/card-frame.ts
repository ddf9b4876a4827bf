/**
 * Where the hover card's frame is (entrypoints/card): its address, and the origin it runs at.
 *
 * In Chromium the frame is listed with `use_dynamic_url` (wxt.config.ts): `runtime.getURL` gives
 * an address under an id made anew each session, so a page cannot test for Marsad by loading it;
 * the frame then runs at the extension's own origin (`chrome-extension://<id>`), which is where
 * the handover must be addressed. Firefox's addresses are random for each installation already.
 */
export const CARD_PAGE = '/card.html';

export function cardFrameAddress(): { url: string; origin: string } {
  const url = browser.runtime.getURL(CARD_PAGE);
  const { protocol, origin } = new URL(url);
  return { url, origin: protocol === 'chrome-extension:' ? `chrome-extension://${browser.runtime.id}` : origin };
}
