/**
 * Editor adapters driven directly in Chromium (no extension): for each fixture editor, text typed
 * with real keystrokes reads back equal to the editor's own model, rects sit on the words,
 * replace() changes exactly one range through the editor, and one Ctrl+Z restores it.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, FIXTURES_DIR, collectPageErrors, serveFixtures, type FixtureServer } from './harness';

interface EditorCase {
  name: string;
  page: string;
  /** The element the user types into. */
  selector: string;
  adapter: string;
  singleLine?: boolean;
  /** Ctrl+B makes text bold in this fixture. */
  bold?: boolean;
  /** Argument for the page's readModel() when it hosts several fields. */
  model?: string;
}

const EDITORS: EditorCase[] = [
  { name: 'textarea', page: 'textarea.html', selector: '#editor', adapter: 'textarea' },
  { name: 'text input', page: 'textarea.html', selector: '#chat', adapter: 'textarea', singleLine: true, model: 'chat' },
  { name: 'contenteditable', bold: true, page: 'contenteditable.html', selector: '#editor', adapter: 'contenteditable' },
  { name: 'gmail', bold: true, page: 'gmail.html', selector: '[id=":r1"]', adapter: 'gmail' },
  { name: 'quill', bold: true, page: 'quill.html', selector: '.ql-editor', adapter: 'quill' },
  { name: 'lexical', bold: true, page: 'lexical.html', selector: '[data-lexical-editor]', adapter: 'lexical' },
  { name: 'slate', page: 'slate.html', selector: '[data-slate-editor]', adapter: 'slate' },
  { name: 'prosemirror', page: 'prosemirror.html', selector: '.ProseMirror', adapter: 'prosemirror' },
  { name: 'draft', page: 'draft.html', selector: '.public-DraftEditor-content', adapter: 'draft' },
  { name: 'ckeditor', bold: true, page: 'ckeditor.html', selector: '.ck-editor__editable', adapter: 'ckeditor' },
];

const FIRST_LINE = "I'm sorry you felt hurt, but you never listen.";
const SECOND_LINE = 'I was tired after work.';
const TARGET = 'you felt hurt';
const REPLACEMENT = 'I hurt you';

let browser: Browser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A new page on a fixture, with the adapters loaded and its errors collected. */
async function openFixture(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = collectPageErrors(page);
  await page.goto(server.url(file));
  // Editors that start asynchronously (CKEditor) expose readModel once they are ready.
  await page.waitForFunction(() => typeof (window as any).readModel === 'function');
  await page.addScriptTag({ path: join(FIXTURES_DIR, 'dist/adapters.js') });
  return { page, errors };
}

/** Runs an adapter method in the page on the field matched by `selector`. */
function inPage<T>(page: Page, selector: string, action: string, args: unknown[] = []): Promise<T> {
  return page.evaluate(
    async ([selector, action, args]) => {
      const api = (window as any).__amendsAdapters;
      const element = document.querySelector(selector as string) as HTMLElement;
      const match = api.adapterFor(element);
      if (!match) return null;
      const { adapter, root } = match;
      switch (action) {
        case 'id':
          return adapter.id;
        case 'text':
          return adapter.read(root).text;
        case 'rects':
          return adapter
            .read(root)
            .rectsFor(...(args as [number, number]))
            .map((r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
        case 'caret':
          return adapter.caretOffset(root);
        case 'setCaret':
          return adapter.setCaret(root, (args as [number])[0]);
        case 'replace':
          return adapter.replace(root, ...(args as [number, number, string, string]));
      }
      throw new Error(`unknown action ${action}`);
    },
    [selector, action, args] as const,
  ) as Promise<T>;
}

let currentModel: string | undefined;
const readModel = (page: Page) => page.evaluate((id) => (window as any).readModel(id) as string, currentModel);

async function focusEditor(page: Page, editor: EditorCase): Promise<void> {
  // Top-left corner: in the Gmail reply that is the empty line above the quote.
  await page.click(editor.selector, { position: { x: 4, y: 6 } });
  // Like the content script, attach to the field when it gets focus (adapters start timing edits).
  await inPage(page, editor.selector, 'id');
}

async function expectOneUndoRestores(page: Page, typed: string): Promise<void> {
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(100);
  expect(await readModel(page)).toBe(typed);
}

async function typeMessage(page: Page, editor: EditorCase): Promise<string> {
  await focusEditor(page, editor);
  await page.keyboard.type(FIRST_LINE, { delay: 5 });
  if (editor.singleLine) return FIRST_LINE;
  await page.keyboard.press('Enter');
  await page.keyboard.type(SECOND_LINE, { delay: 5 });
  return `${FIRST_LINE}\n${SECOND_LINE}`;
}

describe.each(EDITORS)('$name adapter', (editor) => {
  beforeAll(() => {
    currentModel = editor.model;
  });

  it('reads the typed text, places rects on words, replaces through the editor and undoes in one step', async () => {
    const { page, errors } = await openFixture(editor.page);

    const typed = await typeMessage(page, editor);
    await page.waitForTimeout(100);
    expect(await inPage(page, editor.selector, 'id')).toBe(editor.adapter);
    const text = await inPage<string>(page, editor.selector, 'text');
    expect(text).toBe(typed);
    expect(await readModel(page)).toBe(typed);

    // The rect of "listen" covers the word: the browser puts the caret inside it when clicked.
    const word = text.indexOf('listen');
    const rects = await inPage<{ x: number; y: number; width: number; height: number }[]>(page, editor.selector, 'rects', [word, word + 6]);
    expect(rects).toHaveLength(1);
    const [rect] = rects;
    expect(rect.height).toBeGreaterThan(8);
    expect(rect.height).toBeLessThan(40);
    expect(rect.width).toBeGreaterThan(20);
    expect(rect.width).toBeLessThan(120);
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await page.waitForTimeout(50);
    const clickedCaret = await inPage<number>(page, editor.selector, 'caret');
    expect(clickedCaret).toBeGreaterThanOrEqual(word);
    expect(clickedCaret).toBeLessThanOrEqual(word + 6);

    // Replace one phrase; everything else stays as it was.
    const start = text.indexOf(TARGET);
    const replaced = await inPage<boolean>(page, editor.selector, 'replace', [start, start + TARGET.length, REPLACEMENT, TARGET]);
    const wanted = text.slice(0, start) + REPLACEMENT + text.slice(start + TARGET.length);
    expect(replaced).toBe(true);
    expect(await inPage(page, editor.selector, 'text')).toBe(wanted);
    expect(await readModel(page)).toBe(wanted);
    expect(await inPage(page, editor.selector, 'caret')).toBe(start + REPLACEMENT.length);

    // One Ctrl+Z in the editor brings the original back exactly.
    await expectOneUndoRestores(page, typed);
    expect(await inPage(page, editor.selector, 'text')).toBe(typed);

    expect(errors).toEqual([]);
    await page.close();
  });

  // Single-line inputs have no paragraphs.
  if (!editor.singleLine) it('reads empty lines as the editor does and deletes a range in a later paragraph', async () => {
    const { page, errors } = await openFixture(editor.page);
    await focusEditor(page, editor);
    await page.keyboard.type('First line.', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('You always do this, honestly.', { delay: 5 });
    await page.waitForTimeout(100);
    const typed = 'First line.\n\nYou always do this, honestly.';
    expect(await readModel(page)).toBe(typed);
    expect(await inPage(page, editor.selector, 'text')).toBe(typed);

    const start = typed.indexOf(', honestly');
    expect(await inPage(page, editor.selector, 'replace', [start, start + 10, '', ', honestly'])).toBe(true);
    const wanted = 'First line.\n\nYou always do this.';
    expect(await readModel(page)).toBe(wanted);
    expect(await inPage(page, editor.selector, 'text')).toBe(wanted);
    await expectOneUndoRestores(page, typed);
    expect(errors).toEqual([]);
    await page.close();
  });

  // A finding often spans formatting: the range then starts and ends in different text nodes.
  if (editor.bold) it('replaces a range that runs across bold text', async () => {
    const { page, errors } = await openFixture(editor.page);
    await focusEditor(page, editor);
    await page.keyboard.type('I am ', { delay: 5 });
    await page.keyboard.press('Control+b');
    await page.keyboard.type('really sorry', { delay: 5 });
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' you felt hurt.', { delay: 5 });
    await page.waitForTimeout(100);
    const typed = 'I am really sorry you felt hurt.';
    expect(await readModel(page)).toBe(typed);
    expect(await page.evaluate((selector) => document.querySelector(selector)!.querySelector('b, strong') !== null, editor.selector)).toBe(true);

    const target = 'sorry you felt hurt';
    const start = typed.indexOf(target);
    const rects = await inPage<unknown[]>(page, editor.selector, 'rects', [start, start + target.length]);
    expect(rects.length).toBeGreaterThanOrEqual(2); // one per text node: bold part, plain part
    expect(await inPage(page, editor.selector, 'replace', [start, start + target.length, 'sorry I hurt you', target])).toBe(true);
    const wanted = 'I am really sorry I hurt you.';
    expect(await readModel(page)).toBe(wanted);
    expect(await inPage(page, editor.selector, 'text')).toBe(wanted);
    await expectOneUndoRestores(page, typed);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a replacement when the text moved on, and changes nothing', async () => {
    const { page } = await openFixture(editor.page);
    const typed = await typeMessage(page, editor);
    await page.waitForTimeout(100);
    const start = typed.indexOf(TARGET);
    const replaced = await inPage<boolean>(page, editor.selector, 'replace', [start, start + TARGET.length, REPLACEMENT, 'you felt sad']);
    expect(replaced).toBe(false);
    expect(await readModel(page)).toBe(typed);
    await page.close();
  });

  it('places the caret at a text offset', async () => {
    const { page } = await openFixture(editor.page);
    const typed = await typeMessage(page, editor);
    await page.waitForTimeout(100);
    const offset = typed.indexOf('never');
    await inPage(page, editor.selector, 'setCaret', [offset]);
    await page.waitForTimeout(50);
    expect(await inPage(page, editor.selector, 'caret')).toBe(offset);
    // The editor agrees: typing lands there.
    await page.keyboard.type('X');
    await page.waitForTimeout(50);
    expect(await readModel(page)).toBe(`${typed.slice(0, offset)}X${typed.slice(offset)}`);
    await page.close();
  });
});

describe('finding message fields', () => {
  it('tells message fields from search, login, data and opted-out fields', async () => {
    const { page } = await openFixture('textarea.html');
    const verdicts = await page.evaluate(() => {
      const api = (window as any).__amendsAdapters;
      return Object.fromEntries([...document.querySelectorAll('textarea, input')].map((field) => [field.id, api.isCheckableField(field)]));
    });
    expect(verdicts).toEqual({
      editor: true,
      chat: true,
      search: false,
      'search-text': false,
      email: false,
      password: false,
      username: false,
      readonly: false,
      'opted-out': false,
      'opted-out-ancestor': false,
    });
    expect(await page.evaluate(() => (window as any).__amendsAdapters.findCheckableFields(document).map((f: Element) => f.id))).toEqual(['editor', 'chat']);
    await page.close();
  });

  it('finds editors in open shadow roots and same-origin iframes, and follows focus into them', async () => {
    const { page } = await openFixture('contenteditable.html');
    const where = () =>
      page.evaluate(() => {
        const api = (window as any).__amendsAdapters;
        const describe = (element: Element | null) =>
          !element ? 'none' : element.ownerDocument !== document ? `frame:${element.id || element.localName}` : element.getRootNode() !== document ? `shadow:${element.id}` : element.id;
        return { fields: api.findCheckableFields(document).map(describe), active: describe(api.deepActiveElement()) };
      });
    await page.waitForFunction(() => (document.getElementById('design-frame') as HTMLIFrameElement).contentDocument?.designMode === 'on');
    await page.locator('#shadow-host #editor').click();
    expect(await where()).toEqual({ fields: ['editor', 'shadow:editor', 'frame:editor', 'frame:html'], active: 'shadow:editor' });
    await page.frameLocator('#frame').locator('#editor').click();
    expect((await where()).active).toBe('frame:editor');
    await page.close();
  });

  it('reads and replaces inside a shadow root and inside an iframe', async () => {
    const { page, errors } = await openFixture('contenteditable.html');
    for (const [name, locator] of [
      ['shadow', page.locator('#shadow-host #editor')],
      ['frame', page.frameLocator('#frame').locator('#editor')],
    ] as const) {
      await locator.click();
      await page.keyboard.type(FIRST_LINE, { delay: 5 });
      const result = await page.evaluate(
        async ([name, target, replacement]) => {
          const api = (window as any).__amendsAdapters;
          const element = (
            name === 'shadow'
              ? (document.getElementById('shadow-host') as HTMLElement).shadowRoot!.getElementById('editor')
              : (document.getElementById('frame') as HTMLIFrameElement).contentDocument!.getElementById('editor')
          ) as HTMLElement;
          const { adapter, root } = api.adapterFor(element);
          const before = adapter.read(root).text as string;
          const start = before.indexOf(target);
          const rects = adapter.read(root).rectsFor(start, start + target.length).length;
          const replaced = await adapter.replace(root, start, start + target.length, replacement, target);
          return { name, before, rects, replaced, after: element.innerText, caret: adapter.caretOffset(root), start };
        },
        [name, TARGET, REPLACEMENT] as const,
      );
      expect(result.before).toBe(FIRST_LINE);
      expect(result.rects).toBe(1);
      expect(result.replaced).toBe(true);
      expect(result.after).toBe(FIRST_LINE.replace(TARGET, REPLACEMENT));
      expect(result.caret).toBe(result.start + REPLACEMENT.length);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads only what the user wrote in a Gmail reply, in each compose window', async () => {
    const { page } = await openFixture('gmail.html');
    const read = () =>
      page.evaluate(() => {
        const api = (window as any).__amendsAdapters;
        return api.findCheckableFields(document).map((field: HTMLElement) => {
          const { adapter, root } = api.adapterFor(field);
          return `${adapter.id}:${root.id}:${adapter.read(root).text}`;
        });
      });
    expect(await read()).toEqual(['gmail::r1:', 'gmail::r2:']);
    await page.click('[id=":r1"]', { position: { x: 4, y: 6 } });
    await page.keyboard.type('Sorry about Friday.', { delay: 5 });
    expect(await read()).toEqual(['gmail::r1:Sorry about Friday.', 'gmail::r2:']);
    await page.close();
  });
});

describe('textarea geometry', () => {
  it('follows scrolling and wrapping, and leaves out what is scrolled out of view', async () => {
    const { page } = await openFixture('textarea.html');
    const lines = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of the message.`);
    lines.push('A long last line that certainly wraps inside this narrow textarea because it keeps going on and on.');
    await page.evaluate((value) => {
      const field = document.getElementById('editor') as HTMLTextAreaElement;
      field.style.width = '260px';
      field.value = value;
      field.scrollTop = field.scrollHeight;
    }, lines.join('\n'));
    const measure = (word: string) =>
      page.evaluate((word) => {
        const api = (window as any).__amendsAdapters;
        const field = document.getElementById('editor') as HTMLTextAreaElement;
        const { adapter, root } = api.adapterFor(field);
        const snapshot = adapter.read(root);
        const start = snapshot.text.indexOf(word);
        const box = field.getBoundingClientRect();
        return {
          rects: snapshot.rectsFor(start, start + word.length).map((r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
          box: { x: box.x, y: box.y, width: box.width, height: box.height },
          start,
        };
      }, word);

    const hidden = await measure('Line 1 ');
    expect(hidden.rects).toEqual([]);

    const wrapped = await measure('narrow textarea because it keeps going on and on');
    expect(wrapped.rects.length).toBeGreaterThanOrEqual(2);
    for (const rect of wrapped.rects) {
      expect(rect.y).toBeGreaterThanOrEqual(wrapped.box.y);
      expect(rect.y + rect.height).toBeLessThanOrEqual(wrapped.box.y + wrapped.box.height);
    }

    // Clicking the middle of a measured word puts the browser's caret inside it.
    const word = await measure('Line 30');
    expect(word.rects).toHaveLength(1);
    const [rect] = word.rects;
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    const caret = await page.evaluate(() => (document.getElementById('editor') as HTMLTextAreaElement).selectionStart);
    expect(caret).toBeGreaterThanOrEqual(word.start);
    expect(caret).toBeLessThanOrEqual(word.start + 'Line 30'.length);
    await page.close();
  });
});
