/**
 * CKEditor 5 (Microsoft Teams' compose box is built on it). Root: `.ck-editor__editable`
 * (`.ck-content`). Empty paragraphs hold a `br[data-cke-filler]`; widgets are
 * contenteditable="false". CKEditor 5 handles `beforeinput` itself and keeps its model and undo.
 */
import { createRichTextAdapter } from './contenteditable';

export const ckeditor = createRichTextAdapter({ id: 'ckeditor', rootSelector: '.ck-editor__editable' });
