/**
 * Gmail's compose body: a contenteditable `div[g_editable="true"]` (`.Am.editable`,
 * role=textbox). Only what the user writes counts: the quoted reply (`.gmail_quote`), the
 * signature, and anything from an "On … wrote:" line down are left out.
 */
import { createRichTextAdapter } from './contenteditable';

/** "On Mon, 3 Nov 2025 at 09:12, Sam <sam@example.com> wrote:" opens a quoted message. */
const QUOTE_HEADER = /^On [^\n]{6,300}? wrote:[ \t]*$/m;
const LEFT_OUT = '.gmail_quote, .gmail_signature, .gmail_extra';

export const gmail = createRichTextAdapter({
  id: 'gmail',
  rootSelector: '[g_editable="true"], .Am.editable[contenteditable="true"]',
  walk: {
    exclude: (element) => element.matches(LEFT_OUT),
    messageLength: messageLength,
  },
});

/** Length of the user's own message: up to a quote header, without the empty lines before it. */
export function messageLength(text: string): number {
  const header = QUOTE_HEADER.exec(text);
  const own = header ? text.slice(0, header.index) : text;
  return own.replace(/\n+$/, '').length;
}
