/**
 * Finding message fields across the boundaries pages put between us and them: open shadow
 * roots and same-origin iframes (closed shadow roots and cross-origin frames stay closed).
 */
import { isCheckableField } from './checkable';
import { editingHost } from './contenteditable';

const CANDIDATE_SELECTOR = 'textarea, input, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

/** The focused element, looking inside open shadow roots and same-origin iframes. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  for (;;) {
    const inner = active?.shadowRoot?.activeElement ?? frameDocument(active)?.activeElement ?? null;
    if (!inner || inner === active) return active;
    active = inner;
  }
}

/**
 * Every checkable message field under `root` (editing hosts for contenteditable), in
 * document order, including those in open shadow roots and same-origin iframes.
 */
export function findCheckableFields(root: Document | ShadowRoot | Element): HTMLElement[] {
  const found = new Set<HTMLElement>();
  collect(root, found);
  return [...found];
}

function collect(root: Document | ShadowRoot | Element, found: Set<HTMLElement>): void {
  for (const element of root.querySelectorAll<HTMLElement>(CANDIDATE_SELECTOR)) {
    if (!isCheckableField(element)) continue;
    found.add(element.isContentEditable ? editingHost(element) : element);
  }
  // Old-style editors make a whole frame document editable (designMode), with no attribute.
  if (root.nodeType === Node.DOCUMENT_NODE && (root as Document).designMode === 'on') {
    const body = (root as Document).body;
    if (body && isCheckableField(body)) found.add(editingHost(body));
  }
  // Shadow hosts and frames are not reachable by selectors: walk the elements once.
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root.ownerDocument as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (element.shadowRoot) collect(element.shadowRoot, found);
    const inner = frameDocument(element);
    if (inner?.documentElement) collect(inner, found);
  }
}

/** A same-origin frame's document; null for other elements and cross-origin frames. */
function frameDocument(element: Element | null): Document | null {
  if (!element || (element.localName !== 'iframe' && element.localName !== 'frame')) return null;
  try {
    return (element as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}
