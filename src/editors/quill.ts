/**
 * Quill (Slack's message composer). The editable root is `.ql-editor` inside `.ql-container`;
 * its placeholder is CSS-generated, so it never reads as text. Quill 2 handles a cancelable
 * `insertReplacementText` itself, which keeps its delta model and history in step. Its history
 * merges changes less than `delay` (1 s by default) apart.
 */
import { createRichTextAdapter } from './contenteditable';

export const quill = createRichTextAdapter({
  id: 'quill',
  rootSelector: '.ql-container > .ql-editor',
  undoGroupMs: 1000,
});
