/**
 * Puts the hold prompt on the page: an `amends-ui` element with an open shadow root (the
 * automation contract), its own stylesheet, and the Preact component inside.
 */
import { h, render } from 'preact';
import { HoldPrompt } from './HoldPrompt';
import { HOLD_CSS } from './styles';
import type { HoldCallbacks, HoldModel } from './types';

export interface HoldView {
  update(model: HoldModel): void;
  remove(): void;
}

export function mountHoldPrompt(doc: Document, callbacks: HoldCallbacks): HoldView {
  const host = doc.createElement('amends-ui');
  host.setAttribute('data-amends-hold-host', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = HOLD_CSS;
  const root = doc.createElement('div');
  root.className = 'root';
  shadow.append(style, root);
  doc.documentElement.append(host);
  // The top layer keeps the prompt above the page's own dialogs (a Gmail compose window).
  if (typeof host.showPopover === 'function') {
    host.setAttribute('popover', 'manual');
    try {
      host.showPopover();
    } catch {
      // Not allowed here (document in teardown): the z-index still applies.
    }
  }
  return {
    update(model) {
      root.setAttribute('data-theme', model.theme);
      render(h(HoldPrompt, { model, callbacks }), root);
    },
    remove() {
      render(null, root);
      host.remove();
    },
  };
}
