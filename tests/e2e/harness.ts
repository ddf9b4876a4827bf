/**
 * The end-to-end harness: loads the built extension (.output/chrome-mv3) into Debian's Chromium
 * through playwright-core, serves test pages from 127.0.0.1, and watches what the browser does —
 * errors in the service worker and pages, and every request that would leave the machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SETTINGS_KEY } from '../../lib/settings';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ROOT } from '../fixtures';
import { clickAction, type ActionPopup } from './action-popup';
import { startBlackHoleProxy, type BlackHoleProxy } from './black-hole-proxy';
import { browserSession, collectTargetErrors, listTargets, TargetSession, type TargetInfo } from './cdp-target';

export { clickAction, type ActionPopup } from './action-popup';
export { startStaticServer, type StaticServer, type StaticServerOptions } from './static-server';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SKIP_REASON = `end-to-end tests skipped: ${CHROMIUM} is absent (install Debian's Chromium: apt-get install -y chromium)`;
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const SCREENSHOTS_DIR = join(ROOT, 'docs', 'screenshots');

export interface Manifest {
  name: string;
  version: string;
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  [key: string]: unknown;
}

export function readManifest(extensionDir = EXTENSION_DIR): Manifest {
  return JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Manifest;
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Chromium's flags for every browser the tests and the benchmarks (bench/browser.bench.ts) launch:
 * keep Chromium's own background traffic (component updates, sync, field trials, QUIC) off.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/**
 * Flags for Chromium: load only our extension, and CHROMIUM_FLAGS. Playwright's `headless: true`
 * passes `--headless`, which since Chromium 132 is the "new" headless mode that runs extensions.
 */
export function chromiumArgs(extensionDir: string): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_FLAGS];
}

/**
 * What Chromium 156 (Debian, under Playwright) asks for by itself, whatever the flags: the
 * component updater's on-demand check for the "Optimization Guide On Device Model" manifest
 * (update.googleapis.com), now and then the download that check points to (redirector.gvt1.com,
 * the component updater's download host), and Gaia's account check (accounts.google.com). They
 * only ever reach the black-hole proxy, never the network, and are reported apart by
 * `chromiumOwnRequests()`.
 */
const CHROMIUM_OWN_HOSTS = new Set(['update.googleapis.com', 'redirector.gvt1.com', 'accounts.google.com']);

/** The host of a proxy attempt: an absolute URL, or `host:port` for an HTTPS tunnel (CONNECT). */
function proxiedHost(attempt: string): string {
  return /^[a-z]+:\/\//i.test(attempt) ? new URL(attempt).hostname : attempt.replace(/:\d+$/, '');
}

/** A URL that stays on this machine, or inside the browser. */
export function isLocalUrl(url: string): boolean {
  if (/^(chrome-extension|data|blob|about):/i.test(url)) return true;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:' || protocol === 'ws:' || protocol === 'wss:') &&
      (hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]');
  } catch {
    return false;
  }
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The manifest of the extension as loaded (a snapshot of the build, taken at launch). */
  manifest: Manifest;
  /** The extension's background service worker (as Playwright sees it). */
  serviceWorker: Worker;
  /** Every URL the browser requested since launch, in order. */
  requests(): string[];
  /**
   * Requests that would have left the machine: every URL a page or worker of the context asked
   * for that is not on 127.0.0.1/localhost and not chrome-extension:, data:, blob: or about:;
   * plus whatever reached the black-hole proxy (which also sees what Playwright does not, such
   * as the real action popup's requests), except Chromium's own background checks.
   */
  externalRequests(): string[];
  /** Chromium's own background requests, which the proxy stopped (see CHROMIUM_OWN_HOSTS). */
  chromiumOwnRequests(): string[];
  /** Console errors and uncaught exceptions of the extension's service worker(s) since launch. */
  serviceWorkerErrors(): string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked extension to load; defaults to the build in .output/chrome-mv3. */
  extensionDir?: string;
  /**
   * Hosts that Chromium resolves to the test server instead of the network, e.g.
   * `{ hosts: ['www.aljazeera.net'], port: server.port }`: http://www.aljazeera.net/page.html is
   * then served by the test server, so the content script runs with its real match patterns.
   * These hosts bypass the black-hole proxy and count as local in `externalRequests()`.
   */
  mapHosts?: { hosts: readonly string[]; port: number };
  /** The profile's folder (e.g. on a small filesystem); by default a new temporary one. */
  profileDir?: string;
}

/** Chromium's --host-resolver-rules value that sends every one of `hosts` to 127.0.0.1:`port`. */
export function hostResolverRules(hosts: readonly string[], port: number): string {
  return hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
}

/** Launches Chromium with the extension, in a fresh temporary profile. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no extension at ${extensionDir}: run \`npm run build\` first`);
  }
  const worker = readManifest(extensionDir).background?.service_worker ?? 'background.js';
  const mapped = new Set((options.mapHosts?.hosts ?? []).map((h) => h.toLowerCase()));
  const isMapped = (url: string) => {
    try {
      const { protocol, hostname } = new URL(url);
      return (protocol === 'http:' || protocol === 'ws:') && mapped.has(hostname.toLowerCase());
    } catch {
      return false;
    }
  };

  // One temporary folder for the profile and a snapshot of the extension: Chromium reads the
  // extension's files lazily, so a rebuild of .output during the run must not pull them away.
  const tempRoot = await mkdtemp(join(tmpdir(), 'marsad-e2e-'));
  const userDataDir = options.profileDir ?? join(tempRoot, 'profile');
  const loadedDir = join(tempRoot, 'extension');
  let proxy: BlackHoleProxy | undefined;
  let context: BrowserContext | undefined;
  try {
    await snapshotExtension(extensionDir, loadedDir);
    proxy = await startBlackHoleProxy();
    const { attempts } = proxy;
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        ...chromiumArgs(loadedDir),
        ...(options.mapHosts ? [`--host-resolver-rules=${hostResolverRules(options.mapHosts.hosts, options.mapHosts.port)}`] : []),
      ],
      // Everything not on loopback goes to the black hole; 127.0.0.1, localhost and the mapped hosts go direct.
      proxy: { server: proxy.server, bypass: ['127.0.0.1', 'localhost', ...mapped].join(',') },
      viewport: { width: 1280, height: 800 },
    });
    const all: string[] = [];
    context.on('request', (request) => all.push(request.url()));

    const isOurWorker = (w: Worker) => /^chrome-extension:\/\/[a-p]{32}\//.test(w.url()) && w.url().endsWith(`/${worker}`);
    const serviceWorker =
      context.serviceWorkers().find(isOurWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurWorker, timeout: 15_000 }).catch(() => {
        throw new Error(`the extension's service worker (${worker}) did not start within 15 s: is the build broken?`);
      }));
    const extensionId = new URL(serviceWorker.url()).host;
    const swErrors: string[] = [];
    const stopWatching = await watchServiceWorkerErrors(context, extensionId, swErrors);

    const [launched, blackHole] = [context, proxy];
    return {
      context: launched,
      extensionId,
      manifest: readManifest(loadedDir),
      serviceWorker,
      requests: () => [...all],
      externalRequests: () => [
        ...all.filter((url) => !isLocalUrl(url) && !isMapped(url)),
        ...attempts.filter((a) => !CHROMIUM_OWN_HOSTS.has(proxiedHost(a))).map((a) => `${a} (reached the proxy)`),
      ],
      chromiumOwnRequests: () => attempts.filter((a) => CHROMIUM_OWN_HOSTS.has(proxiedHost(a))),
      serviceWorkerErrors: () => [...swErrors],
      async close() {
        await stopWatching().catch(() => {});
        await launched.close().catch(() => {});
        await blackHole.close();
        await rm(tempRoot, { recursive: true, force: true, maxRetries: 3 });
      },
    };
  } catch (error) {
    await context?.close().catch(() => {});
    await proxy?.close();
    await rm(tempRoot, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }
}

/**
 * Copies the unpacked extension. A build running at the same moment (another terminal) empties
 * and refills .output: retry until the copy has its manifest and the files the manifest names.
 */
async function snapshotExtension(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await rm(to, { recursive: true, force: true });
    try {
      await cp(from, to, { recursive: true });
      const manifest = readManifest(to);
      const named = [manifest.background?.service_worker, manifest.action?.default_popup].filter((f): f is string => !!f);
      if (named.every((file) => existsSync(join(to, file)))) return;
    } catch (error) {
      if (attempt >= 10) throw error;
    }
    if (attempt >= 10) throw new Error(`the extension in ${from} is incomplete: run \`npm run build\``);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** Attaches to every service worker of the extension, now and later (a worker may be restarted). */
async function watchServiceWorkerErrors(
  context: BrowserContext,
  extensionId: string,
  errors: string[],
): Promise<() => Promise<void>> {
  const browser = await browserSession(context);
  const sessions: TargetSession[] = [];
  const seen = new Set<string>();
  const attach = async (info: TargetInfo) => {
    if (info.type !== 'service_worker' || !info.url.startsWith(`chrome-extension://${extensionId}/`)) return;
    if (seen.has(info.targetId)) return;
    seen.add(info.targetId);
    const session = await TargetSession.attach(browser, info.targetId);
    sessions.push(session);
    await collectTargetErrors(session, errors);
  };
  browser.on('Target.targetCreated', ({ targetInfo }: { targetInfo: TargetInfo }) => {
    attach(targetInfo).catch(() => {});
  });
  await browser.send('Target.setDiscoverTargets', { discover: true });
  for (const info of await listTargets(browser, 'service_worker')) await attach(info);
  return async () => {
    for (const session of sessions) await session.detach();
    await browser.detach().catch(() => {});
  };
}

/**
 * Console errors and uncaught exceptions of `page` from now on (a live array). Call it before
 * `page.goto` to catch errors during load.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'assert') return;
    const { url, lineNumber } = message.location();
    errors.push(`console.${message.type()}: ${message.text()}${url ? ` (${url}:${lineNumber + 1})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
  return errors;
}

interface TabLike {
  id?: number;
  url?: string;
}
type ChromeTabs = { tabs: { query(info: Record<string, unknown>): Promise<TabLike[]> } };

/**
 * The browser's tab id of `page`, as the extension sees it. Without the `tabs` permission or a
 * host permission the extension is not told tabs' URLs, so the page is brought to the front and
 * identified as the active tab; when URLs are visible, they must agree.
 */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  const tabs = await serviceWorker.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
    const [all, active] = await Promise.all([tabs.query({}), tabs.query({ active: true, lastFocusedWindow: true })]);
    return { all, active };
  });
  const byUrl = tabs.all.filter((tab) => tab.url === url);
  if (byUrl.length === 1 && byUrl[0]!.id !== undefined) return byUrl[0]!.id;
  const [active] = tabs.active;
  if (tabs.active.length === 1 && active?.id !== undefined && (active.url === undefined || active.url === url)) return active.id;
  throw new Error(`tabIdOf: cannot tell which tab shows ${url}`);
}

export interface PopupTab {
  /** The popup, opened as a tab: chrome-extension://ID/popup.html?tab=<tabId>. */
  page: Page;
  /** The tab it describes, when one was given. */
  tabId?: number;
  /** Console errors and uncaught exceptions of the popup since it started loading. */
  errors: string[];
}

/**
 * Opens the popup in a new tab. A popup opened as a tab has no "active tab" of its own, so when
 * `tab` is given (a page, or the URL of an open page) the popup gets `?tab=<tabId>` to say which
 * tab it describes. Such a popup has no `activeTab` grant on that tab unless the toolbar button
 * was clicked there first: pass `{ grantActiveTab: true }` to do that (its real popup is closed).
 */
export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  tab?: Page | string,
  options: { grantActiveTab?: boolean } = {},
): Promise<PopupTab> {
  let tabId: number | undefined;
  if (tab !== undefined) {
    const target = typeof tab === 'string' ? context.pages().find((p) => p.url() === tab) : tab;
    if (!target) throw new Error(`openPopup: no open page shows ${String(tab)}`);
    if (options.grantActiveTab) {
      const popup = await clickAction(context, extensionId, target);
      await popup.close();
    }
    tabId = await tabIdOf(await extensionWorker(context, extensionId), target);
  }
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  return { page, tabId, errors };
}

/** The extension's running service worker (waiting for it if Chromium stopped it). */
export async function extensionWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  return context.serviceWorkers().find(ours) ?? context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 });
}

/** Writes a PNG of `page` (or of the real action popup) to docs/screenshots/<name>.png. */
export async function screenshot(page: Page | ActionPopup, name: string): Promise<string> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
  if ('goto' in page) await page.screenshot({ path });
  else await page.screenshot(path);
  return path;
}

/** Sets the interface language in the stored settings, as the options page would (the service worker writes them). */
export async function setInterfaceLanguage(browser: ExtensionBrowser, language: 'ar' | 'en' | 'auto'): Promise<void> {
  await browser.serviceWorker.evaluate(
    async ({ key, language }) => {
      type Area = { get(k: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      const stored = ((await local.get(key))[key] ?? {}) as Record<string, unknown>;
      await local.set({ [key]: { ...stored, language } });
    },
    { key: SETTINGS_KEY, language },
  );
}

/** Stops the extension's service worker, as Chromium does after 30 s of idleness (its next message starts it again). */
export async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
