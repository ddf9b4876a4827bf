/** The user's own sites ("Enable on this site"): content scripts registered at run time, for hosts whose permission was granted. */
import { patternsForHost } from '../../lib/sites/builtin';
import { loadSettings } from '../../platform/settings';

const ID = 'marsad-user-sites';

export async function syncUserSites(): Promise<void> {
  const { userSites } = await loadSettings();
  const granted: string[] = [];
  for (const host of userSites) {
    const origins = patternsForHost(host);
    if (await browser.permissions.contains({ origins }).catch(() => false)) granted.push(...origins);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ID] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [ID] });
  if (granted.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}
