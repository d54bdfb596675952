// @vitest-environment happy-dom
/**
 * The offset map under the rich-text adapters: which text a DOM reads as, and that text offsets
 * and DOM positions map back and forth exactly. (Geometry needs a real browser: e2e.)
 */
import { describe, expect, it } from 'vitest';
import { messageLength } from '../../src/editors/gmail';
import { readDomTextCached } from '../../src/editors/map-cache';
import { readDomText } from '../../src/editors/text-map';
import { gmail } from '../../src/editors/gmail';
import { contentEditable } from '../../src/editors/contenteditable';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root') as HTMLElement;
}

describe('readDomText: text as the user sees it', () => {
  it.each([
    ['paragraphs', '<p>One</p><p>Two</p>', 'One\nTwo'],
    ['an empty paragraph held open by <br>', '<p>One</p><p><br></p><p>Two</p>', 'One\n\nTwo'],
    ['an empty first line', '<p><br></p><p>Two</p>', '\nTwo'],
    ['an empty last line', '<p>One</p><p><br></p>', 'One\n'],
    ["Chrome's bare first line", 'One<div>Two</div><div><br></div><div>Three</div>', 'One\nTwo\n\nThree'],
    ['nested blocks', '<div><p>One</p></div><blockquote><p>Two</p></blockquote>', 'One\nTwo'],
    ['<br> inside a line', '<p>One<br>Two</p>', 'One\nTwo'],
    ['a trailing <br> after text', '<p>One<br></p><p>Two</p>', 'One\nTwo'],
    ['two <br>s: a newline and an empty line', '<p>One<br><br></p><p>Two</p>', 'One\n\nTwo'],
    ['<br> before a block', 'One<br><div>Two</div>', 'One\nTwo'],
    ['inline formatting', '<p>I <b>am</b> <i>sorry</i></p>', 'I am sorry'],
    ['display:none', '<p>I am<span style="display:none"> not</span> sorry</p>', 'I am sorry'],
    ['contenteditable=false widgets', '<p>I am<span contenteditable="false"> @mention</span> sorry</p>', 'I am sorry'],
    ['the hidden attribute', '<p hidden>Draft</p><p>Sent</p>', 'Sent'],
    ['scripts and styles', '<p>a<style>p{}</style><script>1</script>b</p>', 'ab'],
    ['collapsed whitespace and indentation', '<p>\n    Hello   <b>world</b>\n  </p><p>  Bye</p>', 'Hello world \nBye'],
    ['preserved whitespace', '<p style="white-space: pre-wrap">a  b\tc</p>', 'a  b\tc'],
    ['NBSP as a space', '<p>a\u00a0\u00a0b</p>', 'a  b'],
    ['zero-width caret anchors', '<p>\ufeff</p><p>a\u200bb</p>', '\nab'],
    ["CKEditor's inline filler", '<p>I <strong>am</strong>\u2060\u2060\u2060\u2060\u2060\u2060\u2060 sorry</p>', 'I am sorry'],
    ['emoji joiners stay', '<p>\u{1F469}\u200d\u{1F4BB}</p>', '\u{1F469}\u200d\u{1F4BB}'],
    ['an empty editor', '', ''],
    ['an empty editor with a placeholder line', '<p><br></p>', ''],
  ])('%s', (_name, html, text) => {
    expect(readDomText(editor(html)).text).toBe(text);
  });
});

describe('readDomText: offsets map to DOM positions and back', () => {
  const samples = [
    '<p>One <b>two</b> three</p><p><br></p><p>Four<br>five</p>',
    'Bare<div>Two</div><div><br></div><div>x</div>',
    '<p>\n  Hello   <i>big</i>   world\n</p><p>Bye</p>',
    '<p>a<span contenteditable="false">X</span>b\ufeffc</p>',
  ];

  it.each(samples)('round-trips every offset: %s', (html) => {
    const map = readDomText(editor(html));
    for (let offset = 0; offset <= map.text.length; offset++) {
      for (const affinity of ['forward', 'backward'] as const) {
        const point = map.positionAt(offset, affinity);
        expect(map.offsetAt(point.node, point.offset), `${affinity} ${offset}`).toBe(offset);
      }
    }
  });

  // (Not the last sample: a word there runs across a hidden widget, which its range then spans.)
  it.each(samples.slice(0, 3))('ranges cover exactly the words they map: %s', (html) => {
    const map = readDomText(editor(html));
    for (const match of map.text.matchAll(/[A-Za-z]+/g)) {
      const range = map.rangeFor(match.index, match.index + match[0].length);
      expect(range.toString()).toBe(match[0]);
    }
  });

  it('maps element positions (caret between blocks or beside <br>)', () => {
    const root = editor('<p>One</p><p><br></p><p>Two</p>');
    const map = readDomText(root);
    expect(map.offsetAt(root, 0)).toBe(0);
    expect(map.offsetAt(root, 3)).toBe(map.text.length);
    expect(map.offsetAt(root.children[2], 0)).toBe(5);
  });
});

describe('Gmail: only the user\'s own message', () => {
  it('ends the message before an "On … wrote:" line and the empty lines above it', () => {
    const text = 'Sorry about Friday.\n\nOn Mon, 3 Nov 2025 at 09:12, Sam <sam@example.com> wrote:\n> You were late';
    expect(text.slice(0, messageLength(text))).toBe('Sorry about Friday.');
  });

  it('keeps lines that only start like a quote header', () => {
    const text = 'On my way now.\nOn Monday I wrote: sorry.';
    expect(messageLength(text)).toBe(text.length);
  });

  it('leaves out the quoted reply and the signature', () => {
    const root = editor(
      '<div dir="ltr">Sorry I was late.</div><div dir="ltr"><br></div><div class="gmail_signature">-- Alex</div><br>' +
        '<div class="gmail_quote"><div class="gmail_attr">On Mon, 3 Nov 2025 at 09:12, Sam wrote:<br></div><blockquote class="gmail_quote">You were late.</blockquote></div>',
    );
    expect(gmail.read(root).text).toBe('Sorry I was late.');
  });
});

describe('the generic adapter leaves quoted replies out', () => {
  it.each([
    ['Outlook', '<div>Sorry for Friday.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: Sam</div><div>You were late</div>'],
    ['Apple Mail', '<div>Sorry for Friday.</div><blockquote type="cite">You were late</blockquote>'],
    ['Thunderbird', '<div>Sorry for Friday.</div><div class="moz-cite-prefix">On Friday Sam wrote:</div><blockquote type="cite">You were late</blockquote>'],
  ])('%s', (_client, html) => {
    expect(contentEditable.read(editor(html)).text).toBe('Sorry for Friday.');
  });
});

describe('readDomTextCached', () => {
  it('reuses the map while nothing changed, and sees a change made in the same task', () => {
    const root = editor('<p>I am sorry</p>');
    const first = readDomTextCached(root);
    expect(readDomTextCached(root)).toBe(first);
    (root.querySelector('p')!.firstChild as Text).data = 'I am sorry, but';
    expect(readDomTextCached(root).text).toBe('I am sorry, but');
    root.querySelector('p')!.append(document.createElement('br'), 'you started it');
    expect(readDomTextCached(root).text).toBe('I am sorry, but\nyou started it');
  });
});
