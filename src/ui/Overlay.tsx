/**
 * The Preact part of the overlay: the open card and a live region for screen readers. Underlines
 * are drawn by UnderlineLayer (underlines.ts) next to it, inside the same themed root.
 */
import { Card } from './Card';
import type { OverlayCallbacks, OverlayModel } from './types';

interface OverlayProps {
  model: OverlayModel;
  callbacks: OverlayCallbacks;
}

export function Overlay({ model, callbacks }: OverlayProps) {
  return (
    <>
      {model.card && <Card key={model.card.findingId} card={model.card} callbacks={callbacks} />}
      <div class="sr-only" role="status" aria-live="polite">
        {model.announcement}
      </div>
    </>
  );
}
