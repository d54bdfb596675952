/**
 * Lexical (WhatsApp Web, Messenger). Root: `[data-lexical-editor]`. Empty paragraphs are
 * `<p><br></p>`, decorators are contenteditable="false".
 */
import { createRichTextAdapter } from './contenteditable';

export const lexical = createRichTextAdapter({ id: 'lexical', rootSelector: '[data-lexical-editor="true"]' });
