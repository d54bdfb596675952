import { describe, expect, it } from 'vitest';
import {
  CARD,
  FINDING,
  FINDINGS_WITHIN_MS,
  MESSAGE,
  center,
  expectedFinding,
  findingBoxes,
  focusIsIn,
  openCardByClick,
  openEditor,
  readExtensionStorage,
  runEditorSuite,
  typeAndWaitForFindings,
  useExtension,
  type EditorSuite,
} from './suites';

const SUITE: EditorSuite = { name: 'textarea', fixture: 'textarea.html', field: '#editor' };

runEditorSuite(SUITE);

describe('textarea: hover, dismiss, mute, and text changed under a pending analysis', () => {
  const ctx = useExtension();
  const expected = expectedFinding();

  it('hovering the underline opens the card; leaving closes it', async () => {
    const { page, errors } = await openEditor(ctx, SUITE);
    await typeAndWaitForFindings(page);
    const [box] = await findingBoxes(page, expected.category);
    await page.mouse.move(center(box).x, center(box).y, { steps: 3 });
    await page.locator(CARD).waitFor({ timeout: 2_000 });
    expect(await page.locator(CARD).getAttribute('data-category')).toBe(expected.category);
    await page.mouse.move(5, 650, { steps: 3 });
    await expect.poll(() => page.locator(CARD).count(), { timeout: 3_000 }).toBe(0);
    expect(errors).toEqual([]);
  });

  it('dismiss hides that finding and keeps it hidden while typing elsewhere', async () => {
    const { page, errors } = await openEditor(ctx, SUITE);
    await typeAndWaitForFindings(page);
    await openCardByClick(page, expected.category);
    await page.locator(`${CARD} [data-action="dismiss"]`).click();
    await expect.poll(() => page.locator(`${FINDING}[data-category="${expected.category}"]`).count()).toBe(0);
    expect(await focusIsIn(page, SUITE.field)).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.type(' Thanks.', { delay: 10 });
    await page.waitForTimeout(FINDINGS_WITHIN_MS);
    expect(await page.locator(`${FINDING}[data-category="${expected.category}"]`).count()).toBe(0);
    expect(await page.evaluate(() => (document.getElementById('editor') as HTMLTextAreaElement).value)).toBe(`${MESSAGE} Thanks.`);
    expect(errors).toEqual([]);
  });

  it('"don\'t flag this again" stores the rule and stops flagging it', async () => {
    const { page, errors } = await openEditor(ctx, SUITE);
    await typeAndWaitForFindings(page);
    await openCardByClick(page, expected.category);
    await page.locator(`${CARD} [data-action="mute-rule"]`).click();
    await expect.poll(() => page.locator(`${FINDING}[data-category="${expected.category}"]`).count()).toBe(0);
    await expect.poll(async () => (await readExtensionStorage<{ disabledRules: string[] }>(ctx.browser, 'preferences'))?.disabledRules).toContain(expected.rule);
    // A new page: the rule stays off.
    const again = await openEditor(ctx, SUITE);
    await again.page.keyboard.type(MESSAGE, { delay: 5 });
    await again.page.waitForTimeout(FINDINGS_WITHIN_MS);
    expect(await again.page.locator(`${FINDING}[data-category="${expected.category}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a box cleared by the page (as after sending) loses its underlines', async () => {
    const { page, errors } = await openEditor(ctx, SUITE);
    await typeAndWaitForFindings(page);
    // A chat page: Enter sends, and the page resets the value itself, so no input event fires.
    await page.evaluate(() => {
      const field = document.getElementById('editor') as HTMLTextAreaElement;
      field.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        setTimeout(() => (field.value = ''), 0);
      });
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(FINDING).count(), { timeout: 2_000 }).toBe(0);
    expect(errors).toEqual([]);
  });
});

