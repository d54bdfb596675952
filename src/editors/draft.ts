/**
 * Draft.js. Root: `.public-DraftEditor-content` (its blocks sit in `[data-contents]`); the
 * placeholder lives outside the root. Empty blocks hold a `br[data-text]`.
 */
import { createRichTextAdapter } from './contenteditable';

export const draft = createRichTextAdapter({ id: 'draft', rootSelector: '.public-DraftEditor-content' });
