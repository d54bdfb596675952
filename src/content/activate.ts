/**
 * Starts Amends in a frame once a text field has focus (see boot.ts): settings, the controller,
 * and the overlay. Everything here is wrapped: if it throws, the page is left as it was.
 */
import { requestFindings, WorkerLink } from './analysis-client';
import { createContext } from './context';
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

const ACTIVE = Symbol.for('amends.active');

/** Starts Amends in this frame unless it already runs here (the loader may ask twice). */
export function activateOnce(): void {
  const world = globalThis as { [ACTIVE]?: true };
  if (world[ACTIVE]) return;
  world[ACTIVE] = true;
  activate();
}

export function activate(field?: HTMLElement): void {
  try {
    const ctx = createContext();
    const host = siteHost();
    // Restarts a stopped service worker while the user types, not once they pause.
    const worker = new WorkerLink();
    ctx.onInvalidated(() => worker.stop());
    // Send awareness and hold-before-send (src/content/send-watch.ts); its cooldowns know the conversation.
    const sends = startSendWatch({ ctx, host, analyze: (text, options) => requestFindings(text, options) });
    const controller = new Controller({
      ctx,
      host,
      analyze: (text, options) => requestFindings(text, options),
      createOverlay: (callbacks) => createOverlayHost(ctx, callbacks),
      describeCooldown: (finding) => sends.describeCooldown(finding),
      onTyping: () => worker.typing(),
      holdDraft: (field, findings) => sends.holdDraftFrom(field, findings),
    });
    controller.start(field).catch(reportError);
  } catch (error) {
    reportError(error);
  }
}
