/**
 * Places a fixed-position dialog next to an anchor rect with @floating-ui/dom, shared by the card
 * and the hold prompt. The element carries `data-placing` until its first position is applied.
 */
import { computePosition, type Middleware, type Placement } from '@floating-ui/dom';
import { useLayoutEffect, type MutableRef } from 'preact/hooks';

export interface AnchorRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function usePlacedNextTo(
  ref: MutableRef<HTMLElement | null>,
  { left, top, width, height }: AnchorRect,
  placement: Placement,
  middleware: (element: HTMLElement) => Middleware[],
  extraDeps: unknown[] = [],
): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let cancelled = false;
    const reference = { getBoundingClientRect: () => new DOMRect(left, top, width, height) };
    void computePosition(reference, element, { strategy: 'fixed', placement, middleware: middleware(element) }).then(({ x, y }) => {
      if (cancelled) return;
      element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      element.removeAttribute('data-placing');
    });
    return () => {
      cancelled = true;
    };
    // middleware is a fresh closure each render; the anchor and extraDeps decide when to re-place.
  }, [left, top, width, height, ...extraDeps]);
}
