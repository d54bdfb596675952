import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordSend } from '../../src/cooldown/history';
import { cooldownSettings } from '../../src/cooldown/settings';
import { clearEverything, exportBackup, importBackup, parseBackup, sameJson } from '../../src/settings/backup';
import { DEFAULT_PREFERENCES, addedSites, checklist, preferences, siteState } from '../../src/settings/items';
import { countFindings, weeklyStats } from '../../src/settings/stats';

beforeEach(() => {
  fakeBrowser.reset();
});

async function fillStorage() {
  await preferences.update((p) => ({ ...p, sensitivity: 'high', categories: { ...p.categories, crowding: false } }));
  await siteState.setValue({ disabled: { 'mail.google.com': true }, pausedUntil: { 'app.slack.com': Date.now() + 3_600_000 } });
  await checklist.update((c) => ({ ticked: { ...c.ticked, excuse: true, blame: true } }));
  await addedSites.setValue(['https://chat.example.org']);
  await countFindings(['blame', 'blame', 'excuse']);
  await cooldownSettings.setValue({ ...(await cooldownSettings.getValue()), heatMinutes: 45 });
  await recordSend('conv-1', Date.now() - 60_000);
}

describe('export and import', () => {
  it('round-trip: import of an export restores every item after clearing', async () => {
    await fillStorage();
    const exported = await exportBackup();
    const text = JSON.stringify(exported);
    await clearEverything();
    expect(await preferences.getValue()).toEqual(DEFAULT_PREFERENCES);
    expect(await addedSites.getValue()).toEqual([]);

    const result = await importBackup(text);
    expect(result.ok).toBe(true);
    const again = await exportBackup(new Date(exported.exportedAt));
    expect(sameJson(again, exported)).toBe(true);
    expect((await preferences.getValue()).sensitivity).toBe('high');
    expect((await weeklyStats.getValue()).weeks).not.toEqual({});
    expect((await cooldownSettings.getValue()).heatMinutes).toBe(45);
  });

  it('exports counts and times only: no message text', async () => {
    await fillStorage();
    const text = JSON.stringify(await exportBackup());
    expect(text).toContain('"blame":2');
    expect(Object.keys((await exportBackup()).items).sort()).toEqual(
      ['addedSites', 'checklist', 'conversationHistory', 'cooldownSettings', 'preferences', 'siteState', 'weeklyStats'].sort(),
    );
  });

  it.each([
    ['not JSON', '{"format": "amends-backup",', 'not-json'],
    ['some other JSON', '{"hello": "world"}', 'not-backup'],
    ['an array', '[1,2,3]', 'not-backup'],
    ['a newer file format', '{"format":"amends-backup","formatVersion":9,"items":{}}', 'newer'],
    ['an item from a newer version', '{"format":"amends-backup","formatVersion":1,"items":{"preferences":{"version":7,"value":{}}}}', 'newer'],
    ['an unknown item', '{"format":"amends-backup","formatVersion":1,"items":{"passwords":{"version":1,"value":{}}}}', 'invalid'],
    ['a bad value', '{"format":"amends-backup","formatVersion":1,"items":{"preferences":{"version":2,"value":{"theme":"neon"}}}}', 'invalid'],
  ])('rejects %s and changes nothing', async (_name, text, kind) => {
    await fillStorage();
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const result = await importBackup(text);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind }) });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });

  it('rejects the whole file when one item is bad, even if others are fine', async () => {
    const exported = await exportBackup();
    (exported.items.checklist as { value: unknown }).value = { ticked: { excuse: 'done' } };
    exported.items.preferences.value = { ...DEFAULT_PREFERENCES, theme: 'dark' };
    const result = parseBackup(JSON.stringify(exported));
    expect(result).toEqual({ ok: false, error: { kind: 'invalid', item: 'checklist' } });
    await importBackup(JSON.stringify(exported));
    expect((await preferences.getValue()).theme).toBe('auto');
  });

  it('migrates items exported by an older version', async () => {
    const v1Preferences = { categories: DEFAULT_PREFERENCES.categories, sensitivity: 'high', disabledRules: [], theme: 'dark' };
    const text = JSON.stringify({ format: 'amends-backup', formatVersion: 1, items: { preferences: { version: 1, value: v1Preferences } } });
    expect(await importBackup(text)).toEqual({ ok: true, imported: ['preferences'] });
    expect(await preferences.getValue()).toEqual({ ...DEFAULT_PREFERENCES, sensitivity: 'high', theme: 'dark' });
  });

  it('clear everything leaves defaults behind', async () => {
    await fillStorage();
    await clearEverything();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await siteState.getValue()).toEqual({ disabled: {}, pausedUntil: {} });
  });
});

describe('sameJson', () => {
  it('ignores key order and compares deeply', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
  });
});
