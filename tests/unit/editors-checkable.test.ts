// @vitest-environment happy-dom
/**
 * Which single-line inputs and textareas count as message fields. (Contenteditable needs a real
 * browser for isContentEditable: tests/e2e/adapters.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { isCheckableField } from '../../src/editors/checkable';

function field(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('[data-field]') as Element;
}

describe('isCheckableField', () => {
  it.each([
    ['a textarea', '<textarea data-field></textarea>'],
    ['a chat input', '<input data-field type="text" placeholder="Message #general">'],
    ['an input with no type', '<input data-field aria-label="Reply to Sam">'],
    ['a chat input whose id mentions the user', '<input data-field id="user-message" placeholder="Message a user">'],
  ])('says yes to %s', (_name, html) => {
    expect(isCheckableField(field(html))).toBe(true);
  });

  it.each([
    ['passwords', '<input data-field type="password">'],
    ['search fields', '<input data-field type="search">'],
    ['text inputs used for search', '<input data-field type="text" name="q">'],
    ['email fields', '<input data-field type="email">'],
    ['urls', '<input data-field type="url">'],
    ['numbers', '<input data-field type="number">'],
    ['login names', '<input data-field type="text" autocomplete="username">'],
    ['subject lines', '<input data-field type="text" aria-label="Subject">'],
    ['short codes', '<input data-field type="text" maxlength="6">'],
    ['combo boxes', '<input data-field type="text" role="combobox">'],
    ['read-only textareas', '<textarea data-field readonly></textarea>'],
    ['disabled textareas', '<textarea data-field disabled></textarea>'],
    ['fields that opt out', '<textarea data-field data-gramm="false"></textarea>'],
    ['fields under an opt-out', '<div data-enable-grammarly="false"><textarea data-field></textarea></div>'],
    ['fields hidden from assistive technology', '<div aria-hidden="true"><textarea data-field></textarea></div>'],
    ['plain elements', '<div data-field>Hello</div>'],
  ])('says no to %s', (_name, html) => {
    expect(isCheckableField(field(html))).toBe(false);
  });
});
