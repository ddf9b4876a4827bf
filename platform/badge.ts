/** The toolbar button's badge: a count of the page's entities, or a ✓ / ! with the text as its tooltip. */

const COLOURS = { ok: '#1a7f37', error: '#cf222e' } as const;

export async function setBadge(tabId: number, text: string, kind: keyof typeof COLOURS, title?: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ tabId, color: COLOURS[kind] });
  await action.setBadgeText({ tabId, text });
  if (title !== undefined) await action.setTitle({ tabId, title });
}
