/**
 * The contract every editor adapter implements. The content script only talks to editors
 * through this: it never reads or writes an editor's DOM itself.
 */
export interface TextSnapshot {
  /** The editor's text as the user sees it (block boundaries become "\n"). */
  readonly text: string;
  /** Client rects (viewport coordinates) covering text[start, end), one or more per line. */
  rectsFor(start: number, end: number): DOMRect[];
}

export interface EditorAdapter {
  /** kebab-case, equal to the file name in src/editors/. */
  readonly id: string;
  /** True when `element` (a focused/editable element) belongs to this editor family. */
  detect(element: HTMLElement): boolean;
  /** The editable root the adapter works on for `element` (e.g. the contenteditable host). */
  root(element: HTMLElement): HTMLElement;
  /** Reads the current text with a map back to positions on screen. */
  read(root: HTMLElement): TextSnapshot;
  /** Caret offset into the snapshot's text, or null when the selection is not inside root. */
  caretOffset(root: HTMLElement): number | null;
  /** Places the caret at a text offset (used to return focus after the card closes). */
  setCaret(root: HTMLElement, offset: number): void;
  /**
   * Replaces text[start, end) with `replacement` through the editor's own input path, so its
   * model, undo stack and caret stay right. Resolves false (and changes nothing) when the
   * text at that range is no longer `expected`.
   */
  replace(root: HTMLElement, start: number, end: number, replacement: string, expected: string): Promise<boolean>;
}
