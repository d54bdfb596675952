/**
 * The options page against the built extension: settings reach storage (and so open tabs), a bad
 * import shows a clear error and changes nothing, export → import round-trips, clear asks first,
 * the shortcut recorder works from the keyboard, and axe-core passes in light and dark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, collectPageErrors, launchWithExtension, serveFixtures } from './harness';
import { FINDING, clearExtensionStorage, readExtensionStorage, typeAndWaitForFindings, type SuiteContext } from './suites';

const ctx = {} as SuiteContext;
beforeAll(async () => {
  ctx.server = await serveFixtures();
  ctx.browser = await launchWithExtension();
});
afterAll(async () => {
  // Privacy: extension pages made no request that left the machine.
  expect(ctx.browser?.externalRequests ?? []).toEqual([]);
  await ctx.browser?.close();
  await ctx.server?.close();
});
beforeEach(() => clearExtensionStorage(ctx.browser));

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function openOptions(scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await ctx.browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${ctx.browser.extensionId}/options.html`);
  await page.locator('#data').waitFor();
  return page;
}

async function allStorage(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE); // CDP evaluation: extension pages' CSP blocks injected script tags
  return page.evaluate(async () => {
    type Result = { passes: unknown[]; violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const { violations, passes } = await (window as unknown as { axe: { run(): Promise<Result> } }).axe.run();
    if (passes.length < 5) return [`axe checked only ${passes.length} rules`];
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('options page', () => {
  it('category, sensitivity, theme and cooldown changes are saved and survive a reload', async () => {
    const page = await openOptions();
    const errors = collectPageErrors(page);
    await page.locator('[data-setting="category"][data-category="crowding"]').click();
    await page.getByLabel('Only clear cases').check();
    await page.getByLabel('Dark', { exact: true }).check();
    await page.locator('[data-setting="heatMinutes"]').fill('45');
    await page.locator('[data-setting="heatMinutes"]').press('Enter');
    await page.locator('[data-hold="blame"]').click();

    await expect.poll(async () => (await readExtensionStorage<{ heatMinutes: number }>(ctx.browser, 'cooldownSettings'))?.heatMinutes).toBe(45);
    const prefs = await readExtensionStorage<{ categories: Record<string, boolean>; sensitivity: string; theme: string }>(ctx.browser, 'preferences');
    expect(prefs?.categories.crowding).toBe(false);
    expect(prefs?.categories.blame).toBe(true);
    expect(prefs?.sensitivity).toBe('high');
    expect(prefs?.theme).toBe('dark');
    expect((await readExtensionStorage<{ holdCategories: Record<string, boolean> }>(ctx.browser, 'cooldownSettings'))?.holdCategories.blame).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    await page.reload();
    await page.locator('#data').waitFor();
    expect(await page.locator('[data-setting="category"][data-category="crowding"]').getAttribute('aria-checked')).toBe('false');
    expect(await page.getByLabel('Only clear cases').isChecked()).toBe(true);
    expect(await page.locator('[data-setting="heatMinutes"]').inputValue()).toBe('45');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works from the keyboard alone: Tab to a switch, Space toggles it; arrows pick a theme', async () => {
    const page = await openOptions();
    const isFocused = (selector: string) => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
    const target = '[data-setting="category"][data-category="excuse"]';
    for (let i = 0; i < 20 && !(await isFocused(target)); i++) await page.keyboard.press('Tab');
    expect(await isFocused(target)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await readExtensionStorage<{ categories: { excuse: boolean } }>(ctx.browser, 'preferences'))?.categories.excuse).toBe(false);
    for (let i = 0; i < 20 && !(await isFocused('input[name="theme"]')); i++) await page.keyboard.press('Tab');
    expect(await isFocused('input[name="theme"][value="auto"]')).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await readExtensionStorage<{ theme: string }>(ctx.browser, 'preferences'))?.theme).toBe('light');
    await page.close();
  });

  it('an out-of-range number is clamped to what the setting allows', async () => {
    const page = await openOptions();
    await page.locator('[data-setting="burstCount"]').fill('500');
    await page.locator('[data-setting="burstCount"]').press('Enter');
    await expect.poll(async () => (await readExtensionStorage<{ burstCount: number }>(ctx.browser, 'cooldownSettings'))?.burstCount).toBe(20);
    await expect.poll(() => page.locator('[data-setting="burstCount"]').inputValue()).toBe('20');
    await page.close();
  });

  it('switching a category off stops its findings on an open page', async () => {
    const site = await ctx.browser.context.newPage();
    await site.goto(ctx.server.url('textarea.html'));
    await site.locator('#editor').click();
    await typeAndWaitForFindings(site);
    expect(await site.locator(`${FINDING}[data-category="non-apology"]`).count()).toBeGreaterThan(0);
    const page = await openOptions();
    await page.locator('[data-setting="category"][data-category="non-apology"]').click();
    await expect.poll(() => site.locator(`${FINDING}[data-category="non-apology"]`).count(), { timeout: 4_000 }).toBe(0);
    await page.close();
    await site.close();
  });

  it('a built-in site switch turns off every host of that site', async () => {
    const page = await openOptions();
    await page.locator('[data-site="outlook"]').click();
    await expect
      .poll(() => readExtensionStorage(ctx.browser, 'siteState'))
      .toMatchObject({ disabled: { 'outlook.live.com': true, 'outlook.office.com': true, 'outlook.office365.com': true } });
    await page.locator('[data-site="outlook"]').click();
    await expect.poll(async () => (await readExtensionStorage<{ disabled: object }>(ctx.browser, 'siteState'))?.disabled).toEqual({});
    await page.close();
  });

  it('adding a site that is not a web address says so and asks for nothing', async () => {
    const page = await openOptions();
    await page.getByLabel('Add another site').fill('hello there');
    await page.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => page.locator('#add-site-message').textContent()).toContain("doesn't look like a web address");
    await page.getByLabel('Add another site').fill('mail.google.com');
    await page.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => page.locator('#add-site-message').textContent()).toContain('already on the list');
    expect(await readExtensionStorage(ctx.browser, 'addedSites')).toBeUndefined();
    await page.close();
  });

  it('arrives from the popup\'s "Add this site…" with the site filled in and focused', async () => {
    const page = await ctx.browser.context.newPage();
    await page.goto(`chrome-extension://${ctx.browser.extensionId}/options.html?add=${encodeURIComponent('https://chat.example.org')}#sites`);
    const input = page.getByLabel('Add another site');
    await expect.poll(() => input.inputValue()).toBe('chat.example.org');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it.each([
    ['not JSON', 'this is { not json', "isn't valid JSON"],
    ['another JSON file', '{"name": "something else"}', "isn't an Amends export"],
    ['a corrupt export', '{"format":"amends-backup","formatVersion":1,"items":{"preferences":{"version":2,"value":{"theme":"neon"}}}}', "Part of that file isn't valid (preferences)"],
  ])('importing %s shows a clear error and changes nothing', async (_name, content, error) => {
    const page = await openOptions();
    await page.locator('[data-setting="category"][data-category="blame"]').click();
    await expect.poll(async () => (await readExtensionStorage<{ categories: { blame: boolean } }>(ctx.browser, 'preferences'))?.categories.blame).toBe(false);
    const before = await allStorage(page);
    await page.getByTestId('import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect.poll(() => page.getByTestId('data-message').textContent()).toContain(error);
    expect(await page.getByTestId('data-message').getAttribute('role')).toBe('alert');
    expect(await allStorage(page)).toEqual(before);
    await page.close();
  });

  it('export, clear everything (after confirming), import: settings come back', async () => {
    const page = await openOptions();
    await page.locator('[data-setting="category"][data-category="demand"]').click();
    await page.getByLabel('Only clear cases').check();
    await expect.poll(async () => (await readExtensionStorage<{ sensitivity: string }>(ctx.browser, 'preferences'))?.sensitivity).toBe('high');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^amends-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'amends-backup', items: { preferences: { value: { sensitivity: 'high' } } } });

    await page.locator('[data-action="clear-all"]').click();
    expect(await readExtensionStorage(ctx.browser, 'preferences')).toBeDefined(); // nothing cleared before confirming
    await page.locator('[data-action="confirm-clear-all"]').click();
    await expect.poll(() => allStorage(page)).toEqual({});
    await expect.poll(() => page.locator('[data-setting="category"][data-category="demand"]').getAttribute('aria-checked')).toBe('true');

    await page.getByTestId('import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => page.getByTestId('data-message').textContent()).toContain('Imported');
    await expect.poll(() => page.locator('[data-setting="category"][data-category="demand"]').getAttribute('aria-checked')).toBe('false');
    expect((await readExtensionStorage<{ sensitivity: string }>(ctx.browser, 'preferences'))?.sensitivity).toBe('high');
    await page.close();
  });

  it('records a new shortcut from the keyboard and refuses plain typing keys', async () => {
    const page = await openOptions();
    expect(await page.getByTestId('shortcut').textContent()).toBe('Alt+Shift+A');
    await page.locator('[data-action="record-shortcut"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+KeyK');
    await expect.poll(() => page.locator('#shortcut .message').textContent()).toContain('Use Ctrl, Alt');
    await page.keyboard.press('Control+Shift+KeyK');
    await expect.poll(() => page.getByTestId('shortcut').textContent()).toBe('Ctrl+Shift+K');
    expect(await readExtensionStorage<{ shortcut: object }>(ctx.browser, 'preferences')).toMatchObject({
      shortcut: { code: 'KeyK', ctrl: true, shift: true, alt: false, meta: false },
    });
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe-core violations (%s)', async (scheme) => {
    const page = await openOptions(scheme);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(scheme === 'dark' ? 'rgb(31, 30, 37)' : 'rgb(255, 253, 250)');
    expect(await seriousViolations(page)).toEqual([]);
    // With an error and a confirmation showing.
    await page.getByTestId('import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
    await page.locator('[data-action="clear-all"]').click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
