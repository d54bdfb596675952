/**
 * Analyzer benchmark (not a test): for messages of 100, 500, 2,000 and 10,000 characters prints
 * full analysis time (cold sentence cache), re-analysis after a one-character edit (warm cache), and a
 * bare `nlp(text)` parse of the same text as the baseline, with ratios; then a 100 KB input.
 *
 *   npm run bench
 * Targets: full ≤ 1.5× bare parse; one-keystroke re-analysis of 2,000 chars ≤ 1 ms median; 100 KB ≤ 1 s.
 */
import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { Analyzer } from '../../src/analyzer';
import { rules } from '../../src/rules';

// A draft of the kind Amends sees: mostly ordinary sentences (real ones, from nlp-corpus, so none
// repeats and the sentence cache cannot help within one message), with a flagged one every fourth.
const FLAGGED = [
  "I'm sorry if you were offended by what I said about your sister.",
  'I was only trying to help, you know how stressed I have been at work lately.',
  'If you had told me earlier, none of this would have happened.',
  "We need to go back to how things were before, I can't stand this.",
  'Have you decided yet? Why are you not answering me?',
  'Please please just talk to me, I will keep calling until you pick up.',
];
const corpusDir = join(dirname(createRequire(import.meta.url).resolve('nlp-corpus')), '../../builds');
const ORDINARY = (JSON.parse(readFileSync(join(corpusDir, 'doc-7.json'), 'utf8')) as string[]).filter((s) => s.length > 30 && s.length < 160);

function message(length: number, seed = 0): string {
  let text = '';
  for (let i = 0; text.length < length; i++) {
    const sentence = i % 4 === 3 ? FLAGGED[(i + seed) % FLAGGED.length] : ORDINARY[(seed * 7919 + i) % ORDINARY.length];
    text += (text ? ' ' : '') + sentence;
  }
  return text.slice(0, length);
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

function time(fn: () => void, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

const analyzer = new Analyzer(rules);
// Warm up the JIT and compromise's lazy models on unrelated text.
for (let i = 0; i < 30; i++) {
  analyzer.analyze(message(800, 99));
  analyzer.clearCache();
  nlp(message(800, 99)).json();
}

const fmt = (ms: number) => `${ms.toFixed(3).padStart(8)} ms`;
console.log(`Amends analyzer benchmark — ${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`${rules.length} rules\n`);
console.log('chars   bare nlp() median   full analysis median (ratio)   1-char edit median / p95');
for (const length of [100, 500, 2000, 10000]) {
  const text = message(length);
  const runs = length >= 10000 ? 20 : 60;
  const bare = stats(time(() => nlp(text), runs));
  const full = stats(
    time(() => {
      analyzer.clearCache();
      analyzer.analyze(text);
    }, runs),
  );
  analyzer.clearCache();
  analyzer.analyze(text);
  let edit = 0;
  const middle = Math.floor(text.length / 2);
  const keystroke = stats(
    time(() => {
      // Each edit is new text (a different letter typed), so the edited sentence misses the cache.
      edit++;
      analyzer.analyze(text.slice(0, middle) + String.fromCharCode(97 + (edit % 26)).repeat(1 + Math.floor(edit / 26)) + text.slice(middle));
    }, runs * 2),
  );
  console.log(
    `${String(length).padStart(5)}   ${fmt(bare.median)}        ${fmt(full.median)} (${(full.median / bare.median).toFixed(2)}×)        ${fmt(keystroke.median)} / ${fmt(keystroke.p95)}`,
  );
}

const big = message(100_000, 3);
analyzer.clearCache();
const t = performance.now();
const findings = analyzer.analyze(big);
const bigMs = performance.now() - t;
const tb = performance.now();
nlp(big);
const bareBig = performance.now() - tb;
console.log(`\n100 KB input: full analysis ${bigMs.toFixed(0)} ms (${findings.length} findings), bare nlp() ${bareBig.toFixed(0)} ms, ratio ${(bigMs / bareBig).toFixed(2)}×`);
const mem = process.memoryUsage();
console.log(`heap used ${(mem.heapUsed / 1e6).toFixed(1)} MB, rss ${(mem.rss / 1e6).toFixed(1)} MB`);
