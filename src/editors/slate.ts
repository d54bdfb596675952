/**
 * Slate (Discord's composer). Root: `[data-slate-editor]`. Slate's zero-width spans hold a
 * U+FEFF caret anchor (never read as text) and, in empty lines, a <br> that only holds the line
 * open; its placeholder is contenteditable="false". Slate-react turns a cancelable
 * `insertReplacementText` (with target ranges) into a model transform, undoable by slate-history.
 */
import { createRichTextAdapter } from './contenteditable';

export const slate = createRichTextAdapter({ id: 'slate', rootSelector: '[data-slate-editor]' });
