/**
 * Noise on ordinary real text: runs the analyzer over the sentences of the nlp-corpus package
 * (100,000 sentences of films reviews, SMS, transcripts, speeches…) and prints the share that
 * got any finding, with the flagged sentences by category. Target: ≤ 0.3 %.
 *
 *   npm run eval:noise [-- --limit N] [-- --quiet]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { analyze, CATEGORY_IDS, type CategoryId } from '../../src/analyzer';

const args = process.argv.slice(2);
const limit = Number(args[args.indexOf('--limit') + 1]) || Infinity;
const quiet = args.includes('--quiet');

// The package exports only its loader; its data files sit in builds/ beside src/.
const builds = join(dirname(createRequire(import.meta.url).resolve('nlp-corpus')), '../../builds');
const files = readdirSync(builds).filter((f) => /^doc-\d+\.json$/.test(f)).sort((a, b) => parseInt(a.slice(4)) - parseInt(b.slice(4)));

const flagged = new Map<CategoryId, string[]>(CATEGORY_IDS.map((c) => [c, []]));
let total = 0;
let flaggedSentences = 0;
const started = performance.now();
outer: for (const file of files) {
  for (const sentence of JSON.parse(readFileSync(join(builds, file), 'utf8')) as string[]) {
    if (total >= limit) break outer;
    total++;
    const findings = analyze(sentence);
    if (!findings.length) continue;
    flaggedSentences++;
    for (const c of new Set(findings.map((f) => f.category))) {
      const f = findings.find((x) => x.category === c)!;
      flagged.get(c)!.push(`[${f.rule}] ${sentence.slice(0, f.start)}⟦${sentence.slice(f.start, f.end)}⟧${sentence.slice(f.end)}`.slice(0, 240));
    }
  }
}
const seconds = (performance.now() - started) / 1000;

if (!quiet) {
  for (const [category, lines] of flagged) {
    if (!lines.length) continue;
    console.log(`\n## ${category} (${lines.length})`);
    for (const line of lines) console.log(`  ${line}`);
  }
}
console.log(`\nsentences ${total}  flagged ${flaggedSentences}  rate ${((100 * flaggedSentences) / total).toFixed(3)} %  (target ≤ 0.3 %)  in ${seconds.toFixed(1)} s`);
console.log(CATEGORY_IDS.map((c) => `${c} ${flagged.get(c)!.length}`).join('  '));
