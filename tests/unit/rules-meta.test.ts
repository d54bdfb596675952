// Conventions every rule file follows, so adding a rule is adding a well-formed file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/analyzer';
import { ruleFiles } from '../../src/rules';

const MAX_PATTERN_CHARS = 3000;

describe.each(ruleFiles.map((f) => [f.file, f] as const))('rule file %s', (file, { rule }) => {
  const source = readFileSync(new URL(`../../src/rules/${file}.ts`, import.meta.url), 'utf8');

  it('is named by its id (kebab-case)', () => {
    expect(rule.id).toBe(file);
    expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
  it('belongs to one of the six categories', () => {
    expect(CATEGORY_IDS).toContain(rule.category);
  });
  it('has at least two examples and one counterexample, none repeated', () => {
    expect(rule.examples.length).toBeGreaterThanOrEqual(2);
    expect(rule.counterexamples.length).toBeGreaterThanOrEqual(1);
    const all = [...rule.examples, ...rule.counterexamples];
    expect(new Set(all).size).toBe(all.length);
  });
  it('opens with a header comment saying what it flags and what it does not', () => {
    expect(source.trimStart().startsWith('/**')).toBe(true);
    expect(source).toMatch(/not flag|not flagged|leaves alone|deliberately/i);
  });
  it('gives every pattern and veto a reason and a lowercase example comment', () => {
    for (const p of [...rule.patterns, ...(rule.unless ?? [])]) expect(p.reason.trim().length).toBeGreaterThan(3);
    const patternCount = rule.patterns.length + (rule.unless?.length ?? 0);
    const exampleComments = source.match(/^\s*\/\/ [^A-Z\n]*$/gm) ?? [];
    expect(exampleComments.length).toBeGreaterThanOrEqual(patternCount);
  });
  it('keeps each pattern small (the net compiles every written-out copy in the service worker at start-up)', () => {
    // Long lists of whole phrases compile slowly and generalise poorly: prefer structure (#Tags,
    // .{0,2} gaps, short word lists) and split distinct shapes into separate patterns.
    for (const p of [...rule.patterns, ...(rule.unless ?? [])]) expect(p.match.length, p.match.slice(0, 80)).toBeLessThanOrEqual(MAX_PATTERN_CHARS);
  });
  it('has a message in the product voice and a confidence in 0–1', () => {
    expect(rule.message.length).toBeGreaterThan(20);
    expect(rule.confidence).toBeGreaterThan(0);
    expect(rule.confidence).toBeLessThanOrEqual(1);
  });
});

describe('rule set', () => {
  it('covers every category', () => {
    const covered = new Set(ruleFiles.map((f) => f.rule.category));
    for (const c of CATEGORY_IDS) expect(covered.has(c), `no rule for ${c}`).toBe(true);
  });
});
