/**
 * Adapter benchmark (a script, not a test): what one read of an editor, the rects of its
 * findings and a caret lookup cost, in Debian's Chromium, on each fixture editor holding a
 * 2,000-character draft, and on the plain ones holding 100 KB.
 *
 *   npm run bench:adapters
 */
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, FIXTURES_DIR, serveFixtures } from '../e2e/harness';

const EDITORS: Array<[name: string, page: string, selector: string]> = [
  ['textarea', 'textarea.html', '#editor'],
  ['contenteditable', 'contenteditable.html', '#editor'],
  ['gmail', 'gmail.html', '[id=":r2"]'],
  ['quill', 'quill.html', '.ql-editor'],
  ['lexical', 'lexical.html', '[data-lexical-editor]'],
  ['slate', 'slate.html', '[data-slate-editor]'],
  ['prosemirror', 'prosemirror.html', '.ProseMirror'],
  ['draft', 'draft.html', '.public-DraftEditor-content'],
  ['ckeditor', 'ckeditor.html', '.ck-editor__editable'],
];
const LARGE = new Set(['textarea', 'contenteditable', 'gmail', 'quill', 'prosemirror']);
const SENTENCE = "I'm sorry if you felt hurt, but you know I was tired after work and you never listen. ";
const RUNS = 40;

interface Figures {
  chars: number;
  /** A read after the text changed (the map is rebuilt). */
  freshReadMs: number[];
  /** A read with nothing changed since the last one (cached map). */
  readMs: number[];
  rectsMs: number[];
  caretMs: number[];
}

/** Fills the editor with `paragraphs` paragraphs of `perParagraph` characters, through the editor. */
async function fill(page: Page, selector: string, paragraphs: number, perParagraph: number): Promise<void> {
  await page.click(selector);
  const line = SENTENCE.repeat(Math.ceil(perParagraph / SENTENCE.length)).slice(0, perParagraph);
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(line);
  }
  await page.waitForTimeout(200);
}

function measure(page: Page, selector: string, runs: number): Promise<Figures> {
  return page.evaluate(
    ([selector, runs]) => {
      const api = (window as any).__amendsAdapters;
      const { adapter, root } = api.adapterFor(document.querySelector(selector as string));
      const time = (action: () => unknown) => {
        const start = performance.now();
        action();
        return performance.now() - start;
      };
      const figures = { chars: adapter.read(root).text.length, freshReadMs: [] as number[], readMs: [] as number[], rectsMs: [] as number[], caretMs: [] as number[] };
      for (let i = 0; i < (runs as number); i++) {
        let snapshot: { text: string; rectsFor(s: number, e: number): DOMRect[] } | undefined;
        // Any mutation inside the editor counts as a change (a harmless attribute here).
        root.setAttribute('data-bench-run', String(i));
        figures.freshReadMs.push(time(() => adapter.read(root)));
        figures.readMs.push(time(() => (snapshot = adapter.read(root))));
        // Ten findings spread through the text, as a busy draft might have.
        const step = Math.max(1, Math.floor(snapshot!.text.length / 10));
        figures.rectsMs.push(time(() => {
          for (let at = 0; at + 12 < snapshot!.text.length; at += step) snapshot!.rectsFor(at, at + 12);
        }));
        figures.caretMs.push(time(() => adapter.caretOffset(root)));
      }
      return figures;
    },
    [selector, runs] as const,
  );
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value: number) => `${value.toFixed(2)} ms`;

const server = await serveFixtures();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
console.log('editor            chars   fresh read p50/p95      cached read p50/p95   10× rectsFor p50/p95    caretOffset p50/p95');
try {
  for (const [name, file, selector] of EDITORS) {
    for (const [paragraphs, perParagraph] of LARGE.has(name) ? [[20, 100], [100, 1000]] : [[20, 100]]) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      await page.goto(server.url(file));
      await page.waitForFunction(() => typeof (window as any).readModel === 'function');
      await page.addScriptTag({ path: join(FIXTURES_DIR, 'dist/adapters.js') });
      await fill(page, selector, paragraphs, perParagraph);
      const f = await measure(page, selector, paragraphs > 20 ? 10 : RUNS);
      console.log(
        `${name.padEnd(16)} ${String(f.chars).padStart(7)}   ${ms(percentile(f.freshReadMs, 50))} / ${ms(percentile(f.freshReadMs, 95))}`.padEnd(58) +
          `${ms(percentile(f.readMs, 50))} / ${ms(percentile(f.readMs, 95))}`.padEnd(22) +
          `${ms(percentile(f.rectsMs, 50))} / ${ms(percentile(f.rectsMs, 95))}`.padEnd(24) +
          `${ms(percentile(f.caretMs, 50))} / ${ms(percentile(f.caretMs, 95))}`,
      );
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
