/**
 * ProseMirror and TipTap. Root: `.ProseMirror`. Empty blocks carry a
 * `br.ProseMirror-trailingBreak` that only holds the line open; widgets are
 * contenteditable="false". ProseMirror reads native edits back from the DOM into its model;
 * prosemirror-history starts a new undo group after `newGroupDelay` (0.5 s by default).
 */
import { createRichTextAdapter } from './contenteditable';

export const prosemirror = createRichTextAdapter({ id: 'prosemirror', rootSelector: '.ProseMirror', undoGroupMs: 500 });
