/**
 * Geometry of text inside a <textarea> or <input>: the browser gives no rects for their
 * characters, so we lay the same text out in a hidden element with the field's computed
 * styles, measure there, and shift by the field's position and scroll offsets.
 *
 * One mirror per document, added only while measuring and removed in a microtask, so a burst
 * of rectsFor calls shares one layout and the page's DOM is left as it was.
 */

const COPIED_PROPERTIES = [
  'direction', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight', 'font-stretch',
  'font-feature-settings', 'font-kerning', 'line-height', 'letter-spacing', 'word-spacing', 'text-indent',
  'text-transform', 'text-align', 'tab-size', 'word-break', 'overflow-wrap', 'hyphens',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
] as const;

interface Mirror {
  element: HTMLDivElement;
  text: Text;
  owner: unknown;
}

const mirrors = new WeakMap<Document, Mirror>();

export type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Viewport rects of value[start, end) as drawn in `field`, clipped to its visible area. */
export function fieldRects(field: TextField, value: string, start: number, end: number, owner: unknown): DOMRect[] {
  if (start >= end) return [];
  const mirror = mirrorFor(field, value, owner);
  const range = field.ownerDocument.createRange();
  range.setStart(mirror.text, Math.min(start, value.length));
  range.setEnd(mirror.text, Math.min(end, value.length));

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

function mirrorFor(field: TextField, value: string, owner: unknown): Mirror {
  const doc = field.ownerDocument;
  let mirror = mirrors.get(doc);
  if (!mirror) {
    const element = doc.createElement('div');
    element.setAttribute('aria-hidden', 'true');
    const text = doc.createTextNode('');
    element.append(text);
    mirror = { element, text, owner: null };
    mirrors.set(doc, mirror);
  }
  if (!mirror.element.isConnected) {
    (doc.body ?? doc.documentElement).append(mirror.element);
    const current = mirror;
    queueMicrotask(() => {
      current.element.remove();
      current.owner = null;
    });
    mirror.owner = null;
  }
  if (mirror.owner !== owner) {
    layOut(mirror, field, value);
    mirror.owner = owner;
  }
  return mirror;
}

function layOut(mirror: Mirror, field: TextField, value: string): void {
  const style = getComputedStyle(field);
  const target = mirror.element.style;
  target.cssText = '';
  for (const property of COPIED_PROPERTIES) target.setProperty(property, style.getPropertyValue(property));
  const isTextarea = field.localName === 'textarea';
  const paddingX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  const paddingY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  Object.assign(target, {
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
  mirror.text.data = value;
}
