/**
 * WXT's content-script context announces each start: a `window.postMessage` that tells every page
 * the extension's id and the script's name, and a document event on which it stops any older copy
 * of the script. A page can read the first and send the second, and so switch Marsad off. Marsad
 * does not announce (`noScriptStartedPostMessage`), and does not listen: a second injection of the
 * analyser is stopped by the session's own guard, so the announcement is swallowed before WXT's
 * listener hears it, whoever sent it.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The options every Marsad content-script context is made with. */
export const QUIET_CONTEXT = { noScriptStartedPostMessage: true } as const;

/** Keeps the "a newer copy started" event from reaching WXT's listener, for as long as `ctx` lives. */
export function ignoreStartAnnouncements(ctx: ContentScriptContext, win: Window = window): void {
  // (The event's name is WXT's, private in its types: «<extension id>:<entrypoint>:wxt:content-script-started».)
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  win.addEventListener(type, (e) => e.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
}
