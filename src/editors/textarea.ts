/**
 * <textarea> and single-line text <input>s. The value is the text; geometry comes from a
 * mirror element (mirror.ts). Replacing selects the range and inserts through
 * execCommand('insertText'), which keeps the browser's own undo working; when a browser
 * refuses, the value is set through the native setter and an `input` event tells frameworks
 * (React tracks the native setter) that it changed.
 */
import { fieldRects, type TextField } from './mirror';
import { focusWithoutScroll, settle } from './selection';
import type { EditorAdapter } from './types';

export function isTextField(element: Element): element is TextField {
  return element.localName === 'textarea' || (element.localName === 'input' && (element as HTMLInputElement).type === 'text');
}

export const textarea: EditorAdapter = {
  id: 'textarea',
  detect: isTextField,
  root: (element) => element,

  read(root) {
    const field = root as TextField;
    const text = field.value;
    return { text, rectsFor: (start: number, end: number) => fieldRects(field, text, start, end) };
  },

  caretOffset(root) {
    const field = root as TextField;
    if ((field.getRootNode() as Document | ShadowRoot).activeElement !== field) return null;
    return field.selectionDirection === 'backward' ? field.selectionStart : field.selectionEnd;
  },

  setCaret(root, offset) {
    const field = root as TextField;
    focusWithoutScroll(field);
    field.setSelectionRange(offset, offset);
  },

  async replace(root, start, end, replacement, expected) {
    const field = root as TextField;
    const before = field.value;
    if (before.slice(start, end) !== expected) return false;
    const wanted = before.slice(0, start) + replacement + before.slice(end);
    focusWithoutScroll(field);
    field.setSelectionRange(start, end);
    const doc = field.ownerDocument;
    const inserted = replacement === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, replacement);
    if (!inserted || field.value !== wanted) {
      if (field.value !== before) return false; // something else changed it: leave it alone
      setNativeValue(field, wanted);
      field.setSelectionRange(start + replacement.length, start + replacement.length);
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    }
    await settle();
    return field.value === wanted;
  },
};

/** Sets value through the prototype's setter, so frameworks that wrap `value` notice. */
function setNativeValue(field: TextField, value: string): void {
  for (let proto = Object.getPrototypeOf(field); proto; proto = Object.getPrototypeOf(proto)) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) {
      setter.call(field, value);
      return;
    }
  }
  field.value = value;
}
