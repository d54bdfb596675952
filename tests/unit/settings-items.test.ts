import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_PREFERENCES,
  addedSites,
  checklist,
  isActiveOn,
  preferences,
  sanitizeAddedSites,
  sanitizePreferences,
  sanitizeSiteState,
  siteState,
} from '../../src/settings/items';
import { DEFAULT_SHORTCUT } from '../../src/settings/shortcut';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings items', () => {
  it('return defaults when nothing is stored', async () => {
    expect(await preferences.getValue()).toEqual(DEFAULT_PREFERENCES);
    expect(await siteState.getValue()).toEqual({ disabled: {}, pausedUntil: {} });
    expect((await checklist.getValue()).ticked.blame).toBe(false);
    expect(await addedSites.getValue()).toEqual([]);
  });

  it('persist a change and record the current version', async () => {
    await preferences.update((p) => ({ ...p, sensitivity: 'high', theme: 'dark' }));
    expect(await preferences.getValue()).toMatchObject({ sensitivity: 'high', theme: 'dark' });
    const stored = await fakeBrowser.storage.local.get(['preferences', 'preferences$']);
    expect(stored['preferences$']).toEqual({ v: 2 });
  });

  it('fall back to defaults for a corrupt stored value, keeping the valid parts', async () => {
    await fakeBrowser.storage.local.set({
      preferences: { categories: { blame: false, excuse: 'yes' }, sensitivity: 'extreme', theme: 'dark', disabledRules: [3, 'ok-rule', 'Bad Rule'] },
    });
    const p = await preferences.getValue();
    expect(p.categories.blame).toBe(false);
    expect(p.categories.excuse).toBe(true);
    expect(p.sensitivity).toBe('all');
    expect(p.theme).toBe('dark');
    expect(p.disabledRules).toEqual(['ok-rule']);
    expect(p.shortcut).toEqual(DEFAULT_SHORTCUT);
  });

  it('survive values of the wrong type entirely', async () => {
    for (const junk of ['text', 42, [1, 2], true]) {
      await fakeBrowser.storage.local.set({ preferences: junk, siteState: junk, checklist: junk, addedSites: junk });
      expect(await preferences.getValue()).toEqual(DEFAULT_PREFERENCES);
      expect(await siteState.getValue()).toEqual({ disabled: {}, pausedUntil: {} });
      expect(Object.values((await checklist.getValue()).ticked).some(Boolean)).toBe(false);
      expect(await addedSites.getValue()).toEqual([]);
    }
  });

  it('sanitize what watchers receive', async () => {
    const seen: unknown[] = [];
    const unwatch = siteState.watch((next) => seen.push(next));
    await fakeBrowser.storage.local.set({ siteState: { disabled: { 'a.example': 'maybe', 'b.example': true }, pausedUntil: 'soon' } });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ disabled: { 'b.example': true }, pausedUntil: {} });
    unwatch();
  });

  it('never write an invalid value', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, theme: 'neon' as never });
    expect((await preferences.getValue()).theme).toBe('auto');
  });
});

describe('migrations', () => {
  it('upgrade stored v1 preferences to v2 (adds the shortcut, keeps choices)', async () => {
    const v1 = { categories: { ...DEFAULT_PREFERENCES.categories, demand: false }, sensitivity: 'high', disabledRules: ['some-rule'], theme: 'light' };
    await fakeBrowser.storage.local.set({ preferences: v1 });
    vi.resetModules();
    const fresh = await import('../../src/settings/items');
    const p = await fresh.preferences.getValue();
    expect(p).toEqual({ ...v1, shortcut: DEFAULT_SHORTCUT });
    const stored = await fakeBrowser.storage.local.get(['preferences', 'preferences$']);
    expect(stored['preferences$']).toEqual({ v: 2 });
    expect(stored.preferences).toEqual({ ...v1, shortcut: DEFAULT_SHORTCUT });
  });

  it('a value from a newer version still reads as something valid', async () => {
    await fakeBrowser.storage.local.set({ preferences: { theme: 'dark', future: 1 }, preferences$: { v: 99 } });
    vi.resetModules();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fresh = await import('../../src/settings/items');
    expect(await fresh.preferences.getValue()).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark' });
    errors.mockRestore();
  });

  it('upgrade() runs the chain for imported values', () => {
    expect(preferences.upgrade({ theme: 'dark' }, 1)).toEqual({ theme: 'dark', shortcut: DEFAULT_SHORTCUT });
    expect(preferences.upgrade({ theme: 'dark' }, 2)).toEqual({ theme: 'dark' });
  });
});

describe('sanitizers', () => {
  it('keep a valid value unchanged', () => {
    const p = { ...DEFAULT_PREFERENCES, sensitivity: 'high' as const, disabledRules: ['a-rule'] };
    expect(sanitizePreferences(p)).toEqual(p);
    const s = { disabled: { 'x.example': true as const }, pausedUntil: { 'y.example': 1_700_000_000_000 } };
    expect(sanitizeSiteState(s)).toEqual(s);
  });

  it('drop bad hosts and pause times', () => {
    expect(sanitizeSiteState({ disabled: { 'bad host!': true }, pausedUntil: { 'a.b': -5, 'c.d': Infinity, 'e.f': 10 } })).toEqual({
      disabled: {},
      pausedUntil: { 'e.f': 10 },
    });
  });

  it('keep only plain origins among added sites, once each', () => {
    expect(sanitizeAddedSites(['https://chat.example.org', 'https://chat.example.org', 'https://x.org/path', 'ftp://x.org', 'http://a.b', 7])).toEqual([
      'https://chat.example.org',
      'http://a.b',
    ]);
  });

  it('site activity honours off and pauses', () => {
    const state = { disabled: { 'off.example': true as const }, pausedUntil: { 'paused.example': 2_000 } };
    expect(isActiveOn(state, 'off.example', 0)).toBe(false);
    expect(isActiveOn(state, 'paused.example', 1_999)).toBe(false);
    expect(isActiveOn(state, 'paused.example', 2_001)).toBe(true);
    expect(isActiveOn(state, 'other.example', 0)).toBe(true);
  });
});
