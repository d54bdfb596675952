/**
 * ProseMirror and TipTap. Root: `.ProseMirror`. Empty blocks carry a
 * `br.ProseMirror-trailingBreak` that only holds the line open; widgets are
 * contenteditable="false". ProseMirror reads native edits back from the DOM into its model.
 */
import { createRichTextAdapter } from './contenteditable';

export const prosemirror = createRichTextAdapter({ id: 'prosemirror', rootSelector: '.ProseMirror' });
