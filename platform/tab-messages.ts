/**
 * Messages to a tab's content script, in the message format of lib/messages.ts. Sent with the
 * promise form of tabs.sendMessage, so a tab without Marsad simply rejects (the messaging
 * library's own tab path leaves "Receiving end does not exist" unchecked in the console).
 */
import type { ProtocolMap } from '../lib/messages';

type TabMessage = 'getPage' | 'knowledgeChanged';
type Reply<K extends TabMessage> = ReturnType<ProtocolMap[K]>;

let seq = Math.floor(Math.random() * 1e4);

export async function sendToTab<K extends TabMessage>(tabId: number, type: K): Promise<Reply<K>> {
  const reply = (await browser.tabs.sendMessage(tabId, { id: seq++, type, data: undefined, timestamp: Date.now() })) as
    | { res?: Reply<K>; err?: { message?: string } }
    | undefined;
  if (!reply) throw new Error('Marsad is not running in this tab.');
  if (reply.err) throw new Error(reply.err.message ?? 'The page could not answer.');
  return reply.res as Reply<K>;
}
