/** Tells every tab that the knowledge base changed, so its page is read and highlighted again at once. */
import { callPage } from '../../platform/messaging';

export async function broadcastKnowledge(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    // A tab where Marsad does not run simply does not answer.
    if (tab.id !== undefined) void callPage(tab.id, 'knowledgeChanged').catch(() => undefined);
  }
}
