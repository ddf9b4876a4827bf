/** Tells every tab that the knowledge base changed, so its page is read and highlighted again at once. */
import { callPage } from '../../platform/messaging';
import type { KnowledgeEngine } from './engine';

export async function broadcastKnowledge(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    // A tab where Marsad does not run simply does not answer.
    if (tab.id !== undefined) void callPage(tab.id, 'knowledgeChanged').catch(() => undefined);
  }
}

/**
 * What the background does once it has written the knowledge base: the engine compiles it again
 * (before any page asks), then every tab is told.
 */
export function knowledgeChanged(engine: KnowledgeEngine): () => Promise<void> {
  return async () => {
    engine.changed();
    await broadcastKnowledge();
  };
}
