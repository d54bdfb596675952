/**
 * Splits a message into the writer's own sentences, with offsets.
 * Quoted replies (`>` lines, "On … wrote:" and what follows, Outlook's
 * "-----Original Message-----") are not the writer's words and are left out.
 */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

const QUOTED_LINE = /^\s*>/;
const REPLY_HEADER = /^\s*(On\s.{3,200}\swrote:|-{2,}\s*Original Message\s*-{2,}|From:\s.+\bSent:\s)/i;
// A sentence ends after . ! ? … (possibly repeated, possibly followed by closing quotes or
// brackets) and whitespace; a line break always ends one.
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s)|\n/g;

/** Ranges of the message that the writer wrote now (not quoted replies). */
export function ownVoiceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let lineStart = 0;
  let blockStart = -1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (REPLY_HEADER.test(line)) break;
    if (QUOTED_LINE.test(line)) {
      if (blockStart >= 0) ranges.push([blockStart, lineStart]);
      blockStart = -1;
    } else if (blockStart < 0) {
      blockStart = lineStart;
    }
    lineStart = lineEnd + 1;
  }
  // lineStart is now the reply header's start, or one past the end of the text.
  const end = Math.min(lineStart, text.length);
  if (blockStart >= 0 && end > blockStart) ranges.push([blockStart, end]);
  return ranges;
}

/** The writer's own sentences, trimmed, with offsets into `text`. */
export function sentences(text: string): Segment[] {
  const out: Segment[] = [];
  for (const [from, to] of ownVoiceRanges(text)) {
    const block = text.slice(from, to);
    let cursor = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(block); m; m = SENTENCE_END.exec(block)) {
      const cut = m.index + m[0].length;
      push(out, text, from + cursor, from + cut);
      cursor = cut;
    }
    push(out, text, from + cursor, from + block.length);
  }
  return out;
}

function push(out: Segment[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

const QUOTE_PAIRS: Array<[RegExp, string]> = [
  [/"[^"\n]{2,}?"/g, 'double'],
  [/“[^”\n]{2,}?”/g, 'curly'],
  // Single quotes only when they open after a space or start and close before a
  // boundary, so apostrophes in "don't" or "Jess's" never pair up.
  [/(?<=^|[\s(])['‘][^'’\n]{2,}?['’](?=$|[\s.,!?;:)])/g, 'single'],
];

/** Ranges inside quotation marks within one sentence: reported, not the writer's own, words. */
export function quotedRanges(sentence: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const [pattern] of QUOTE_PAIRS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
