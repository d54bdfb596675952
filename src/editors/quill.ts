/**
 * Quill (Slack's message composer). The editable root is `.ql-editor` inside `.ql-container`;
 * its placeholder is CSS-generated, so it never reads as text. Quill 2 handles a cancelable
 * `insertReplacementText` itself, which keeps its delta model and history in step.
 */
import { createRichTextAdapter } from './contenteditable';

export const quill = createRichTextAdapter({ id: 'quill', rootSelector: '.ql-container > .ql-editor' });
