/**
 * Amends' one element in a page: an open shadow root on <amends-ui> (the automation contract),
 * shown in the top layer as a manual popover where the browser has it, so page z-indexes and
 * overflow never hide the underlines or the card.
 */
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { mountOverlay, type OverlayView } from '../ui/mount';
import { OVERLAY_CSS } from '../ui/styles';
import type { OverlayCallbacks } from '../ui/types';

export const HOST_TAG = 'amends-ui';

export interface OverlayHost {
  view: OverlayView;
  element: HTMLElement;
  /** Moves Amends above anything the page put in the top layer since (a modal opened later). */
  raise(): void;
  /** Puts the host back if the page removed it (some apps rebuild the whole document). */
  ensureAttached(): void;
}

export async function createOverlayHost(ctx: ContentScriptContext, callbacks: OverlayCallbacks): Promise<OverlayHost> {
  let view: OverlayView | undefined;
  const ui = await createShadowRootUi<OverlayView>(ctx, {
    name: HOST_TAG,
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    css: OVERLAY_CSS,
    onMount: (container) => (view = mountOverlay(container, callbacks)),
    onRemove: (mounted) => mounted?.unmount(),
  });
  ui.mount();
  const element = ui.shadowHost;
  const supportsPopover = typeof element.showPopover === 'function';
  if (supportsPopover) element.setAttribute('popover', 'manual');

  const show = () => {
    if (!supportsPopover || !element.isConnected) return;
    try {
      if (element.matches(':popover-open')) element.hidePopover();
      element.showPopover();
    } catch {
      // Not in a document that allows popovers (e.g. during teardown): z-index still applies.
    }
  };
  show();

  return {
    get view() {
      if (!view) throw new Error('Amends overlay is not mounted');
      return view;
    },
    element,
    raise: show,
    ensureAttached() {
      if (element.isConnected || ctx.isInvalid) return;
      document.documentElement.append(element);
      show();
    },
  };
}
