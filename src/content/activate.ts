/**
 * Starts Amends in a page. Kept small on purpose: evaluating the content script must cost next
 * to nothing on pages where nobody writes (the analyzer stays in the background; the overlay is
 * created the first time a message field gets focus).
 */
import type { ContentScriptContext } from '#imports';
import { requestFindings } from './analysis-client';
import { Controller } from './controller';
import { reportError } from './guard';
import { createOverlayHost } from './overlay-host';
import { startSendWatch } from './send-watch';

/** The site a frame belongs to: the top page's host when reachable (same-origin frames, about:blank). */
export function siteHost(): string {
  try {
    if (window.top && window.top.location.hostname) return window.top.location.hostname;
  } catch {
    // Cross-origin frame: it is its own site.
  }
  return location.hostname;
}

export function startAmends(ctx: ContentScriptContext): void {
  try {
    const host = siteHost();
    // Send awareness and hold-before-send (src/content/send-watch.ts); its cooldowns know the conversation.
    const sends = startSendWatch({ ctx, host, analyze: (text, options) => requestFindings(text, options) });
    const controller = new Controller({
      ctx,
      host,
      analyze: (text, options) => requestFindings(text, options),
      createOverlay: (callbacks) => createOverlayHost(ctx, callbacks),
      describeCooldown: (finding) => sends.describeCooldown(finding),
    });
    controller.start().catch(reportError);
  } catch (error) {
    reportError(error);
  }
}
