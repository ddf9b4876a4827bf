/**
 * Messages to a tab's content script, in the message format of lib/messages.ts. Sent with the
 * promise form of tabs.sendMessage, so a tab without Marsad simply rejects (the messaging
 * library's own tab path leaves "Receiving end does not exist" unchecked in the console).
 */
import type { ProtocolMap } from '../lib/messages';

type TabMessage = 'getPage' | 'knowledgeChanged' | 'notify';
type Reply<K extends TabMessage> = ReturnType<ProtocolMap[K]>;
type Data<K extends TabMessage> = Parameters<ProtocolMap[K]>[0];

let seq = Math.floor(Math.random() * 1e4);

export async function sendToTab<K extends TabMessage>(tabId: number, type: K, ...data: Data<K> extends undefined ? [] : [Data<K>]): Promise<Reply<K>> {
  const reply = (await browser.tabs.sendMessage(tabId, { id: seq++, type, data: data[0], timestamp: Date.now() })) as
    | { res?: Reply<K>; err?: { message?: string } }
    | undefined;
  if (!reply) throw new Error('Marsad is not running in this tab.');
  if (reply.err) throw new Error(reply.err.message ?? 'The page could not answer.');
  return reply.res as Reply<K>;
}
