/**
 * Geometry of text inside a <textarea> or <input>: the browser gives no rects for their
 * characters, so we lay the same text out in a hidden element with the field's computed
 * styles, measure there, and shift by the field's position and scroll offsets.
 *
 * One mirror per document. It stays in the page only while in use (removed after a second
 * without measurements), and it is laid out again only when the field's text or size changes,
 * and only as far as the text being measured: laying out 100 KB takes ~100 ms.
 */

const COPIED_PROPERTIES = [
  'direction', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight', 'font-stretch',
  'font-feature-settings', 'font-kerning', 'line-height', 'letter-spacing', 'word-spacing', 'text-indent',
  'text-transform', 'text-align', 'tab-size', 'word-break', 'overflow-wrap', 'hyphens',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
] as const;

const IDLE_REMOVAL_MS = 1000;

interface Mirror {
  element: HTMLElement;
  text: Text;
  /** What is laid out: whose text, at which size, and how much of it (a prefix ending at a line end). */
  field: TextField | null;
  value: string;
  size: string;
  laidOut: number;
  removal: ReturnType<typeof setTimeout> | undefined;
}

const mirrors = new WeakMap<Document, Mirror>();

export type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Viewport rects of value[start, end) as drawn in `field`, clipped to its visible area. */
export function fieldRects(field: TextField, value: string, start: number, end: number): DOMRect[] {
  if (start >= end) return [];
  const mirror = mirrorFor(field, value, lineEnd(value, end));
  const range = field.ownerDocument.createRange();
  range.setStart(mirror.text, Math.min(start, mirror.laidOut));
  range.setEnd(mirror.text, Math.min(end, mirror.laidOut));

  const fieldBox = field.getBoundingClientRect();
  const mirrorBox = mirror.element.getBoundingClientRect();
  const clientLeft = fieldBox.left + field.clientLeft;
  const clientTop = fieldBox.top + field.clientTop;
  // Where the mirror's padding box would sit if the field's text did not scroll.
  const dx = clientLeft - mirrorBox.left - field.scrollLeft;
  const dy = clientTop - mirrorBox.top - field.scrollTop;
  const visible = { left: clientLeft, top: clientTop, right: clientLeft + field.clientWidth, bottom: clientTop + field.clientHeight };

  const rects: DOMRect[] = [];
  for (const rect of range.getClientRects()) {
    if (rect.width === 0) continue;
    const left = Math.max(rect.left + dx, visible.left);
    const top = Math.max(rect.top + dy, visible.top);
    const right = Math.min(rect.right + dx, visible.right);
    const bottom = Math.min(rect.bottom + dy, visible.bottom);
    if (right > left && bottom > top) rects.push(new DOMRect(left, top, right - left, bottom - top));
  }
  return rects;
}

/**
 * How much text must be laid out for positions up to `offset` to be right: through the end of the
 * word holding it (later words only wrap onto later lines). A word longer than WORD_LIMIT is broken
 * at the field's width anyway, so a 1 MB paste with no spaces is never laid out whole.
 */
function lineEnd(value: string, offset: number): number {
  const gap = value.slice(offset, offset + WORD_LIMIT).search(/\s/);
  return Math.min(value.length, gap === -1 ? offset + WORD_LIMIT : offset + gap + 1);
}
const WORD_LIMIT = 200;

function mirrorFor(field: TextField, value: string, needed: number): Mirror {
  const doc = field.ownerDocument;
  let mirror = mirrors.get(doc);
  if (!mirror) {
    // An element name no page stylesheet targets, so only the styles we copy apply.
    const element = doc.createElement('amends-mirror');
    element.setAttribute('aria-hidden', 'true');
    const text = doc.createTextNode('');
    element.append(text);
    mirror = { element, text, field: null, value: '', size: '', laidOut: 0, removal: undefined };
    mirrors.set(doc, mirror);
  }
  if (!mirror.element.isConnected) {
    (doc.body ?? doc.documentElement).append(mirror.element);
    mirror.field = null;
  }
  clearTimeout(mirror.removal);
  const current = mirror;
  mirror.removal = setTimeout(() => current.element.remove(), IDLE_REMOVAL_MS);

  const size = `${field.clientWidth}x${field.clientHeight}`;
  const same = mirror.field === field && mirror.value === value && mirror.size === size;
  if (!same || mirror.laidOut < needed) {
    // Grow generously, so measuring findings in text order does not lay out again each time.
    const upTo = same ? lineEnd(value, Math.min(value.length, Math.max(needed, mirror.laidOut * 2))) : needed;
    layOut(mirror, field, value.slice(0, upTo));
    Object.assign(mirror, { field, value, size, laidOut: upTo });
  }
  return mirror;
}

function layOut(mirror: Mirror, field: TextField, text: string): void {
  const style = getComputedStyle(field);
  const target = mirror.element.style;
  target.cssText = '';
  for (const property of COPIED_PROPERTIES) target.setProperty(property, style.getPropertyValue(property));
  const isTextarea = field.localName === 'textarea';
  const paddingX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  const paddingY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  Object.assign(target, {
    display: 'block',
    position: 'fixed',
    left: '0px',
    top: '0px',
    visibility: 'hidden',
    pointerEvents: 'none',
    overflow: 'hidden',
    border: '0',
    margin: '0',
    boxSizing: 'content-box',
    contain: 'layout style',
    // clientWidth excludes the scrollbar, so long lines wrap where the field wraps them.
    width: isTextarea ? `${Math.max(0, field.clientWidth - paddingX)}px` : 'auto',
    whiteSpace: isTextarea ? (style.whiteSpace === 'pre' ? 'pre' : 'pre-wrap') : 'pre',
  });
  if (!isTextarea) {
    // Inputs centre their single line vertically in the content box (the text node becomes
    // one anonymous flex item).
    Object.assign(target, { height: `${Math.max(0, field.clientHeight - paddingY)}px`, display: 'flex', alignItems: 'center' });
  }
  mirror.text.data = text;
}
