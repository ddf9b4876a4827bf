/**
 * The browser's only way out: an HTTP proxy on 127.0.0.1 that answers nothing and records every
 * request it is asked to forward. Chromium is launched with it, so whatever the browser (the
 * extension, a page, or Chromium itself) tries to fetch from outside the machine never leaves it
 * and is recorded here. Loopback addresses bypass it and reach the test server directly.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BlackHoleProxy {
  /** `http://127.0.0.1:<port>`, for Playwright's `proxy.server`. */
  readonly server: string;
  /** What the browser asked the proxy for: absolute URLs, or `host:port` for HTTPS tunnels. */
  readonly attempts: readonly string[];
  close(): Promise<void>;
}

export async function startBlackHoleProxy(): Promise<BlackHoleProxy> {
  const attempts: string[] = [];
  const proxy = createServer((req, res) => {
    attempts.push(req.url ?? '');
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('blocked by the Marsad end-to-end tests: no request may leave the browser');
  });
  proxy.on('connect', (req, socket) => {
    attempts.push(req.url ?? '');
    // The browser may reset the tunnel it asked for before the answer is written: not an error of the test's.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', resolve);
  });
  return {
    server: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}
