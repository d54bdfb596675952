/**
 * Starts Amends in a frame once a text field has focus (see boot.ts): settings, the controller,
 * and the overlay. Everything here is wrapped: if it throws, the page is left as it was.
 */
import { requestFindings } from './analysis-client';
import { createContext } from './context';
import { Controller } from './controller';
import { describeCooldown } from './cooldown';
import { reportError } from './guard';
import { createOverlayHost } from './overlay-host';

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
    const controller = new Controller({
      ctx,
      host: siteHost(),
      analyze: (text, options) => requestFindings(text, options),
      createOverlay: (callbacks) => createOverlayHost(ctx, callbacks),
      describeCooldown: (finding) => describeCooldown(finding),
    });
    controller.start(field).catch(reportError);
  } catch (error) {
    reportError(error);
  }
}
