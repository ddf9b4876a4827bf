/**
 * Chrome DevTools Protocol access to targets Playwright does not expose as pages: the extension's
 * real action popup, and a second, independent view of its service worker (to read the errors
 * it logged since it started, which V8 replays when Runtime is enabled).
 *
 * It uses one browser-level CDP session and talks to each target through
 * Target.sendMessageToTarget (a non-flattened session), so Playwright's own sessions are untouched.
 */
import type { BrowserContext, CDPSession } from 'playwright-core';

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  title: string;
  attached: boolean;
}

interface RemoteObject {
  type: string;
  subtype?: string;
  value?: unknown;
  description?: string;
}

export interface ExceptionDetails {
  text: string;
  url?: string;
  lineNumber?: number;
  exception?: RemoteObject;
}

type Listener = (params: Record<string, unknown>) => void;

export async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser) throw new Error('this browser context has no Browser to open a CDP session on');
  return browser.newBrowserCDPSession();
}

export async function listTargets(session: CDPSession, type?: string): Promise<TargetInfo[]> {
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [type ? { type } : {}] })) as {
    targetInfos: TargetInfo[];
  };
  return targetInfos;
}

/** A debugging session on one target (page, popup, service worker), over a browser session. */
export class TargetSession {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Map<string, Listener[]>();
  private readonly onMessage: (event: { sessionId: string; message: string }) => void;
  private readonly onDetached: (event: { sessionId: string }) => void;
  private detached = false;

  private constructor(
    private readonly browser: CDPSession,
    readonly targetId: string,
    private readonly sessionId: string,
  ) {
    this.onMessage = (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as {
        id?: number;
        method?: string;
        params?: Record<string, unknown>;
        result?: unknown;
        error?: { message: string };
      };
      if (message.id !== undefined) {
        const call = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) call?.reject(new Error(message.error.message));
        else call?.resolve(message.result);
      } else if (message.method) {
        for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {});
      }
    };
    this.onDetached = (event) => {
      if (event.sessionId !== this.sessionId) return;
      this.detached = true;
      for (const call of this.pending.values()) call.reject(new Error(`target ${this.targetId} is gone`));
      this.pending.clear();
    };
    browser.on('Target.receivedMessageFromTarget', this.onMessage);
    browser.on('Target.detachedFromTarget', this.onDetached);
  }

  static async attach(browser: CDPSession, targetId: string): Promise<TargetSession> {
    const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
    return new TargetSession(browser, targetId, sessionId);
  }

  get isDetached(): boolean {
    return this.detached;
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.detached) return Promise.reject(new Error(`target ${this.targetId} is gone`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.browser
        .send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) })
        .catch((error: Error) => {
          this.pending.delete(id);
          reject(error);
        });
    });
  }

  on(method: string, listener: Listener): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  /** Evaluates `fn(arg)` in the target (awaiting a returned promise) and returns its JSON value. */
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const expression = `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
    const reply = await this.send<{ result: RemoteObject; exceptionDetails?: ExceptionDetails }>('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
      userGesture: false,
    });
    if (reply.exceptionDetails) throw new Error(describeException(reply.exceptionDetails));
    return reply.result.value as R;
  }

  async detach(): Promise<void> {
    this.browser.off('Target.receivedMessageFromTarget', this.onMessage);
    this.browser.off('Target.detachedFromTarget', this.onDetached);
    if (!this.detached) await this.browser.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => {});
    this.detached = true;
  }
}

export function describeException(details: ExceptionDetails): string {
  const where = details.url ? ` (${details.url}:${(details.lineNumber ?? 0) + 1})` : '';
  return `${details.exception?.description ?? details.text}${where}`;
}

/** Console errors and uncaught exceptions of a target, including those logged before we attached. */
export async function collectTargetErrors(session: TargetSession, errors: string[]): Promise<void> {
  session.on('Runtime.exceptionThrown', (params) => {
    errors.push(`uncaught: ${describeException(params.exceptionDetails as ExceptionDetails)}`);
  });
  session.on('Runtime.consoleAPICalled', (params) => {
    if (params.type !== 'error' && params.type !== 'assert') return;
    const args = (params.args as RemoteObject[]).map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? a.type)));
    errors.push(`console.${String(params.type)}: ${args.join(' ')}`);
  });
  session.on('Log.entryAdded', (params) => {
    const entry = params.entry as { level: string; text: string; url?: string };
    if (entry.level === 'error') errors.push(`log: ${entry.text}${entry.url ? ` (${entry.url})` : ''}`);
  });
  await session.send('Runtime.enable');
  await session.send('Log.enable').catch(() => {}); // workers may not have the Log domain
}
