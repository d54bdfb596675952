/**
 * Privacy, proved from the outside: the built extension contains no code that could reach the
 * network or run code it did not ship with, its pages run under a strict CSP, pages cannot probe
 * it through web-accessible files, and a whole session of using it (typing in a textarea and the
 * Gmail fixture, the card, the popup, the options and drafts pages) sends no request off the
 * machine. The recorder itself is checked to catch a request, so an empty list means something.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';
import { MESSAGE, extensionWorker, openCardByClick, openEditor, typeAndWaitForFindings, useExtension } from './suites';

const BUILD_DIR = process.env.AMENDS_EXTENSION_DIR ?? EXTENSION_DIR;

function builtFiles(dir: string, ext: RegExp): Array<{ path: string; code: string }> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtFiles(path, ext);
    return ext.test(name) ? [{ path: relative(BUILD_DIR, path), code: readFileSync(path, 'utf8') }] : [];
  });
}

const NETWORK_OR_CODE_FROM_TEXT: Array<[string, RegExp]> = [
  ['eval', /\beval\s*\(/],
  ['the Function constructor', /\bFunction\s*\(\s*["'`]|\bnew Function\b/],
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['remote dynamic import', /\bimport\s*\(\s*["'`]https?:/],
];

/** URLs a bundle may mention without fetching them: XML namespaces, match patterns, docs links in error text. */
const HARMLESS_URL = /^(http:\/\/www\.w3\.org\/|https?:\/\/[^/]+\/.*\*$|https:\/\/(github\.com\/wxt-dev|wxt\.dev)\/|https?:\/\/\$\{)/;

describe('the built extension', () => {
  const scripts = builtFiles(BUILD_DIR, /\.js$/);
  const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('has its scripts where the manifest says', () => {
    expect(scripts.map((s) => s.path)).toEqual(expect.arrayContaining(['background.js', 'content-script.js', 'content-main.js']));
  });

  it.each(NETWORK_OR_CODE_FROM_TEXT)('ships no %s, third-party code included', (_name, pattern) => {
    expect(scripts.filter((s) => pattern.test(s.code)).map((s) => s.path)).toEqual([]);
  });

  it('mentions no remote URL it could load', () => {
    const urls = scripts.flatMap((s) => (s.code.match(/https?:\/\/[^\s"'`)\\]+/g) ?? []).map((u) => `${s.path}: ${u}`));
    expect(urls.length).toBeGreaterThan(0); // the built-in sites' match patterns at least
    expect(urls.filter((u) => !HARMLESS_URL.test(u.slice(u.indexOf(': ') + 2)))).toEqual([]);
  });

  it('loads only its own scripts in its pages', () => {
    const pages = builtFiles(BUILD_DIR, /\.html$/);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const sources = [...page.code.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
      expect(sources.length, page.path).toBeGreaterThan(0);
      for (const src of sources) expect(src, page.path).toMatch(/^\/(?!\/)/);
      expect(page.code, page.path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/); // no inline script
    }
  });

  it('has a strict CSP for its pages, no web-accessible files, and no external messaging', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'none'" });
    const accessible = (manifest.web_accessible_resources ?? []) as Array<{ use_dynamic_url?: boolean }>;
    expect(accessible.filter((entry) => entry.use_dynamic_url !== true)).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });
});

describe('a session of using Amends', () => {
  const ctx = useExtension();

  it('sends nothing off the machine: typing, the card, the popup, options and drafts pages', async () => {
    const textarea = await openEditor(ctx, { name: 'textarea', fixture: 'textarea.html', field: '#editor' });
    await typeAndWaitForFindings(textarea.page);
    await openCardByClick(textarea.page);
    const gmail = await openEditor(ctx, { name: 'gmail', fixture: 'gmail.html', field: '[id=":r2"]' });
    await typeAndWaitForFindings(gmail.page);
    for (const name of ['popup', 'options', 'drafts']) {
      const page = await ctx.browser.context.newPage();
      await page.goto(`chrome-extension://${ctx.browser.extensionId}/${name}.html`);
      await page.waitForLoadState('load');
      await page.locator('body *').first().waitFor();
      await page.close();
    }
    await textarea.page.bringToFront();
    await textarea.page.locator('#editor').focus();
    await textarea.page.keyboard.press('Control+End');
    await textarea.page.keyboard.type(' Take your time.', { delay: 10 });
    await textarea.page.waitForTimeout(1_000);
    expect(await textarea.page.inputValue('#editor')).toBe(`${MESSAGE} Take your time.`);
    expect(ctx.browser.externalRequests).toEqual([]);
    expect([...textarea.errors, ...gmail.errors]).toEqual([]);
  });

  // Runs last: it makes the requests it checks are recorded.
  it('the recorder catches a request from a page and from the service worker (control)', async () => {
    const page = await ctx.browser.context.newPage();
    await page.goto(ctx.server.url('textarea.html'));
    await page.evaluate(() => fetch('http://page.amends-privacy-control.invalid/').catch(() => undefined));
    const worker = await extensionWorker(ctx.browser);
    await worker.evaluate(() => fetch('http://worker.amends-privacy-control.invalid/').catch(() => undefined));
    await expect.poll(() => ctx.browser.externalRequests.join('\n')).toContain('page.amends-privacy-control.invalid');
    await expect.poll(() => ctx.browser.externalRequests.join('\n')).toContain('worker.amends-privacy-control.invalid');
    // These were the test's own requests: clear them so the suite's closing check (nothing left the
    // machine) judges only Amends.
    ctx.browser.externalRequests.splice(0);
  });
});
