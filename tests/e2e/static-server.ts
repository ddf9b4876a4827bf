/**
 * A static HTTP server on 127.0.0.1 (random free port) for the end-to-end tests: serves the
 * project's fixture pages (tests/fixtures/pages/*) and any page a test registers in memory.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { ROOT } from '../fixtures';

export const FIXTURE_PAGES = join(ROOT, 'tests', 'fixtures', 'pages');

/**
 * Scripts that fixture pages load from the test server itself (never from a CDN): a page built
 * with a framework loads `/vendor/preact.min.js` (Preact's UMD build: `window.preact`).
 */
export const VENDOR_FILES: Readonly<Record<string, string>> = {
  '/vendor/preact.min.js': join(ROOT, 'node_modules', 'preact', 'dist', 'preact.min.js'),
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The port it listens on (for Chromium's host mapping: see `launchWithExtension({ mapHosts })`). */
  readonly port: number;
  /** The absolute URL of a path on this server: `url('english-page.html')`. */
  url(path: string): string;
  /** Serves `body` (text, or bytes as they are) at `path` (e.g. '/late-content.html') from memory, before the fixture files. */
  register(path: string, body: string | Buffer, contentType?: string): string;
  /** Every path requested so far, in order (query strings included). */
  readonly requested: readonly string[];
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /**
   * Headers added to every response, e.g. COOP + COEP to make the pages cross-origin isolated
   * (the benchmarks: performance.now() then has its fine resolution).
   */
  headers?: Readonly<Record<string, string>>;
}

/** Serves the files under `root` (the fixture pages by default) and the pages registered in memory. */
export async function startStaticServer(root = FIXTURE_PAGES, options: StaticServerOptions = {}): Promise<StaticServer> {
  const send = (res: ServerResponse, status: number, contentType: string, body: string | Buffer) => respond(res, status, contentType, body, options.headers);
  const pages = new Map<string, { body: string | Buffer; contentType: string }>();
  const requested: string[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requested.push(url.pathname + url.search);
    const registered = pages.get(url.pathname);
    if (registered) return send(res, 200, registered.contentType, registered.body);
    if (url.pathname === '/favicon.ico') return send(res, 204, CONTENT_TYPES['.ico']!, ''); // no 404 noise in consoles
    const vendored = VENDOR_FILES[url.pathname];
    if (vendored) return send(res, 200, CONTENT_TYPES['.js']!, await readFile(vendored));

    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
    const file = join(root, relative);
    if (relative === '' || relative.startsWith('..') || !file.startsWith(root + sep)) {
      return send(res, 404, CONTENT_TYPES['.txt']!, 'not found');
    }
    try {
      const body = await readFile(file);
      send(res, 200, CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', body);
    } catch {
      send(res, 404, CONTENT_TYPES['.txt']!, 'not found');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, CONTENT_TYPES['.txt']!, 'error'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (path) => new URL(path.replace(/^\/*/, '/'), origin).href,
    register(path, body, contentType = CONTENT_TYPES['.html']!) {
      const pathname = path.replace(/^\/*/, '/');
      pages.set(pathname, { body, contentType });
      return new URL(pathname, origin).href;
    },
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function respond(res: ServerResponse, status: number, contentType: string, body: string | Buffer, headers?: Readonly<Record<string, string>>): void {
  res.writeHead(status, { ...headers, 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(body);
}
