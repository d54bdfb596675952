/**
 * Shared set-up for real-browser tests: Debian's Chromium driven by playwright-core with the
 * e2e build of the extension (`npm run build:e2e` → .output/chrome-mv3-e2e), and a static
 * server for tests/fixtures on 127.0.0.1.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = new URL('../..', import.meta.url).pathname;
// AMENDS_EXTENSION_DIR: run against a copy of the build (e.g. while another build rewrites .output).
export const EXTENSION_DIR = process.env.AMENDS_EXTENSION_DIR || join(ROOT, '.output/chrome-mv3-e2e');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  /**
   * Every request from pages, extension pages and the service worker that left the machine's
   * loopback fixture server (privacy: Amends must make none). Fixture pages load only local files.
   */
  externalRequests: string[];
  /** Closes the browser and removes its profile, unless `keepProfile` was asked for. */
  close(): Promise<void>;
  profileDir: string;
}

/** Launches Chromium with the e2e build loaded. Pass a profileDir to reuse a profile (restart tests). */
export async function launchWithExtension(options: { profileDir?: string; keepProfile?: boolean; extensionDir?: string } = {}): Promise<Browser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No extension build at ${extensionDir}: run npm run build:e2e first`);
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'amends-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const externalRequests: string[] = [];
  context.on('request', (request) => {
    if (!isLocal(request.url())) externalRequests.push(`${request.method()} ${request.url()}`);
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    profileDir,
    externalRequests,
    async close() {
      await context.close();
      if (!options.keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Loopback, the extension's own files, and in-memory URLs: none of these leave the machine. */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:', 'chrome:'].includes(protocol)) return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves tests/fixtures (and node_modules for fixture pages that load library builds) on 127.0.0.1. */
export async function serveFixtures(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const base = path.startsWith('/node_modules/') ? ROOT : FIXTURES_DIR;
    const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Collects page errors so a test can assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
