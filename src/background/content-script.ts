/**
 * Loads the main content script into a frame when its loader asks (a text field got focus there).
 * Pages where nobody writes only ever run the loader: a focus listener, no extension API.
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { warmUpAnalyzer } from './analysis';

/** The bundle built from entrypoints/content-main.ts. */
export const MAIN_SCRIPT = '/content-main.js';

export function registerContentScriptLoader(): () => void {
  return onMessage('activate', async (_request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { injected: false };
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [MAIN_SCRIPT] });
    // Someone is about to write: get the analyzer ready while they do.
    setTimeout(warmUpAnalyzer, 0);
    return { injected: true };
  });
}
