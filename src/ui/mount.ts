/**
 * Renders the overlay into a container (the body of Amends' shadow root). The content script
 * owns state and calls `update` with a fresh model; Preact diffs it.
 */
import { h, render } from 'preact';
import { Overlay } from './Overlay';
import type { OverlayCallbacks, OverlayModel } from './types';

export interface OverlayView {
  update(model: OverlayModel): void;
  unmount(): void;
}

export function mountOverlay(container: Element, callbacks: OverlayCallbacks): OverlayView {
  return {
    update(model) {
      render(h(Overlay, { model, callbacks }), container);
    },
    unmount() {
      render(null, container);
    },
  };
}

export const EMPTY_OVERLAY: OverlayModel = { theme: 'auto', boxes: [], announcement: '' };
