/**
 * Selection and focus helpers shared by the adapters. Selections inside open shadow roots are
 * read through the shadow root where the browser offers it (Chromium's ShadowRoot.getSelection).
 */

export function selectionFor(root: Node): Selection | null {
  const tree = root.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  if ('getSelection' in tree && typeof tree.getSelection === 'function' && tree !== root.ownerDocument) {
    const inShadow = tree.getSelection();
    if (inShadow) return inShadow;
  }
  return (root.ownerDocument ?? document).getSelection();
}

/** Focuses an editable element without scrolling the page, unless it has focus already. */
export function focusWithoutScroll(element: HTMLElement): void {
  const tree = element.getRootNode() as Document | ShadowRoot;
  if (tree.activeElement === element || element.contains(tree.activeElement)) return;
  element.focus({ preventScroll: true });
}

export function selectRange(root: Node, range: Range): void {
  const selection = selectionFor(root);
  if (!selection) return;
  selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
}

/**
 * Resolves after the page had a chance to react to what we just did (framework re-renders,
 * selectionchange handlers). rAF may be throttled in background tabs, so a timer bounds it.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 50);
  });
}
