/**
 * Generic contenteditable adapter, and the factory every rich-text editor adapter is built
 * from: an editor family only says how to find its root, what to leave out of the text, and
 * which input path its model listens to.
 *
 * Replacing text never edits the DOM directly. The editor first sees the selection on the
 * target range, then either handles a cancelable `beforeinput` (insertReplacementText) itself,
 * or receives `execCommand('insertText')`, which goes through the browser's editing (and undo)
 * machinery and so reaches editors that watch input events or DOM mutations.
 */
import { readDomTextCached } from './map-cache';
import type { DomText, WalkOptions } from './text-map';
import { waitForQuiet, watchEdits } from './edit-clock';
import { focusWithoutScroll, selectRange, selectionFor, settle } from './selection';
import type { EditorAdapter, TextSnapshot } from './types';

/** How a replacement is handed to the editor once the target range is selected. */
export type InsertStrategy = 'beforeinput-then-command' | 'command';

export type RichTextAdapterSpec = {
  id: string;
  walk?: WalkOptions;
  insert?: InsertStrategy;
  /** The editor folds edits closer than this into one undo step (see edit-clock.ts). */
  undoGroupMs?: number;
} & (
  | {
      /** The editor's root element: an element belongs to the editor when it is inside one. */
      rootSelector: string;
    }
  | {
      detect(element: HTMLElement): boolean;
      /** The editor's root for an element inside it. */
      root(element: HTMLElement): HTMLElement;
    }
);

export interface RichTextAdapter extends EditorAdapter {
  /** The full offset map (adapters built on this one and tests use it). */
  readMap(root: HTMLElement): DomText;
}

export function createRichTextAdapter(spec: RichTextAdapterSpec): RichTextAdapter {
  const readMap = (root: HTMLElement) => readDomTextCached(root, spec.walk);
  const strategy = spec.insert ?? 'beforeinput-then-command';

  const { detect, root: findRoot } =
    'rootSelector' in spec
      ? {
          detect: (element: HTMLElement) => element.closest(spec.rootSelector) !== null,
          root: (element: HTMLElement) => element.closest<HTMLElement>(spec.rootSelector) as HTMLElement,
        }
      : spec;

  return {
    id: spec.id,
    detect,
    root(element) {
      const root = findRoot(element);
      if (spec.undoGroupMs) watchEdits(root);
      return root;
    },
    readMap,

    read(root): TextSnapshot {
      const map = readMap(root);
      return { text: map.text, rectsFor: (start, end) => map.rectsFor(start, end) };
    },

    caretOffset(root) {
      const selection = selectionFor(root);
      const focus = selection?.focusNode;
      if (!selection || !focus || !root.contains(focus)) return null;
      return readMap(root).offsetAt(focus, selection.focusOffset);
    },

    setCaret(root, offset) {
      focusWithoutScroll(root);
      selectRange(root, readMap(root).rangeFor(offset, offset));
    },

    async replace(root, start, end, replacement, expected) {
      if (spec.undoGroupMs) await waitForQuiet(root, spec.undoGroupMs);
      const before = readMap(root);
      if (before.text.slice(start, end) !== expected) return false;
      focusWithoutScroll(root);
      selectRange(root, before.rangeFor(start, end));
      // Editors that sync their selection on `selectionchange` need a turn to see it.
      await settle();
      // Seeing the selection, some editors re-render around it (CKEditor drops its inline
      // filler), so the range is mapped again on the DOM as it is now.
      const current = readMap(root);
      if (current.text !== before.text) return false;
      const target = current.rangeFor(start, end);
      if (!sameRange(selectionFor(root), target)) selectRange(root, target);
      const handled = strategy === 'beforeinput-then-command' && offerReplacement(root, target, replacement);
      if (!handled) insertAtSelection(root.ownerDocument, replacement);
      await settle();
      const wanted = before.text.slice(0, start) + replacement + before.text.slice(end);
      return readMap(root).text === wanted;
    },
  };
}

function sameRange(selection: Selection | null, range: Range): boolean {
  if (!selection || selection.rangeCount === 0) return false;
  const selected = selection.getRangeAt(0);
  return (
    selected.startContainer === range.startContainer &&
    selected.startOffset === range.startOffset &&
    selected.endContainer === range.endContainer &&
    selected.endOffset === range.endOffset
  );
}

/** The outermost contenteditable ancestor-or-self of `element` (the editing host). */
export function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  for (let parent = element.parentElement; parent?.isContentEditable; parent = parent.parentElement) host = parent;
  return host;
}

/**
 * Dispatches the cancelable `beforeinput` a user's own edit would bring (a replacement, or a
 * deletion when the replacement is empty); true when the editor took it over.
 */
function offerReplacement(root: HTMLElement, target: Range, replacement: string): boolean {
  // Our own realm's constructors: a frame's window may not be reachable from a content script.
  const init: InputEventInit = {
    inputType: replacement === '' ? 'deleteContentBackward' : 'insertReplacementText',
    targetRanges: [new StaticRange(target)],
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  if (replacement !== '') {
    init.data = replacement;
    init.dataTransfer = new DataTransfer();
    init.dataTransfer.setData('text/plain', replacement);
  }
  const event = new InputEvent('beforeinput', init);
  const eventTarget = target.startContainer.parentElement ?? root;
  eventTarget.dispatchEvent(event);
  return event.defaultPrevented;
}

function insertAtSelection(doc: Document, replacement: string): void {
  // execCommand is deprecated but still the one way to edit with native undo in every browser.
  if (replacement === '') doc.execCommand('delete', false);
  else doc.execCommand('insertText', false, replacement);
}

/**
 * Quoted messages mail clients put under a reply: they are the other person's words, not the
 * user's. (Gmail's own markers are handled in gmail.ts.)
 */
const QUOTED_REPLY = 'blockquote[type="cite"], .gmail_quote, #divRplyFwdMsg, .moz-cite-prefix, .yahoo_quoted';
/** Outlook on the web marks where the quoted message starts with an empty #appendonsend. */
const QUOTE_STARTS = '#appendonsend';

export const contentEditable = createRichTextAdapter({
  id: 'contenteditable',
  detect: (element) => element.isContentEditable,
  root: editingHost,
  walk: {
    exclude: (element) => element.matches(QUOTED_REPLY),
    endsAt: (element) => element.matches(QUOTE_STARTS),
  },
});
