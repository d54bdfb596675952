/** Pure geometry for the overlay: clipping underline rects to what is visible, and hit tests. */
import type { Box } from '../ui/types';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function rectOf(box: Box): Rect {
  return { left: box.left, top: box.top, right: box.left + box.width, bottom: box.top + box.height };
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return r.right > r.left && r.bottom > r.top ? r : undefined;
}

/**
 * The part of a text rect that is visible inside `clip` (the editor's box within the viewport),
 * or undefined when scrolled out. Rects of zero width (line ends) are dropped.
 */
export function visibleBox(rect: Rect, clip: Rect): Box | undefined {
  if (rect.right - rect.left < 0.5) return undefined;
  // Allow the underline's 2-3 px below the text before clipping it away.
  const r = intersect(rect, { ...clip, bottom: clip.bottom + 3 });
  return r && { left: r.left, top: r.top, width: r.right - r.left, height: r.bottom - r.top };
}

export function contains(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height;
}

/** The first box under (x, y), a few pixels of slack below for the underline itself. */
export function hitTest<T extends Box>(boxes: readonly T[], x: number, y: number): T | undefined {
  return boxes.find((b) => contains({ ...b, height: b.height + 3 }, x, y));
}

/** The smallest box holding all of `boxes` that sit on the first one's line (the card's anchor). */
export function firstLine(boxes: readonly Box[]): Box | undefined {
  const [first] = boxes;
  if (!first) return undefined;
  const line = boxes.filter((b) => Math.abs(b.top - first.top) < first.height / 2);
  const left = Math.min(...line.map((b) => b.left));
  const right = Math.max(...line.map((b) => b.left + b.width));
  return { left, top: first.top, width: right - left, height: first.height };
}
