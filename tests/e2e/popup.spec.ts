/**
 * The toolbar popup, opened as a page of the built extension: the checklist persists, start over
 * clears it, the site switch and pauses reach an open fixture page at once, and axe-core finds no
 * serious or critical problems in light or dark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, collectPageErrors, launchWithExtension, serveFixtures } from './harness';
import { FINDING, MESSAGE, clearExtensionStorage, readExtensionStorage, typeAndWaitForFindings, type SuiteContext } from './suites';

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

interface ChromeGlobals {
  chrome: {
    storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
    tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  };
}

async function openPopup(query = ''): Promise<Page> {
  const page = await ctx.browser.context.newPage();
  await page.setViewportSize({ width: 640, height: 600 });
  await page.goto(`chrome-extension://${ctx.browser.extensionId}/popup.html${query}`);
  await page.locator('.steps').waitFor();
  return page;
}

const tick = (page: Page, step: number) => page.locator(`input.tick[data-step="${step}"]`);

/** Serious and critical axe-core violations on the page (ids and the nodes they were found on). */
async function seriousViolations(page: Page): Promise<string[]> {
  // evaluate (not addScriptTag): extension pages' CSP blocks inline scripts, CDP evaluation is exempt.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ passes: unknown[]; violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations, passes } = await axe.run();
    // A run that checked nothing would also report no violations.
    if (passes.length < 5) return [`axe checked only ${passes.length} rules`];
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('popup', () => {
  it('ticks persist across reloads and "start over" clears them after confirming', async () => {
    const page = await openPopup();
    const errors = collectPageErrors(page);
    await tick(page, 1).click();
    await tick(page, 3).click();
    await expect.poll(() => page.getByTestId('progress').textContent()).toBe('2 of 6 steps done');
    await page.reload();
    await page.locator('.steps').waitFor();
    expect(await tick(page, 1).isChecked()).toBe(true);
    expect(await tick(page, 2).isChecked()).toBe(false);
    expect(await tick(page, 3).isChecked()).toBe(true);

    await page.locator('[data-action="start-over"]').click();
    // Nothing is cleared until the user confirms; cancel keeps the ticks.
    await page.locator('[data-action="cancel-start-over"]').click();
    expect(await tick(page, 1).isChecked()).toBe(true);
    await page.locator('[data-action="start-over"]').click();
    await page.locator('[data-action="confirm-start-over"]').click();
    await expect.poll(() => tick(page, 1).isChecked()).toBe(false);
    await page.reload();
    await page.locator('.steps').waitFor();
    for (let step = 1; step <= 6; step++) expect(await tick(page, step).isChecked()).toBe(false);
    expect(await readExtensionStorage(ctx.browser, 'checklist')).toEqual({
      ticked: { excuse: false, blame: false, demand: false, 'non-apology': false, crowding: false, pestering: false },
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works from the keyboard alone', async () => {
    const page = await openPopup();
    await page.keyboard.press('Tab'); // first control in the header
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.matches('input.tick[data-step="1"]'))) && guard++ < 10) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await tick(page, 1).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await tick(page, 2).isChecked()).toBe(true);
    await page.close();
  });

  it('shows this week’s counts and a held-drafts link from storage', async () => {
    const monday = await (await openPopup()).evaluate(() => {
      const d = new Date();
      d.setHours(12, 0, 0, 0);
      d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const page = await openPopup();
    await page.evaluate(
      (week) =>
        (globalThis as unknown as ChromeGlobals).chrome.storage.local.set({
          weeklyStats: { weeks: { [week]: { findings: { excuse: 2, blame: 5, demand: 0, 'non-apology': 1, crowding: 0, pestering: 3 }, cooldownsHonoured: 4 } } },
          heldDrafts: [{ id: 'd1', conversation: 'c', site: 'mail.google.com', text: 'held', heldAt: Date.now(), remindAt: Date.now() + 60_000, reminded: false }],
        }),
      monday,
    );
    // The popup watches storage: no reload needed.
    await expect.poll(() => page.locator('[data-category="blame"]').getAttribute('data-count')).toBe('5');
    expect(await page.locator('[data-category="pestering"] .bar-count').textContent()).toBe('3');
    expect(await page.getByTestId('cooldowns-honoured').textContent()).toContain('4');
    expect(await page.locator('[data-action="open-drafts"]').textContent()).toContain('1');
    await page.close();
  });

  it('switching the site off in the popup stops findings on an open page, at once', async () => {
    const site = await ctx.browser.context.newPage();
    await site.goto(ctx.server.url('textarea.html'));
    await site.locator('#editor').click();
    expect(await typeAndWaitForFindings(site)).toBeGreaterThan(0);

    const lookup = await openPopup();
    const [tab] = await lookup.evaluate(() => (globalThis as unknown as ChromeGlobals).chrome.tabs.query({ url: 'http://127.0.0.1/*' }));
    await lookup.close();
    const popup = await openPopup(`?tab=${tab.id}`);
    const toggle = popup.locator('[data-action="site-switch"]');
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect(await popup.getByRole('switch', { name: 'Check my writing on 127.0.0.1' }).count()).toBe(1);
    expect(await popup.getByTestId('site-status').textContent()).toBe('Checking as you type');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    expect(await popup.getByTestId('site-status').textContent()).toBe('Off on this site');
    expect(await readExtensionStorage(ctx.browser, 'siteState')).toMatchObject({ disabled: { '127.0.0.1': true } });

    await expect.poll(() => site.locator(FINDING).count(), { timeout: 3_000 }).toBe(0);
    await site.locator('#editor').fill('');
    await site.locator('#editor').click();
    await site.keyboard.type(MESSAGE, { delay: 5 });
    await site.waitForTimeout(1_500);
    expect(await site.locator(FINDING).count()).toBe(0);

    // Back on: the same page checks again.
    await toggle.click();
    await expect.poll(() => site.locator(FINDING).count(), { timeout: 4_000 }).toBeGreaterThan(0);
    await popup.close();
    await site.close();
  });

  it('pauses the site for an hour and resumes', async () => {
    const site = await ctx.browser.context.newPage();
    await site.goto(ctx.server.url('textarea.html'));
    await site.locator('#editor').click();
    expect(await typeAndWaitForFindings(site)).toBeGreaterThan(0);
    const lookup = await openPopup();
    const [tab] = await lookup.evaluate(() => (globalThis as unknown as ChromeGlobals).chrome.tabs.query({ url: 'http://127.0.0.1/*' }));
    await lookup.close();
    const popup = await openPopup(`?tab=${tab.id}`);
    const before = Date.now();
    await popup.locator('[data-action="pause-hour"]').click();
    await expect.poll(() => popup.getByTestId('site-status').textContent()).toMatch(/^Paused until /);
    const state = await readExtensionStorage<{ pausedUntil: Record<string, number> }>(ctx.browser, 'siteState');
    expect(state?.pausedUntil['127.0.0.1']).toBeGreaterThanOrEqual(before + 3_600_000 - 1_000);
    expect(state?.pausedUntil['127.0.0.1']).toBeLessThanOrEqual(Date.now() + 3_600_000 + 1_000);
    await expect.poll(() => site.locator(FINDING).count(), { timeout: 3_000 }).toBe(0);

    await popup.locator('[data-action="resume"]').click();
    await expect.poll(() => popup.locator('[data-action="pause-tomorrow"]').count()).toBe(1);
    await expect.poll(() => site.locator(FINDING).count(), { timeout: 4_000 }).toBeGreaterThan(0);
    await popup.close();
    await site.close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe-core violations (%s)', async (scheme) => {
    const page = await ctx.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${ctx.browser.extensionId}/popup.html`);
    await page.locator('.steps').waitFor();
    await tick(page, 2).click();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(scheme === 'dark' ? 'rgb(31, 30, 37)' : 'rgb(255, 253, 250)');
    expect(await seriousViolations(page)).toEqual([]);
    // The in-place confirmation too.
    await page.locator('[data-action="start-over"]').click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
