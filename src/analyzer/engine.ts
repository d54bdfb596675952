import nlp from 'compromise';
import { COMMON_ENGLISH_WORDS } from '../lexicon/english';
import { categoryInfo } from './categories';
import { expandAlternations } from './expand';
import { quotedRanges, sentences } from './segment';
import type { AnalyzeOptions, CategoryId, Finding, Rule, RulePattern } from './types';

/** Text past this length is not checked (callers can say so); keeps one call under ~1 s. */
export const MAX_CHECKED_CHARS = 100_000;
const CACHE_LIMIT = 4000;

/** What one sentence yields, relative to the sentence; cached by its text. */
interface SentenceResult {
  hits: Hit[];
  sentenceVetoes: Set<number>;
  messageVetoes: Set<number>;
}
interface Hit {
  rule: number;
  pattern: number;
  start: number;
  end: number;
}
/** Who uses a pattern: a rule's pattern or veto. Several rules may share one pattern string. */
interface PatternOwner {
  rule: number;
  pattern: number;
  veto?: 'sentence' | 'message';
}
interface NetEntry {
  match: string;
  owners: PatternOwner[];
}
type Net = ReturnType<typeof nlp.buildNet>;
interface MatchView {
  docs: TermLike[][];
  match(pattern: ReturnType<typeof nlp.parseMatch>): { groups(n: number): unknown };
}
interface TermLike {
  text: string;
  offset?: { start: number; length: number };
}

/**
 * Analyzes messages against a fixed set of rules. Categories and messages come from
 * the rules as data; nothing here knows a rule by its id.
 */
export class Analyzer {
  private readonly net: Net;
  private readonly cache = new Map<string, SentenceResult>();
  private readonly parsedMatches = new Map<string, ReturnType<typeof nlp.parseMatch>>();

  constructor(private readonly rules: readonly Rule[]) {
    // compromise keeps one copy of identical pattern strings, so each string is entered once with
    // every rule that uses it.
    const byMatch = new Map<string, PatternOwner[]>();
    const own = (match: string, owner: PatternOwner) => {
      const owners = byMatch.get(match);
      if (owners) owners.push(owner);
      else byMatch.set(match, [owner]);
    };
    rules.forEach((rule, r) => {
      rule.patterns.forEach((p, i) => expandAlternations(p.match).forEach((m) => own(m, { rule: r, pattern: i })));
      rule.unless?.forEach((v, i) => expandAlternations(v.match).forEach((m) => own(m, { rule: r, pattern: i, veto: v.scope })));
    });
    const entries: NetEntry[] = [...byMatch].map(([match, owners]) => ({ match, owners }));
    this.net = hookOnRarestWord(nlp.buildNet(entries));
  }

  analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
    if (typeof text !== 'string') throw new TypeError(`analyze() needs a string, got ${text === null ? 'null' : typeof text}`);
    const checked = text.length > (options.maxChars ?? MAX_CHECKED_CHARS) ? text.slice(0, options.maxChars ?? MAX_CHECKED_CHARS) : text;
    const perSentence = sentences(checked).map((s) => ({ segment: s, result: this.sentence(s.text) }));
    const messageVetoes = new Set<number>();
    for (const { result } of perSentence) result.messageVetoes.forEach((r) => messageVetoes.add(r));

    const candidates: Array<Finding & { length: number }> = [];
    for (const { segment, result } of perSentence) {
      for (const hit of result.hits) {
        if (result.sentenceVetoes.has(hit.rule) || messageVetoes.has(hit.rule)) continue;
        const finding = this.toFinding(hit, segment.start, checked, options);
        if (finding) candidates.push({ ...finding, length: finding.end - finding.start });
      }
    }
    return keepStrongest(candidates);
  }

  /** Forgets cached sentences (benchmarks measure cold analysis with it). */
  clearCache(): void {
    this.cache.clear();
  }

  /** Parses one sentence (or takes it from the cache) and sweeps every rule over it. */
  private sentence(sentence: string): SentenceResult {
    const cached = this.cache.get(sentence);
    if (cached) return cached;
    const result: SentenceResult = { hits: [], sentenceVetoes: new Set(), messageVetoes: new Set() };
    if (looksEnglish(sentence)) {
      const doc = nlp(sentence);
      doc.compute('offset');
      const quoted = quotedRanges(sentence);
      const { found } = doc.sweep(this.net, { tagger: false }) as { found: Array<NetEntry & { view: MatchView }> };
      for (const f of found) {
        let span: { start: number; end: number } | undefined | null = null;
        for (const owner of f.owners) {
          if (owner.veto === 'sentence') result.sentenceVetoes.add(owner.rule);
          else if (owner.veto === 'message') result.messageVetoes.add(owner.rule);
          else {
            if (span === null) {
              const s = spanOf(this.spanTerms(f), sentence);
              span = s && !quoted.some(([a, b]) => s.start >= a && s.end <= b) ? s : undefined;
            }
            if (span) result.hits.push({ rule: owner.rule, pattern: owner.pattern, ...span });
          }
        }
      }
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(sentence, result);
    return result;
  }

  /** The matched words, narrowed to the pattern's [capture] group when it has one. */
  private spanTerms(f: NetEntry & { view: MatchView }): TermLike[] {
    if (f.match.includes('[')) {
      // Parsing match syntax costs more than matching; each pattern is parsed once.
      let parsed = this.parsedMatches.get(f.match);
      if (!parsed) this.parsedMatches.set(f.match, (parsed = nlp.parseMatch(f.match)));
      const group = f.view.match(parsed).groups(0) as MatchView | undefined;
      if (group?.docs?.[0]?.length) return group.docs[0];
    }
    return f.view.docs[0] ?? [];
  }

  private toFinding(hit: Hit, base: number, text: string, options: AnalyzeOptions): Finding | undefined {
    const rule = this.rules[hit.rule];
    const pattern = rule.patterns[hit.pattern];
    const confidence = pattern.confidence ?? rule.confidence;
    if (confidence < (options.minConfidence ?? 0)) return undefined;
    if (options.categories && !options.categories.includes(rule.category)) return undefined;
    if (options.disabledRules?.includes(rule.id)) return undefined;
    const start = base + hit.start;
    const end = base + hit.end;
    const rewrite = rewriteFor(pattern, text.slice(start, end));
    return {
      category: rule.category,
      step: categoryInfo(rule.category).step,
      start,
      end,
      rule: rule.id,
      message: rule.message,
      ...(rewrite !== undefined ? { rewrite } : {}),
      confidence,
    };
  }
}

interface CompiledMatch {
  match: string;
  needs: string[];
  wants: string[];
}

/**
 * compromise files every pattern under each word it needs or wants, and for each sentence walks every
 * word of the net and concatenates those lists, which with hundreds of patterns costs more than the
 * matching itself. A pattern that needs words can be filed under just one of them (the sweep still
 * checks that all are present), so it goes under its rarest; patterns with only wants stay under each.
 */
function hookOnRarestWord(net: Net): Net {
  const compiled = new Set<CompiledMatch>();
  for (const list of Object.values(net.hooks as Record<string, CompiledMatch[]>)) list.forEach((m) => compiled.add(m));
  const hooks: Record<string, CompiledMatch[]> = {};
  const file = (word: string, m: CompiledMatch) => (hooks[word] ??= []).push(m);
  for (const m of compiled) {
    if (m.needs.length) file(rarest(m.needs), m);
    else m.wants.forEach((w) => file(w, m));
  }
  return { ...net, hooks } as Net;
}

function rarest(words: string[]): string {
  const score = (w: string) => (w.startsWith('#') ? 0 : COMMON_ENGLISH_WORDS.has(w) ? 1 : 2) * 100 + w.length;
  return words.reduce((best, w) => (score(w) > score(best) ? w : best));
}

/** Span of a match: first real word's start to the last word's end (punctuation excluded). */
function spanOf(terms: TermLike[], sentence: string): { start: number; end: number } | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const t of terms) {
    if (!t.offset || t.text === '') continue;
    start = Math.min(start, t.offset.start);
    end = Math.max(end, t.offset.start + t.offset.length);
  }
  if (!(end > start)) return undefined;
  // compromise's offsets can stop before combining marks (e.g. "A\u0300"); a span never splits a letter.
  while (start > 0 && JOINING.test(sentence[start])) start--;
  while (end < sentence.length && JOINING.test(sentence[end])) end++;
  return { start, end };
}
const JOINING = /[\p{M}\u200d\ufe0e\ufe0f]/u;

function rewriteFor(pattern: RulePattern, matched: string): string | undefined {
  const raw = typeof pattern.rewrite === 'function' ? pattern.rewrite(matched) : pattern.rewrite;
  if (raw === undefined || raw === matched) return undefined;
  // Keep the writer's capitalisation of the first letter.
  if (/^\p{Lu}/u.test(matched)) return raw.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  if (/^\p{Ll}/u.test(matched) && !/^I\b/.test(raw)) return raw.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  return raw;
}

/** Within a category, overlapping findings collapse to the most confident (then longest) one. */
function keepStrongest(candidates: Array<Finding & { length: number }>): Finding[] {
  const ranked = [...candidates].sort((a, b) => b.confidence - a.confidence || b.length - a.length || a.start - b.start);
  const kept: Finding[] = [];
  for (const c of ranked) {
    if (kept.some((k) => k.category === c.category && k.start < c.end && c.start < k.end)) continue;
    const { length: _length, ...finding } = c;
    kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Non-English sentences get no findings: too few frequent English words among the first dozen. */
export function looksEnglish(sentence: string): boolean {
  const words = sentence.toLowerCase().match(/[\p{L}'’]+/gu);
  if (!words || words.length < 4) return !/[^\p{Script=Latin}\p{P}\p{S}\p{N}\s\p{Emoji}]/u.test(sentence);
  const sample = words.slice(0, 12);
  const known = sample.filter((w) => COMMON_ENGLISH_WORDS.has(w.replace(/’/g, "'"))).length;
  // Short sentences may hold only one frequent word ("good friends forgive each other").
  return sample.length < 8 ? known >= 1 && known / sample.length >= 0.15 : known / sample.length >= 0.2;
}

export type { CategoryId };
