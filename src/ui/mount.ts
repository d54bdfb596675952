/**
 * Renders the overlay into a container (the body of Amends' shadow root). The content script
 * owns state and calls `update` with a fresh model; Preact diffs it.
 */
import { h, render } from 'preact';
import { Overlay } from './Overlay';
import type { OverlayCallbacks, OverlayModel } from './types';

export interface OverlayView {
  update(model: OverlayModel): void;
  /**
   * Hides the underlines of fields being typed in. A stylesheet rule rather than a render: it
   * runs on the first keystroke after findings were drawn, and must cost next to nothing.
   */
  hideFields(fieldIds: readonly number[]): void;
  unmount(): void;
}

export function mountOverlay(container: Element, callbacks: OverlayCallbacks): OverlayView {
  const hiding = container.ownerDocument.createElement('style');
  container.before(hiding);
  let hidden = '';
  return {
    update(model) {
      render(h(Overlay, { model, callbacks }), container);
    },
    hideFields(fieldIds) {
      const css = fieldIds.map((id) => `[data-field="${id}"]{display:none}`).join('');
      if (css !== hidden) hiding.textContent = hidden = css;
    },
    unmount() {
      render(null, container);
      hiding.remove();
    },
  };
}

export const EMPTY_OVERLAY: OverlayModel = { theme: 'auto', boxes: [], announcement: '' };
