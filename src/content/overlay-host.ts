/**
 * Amends' one element in a page: <amends-ui> with an open shadow root (the automation contract),
 * holding its stylesheet and the Preact overlay. Shown in the top layer as a manual popover where
 * the browser has it, so page z-indexes and overflow never hide the underlines or the card.
 */
import { mountOverlay, type OverlayView } from '../ui/mount';
import { OVERLAY_CSS } from '../ui/styles';
import type { OverlayCallbacks } from '../ui/types';
import type { AmendsContext } from './context';

export const HOST_TAG = 'amends-ui';

export interface OverlayHost {
  view: OverlayView;
  element: HTMLElement;
  /** Moves Amends above anything the page put in the top layer since (a modal opened later). */
  raise(): void;
  /** Puts the host back if the page removed it (some apps rebuild the whole document). */
  ensureAttached(): void;
}

export async function createOverlayHost(ctx: AmendsContext, callbacks: OverlayCallbacks): Promise<OverlayHost> {
  const element = document.createElement(HOST_TAG);
  const shadow = element.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.documentElement.append(element);
  const view = mountOverlay(container, callbacks);

  const supportsPopover = typeof element.showPopover === 'function';
  if (supportsPopover) element.setAttribute('popover', 'manual');
  const show = () => {
    if (!supportsPopover || !element.isConnected) return;
    try {
      if (element.matches(':popover-open')) element.hidePopover();
      element.showPopover();
    } catch {
      // A document that refuses popovers (e.g. mid-teardown): the z-index still applies.
    }
  };
  show();

  ctx.onInvalidated(() => {
    view.unmount();
    element.remove();
  });

  return {
    view,
    element,
    raise: show,
    ensureAttached() {
      if (element.isConnected || ctx.isInvalid) return;
      document.documentElement.append(element);
      show();
    },
  };
}
