/**
 * When each editor was last edited. Some editors fold every edit made within a short delay
 * into one undo step (Quill: 1 s, ProseMirror: 0.5 s); a fix applied right after typing would
 * then be undone together with the last words typed. Adapters for those editors wait until the
 * delay has passed since the last edit before they replace anything.
 */
const lastEditAt = new WeakMap<Node, number>();

/** Starts timing edits in `root` (once per root; cheap passive listeners). */
export function watchEdits(root: HTMLElement): void {
  if (lastEditAt.has(root)) return;
  lastEditAt.set(root, 0);
  const stamp = () => lastEditAt.set(root, performance.now());
  root.addEventListener('beforeinput', stamp, { capture: true, passive: true });
  root.addEventListener('input', stamp, { capture: true, passive: true });
}

/** Resolves once `root` has had no edit for `quietMs`. */
export async function waitForQuiet(root: HTMLElement, quietMs: number): Promise<void> {
  for (;;) {
    const since = performance.now() - (lastEditAt.get(root) ?? 0);
    if (since >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, quietMs - since));
  }
}
