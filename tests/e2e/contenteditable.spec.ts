import { describe, expect, it } from 'vitest';
import { FINDING, FINDINGS_WITHIN_MS, MESSAGE, findingBoxes, openEditor, runEditorSuite, typeAndWaitForFindings, useExtension } from './suites';

runEditorSuite({ name: 'contenteditable', fixture: 'contenteditable.html', field: '#editor' });

describe('contenteditable inside an open shadow root and a same-origin iframe', () => {
  const ctx = useExtension();

  it('underlines the flagged words in a shadow-root editor, over the words', async () => {
    const { page, errors } = await openEditor(ctx, { name: 'shadow', fixture: 'contenteditable.html', field: '#shadow-host >> #editor' });
    await typeAndWaitForFindings(page);
    const [box] = await findingBoxes(page, 'non-apology');
    const host = await page.locator('#shadow-host').boundingBox();
    expect(box.y).toBeGreaterThanOrEqual(host!.y);
    expect(box.y + box.height).toBeLessThanOrEqual(host!.y + host!.height + 4);
    expect(errors).toEqual([]);
  });

  it('runs inside the iframe, with its own amends-ui there', async () => {
    const { page, errors } = await openEditor(ctx, { name: 'iframe', fixture: 'contenteditable.html', field: '#frame' });
    const frame = page.frameLocator('#frame');
    await frame.locator('#editor').click();
    await page.keyboard.type(MESSAGE, { delay: 15 });
    const underline = frame.locator(`${FINDING}[data-category="non-apology"]`).first();
    await underline.waitFor({ state: 'attached', timeout: FINDINGS_WITHIN_MS + 2_000 });
    const box = await underline.boundingBox();
    const frameBox = await page.locator('#frame').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(frameBox!.x);
    expect(box!.y).toBeGreaterThanOrEqual(frameBox!.y);
    expect(errors).toEqual([]);
  });

  it('leaves opted-out fields and search boxes alone', async () => {
    for (const field of ['#opted-out', '#search']) {
      const { page } = await openEditor(ctx, { name: field, fixture: 'contenteditable.html', field });
      await page.keyboard.type(MESSAGE, { delay: 5 });
      await page.waitForTimeout(FINDINGS_WITHIN_MS);
      expect(await page.locator(FINDING).count()).toBe(0);
      await page.close();
    }
  });
});
