/**
 * Every editor adapter, in the order they are tried: specific editor families first, the
 * generic ones last. The first adapter whose `detect` accepts a field handles it.
 */
import { ckeditor } from './ckeditor';
import { contentEditable } from './contenteditable';
import { draft } from './draft';
import { gmail } from './gmail';
import { lexical } from './lexical';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { slate } from './slate';
import { textarea } from './textarea';
import type { EditorAdapter } from './types';

export const ADAPTERS: readonly EditorAdapter[] = [
  textarea,
  gmail,
  quill,
  slate,
  lexical,
  prosemirror,
  ckeditor,
  draft,
  contentEditable,
];

export interface AdapterMatch {
  adapter: EditorAdapter;
  root: HTMLElement;
}

/**
 * The adapter and editor root for a field (a focused element or anything inside an editor).
 * It does not judge whether the field is a message field: ask `isCheckableField` for that.
 */
export function adapterFor(element: Element): AdapterMatch | undefined {
  const html = element as HTMLElement;
  const adapter = ADAPTERS.find((candidate) => candidate.detect(html));
  return adapter && { adapter, root: adapter.root(html) };
}

export { isCheckableField } from './checkable';
export { deepActiveElement, findCheckableFields } from './dom';
export type { EditorAdapter, TextSnapshot } from './types';
