/**
 * The shared real-browser suite every editor's spec runs: the built extension in Chromium, a
 * fixture page hosting the editor, a message typed with real keystrokes, and the promises of the
 * automation contract checked from the outside (the DOM of `amends-ui` shadow roots).
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { suggestCooldown } from '../../src/cooldown';
import { collectPageErrors, launchWithExtension, serveFixtures, type Browser, type FixtureServer } from './harness';

export const MESSAGE = "Hi. I'm sorry if you were offended. Have you decided yet?";
/** Findings appear within this long after typing stops (automation contract, item 5). */
export const FINDINGS_WITHIN_MS = 1_500;

export const FINDING = '[data-amends-finding]';
export const CARD = '[data-amends-card]';

export interface EditorSuite {
  name: string;
  /** Fixture page under tests/fixtures. */
  fixture: string;
  /** Selector of the element the user types into. */
  field: string;
  /** The editor's own model text (default: the page's `window.readModel()`). */
  readModel?: (page: Page) => Promise<string>;
}

export interface SuiteContext {
  browser: Browser;
  server: FixtureServer;
}

/** The non-apology the analyzer finds in MESSAGE, computed here so the test follows the rules. */
export function expectedFinding(text = MESSAGE) {
  const finding = analyze(text).find((f) => f.category === 'non-apology');
  if (!finding) throw new Error(`The analyzer finds no non-apology in ${JSON.stringify(text)}`);
  return { ...finding, words: text.slice(finding.start, finding.end) };
}

export const defaultReadModel = (page: Page) => page.evaluate(() => (window as unknown as { readModel(): string }).readModel());

/** Launches the e2e build and the fixture server once per spec file; storage is cleared per test. */
export function useExtension(): SuiteContext {
  const context = {} as SuiteContext;
  beforeAll(async () => {
    context.server = await serveFixtures();
    // AMENDS_EXTENSION_DIR: a private copy of the build, when other builds run in the same tree.
    context.browser = await launchWithExtension({ extensionDir: process.env.AMENDS_EXTENSION_DIR });
  });
  afterAll(async () => {
    // Privacy: nothing Amends did in this suite left the machine.
    expect(context.browser?.externalRequests ?? []).toEqual([]);
    await context.browser?.close();
    await context.server?.close();
  });
  beforeEach(async () => {
    await clearExtensionStorage(context.browser);
  });
  return context;
}

/** The slice of the extension API these helpers use inside an extension page. */
interface ExtensionPageGlobals {
  chrome: { storage: { local: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };
}

/** The extension's service worker (Playwright keeps it attached, so it stays reachable). */
export async function extensionWorker(browser: Browser): Promise<Worker> {
  const own = (w: Worker) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`);
  return browser.context.serviceWorkers().find(own) ?? (await browser.context.waitForEvent('serviceworker', { predicate: own, timeout: 10_000 }));
}

export async function clearExtensionStorage(browser: Browser): Promise<void> {
  const worker = await extensionWorker(browser);
  await worker.evaluate(() => (globalThis as unknown as ExtensionPageGlobals).chrome.storage.local.clear());
}

export async function readExtensionStorage<T>(browser: Browser, key: string): Promise<T | undefined> {
  const worker = await extensionWorker(browser);
  const value = await worker.evaluate(async (k) => (await (globalThis as unknown as ExtensionPageGlobals).chrome.storage.local.get(k))[k], key);
  return value as T | undefined;
}

export interface OpenedEditor {
  page: Page;
  errors: string[];
}

export async function openEditor(ctx: SuiteContext, suite: EditorSuite): Promise<OpenedEditor> {
  const page = await ctx.browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  const errors = collectPageErrors(page);
  await page.goto(ctx.server.url(suite.fixture));
  await page.locator(suite.field).first().click();
  // Write from the start, above anything already there (a Gmail reply's quoted message).
  await page.keyboard.press('Control+Home');
  return { page, errors };
}

/** Types with real key events, then waits for the first underline; returns how long that took. */
export async function typeAndWaitForFindings(page: Page, text = MESSAGE): Promise<number> {
  await page.keyboard.type(text, { delay: 15 });
  const typed = Date.now();
  // Visible: underlines of a field being edited stay in the DOM, hidden, until the next analysis.
  await page.locator(FINDING).first().waitFor({ state: 'visible', timeout: FINDINGS_WITHIN_MS + 2_000 });
  return Date.now() - typed;
}

export interface ScreenBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Boxes of the drawn underlines (those of a field being edited are hidden until re-analysed). */
export async function findingBoxes(page: Page, category?: string): Promise<ScreenBox[]> {
  const selector = category ? `${FINDING}[data-category="${category}"]` : FINDING;
  return page.locator(selector).evaluateAll((elements) =>
    elements.filter((e) => getComputedStyle(e).display !== 'none').map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/**
 * Where `words` are on screen, measured by the page itself with a DOM Range over the editor's
 * text nodes. Undefined for textarea/input, whose text has no DOM of its own.
 */
export async function wordRects(page: Page, field: string, words: string): Promise<ScreenBox[] | undefined> {
  return page.evaluate(
    ([field, words]) => {
      const root = document.querySelector(field);
      if (!root || root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) return undefined;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const flat = nodes.map((n) => n.data).join('');
      const start = flat.indexOf(words);
      if (start < 0) return [];
      const locate = (offset: number, end: boolean): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          if (offset < seen + node.length || (end && offset === seen + node.length)) return [node, offset - seen];
          seen += node.length;
        }
        const last = nodes[nodes.length - 1];
        return [last, last.length];
      };
      const range = document.createRange();
      range.setStart(...locate(start, false));
      range.setEnd(...locate(start + words.length, true));
      return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
    },
    [field, words] as const,
  );
}

export function overlapArea(a: ScreenBox, b: ScreenBox): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export const center = (b: ScreenBox) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** The caret offset in the field's text, read by the page (textarea: selection; editors: DOM selection). */
export async function caretOffset(page: Page, field: string): Promise<number | null> {
  return page.evaluate((field) => {
    const root = document.querySelector(field);
    if (!root) return null;
    if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
      return document.activeElement === root ? root.selectionStart : null;
    }
    const selection = document.getSelection();
    if (!selection?.focusNode || !root.contains(selection.focusNode)) return null;
    const range = document.createRange();
    range.selectNodeContents(root);
    range.setEnd(selection.focusNode, selection.focusOffset);
    return range.toString().length;
  }, field);
}

/** Whether keyboard focus is inside the field (looking through shadow roots). */
export async function focusIsIn(page: Page, field: string): Promise<boolean> {
  return page.evaluate((field) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const root = document.querySelector(field);
    return !!root && !!active && (root === active || root.contains(active));
  }, field);
}

/** Clicks the middle of the first underline of `category` and waits for the card. */
export async function openCardByClick(page: Page, category = 'non-apology'): Promise<void> {
  const [box] = await findingBoxes(page, category);
  const { x, y } = center(box);
  await page.mouse.click(x, y);
  // Generous: the first card of a fresh browser can wait on a cold worker on a busy machine.
  await page.locator(CARD).waitFor({ timeout: 5_000 });
}

export function runEditorSuite(suite: EditorSuite): void {
  const readModel = suite.readModel ?? defaultReadModel;

  describe(`${suite.name}: check as you type`, () => {
    const ctx = useExtension();
    const expected = expectedFinding();

    it('underlines the flagged words within 1.5 s, over the words, and leaves the text as typed', async () => {
      const { page, errors } = await openEditor(ctx, suite);
      const elapsed = await typeAndWaitForFindings(page);
      expect(elapsed).toBeLessThan(FINDINGS_WITHIN_MS);
      expect(await readModel(page)).toBe(MESSAGE);

      const boxes = await findingBoxes(page, expected.category);
      expect(boxes.length).toBeGreaterThan(0);
      const field = await page.locator(suite.field).first().boundingBox();
      for (const b of boxes) {
        expect(b.x).toBeGreaterThanOrEqual(field!.x - 1);
        expect(b.x + b.width).toBeLessThanOrEqual(field!.x + field!.width + 1);
      }
      const words = await wordRects(page, suite.field, expected.words);
      if (words) {
        // Editors with DOM text: the underline covers most of the words' own rects.
        const wordArea = words.reduce((sum, w) => sum + w.width * w.height, 0);
        const covered = words.reduce((sum, w) => sum + boxes.reduce((s, b) => s + overlapArea(w, b), 0), 0);
        expect(covered / wordArea).toBeGreaterThan(0.8);
      }
      // Clicking the middle of the underline lands the caret inside the flagged words.
      await page.mouse.click(center(boxes[0]).x, center(boxes[0]).y);
      const caret = await caretOffset(page, suite.field);
      expect(caret).not.toBeNull();
      expect(caret!).toBeGreaterThanOrEqual(expected.start);
      expect(caret!).toBeLessThanOrEqual(expected.end);
      expect(errors).toEqual([]);
    });

    it('opens the card when the caret enters the flagged words, with step, category and cooldown', async () => {
      const { page, errors } = await openEditor(ctx, suite);
      await typeAndWaitForFindings(page);
      await openCardByClick(page, expected.category);
      const card = page.locator(CARD);
      await expect.poll(() => card.getAttribute('data-category')).toBe(expected.category);
      expect(await card.getAttribute('data-step')).toBe(String(expected.step));
      expect(await card.getAttribute('role')).toBe('dialog');
      const cooldown = (await card.locator('[data-amends-cooldown]').textContent())?.trim();
      expect(cooldown).toBe(suggestCooldown({ findings: [expected], now: new Date() }).text);
      expect(await card.locator('[data-action="dismiss"]').count()).toBe(1);
      // Opening the card by the caret keeps the user's focus in the editor.
      expect(await focusIsIn(page, suite.field)).toBe(true);
      expect(await readModel(page)).toBe(MESSAGE);
      expect(errors).toEqual([]);
    });

    it('apply replaces exactly the flagged words, and one Ctrl+Z restores the original', async () => {
      const { page, errors } = await openEditor(ctx, suite);
      await typeAndWaitForFindings(page);
      await openCardByClick(page, expected.category);
      await page.locator(`${CARD} [data-action="apply"]`).click();
      const applied = MESSAGE.slice(0, expected.start) + expected.rewrite + MESSAGE.slice(expected.end);
      await expect.poll(() => readModel(page)).toBe(applied);
      await expect.poll(() => page.locator(CARD).count()).toBe(0);
      await page.keyboard.press('Control+z');
      await expect.poll(() => readModel(page)).toBe(MESSAGE);
      // The restored words are flagged again.
      await page.locator(`${FINDING}[data-category="${expected.category}"]`).first().waitFor({ state: 'visible', timeout: FINDINGS_WITHIN_MS + 1_000 });
      expect(errors).toEqual([]);
    });

    it('Esc closes the card and puts the caret back where it was, also after the shortcut moved focus into it', async () => {
      const { page, errors } = await openEditor(ctx, suite);
      await typeAndWaitForFindings(page);
      await openCardByClick(page, expected.category);
      const caret = await caretOffset(page, suite.field);
      expect(caret).not.toBeNull();

      await page.keyboard.press('Alt+Shift+A');
      await expect.poll(() => focusIsIn(page, suite.field)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('amends-ui');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(CARD).count()).toBe(0);
      expect(await focusIsIn(page, suite.field)).toBe(true);
      expect(await caretOffset(page, suite.field)).toBe(caret);

      // Typing continues where the caret was, and the page's model sees it.
      await page.keyboard.type('x');
      expect(await readModel(page)).toBe(MESSAGE.slice(0, caret!) + 'x' + MESSAGE.slice(caret!));
      expect(errors).toEqual([]);
    });

    it('"pause on this site" removes the underlines and stops checking', async () => {
      const { page, errors } = await openEditor(ctx, suite);
      await typeAndWaitForFindings(page);
      await openCardByClick(page, expected.category);
      await page.locator(`${CARD} [data-action="pause-site"]`).click();
      await expect.poll(() => page.locator(FINDING).count()).toBe(0);
      expect(await page.locator(CARD).count()).toBe(0);
      await page.locator(suite.field).first().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' I was only joking, but you made me do it.', { delay: 5 });
      await page.waitForTimeout(FINDINGS_WITHIN_MS);
      expect(await page.locator(FINDING).count()).toBe(0);
      const state = await readExtensionStorage<{ pausedUntil: Record<string, number> }>(ctx.browser, 'siteState');
      expect(state?.pausedUntil['127.0.0.1']).toBeGreaterThan(Date.now());
      expect(errors).toEqual([]);
    });
  });
}
