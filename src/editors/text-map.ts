/**
 * Reads the visible text of a rich-text editor with a map from text offsets back to DOM
 * positions. Every adapter for a contenteditable editor reads through this one walk.
 *
 * The text follows what the user sees, not textContent:
 * - block boundaries and <br> become "\n"; a trailing <br> that only keeps an empty line open
 *   (the `<p><br></p>` every editor uses) adds a line without adding a character of its own;
 * - hidden parts (display:none, visibility:hidden, `hidden`, contenteditable="false", scripts)
 *   give no text;
 * - whitespace collapses where CSS collapses it; NBSP reads as a space (same length) and the
 *   zero-width characters editors use as caret anchors are left out.
 */
export interface DomPoint {
  readonly node: Node;
  readonly offset: number;
}

/** A piece of text mapped linearly onto one Text node. */
interface TextRun {
  readonly kind: 'text';
  readonly start: number;
  /** Grows while the walk extends the run. */
  end: number;
  readonly node: Text;
  readonly domStart: number;
}

/** A "\n" that stands for a block boundary or a <br>: DOM points on either side. */
interface BreakRun {
  readonly kind: 'break';
  readonly start: number;
  end: number;
  readonly before: DomPoint;
  readonly after: DomPoint;
}

type Run = TextRun | BreakRun;

export type Affinity = 'forward' | 'backward';

export interface WalkOptions {
  /** Extra subtrees to leave out (e.g. Gmail's quoted reply). */
  exclude?: (element: Element) => boolean;
  /** An element where the user's message ends: nothing from it on is read (e.g. Outlook's quote marker). */
  endsAt?: (element: Element) => boolean;
  /** How much of the text is the user's message (e.g. up to an "On … wrote:" line). */
  messageLength?: (text: string) => number;
}

export interface DomText {
  readonly root: HTMLElement;
  readonly text: string;
  /**
   * DOM position of a text offset. At a boundary between two runs, 'forward' takes the start
   * of the next run and 'backward' the end of the previous one, so ranges stay tight.
   */
  positionAt(offset: number, affinity: Affinity): DomPoint;
  /** Text offset of a DOM position inside root (e.g. the selection's focus). */
  offsetAt(node: Node, offset: number): number;
  /** A DOM Range covering text[start, end). */
  rangeFor(start: number, end: number): Range;
  /** Viewport rects of the characters in text[start, end), line by line. */
  rectsFor(start: number, end: number): DOMRect[];
}

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);
/**
 * Caret anchors editors put in the DOM: U+FEFF (Slate, older editors), U+200B, and CKEditor 5's
 * inline filler of seven U+2060. (Not U+200D: it joins emoji.)
 */
const INVISIBLE_CHARS = /[\u200b\u2060\ufeff]/;
const INVISIBLE_RUN = /[\u200b\u2060\ufeff]+/g;
/** Whitespace runs other than one lone space, or invisible characters. */
const COLLAPSED_OR_INVISIBLE = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+|[\u200b\u2060\ufeff]+/g;

export function readDomText(root: HTMLElement, options: WalkOptions = {}): DomText {
  const builder = new TextBuilder(root);
  let ended = false;

  const walk = (parent: Element, collapse: boolean): void => {
    for (let child = parent.firstChild; child && !ended; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        builder.addText(child as Text, collapse);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (options.endsAt?.(element)) {
          ended = true;
          return;
        }
        if (options.exclude?.(element) || isLeftOut(element)) continue;
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') continue;
        if (element.localName === 'br') {
          builder.addLineBreak(element);
          continue;
        }
        const block = isBlock(element, style.display);
        if (block) builder.startBlock();
        walk(element, collapsesWhitespace(style.whiteSpace));
        if (block) builder.endBlock();
      }
    }
  };

  walk(root, collapsesWhitespace(getComputedStyle(root).whiteSpace));
  return builder.finish(options.messageLength);
}

/** Parts that never show text, known without computing styles. */
function isLeftOut(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName) || element.getAttribute('contenteditable') === 'false' || element.hasAttribute('hidden');
}

/** Used when there is no computed display (a document without layout, e.g. a detached one). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tr', 'td', 'th', 'ul',
]);

function isBlock(element: Element, display: string): boolean {
  if (display === '') return BLOCK_TAGS.has(element.localName);
  return !(display.startsWith('inline') || display === 'contents' || display.startsWith('ruby'));
}

/** Whether CSS collapses whitespace (white-space: normal / nowrap; '' when there is no layout). */
function collapsesWhitespace(whiteSpace: string): boolean {
  return whiteSpace === 'normal' || whiteSpace === 'nowrap' || whiteSpace === '';
}

class TextBuilder {
  private readonly parts: string[] = [];
  private readonly runs: Run[] = [];
  private length = 0;
  private lastChar = '';
  /** Some line exists already (text, or an empty line held open by a <br>). */
  private started = false;
  /** A block boundary was passed; it becomes "\n" before the next content. */
  private pendingBreak = false;
  /** A <br> whose meaning (newline or empty-line placeholder) depends on what follows. */
  private pendingBr: Element | null = null;
  private lastPoint: DomPoint;

  constructor(private readonly root: HTMLElement) {
    this.lastPoint = { node: root, offset: 0 };
  }

  startBlock(): void {
    this.settleTrailingBr();
    if (this.started) this.pendingBreak = true;
  }

  endBlock(): void {
    this.settleTrailingBr();
    if (this.started) this.pendingBreak = true;
  }

  addLineBreak(br: Element): void {
    if (this.pendingBr) this.emitBr(this.pendingBr);
    this.pendingBr = br;
  }

  /**
   * Adds a text node chunk by chunk: only runs of whitespace that CSS collapses (anything but
   * one lone space) and invisible characters break the one-to-one mapping.
   */
  addText(node: Text, collapse: boolean): void {
    const data = node.data;
    if (data.length === 0) return;
    const lengthBefore = this.length;
    const irregular = collapse ? COLLAPSED_OR_INVISIBLE : INVISIBLE_RUN;
    irregular.lastIndex = 0;
    let from = 0;
    for (let match = irregular.exec(data); ; match = irregular.exec(data)) {
      const until = match ? match.index : data.length;
      if (until > from) this.addChunk(data.slice(from, until), node, from, collapse);
      if (!match) break;
      // A collapsed whitespace run reads as one space; invisible characters read as nothing.
      if (!INVISIBLE_CHARS.test(match[0][0])) this.addChunk(' ', node, match.index, true);
      from = match.index + match[0].length;
    }
    // Only caret anchors (a block holding just U+FEFF): the line exists, with no text of its own.
    if (this.length === lengthBefore && INVISIBLE_CHARS.test(data)) {
      this.flushBreak({ node, offset: 0 });
      this.started = true;
      this.lastPoint = { node, offset: data.length };
    }
  }

  /** A stretch that maps one-to-one; a collapsible space at the start of a line is dropped. */
  private addChunk(chunk: string, node: Text, domStart: number, collapse: boolean): void {
    if (collapse && chunk[0] === ' ' && (this.atLineStart() || this.lastChar === ' ')) {
      chunk = chunk.slice(1);
      domStart++;
      if (chunk === '') return;
    }
    this.emitText(chunk.includes('\u00a0') ? chunk.replace(/\u00a0/g, ' ') : chunk, node, domStart);
  }

  finish(messageLength?: (text: string) => number): DomText {
    this.settleTrailingBr();
    const text = this.parts.join('');
    const length = messageLength ? Math.max(0, Math.min(messageLength(text), text.length)) : text.length;
    if (length === text.length) return new MappedText(this.root, text, this.runs);
    // Offsets are prefix-stable, so cutting the text and its runs keeps the map right.
    const runs = this.runs.filter((run) => run.start < length).map((run) => (run.end > length ? { ...run, end: length } : run));
    return new MappedText(this.root, text.slice(0, length), runs);
  }

  private atLineStart(): boolean {
    return this.length === 0 || this.lastChar === '\n' || this.pendingBreak || this.pendingBr !== null;
  }

  private emitText(chunk: string, node: Text, domStart: number): void {
    if (this.pendingBr) this.emitBr(this.pendingBr);
    this.flushBreak({ node, offset: domStart });
    const previous = this.runs[this.runs.length - 1];
    // Extend the previous run when this chunk continues it in the same node.
    if (previous?.kind === 'text' && previous.node === node && previous.domStart + (previous.end - previous.start) === domStart) {
      previous.end += chunk.length;
    } else {
      this.runs.push({ kind: 'text', start: this.length, end: this.length + chunk.length, node, domStart });
    }
    this.append(chunk);
    this.started = true;
    this.lastPoint = { node, offset: domStart + chunk.length };
  }

  private emitBr(br: Element): void {
    this.pendingBr = null;
    const before = pointBefore(br);
    this.flushBreak(before);
    const after = { node: before.node, offset: before.offset + 1 };
    this.runs.push({ kind: 'break', start: this.length, end: this.length + 1, before, after });
    this.append('\n');
    this.started = true;
    this.lastPoint = after;
  }

  /** A <br> with nothing after it in its block only holds an (empty) line open. */
  private settleTrailingBr(): void {
    const br = this.pendingBr;
    if (!br) return;
    this.pendingBr = null;
    const before = pointBefore(br);
    this.flushBreak(before);
    this.started = true;
    this.lastPoint = before;
  }

  private flushBreak(next: DomPoint): void {
    if (!this.pendingBreak) return;
    this.pendingBreak = false;
    if (!this.started) return;
    this.runs.push({ kind: 'break', start: this.length, end: this.length + 1, before: this.lastPoint, after: next });
    this.append('\n');
  }

  private append(chunk: string): void {
    this.parts.push(chunk);
    this.length += chunk.length;
    this.lastChar = chunk[chunk.length - 1];
  }
}

function pointBefore(node: Node): DomPoint {
  const parent = node.parentNode as Node;
  return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, node) as number };
}

class MappedText implements DomText {
  private runsByNode: Map<Text, TextRun[]> | null = null;

  constructor(
    readonly root: HTMLElement,
    readonly text: string,
    private readonly runs: readonly Run[],
  ) {}

  positionAt(offset: number, affinity: Affinity): DomPoint {
    const runs = this.runs;
    if (runs.length === 0) return { node: this.root, offset: 0 };
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // First run whose end reaches the offset.
    let low = 0;
    let high = runs.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (runs[mid].end < clamped) low = mid + 1;
      else high = mid;
    }
    let run = runs[low];
    const next = runs[low + 1];
    if (affinity === 'forward' && run.end === clamped && next) run = next;
    return pointIn(run, clamped);
  }

  offsetAt(node: Node, offset: number): number {
    if (node.nodeType === Node.TEXT_NODE) {
      const direct = this.offsetInTextNode(node as Text, offset);
      if (direct !== null) return direct;
    }
    // Element positions (or text we left out): find the last run starting at or before it.
    const probe = this.root.ownerDocument.createRange();
    /** -1, 0 or 1 as (node, offset) is before, at or after `point`. */
    const compareTo = (point: DomPoint) => {
      probe.setStart(point.node, point.offset);
      probe.collapse(true);
      return probe.comparePoint(node, offset);
    };
    const startOf = (run: Run) => (run.kind === 'text' ? { node: run.node, offset: run.domStart } : run.before);
    let low = 0;
    let high = this.runs.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (compareTo(startOf(this.runs[mid])) >= 0) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (found < 0) return 0;
    const run = this.runs[found];
    // Past a line break's start is the next line; past a text run's end is its end.
    if (run.kind === 'break') return compareTo(run.before) > 0 ? run.end : run.start;
    return compareTo({ node: run.node, offset: run.domStart + run.end - run.start }) >= 0 ? run.end : run.start;
  }

  rangeFor(start: number, end: number): Range {
    const range = this.root.ownerDocument.createRange();
    const from = this.positionAt(start, start === end ? 'backward' : 'forward');
    const to = start === end ? from : this.positionAt(end, 'backward');
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  rectsFor(start: number, end: number): DOMRect[] {
    const rects: DOMRect[] = [];
    const range = this.root.ownerDocument.createRange();
    for (const run of this.runs) {
      if (run.end <= start) continue;
      if (run.start >= end) break;
      if (run.kind !== 'text') continue;
      range.setStart(run.node, run.domStart + Math.max(start, run.start) - run.start);
      range.setEnd(run.node, run.domStart + Math.min(end, run.end) - run.start);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) rects.push(rect);
    }
    return rects;
  }

  private offsetInTextNode(node: Text, domOffset: number): number | null {
    this.runsByNode ??= groupTextRuns(this.runs);
    const runs = this.runsByNode.get(node);
    if (!runs) return null;
    let best = runs[0].start;
    for (const run of runs) {
      const length = run.end - run.start;
      if (domOffset < run.domStart) break;
      best = run.start + Math.min(domOffset - run.domStart, length);
    }
    return best;
  }
}

function pointIn(run: Run, offset: number): DomPoint {
  if (run.kind === 'text') return { node: run.node, offset: run.domStart + offset - run.start };
  return offset <= run.start ? run.before : run.after;
}

function groupTextRuns(runs: readonly Run[]): Map<Text, TextRun[]> {
  const byNode = new Map<Text, TextRun[]>();
  for (const run of runs) {
    if (run.kind !== 'text') continue;
    const list = byNode.get(run.node);
    if (list) list.push(run);
    else byNode.set(run.node, [run]);
  }
  return byNode;
}
