// Properties of analyze() over arbitrary input (fast-check). Runs per property: AMENDS_FUZZ_RUNS
// (default 1,000; `npm run test:fuzz` uses 100,000).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, CATEGORY_IDS } from '../../src/analyzer';
import { rules } from '../../src/rules';

const runs = Number(process.env.AMENDS_FUZZ_RUNS ?? 1000);
const examples = rules.flatMap((r) => [...r.examples, ...r.counterexamples]);

// Rule examples stitched together with arbitrary text, so findings really occur.
const messages = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc
    .array(fc.oneof(fc.constantFrom(...examples), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('\n', '> ', '"', '. ', '?? ', '😅', '\u200b')), { maxLength: 8 })
    .map((parts) => parts.join(' ')),
);

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}'’]/u.test(c);

describe('analyze() properties', () => {
  it('never throws and every finding is well formed', () => {
    fc.assert(
      fc.property(messages, (text) => {
        for (const f of analyze(text)) {
          expect(CATEGORY_IDS).toContain(f.category);
          expect(f.step).toBe(CATEGORY_IDS.indexOf(f.category) + 1);
          expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.end).toBeGreaterThan(f.start);
          const span = text.slice(f.start, f.end);
          // Starts and ends on the flagged words: no surrounding space, no cut through a word.
          expect(span).toBe(span.trim());
          expect(isWordChar(text[f.start - 1]) && isWordChar(text[f.start])).toBe(false);
          expect(isWordChar(text[f.end - 1]) && isWordChar(text[f.end])).toBe(false);
          expect(f.confidence).toBeGreaterThan(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: runs },
    );
  }, 600_000);

  it('gives the same output for the same input, in any order of calls', () => {
    fc.assert(
      fc.property(messages, messages, (a, b) => {
        const first = analyze(a);
        analyze(b);
        expect(analyze(a)).toEqual(first);
      }),
      { numRuns: Math.max(100, runs / 10) },
    );
  }, 600_000);

  it('finds the same things in a sentence wherever it sits in a message', () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.constantFrom('', 'Hi.', 'Ok so.\n', 'Long day.\n\n'), (sentence, before) => {
        const alone = analyze(sentence).map((f) => [f.rule, f.start, f.end]);
        const offset = before ? before.length + 1 : 0;
        const inMessage = analyze(before ? `${before} ${sentence}` : sentence).map((f) => [f.rule, f.start - offset, f.end - offset]);
        expect(inMessage).toEqual(alone);
      }),
      { numRuns: Math.min(runs, 500) },
    );
  });
});
