/**
 * Security promises checked on our own source (src/ and entrypoints/): nothing turns text into
 * code or HTML, nothing talks to the network, and no channel lets a web page drive Amends. The
 * built bundles (third-party code included) are scanned by tests/e2e/privacy.spec.ts after the build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const SOURCE_DIRS = ['src', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(name) ? [path] : [];
  });
}

/** The code without comments, so a doc comment that names a forbidden API does not count. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const FILES = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((path) => ({
  path: relative(ROOT, path),
  code: withoutComments(readFileSync(path, 'utf8')),
}));

/** Each file:line where `pattern` occurs in our code. */
function occurrences(pattern: RegExp): string[] {
  return FILES.flatMap(({ path, code }) =>
    code.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
  );
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval', /\beval\s*\(/],
  ['the Function constructor', /\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"`]/],
  ['string timers', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['remote imports', /\bimport\s*\(\s*['"`]https?:/],
  ['remote script tags', /<script[^>]+src\s*=\s*['"]?(https?:)?\/\//i],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['DOMParser', /\bDOMParser\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['window message listeners', /addEventListener\s*\(\s*['"`]message['"`]/],
  ['onmessage handlers', /\bonmessage\s*=/],
  ['postMessage', /\bpostMessage\s*\(/],
  ['externally connectable messaging', /\bonMessageExternal\b|\bonConnectExternal\b/],
];

describe('our source code', () => {
  it('is found (the scan reads real files)', () => {
    expect(FILES.length).toBeGreaterThan(50);
    expect(FILES.some((f) => f.path === 'src/messaging.ts')).toBe(true);
  });

  it.each(FORBIDDEN)('has no %s', (_name, pattern) => {
    expect(occurrences(pattern)).toEqual([]);
  });

  it('the scan would catch each pattern (checked on samples, comments ignored)', () => {
    const samples = [
      'eval(x)', 'new Function("a", b)', 'setTimeout("go()", 1)', 'await fetch(url)', 'new XMLHttpRequest()', 'new WebSocket(u)',
      'new EventSource(u)', 'navigator.sendBeacon(u)', 'importScripts(u)', "import('https://x.org/a.js')", '<script src="https://x.org/a.js">',
      'el.innerHTML = t', 'el.outerHTML = t', 'el.insertAdjacentHTML("x", t)', 'document.write(t)', 'r.createContextualFragment(t)',
      'new DOMParser()', '<div dangerouslySetInnerHTML={x} />', "window.addEventListener('message', f)", 'port.onmessage = f',
      'w.postMessage(m)', 'browser.runtime.onMessageExternal',
    ];
    expect(samples).toHaveLength(FORBIDDEN.length);
    FORBIDDEN.forEach(([name, pattern], i) => expect(pattern.test(samples[i]), name).toBe(true));
    expect(withoutComments('/** eval(x) */ ok(); // fetch(u)\nconst u = "https://a.b";')).toBe(' ok(); \nconst u = "https://a.b";');
  });

  it('has no page-to-extension event channel: no listener on custom events the page could dispatch', () => {
    // Custom DOM events are how a page would talk to an isolated world; Amends listens only to the
    // browser's own input events, and checks isTrusted where they count (see the next test).
    expect(occurrences(/addEventListener\s*\(\s*['"`][a-z]+[-:][\w:-]+['"`]/)).toEqual([]);
    expect(occurrences(/\bCustomEvent\b/)).toEqual([]);
  });

  it('counts only trusted key, click and send events in the content script', () => {
    const handlers = ['src/content/controller.ts', 'src/content/send-watch.ts'];
    for (const path of handlers) {
      const code = FILES.find((f) => f.path === path)?.code ?? '';
      expect(code.match(/event\.isTrusted/g)?.length ?? 0, path).toBeGreaterThanOrEqual(3);
    }
  });
});
