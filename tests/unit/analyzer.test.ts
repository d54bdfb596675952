import { describe, expect, it } from 'vitest';
import { Analyzer, analyze, defineRule, MAX_CHECKED_CHARS } from '../../src/analyzer';
import { looksEnglish } from '../../src/analyzer/engine';
import { ownVoiceRanges, quotedRanges, sentences } from '../../src/analyzer/segment';

// A small rule set of our own keeps these engine tests independent of the real rules.
const probe = defineRule({
  id: 'probe-rule',
  category: 'excuse',
  message: 'A test rule that flags "only trying to help".',
  confidence: 0.7,
  patterns: [
    // i was only trying to help
    { match: 'only trying to help', reason: 'test shape', rewrite: 'trying to help, and I got it wrong' },
    // you made me [do] it
    { match: 'you made me [do] it', reason: 'capture group narrows the span', confidence: 0.95 },
  ],
  unless: [
    // no excuse
    { match: 'no excuse', reason: 'refusal anywhere turns it off', scope: 'message' },
    // but not really
    { match: 'but not really', reason: 'same-sentence veto', scope: 'sentence' },
  ],
  examples: ['I was only trying to help', 'only trying to help!'],
  counterexamples: ['I was trying to fix the sink'],
});
const engine = () => new Analyzer([probe]);

describe('Analyzer', () => {
  it('reports category, step, rule, message, rewrite and an exact span', () => {
    const text = 'Look, I was only trying to help.';
    const [f] = engine().analyze(text);
    expect(f).toMatchObject({ category: 'excuse', step: 1, rule: 'probe-rule', confidence: 0.7 });
    expect(text.slice(f.start, f.end)).toBe('only trying to help');
    expect(f.rewrite).toBe('trying to help, and I got it wrong');
  });

  it('keeps the writer capitalisation in rewrites', () => {
    const [f] = engine().analyze('Only trying to help!');
    expect(f.rewrite).toBe('Trying to help, and I got it wrong');
  });

  it('narrows the span to a capture group', () => {
    const text = 'Well you made me do it.';
    const [f] = engine().analyze(text);
    expect(text.slice(f.start, f.end)).toBe('do');
  });

  it('never ends a span between a letter and its combining mark', () => {
    const text = 'I was only trying to help\u0301 you';
    for (const f of engine().analyze(text)) expect(/\p{M}/u.test(text[f.end] ?? '')).toBe(false);
  });

  it('lets several rules share one pattern string', () => {
    const twin = defineRule({ ...probe, id: 'probe-twin', category: 'blame' });
    const found = new Analyzer([probe, twin]).analyze('I was only trying to help');
    expect(found.map((f) => f.rule).sort()).toEqual(['probe-rule', 'probe-twin']);
  });

  it('finds every occurrence with offsets into the whole message', () => {
    const text = 'Hi.\n\nI was only trying to help. Really, only trying to help!';
    const found = engine().analyze(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['only trying to help', 'only trying to help']);
    expect(found[1].start).toBe(text.lastIndexOf('only'));
  });

  it('applies sentence and message vetoes', () => {
    expect(engine().analyze('I was only trying to help, but not really.')).toEqual([]);
    expect(engine().analyze('I was only trying to help. Still, that is no excuse.')).toEqual([]);
    expect(engine().analyze('I was only trying to help. Next sentence, but not really.')).toHaveLength(1);
  });

  it('ignores quoted reply lines, reply headers and quoted speech', () => {
    expect(engine().analyze('> I was only trying to help\nOk.')).toEqual([]);
    expect(engine().analyze('Fine.\n\nOn Mon, 3 Nov 2025, Sam <sam@example.com> wrote:\nI was only trying to help')).toEqual([]);
    expect(engine().analyze('You always say "I was only trying to help" and I hate it.')).toEqual([]);
  });

  it('gives non-English text no findings and no error', () => {
    expect(engine().analyze('Lo siento mucho, solo intentaba ayudar, de verdad.')).toEqual([]);
    expect(engine().analyze('我只是想帮忙')).toEqual([]);
  });

  it('honours options: confidence, categories, disabled rules, maxChars', () => {
    const text = 'I was only trying to help. you made me do it';
    expect(engine().analyze(text, { minConfidence: 0.9 })).toHaveLength(1);
    expect(engine().analyze(text, { categories: ['blame'] })).toEqual([]);
    expect(engine().analyze(text, { disabledRules: ['probe-rule'] })).toEqual([]);
    expect(engine().analyze(text, { maxChars: 12 })).toEqual([]);
  });

  it('rejects non-strings with a clear error', () => {
    expect(() => engine().analyze(42 as unknown as string)).toThrow(/needs a string, got number/);
  });

  it('returns the same findings from the sentence cache', () => {
    const a = engine();
    const text = 'I was only trying to help. Fine.';
    expect(a.analyze(text)).toEqual(a.analyze(text));
    expect(a.analyze(`Hello. ${text}`)[0].start).toBe(7 + text.indexOf('only'));
  });

  it('the default analyze() uses the rules folder', () => {
    expect(Array.isArray(analyze('hello'))).toBe(true);
    expect(MAX_CHECKED_CHARS).toBeGreaterThanOrEqual(20_000);
  });
});

describe('segment', () => {
  it('splits sentences and lines with exact offsets', () => {
    const text = 'Hey!! How are you?\nI am fine. Thanks';
    expect(sentences(text).map((s) => s.text)).toEqual(['Hey!!', 'How are you?', 'I am fine.', 'Thanks']);
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('drops > lines and everything after a reply header', () => {
    const text = 'Mine\n> theirs\nmine again\nOn Tue, 4 Nov 2025 at 10:00, Jo <jo@x.org> wrote:\nold';
    expect(ownVoiceRanges(text).map(([a, b]) => text.slice(a, b))).toEqual(['Mine\n', 'mine again\n']);
  });
  it('finds quoted speech but not apostrophes', () => {
    expect(quotedRanges(`She said "calm down" and 'be honest'.`)).toHaveLength(2);
    expect(quotedRanges(`I don't think it's Jess's fault`)).toEqual([]);
  });
  it('tells English from other languages', () => {
    expect(looksEnglish('why are you not answering me')).toBe(true);
    expect(looksEnglish('ur not answering rn')).toBe(true);
    expect(looksEnglish('Je suis désolé si tu as été blessé par mes mots')).toBe(false);
    expect(looksEnglish('Lo siento mucho, fue mi culpa.')).toBe(false);
    expect(looksEnglish('Es tut mir leid, dass ich dich verletzt habe.')).toBe(false);
    expect(looksEnglish('good friends forgive each other')).toBe(true);
    expect(looksEnglish('Stop sulking and come downstairs.')).toBe(true);
  });
});
