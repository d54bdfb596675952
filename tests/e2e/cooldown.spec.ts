/**
 * Cooldowns that know the conversation, in Chromium with the e2e build: sends are noticed on a
 * chat page (Enter) and change the card's cooldown once they make a burst; their reply resets it;
 * hold-before-send catches Enter, Ctrl+Enter and the Send button before the page sees them, and
 * "Send anyway" sends exactly the text; a held draft is on the drafts page after a restart.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_COOLDOWN_SETTINGS } from '../../src/cooldown/defaults';
import { collectPageErrors, launchWithExtension, serveFixtures, type Browser, type FixtureServer } from './harness';
import { CARD, clearExtensionStorage, FINDING, openCardByClick, readExtensionStorage } from './suites';

const SHOTS = join(new URL('../..', import.meta.url).pathname, '.tmp/screenshots');
const HOLD = '[data-amends-hold]';
const COOLDOWN = `${CARD} [data-amends-cooldown]`;
/** A non-apology (step 4); the analyzer flags it, so the card opens and holds can trigger. */
const HEATED = "I'm sorry if you were offended.";
/** Generous: the first field of a run starts the content script and the analyzer cold (latency is the editor suites' concern). */
const FINDINGS_TIMEOUT = 20_000;
const UI_TIMEOUT = 15_000;
const POLITE = ['Are you there?', 'Can we talk tonight?', 'Hello?'];
/** Alarm names of held drafts (src/background/reminders.ts; not imported: it defines storage items at load). */
const ALARM_PREFIX = 'amends-draft:';
/** Lets a run use a private copy of the e2e build (other work may be rebuilding .output meanwhile). */
const extensionDir = process.env.AMENDS_EXTENSION_DIR || undefined;

const AXE = readFileSync(join(new URL('../..', import.meta.url).pathname, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious or critical axe-core violations; `within` keeps those inside elements matching it (shadow hosts included). */
async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  await page.evaluate(AXE); // CDP evaluation: extension pages' CSP blocks injected script tags
  return page.evaluate(async (within) => {
    type Node = { target: Array<string | string[]> };
    type Result = { passes: unknown[]; violations: { id: string; impact: string; nodes: Node[] }[] };
    const { violations, passes } = await (window as unknown as { axe: { run(): Promise<Result> } }).axe.run();
    if (passes.length < 5) return [`axe checked only ${passes.length} rules`];
    const ours = (n: Node) => !within || JSON.stringify(n.target).includes(within);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.filter(ours).map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  }, within);
}

interface ExtensionGlobals {
  chrome: {
    storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
    alarms: { getAll(): Promise<Array<{ name: string }>> };
    notifications: { getAll(): Promise<Record<string, boolean>> };
  };
}

async function onExtensionPage<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  try {
    return await run(page);
  } finally {
    await page.close();
  }
}

async function holdFor(browser: Browser, categories: string[]): Promise<void> {
  const holdCategories = { ...DEFAULT_COOLDOWN_SETTINGS.holdCategories, ...Object.fromEntries(categories.map((c) => [c, true])) };
  await onExtensionPage(browser, (page) =>
    page.evaluate((value) => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set({ cooldownSettings: value }), {
      ...DEFAULT_COOLDOWN_SETTINGS,
      holdCategories,
    }),
  );
}

const sentMessages = (page: Page) => page.evaluate(() => (window as unknown as { sentMessages: string[] }).sentMessages);
const readModel = (page: Page, id?: string) => page.evaluate((id) => (window as unknown as { readModel(id?: string): string }).readModel(id), id);

async function openPage(ctx: { browser: Browser; server: FixtureServer }, fixture: string) {
  const page = await ctx.browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  const errors = collectPageErrors(page);
  await page.goto(ctx.server.url(fixture));
  return { page, errors };
}

/**
 * Wakes the background and its analyzer once, so the tests' waits measure Amends, not a cold
 * start. On a loaded machine a cold analysis can outlast the content script's request timeout;
 * typing on asks again, as a user would.
 */
async function warmUp(browser: Browser, server: FixtureServer): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(server.url('textarea.html'));
  await page.locator('#editor').click();
  await page.keyboard.type(HEATED, { delay: 5 });
  for (let attempt = 0; ; attempt++) {
    try {
      await page.locator(FINDING).first().waitFor({ state: 'attached', timeout: 8_000 });
      break;
    } catch (error) {
      if (attempt >= 4) throw error;
      await page.keyboard.type(' ');
    }
  }
  await page.close();
}

async function sendHistory(browser: Browser): Promise<Record<string, { sends: number[]; replies: number[] }>> {
  return (await readExtensionStorage(browser, 'conversationHistory')) ?? {};
}

describe('cooldowns in the page', () => {
  const ctx = {} as { browser: Browser; server: FixtureServer };
  beforeAll(async () => {
    ctx.server = await serveFixtures();
    ctx.browser = await launchWithExtension({ extensionDir });
    await warmUp(ctx.browser, ctx.server);
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  beforeEach(async () => {
    await clearExtensionStorage(ctx.browser);
  });

  it('records sends (times only) and turns the card cooldown into a burst warning; their reply ends it', async () => {
    const { page, errors } = await openPage(ctx, 'chat.html');
    const field = page.locator('#message');
    await field.click();
    await page.keyboard.type(HEATED, { delay: 10 });
    await page.locator(FINDING).first().waitFor({ state: 'attached', timeout: FINDINGS_TIMEOUT });
    await openCardByClick(page);
    expect(await page.locator(COOLDOWN).textContent()).toMatch(/^Wait 20 minutes and reread it before sending\.$|^It’s late/);

    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    for (const text of POLITE) {
      await page.keyboard.type(text, { delay: 5 });
      await page.keyboard.press('Enter');
      await expect.poll(() => readModel(page)).toBe('');
    }
    expect(await sentMessages(page)).toEqual(POLITE);
    await expect.poll(async () => Object.values(await sendHistory(ctx.browser))[0]?.sends.length ?? 0, { timeout: 5_000 }).toBe(3);
    // Only times are stored: no message text anywhere in the history.
    const stored = JSON.stringify(await sendHistory(ctx.browser));
    for (const text of POLITE) expect(stored).not.toContain(text);
    expect(Object.keys(await sendHistory(ctx.browser))[0]).toMatch(/^[0-9a-f]{16}$/);

    await page.keyboard.type(HEATED, { delay: 10 });
    await page.locator(FINDING).first().waitFor({ state: 'attached', timeout: FINDINGS_TIMEOUT });
    await openCardByClick(page);
    await expect
      .poll(() => page.locator(COOLDOWN).textContent())
      .toBe('You’ve sent 3 messages in the last 15 minutes without a reply — give them until tomorrow morning.');

    // They reply (the click closes the card): the burst is over; the cooldown goes back to the words.
    await page.locator('#their-reply').click();
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
    await openCardByClick(page);
    expect(await page.locator(COOLDOWN).textContent()).toMatch(/^Wait 20 minutes and reread it before sending\.$|^It’s late/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not count Shift+Enter or an Enter that sends nothing', async () => {
    const { page } = await openPage(ctx, 'chat.html');
    await page.locator('#message').click();
    await page.keyboard.type('First line', { delay: 5 });
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line', { delay: 5 });
    await page.waitForTimeout(400);
    expect(await readModel(page)).toBe('First line\nsecond line');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(600);
    expect(await sendHistory(ctx.browser)).toEqual({});
    await page.close();
  });

  it('holds an Enter send with a held category; "Send anyway" sends exactly the text', async () => {
    await holdFor(ctx.browser, ['non-apology']);
    const { page, errors } = await openPage(ctx, 'chat.html');
    await page.locator('#message').click();
    const text = `Alex,\n${HEATED}  I'll call later.`;
    await page.keyboard.type('Alex,', { delay: 5 });
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(`${HEATED}  I'll call later.`, { delay: 5 });
    await page.keyboard.press('Enter');
    const hold = page.locator(HOLD);
    await hold.waitFor({ timeout: UI_TIMEOUT });
    expect(await sentMessages(page)).toEqual([]);
    expect(await readModel(page)).toBe(text);
    expect(await hold.getAttribute('role')).toBe('dialog');
    expect(await hold.locator('[data-amends-cooldown]').textContent()).toMatch(/Wait 20 minutes|It’s late/);
    expect(await hold.locator('[data-amends-countdown]').textContent()).toMatch(/\d+:\d\d left|\d+ h \d\d min left/);
    await page.waitForTimeout(300); // let the prompt's entrance animation finish before the screenshot
    await page.screenshot({ path: join(SHOTS, 'hold-chat.png') });
    expect(await seriousViolations(page, 'amends-ui')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page, 'amends-ui')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    // Keyboard: focus starts on "Keep editing" and Tab stays inside the prompt.
    expect(await page.evaluate(() => document.querySelector('amends-ui[data-amends-hold-host]')?.shadowRoot?.activeElement?.getAttribute('data-action'))).toBe('keep-editing');
    for (let i = 0; i < 2; i++) await page.keyboard.press('Tab'); // → Send anyway → (wraps) Hold
    expect(await page.evaluate(() => document.querySelector('amends-ui[data-amends-hold-host]')?.shadowRoot?.activeElement?.getAttribute('data-action'))).toBe('hold');

    await hold.locator('[data-action="send-anyway"]').click();
    await expect.poll(() => sentMessages(page)).toEqual([text]);
    expect(await page.locator(HOLD).count()).toBe(0);
    await expect.poll(async () => Object.values(await sendHistory(ctx.browser))[0]?.sends.length ?? 0).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a message without held categories through untouched, and Esc on the prompt keeps editing', async () => {
    await holdFor(ctx.browser, ['pestering']);
    const { page } = await openPage(ctx, 'chat.html');
    await page.locator('#message').click();
    // Sent before any analysis could finish: Amends must not keep it.
    await page.keyboard.type('See you at seven.', { delay: 0 });
    await page.keyboard.press('Enter');
    await expect.poll(() => sentMessages(page)).toEqual(['See you at seven.']);

    await page.keyboard.type('Have you decided yet? Please answer me.', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.locator(HOLD).waitFor({ timeout: UI_TIMEOUT });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(HOLD).count()).toBe(0);
    expect(await sentMessages(page)).toEqual(['See you at seven.']);
    expect(await readModel(page)).toBe('Have you decided yet? Please answer me.');
    // Focus is back in the box: typing goes on where it was.
    await page.keyboard.type('!', { delay: 5 });
    expect(await readModel(page)).toBe('Have you decided yet? Please answer me.!');
    await page.close();
  });

  it('on a site it has no entry for, counts sends that empty the box but never holds them', async () => {
    await holdFor(ctx.browser, ['non-apology']);
    const { page, errors } = await openPage(ctx, 'textarea.html');
    // The page turns its chat input into a tiny chat app Amends knows nothing about.
    await page.evaluate(() => {
      const input = document.getElementById('chat') as HTMLInputElement;
      const sent: string[] = ((window as unknown as { sentMessages: string[] }).sentMessages = []);
      const button = document.createElement('button');
      button.textContent = 'Send';
      button.addEventListener('click', () => {
        sent.push(input.value);
        input.value = '';
      });
      input.after(button);
      input.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter') return;
        sent.push(input.value);
        input.value = '';
      });
    });
    await page.locator('#chat').click();
    await page.keyboard.type(HEATED, { delay: 5 });
    await page.waitForTimeout(400);
    await page.keyboard.press('Enter');
    expect(await sentMessages(page)).toEqual([HEATED]);
    await page.keyboard.type('Are you there?', { delay: 5 });
    await page.locator('button', { hasText: 'Send' }).click();
    expect(await sentMessages(page)).toEqual([HEATED, 'Are you there?']);
    await expect.poll(async () => Object.values(await sendHistory(ctx.browser))[0]?.sends.length ?? 0).toBe(2);
    expect(await page.locator(HOLD).count()).toBe(0);
    // Enter in the message textarea (a new line there) is no send.
    await page.locator('#editor').click();
    await page.keyboard.type('Line one', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(400);
    expect(Object.values(await sendHistory(ctx.browser))[0]?.sends.length).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('holds Gmail-like Ctrl+Enter and the Send button; "Send anyway" sends exactly the text', async () => {
    await holdFor(ctx.browser, ['non-apology']);
    const { page, errors } = await openPage(ctx, 'gmail.html');
    // The reply compose: its first line is above Gmail's quoted message.
    await page.locator('[id=":r1"] > div').first().click();
    await page.keyboard.type(HEATED, { delay: 5 });
    await page.keyboard.press('Control+Enter');
    const hold = page.locator(HOLD);
    await hold.waitFor({ timeout: UI_TIMEOUT });
    expect(await sentMessages(page)).toEqual([]);
    await hold.locator('[data-action="keep-editing"]').click();
    await expect.poll(() => page.locator(HOLD).count()).toBe(0);

    // Gmail's Send is a div with role=button: pressed from the keyboard, its keydown is the click.
    await page.locator('#reply [role="button"][aria-label^="Send"]').focus();
    await page.keyboard.press('Space');
    await hold.waitFor({ timeout: UI_TIMEOUT });
    expect(await sentMessages(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(HOLD).count()).toBe(0);

    // A plain mouse click: Playwright's own hit-target check would see Amends swallow the press.
    const send = await page.locator('#reply [role="button"][aria-label^="Send"]').boundingBox();
    await page.mouse.click(send!.x + send!.width / 2, send!.y + send!.height / 2);
    await hold.waitFor({ timeout: UI_TIMEOUT });
    expect(await sentMessages(page)).toEqual([]);
    expect(await readModel(page, ':r1')).toBe(HEATED);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'hold-gmail.png') });
    await hold.locator('[data-action="send-anyway"]').click();
    await expect.poll(() => sentMessages(page)).toEqual([HEATED]);
    await expect.poll(async () => Object.values(await sendHistory(ctx.browser))[0]?.sends.length ?? 0).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Remind me later" on the card keeps the draft with a reminder; the text stays in the box, unsent', async () => {
    const { page, errors } = await openPage(ctx, 'chat.html');
    await page.locator('#message').click();
    await page.keyboard.type(HEATED, { delay: 10 });
    await page.locator(FINDING).first().waitFor({ state: 'attached', timeout: FINDINGS_TIMEOUT });
    await openCardByClick(page);
    await page.locator(`${CARD} [data-action="remind-later"]`).click();
    const held = page.locator(`${CARD} [data-amends-held]`);
    await held.waitFor({ timeout: UI_TIMEOUT });
    expect(await held.textContent()).toMatch(/^Held\. Amends will remind you (at|tomorrow at|on) /);
    expect(await page.locator(`${CARD} [data-action="remind-later"]`).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'card-held.png') });
    const drafts = await readExtensionStorage<Array<{ text: string; id: string; conversation: string; remindAt: number }>>(ctx.browser, 'heldDrafts');
    expect(drafts?.map((d) => d.text)).toEqual([HEATED]);
    expect(drafts![0].conversation).toMatch(/^[\w-]{8,}$/);
    expect(drafts![0].remindAt).toBeGreaterThan(Date.now());
    await expect
      .poll(() => onExtensionPage(ctx.browser, (p) => p.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.alarms.getAll())))
      .toContainEqual(expect.objectContaining({ name: ALARM_PREFIX + drafts![0].id }));
    expect(await readModel(page)).toBe(HEATED);
    expect(await sentMessages(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('reminders in the browser', () => {
  it('fires the alarm when a held draft’s cooldown ends and shows a notification', async () => {
    const browser = await launchWithExtension({ extensionDir });
    try {
      await onExtensionPage(browser, async (page) => {
        const now = Date.now();
        // Due in 6 s: the poll below (up to 5 s, for a worker that is slow to start) sees the alarm before it fires.
        const draft = { id: 'e2e-1', conversation: 'k', site: '127.0.0.1', text: 'Sorry.', heldAt: now, remindAt: now + 6000, reminded: false };
        await page.evaluate((d) => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set({ heldDrafts: [d] }), draft);
        // (page.evaluate callbacks run in the page: each names the API itself.)
        const alarms = () => page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.alarms.getAll().then((a) => a.map((x) => x.name)));
        const notifications = () => page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.notifications.getAll());
        await expect.poll(alarms, { timeout: 5_000 }).toEqual([`${ALARM_PREFIX}e2e-1`]);
        await expect.poll(notifications, { timeout: 20_000 }).toEqual({ [`${ALARM_PREFIX}e2e-1`]: true });
        expect(await readExtensionStorage(browser, 'heldDrafts')).toEqual([{ ...draft, reminded: true }]);
        await expect.poll(alarms).toEqual([]);
      });
    } finally {
      await browser.close();
    }
  });
});

describe('held drafts survive a restart', () => {
  let server: FixtureServer;
  let profileDir: string;
  beforeAll(async () => {
    server = await serveFixtures();
    profileDir = mkdtempSync(join(tmpdir(), 'amends-restart-'));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('"Hold" keeps the draft (text unchanged in the box), sets a reminder, and lists it on drafts.html after a restart', async () => {
    const text = `Alex,\n${HEATED} I'll wait.`;
    let first: Browser | undefined = await launchWithExtension({ profileDir, keepProfile: true, extensionDir });
    try {
      await holdFor(first, ['non-apology']);
      await warmUp(first, server);
      const page = await first.context.newPage();
      await page.setViewportSize({ width: 1000, height: 700 });
      await page.goto(server.url('chat.html'));
      await page.locator('#message').click();
      await page.keyboard.type('Alex,', { delay: 5 });
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type(`${HEATED} I'll wait.`, { delay: 5 });
      // A fresh browser: let the analyzer wake before sending (a send waits for it at most HOLD_DEADLINE_MS).
      await page.locator(FINDING).first().waitFor({ state: 'attached', timeout: FINDINGS_TIMEOUT });
      await page.keyboard.press('Enter');
      const hold = page.locator(HOLD);
      await hold.waitFor({ timeout: UI_TIMEOUT });
      await hold.locator('[data-action="hold"]').click();
      await hold.locator('[data-amends-held]').waitFor({ timeout: UI_TIMEOUT });
      await page.screenshot({ path: join(SHOTS, 'hold-held.png') });
      expect(await readModel(page)).toBe(text);
      expect(await sentMessages(page)).toEqual([]);
      const drafts = await readExtensionStorage<Array<{ text: string; id: string }>>(first, 'heldDrafts');
      expect(drafts?.map((d) => d.text)).toEqual([text]);
      await expect
        .poll(() => onExtensionPage(first!, (p) => p.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.alarms.getAll())))
        .toEqual([expect.objectContaining({ name: ALARM_PREFIX + drafts![0].id })]);
      await first.close();
      first = undefined;

      const second = await launchWithExtension({ profileDir, keepProfile: true, extensionDir });
      try {
        const draftsPage = await second.context.newPage();
        await draftsPage.setViewportSize({ width: 900, height: 600 });
        const errors = collectPageErrors(draftsPage);
        await draftsPage.goto(`chrome-extension://${second.extensionId}/drafts.html`);
        const item = draftsPage.locator('[data-amends-draft]');
        await item.first().waitFor({ timeout: UI_TIMEOUT });
        expect(await item.count()).toBe(1);
        expect(await item.locator('[data-draft-text]').textContent()).toBe(text);
        await draftsPage.screenshot({ path: join(SHOTS, 'drafts-page.png') });
        expect(await seriousViolations(draftsPage)).toEqual([]);
        await draftsPage.emulateMedia({ colorScheme: 'dark' });
        await draftsPage.screenshot({ path: join(SHOTS, 'drafts-page-dark.png') });
        expect(await seriousViolations(draftsPage)).toEqual([]);

        await item.locator('[data-action="discard"]').click();
        await item.locator('[data-action="discard-confirm"]').click();
        await draftsPage.locator('[data-amends-drafts-empty]').waitFor({ timeout: UI_TIMEOUT });
        expect(await readExtensionStorage(second, 'heldDrafts')).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await second.close();
      }
    } finally {
      await first?.close();
    }
  });
});
