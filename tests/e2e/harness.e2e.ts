/**
 * The harness checks itself: with a throwaway extension that misbehaves on purpose, the guards
 * the other end-to-end tests rely on must see the errors and the outgoing requests. Otherwise an
 * empty error list or request list would prove nothing.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectErrors,
  type ExtensionBrowser,
  hasChromium,
  isLocalUrl,
  launchWithExtension,
  SKIP_REASON,
  startStaticServer,
  type StaticServer,
} from './harness';

const MISBEHAVING_WORKER = `
console.error('probe: logged at startup');
setTimeout(() => { throw new Error('probe: thrown later'); }, 10);
fetch('http://marsad-probe.invalid/from-the-worker').catch(() => {});
`;

describe('isLocalUrl', () => {
  it('keeps loopback and in-browser URLs, and nothing else', () => {
    for (const url of ['http://127.0.0.1:8080/a.html', 'http://localhost/x', 'chrome-extension://abc/popup.html', 'data:text/plain,x', 'blob:http://127.0.0.1/1', 'about:blank']) {
      expect(isLocalUrl(url), url).toBe(true);
    }
    for (const url of ['https://example.com/', 'http://127.0.0.1.example.com/', 'http://10.0.0.1/', 'ftp://localhost/', 'chrome://newtab/']) {
      expect(isLocalUrl(url), url).toBe(false);
    }
  });
});

const suite = hasChromium ? describe : describe.skip;

suite(hasChromium ? 'the harness sees what a misbehaving extension does' : SKIP_REASON, () => {
  let probeDir: string;
  let browser: ExtensionBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    probeDir = await mkdtemp(join(tmpdir(), 'marsad-probe-'));
    await writeFile(
      join(probeDir, 'manifest.json'),
      JSON.stringify({ manifest_version: 3, name: 'probe', version: '0.0.1', background: { service_worker: 'background.js' } }),
    );
    await writeFile(join(probeDir, 'background.js'), MISBEHAVING_WORKER);
    server = await startStaticServer();
    browser = await launchWithExtension({ extensionDir: probeDir });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (probeDir) await rm(probeDir, { recursive: true, force: true });
  });

  it("records the service worker's console errors and uncaught exceptions, startup included", async () => {
    await expect.poll(() => browser.serviceWorkerErrors().join('\n')).toMatch(/probe: logged at startup/);
    await expect.poll(() => browser.serviceWorkerErrors().join('\n')).toMatch(/probe: thrown later/);
  });

  it("collects a page's console errors and uncaught exceptions", async () => {
    const url = server.register(
      '/throws.html',
      `<!doctype html><title>throws</title><script>console.error('page: logged'); setTimeout(() => { throw new Error('page: thrown') });</script>`,
    );
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    await expect.poll(() => errors.join('\n')).toMatch(/page: logged[\s\S]*page: thrown/);
    await page.close();
  });

  it('records requests to outside the machine, from the worker and from pages, and lets none out', async () => {
    const url = server.register(
      '/phones-home.html',
      `<!doctype html><title>phones home</title><img src="http://marsad-probe.invalid/pixel.gif"><script>fetch('https://example.com/beacon').catch(() => {});</script>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await expect.poll(() => browser.externalRequests().join('\n')).toMatch(/marsad-probe\.invalid\/from-the-worker/);
    await expect.poll(() => browser.externalRequests().join('\n')).toMatch(/marsad-probe\.invalid\/pixel\.gif/);
    await expect.poll(() => browser.externalRequests().join('\n')).toMatch(/example\.com/);
    // ...and they reached only the black-hole proxy, never the network.
    await expect.poll(() => browser.externalRequests().join('\n')).toMatch(/example\.com:443 \(reached the proxy\)/);
    expect(server.requested).toContain('/phones-home.html');
    await page.close();
  });
});
