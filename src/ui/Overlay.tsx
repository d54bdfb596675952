/**
 * Everything Amends draws in a page: underlines (one box per line of each finding, drawn over
 * the words without touching the editor and never catching the pointer), the open card, and a
 * live region for screen readers.
 */
import { Card } from './Card';
import type { OverlayCallbacks, OverlayModel } from './types';

interface OverlayProps {
  model: OverlayModel;
  callbacks: OverlayCallbacks;
}

export function Overlay({ model, callbacks }: OverlayProps) {
  return (
    <div class="root" data-theme={model.theme}>
      {model.boxes.map((box) => (
        <div
          key={box.key}
          class="underline"
          data-amends-finding={box.findingId}
          data-field={box.fieldId}
          data-category={box.category}
          data-active={box.findingId === model.activeFindingId ? '' : undefined}
          style={{ left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` }}
        />
      ))}
      {model.card && <Card key={model.card.findingId} card={model.card} callbacks={callbacks} />}
      <div class="sr-only" role="status" aria-live="polite">
        {model.announcement}
      </div>
    </div>
  );
}
