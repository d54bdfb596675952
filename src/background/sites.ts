/**
 * Sites the user added on the options page get Amends' content script through
 * `scripting.registerContentScripts`. The options page asks for the host permission (it needs the
 * click) and stores the origin; from then on this module keeps the registration in step with
 * storage and with permissions the user may revoke in the browser's own UI.
 */
import { browser } from 'wxt/browser';
import { addedSites } from '../settings/items';
import { matchPatternFor } from '../settings/sites';

export const ADDED_SITES_SCRIPT_ID = 'amends-added-sites';

/** The files of the manifest's content script, so added sites run exactly what built-in ones do. */
function contentScriptFiles(): { js: string[]; css: string[] } | null {
  const declared = browser.runtime.getManifest().content_scripts?.[0];
  if (!declared?.js?.length) return null;
  return { js: declared.js, css: declared.css ?? [] };
}

async function grantedPatterns(origins: readonly string[]): Promise<string[]> {
  const patterns: string[] = [];
  for (const origin of origins) {
    const pattern = matchPatternFor(origin);
    if (await browser.permissions.contains({ origins: [pattern] })) patterns.push(pattern);
  }
  return patterns;
}

/** Registers, updates or removes the added-sites content script to match storage and permissions. */
export async function syncAddedSites(): Promise<string[]> {
  const files = contentScriptFiles();
  const patterns = files ? await grantedPatterns(await addedSites.getValue()) : [];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
  if (!patterns.length || !files) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
    return [];
  }
  const script = {
    id: ADDED_SITES_SCRIPT_ID,
    matches: patterns,
    js: files.js,
    ...(files.css.length ? { css: files.css } : {}),
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return patterns;
}

/** Call once from the background entrypoint. */
export function registerAddedSites(): void {
  // Calls are chained: a storage change during a sync must not race it.
  let queue: Promise<unknown> = Promise.resolve();
  const sync = () => {
    queue = queue.then(syncAddedSites).catch((error: unknown) => console.error('[Amends] could not register added sites', error));
  };
  sync();
  addedSites.watch(sync);
  browser.permissions.onAdded.addListener(sync);
  // Revoked in the browser's UI: forget the site too, so the options page shows the truth.
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    void addedSites.update((current) => current.filter((origin) => !origins.includes(matchPatternFor(origin)))).then(sync);
  });
}
