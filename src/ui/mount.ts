/**
 * Builds the overlay inside a container (Amends' shadow root): a themed root holding the
 * underline layer and the Preact-rendered card. The content script owns state and calls
 * `update` with a fresh model.
 */
import { h, render } from 'preact';
import { Overlay } from './Overlay';
import { UnderlineLayer } from './underlines';
import type { OverlayCallbacks, OverlayModel } from './types';

export interface OverlayView {
  update(model: OverlayModel): void;
  /** Removes a field's underlines now, without a render (its text just changed). */
  clearField(fieldId: number): void;
  unmount(): void;
}

export function mountOverlay(container: Element, callbacks: OverlayCallbacks): OverlayView {
  const doc = container.ownerDocument;
  const root = doc.createElement('div');
  root.className = 'root';
  const underlines = doc.createElement('div');
  const ui = doc.createElement('div');
  root.append(underlines, ui);
  container.append(root);
  const layer = new UnderlineLayer(underlines);
  return {
    update(model) {
      root.dataset.theme = model.theme;
      layer.draw(model.boxes, model.activeFindingId);
      render(h(Overlay, { model, callbacks }), ui);
    },
    clearField(fieldId) {
      layer.clearField(fieldId);
    },
    unmount() {
      render(null, ui);
      root.remove();
    },
  };
}
