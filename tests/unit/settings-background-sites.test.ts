/**
 * The added-sites registration against an in-memory scripting/permissions fake (the WXT fake
 * browser doesn't implement them); storage is the real fake storage.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ADDED_SITES_SCRIPT_ID, registerAddedSites, syncAddedSites } from '../../src/background/sites';
import { addedSites } from '../../src/settings/items';

interface Registered {
  id: string;
  matches: string[];
  js: string[];
}

let registered: Map<string, Registered>;
let granted: Set<string>;
let onRemoved: ((p: { origins?: string[] }) => void) | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  registered = new Map();
  granted = new Set();
  onRemoved = undefined;
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Amends',
    version: '0',
    content_scripts: [{ matches: ['https://mail.google.com/*'], js: ['content-scripts/content.js'] }],
  });
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)] : []));
  scripting.registerContentScripts = async (scripts: Registered[]) => {
    for (const s of scripts) {
      if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      registered.set(s.id, s);
    }
  };
  scripting.updateContentScripts = async (scripts: Registered[]) => {
    for (const s of scripts) registered.set(s.id, s);
  };
  scripting.unregisterContentScripts = async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id));
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.contains = async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o));
  permissions.onAdded = { addListener: () => {} };
  permissions.onRemoved = { addListener: (cb: typeof onRemoved) => (onRemoved = cb) };
});

describe('added sites registration', () => {
  it('registers the manifest content script for granted sites only', async () => {
    granted.add('https://chat.example.org/*');
    await addedSites.setValue(['https://chat.example.org', 'https://not-granted.example']);
    expect(await syncAddedSites()).toEqual(['https://chat.example.org/*']);
    expect(registered.get(ADDED_SITES_SCRIPT_ID)).toMatchObject({ matches: ['https://chat.example.org/*'], js: ['content-scripts/content.js'] });
  });

  it('updates the registration when a site is added, and removes it when none are left', async () => {
    granted.add('https://a.example/*').add('https://b.example/*');
    await addedSites.setValue(['https://a.example']);
    await syncAddedSites();
    await addedSites.setValue(['https://a.example', 'https://b.example']);
    await syncAddedSites();
    expect(registered.get(ADDED_SITES_SCRIPT_ID)?.matches).toEqual(['https://a.example/*', 'https://b.example/*']);
    await addedSites.setValue([]);
    await syncAddedSites();
    expect(registered.size).toBe(0);
  });

  it('follows storage on its own and forgets a site whose permission the user revoked', async () => {
    granted.add('https://a.example/*');
    registerAddedSites();
    await addedSites.setValue(['https://a.example']);
    await vi.waitFor(() => expect(registered.get(ADDED_SITES_SCRIPT_ID)?.matches).toEqual(['https://a.example/*']));
    granted.delete('https://a.example/*');
    onRemoved?.({ origins: ['https://a.example/*'] });
    await vi.waitFor(() => expect(registered.size).toBe(0));
    expect(await addedSites.getValue()).toEqual([]);
  });
});
