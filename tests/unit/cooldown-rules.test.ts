// Every cooldown rule's examples must fire that rule with the stated wait and words, its
// counterexamples must not; plus the conventions every rule file follows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsFor } from '../../src/cooldown/engine';
import { COOLDOWN_STRINGS, formatPhrase } from '../../src/cooldown/messages';
import { cooldownRuleFiles } from '../../src/cooldown/rules';
import type { CooldownExample, CooldownInput } from '../../src/cooldown/types';

/** A fixed Thursday, so "HH:MM" is local time whatever the machine's time zone. */
function inputFromExample(example: CooldownExample): CooldownInput {
  const [h, min] = example.at.split(':').map(Number);
  const now = new Date(2026, 0, 15, h, min);
  const ago = (m: number) => now.getTime() - m * 60_000;
  const { replyMinutesAgo } = example;
  return {
    now,
    findings: (example.categories ?? []).map((category) => ({ category })),
    history: (example.sendsMinutesAgo ?? []).map(ago),
    reply: replyMinutesAgo === undefined ? undefined : replyMinutesAgo === 'none-seen' ? false : { lastReplyAt: ago(replyMinutesAgo) },
    settings: example.settings,
  };
}

const label = (e: CooldownExample) => JSON.stringify({ ...e, minutes: undefined, says: undefined });

describe.each(cooldownRuleFiles.map((f) => [f.file, f] as const))('cooldown rule %s', (file, { rule }) => {
  it.each(rule.examples.map((e) => [label(e), e] as const))('suggests for %s', (_, example) => {
    const outcome = rule.suggest(factsFor(inputFromExample(example)));
    expect(outcome).toBeDefined();
    if (example.minutes !== undefined) expect(outcome?.minutes).toBe(example.minutes);
    if (example.says !== undefined) expect(formatPhrase(outcome!.text)).toContain(example.says);
    expect(COOLDOWN_STRINGS[outcome!.reason].length).toBeGreaterThan(20);
  });
  it.each(rule.counterexamples.map((e) => [label(e), e] as const))('stays quiet for %s', (_, example) => {
    expect(rule.suggest(factsFor(inputFromExample(example)))).toBeUndefined();
  });

  const source = readFileSync(new URL(`../../src/cooldown/rules/${file}.ts`, import.meta.url), 'utf8');
  it('is named by its id, documents what it leaves alone, has ≥2 examples and ≥1 counterexample', () => {
    expect(rule.id).toBe(file);
    expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(source.trimStart().startsWith('/**')).toBe(true);
    expect(source).toMatch(/deliberately not/i);
    expect(rule.examples.length).toBeGreaterThanOrEqual(2);
    expect(rule.counterexamples.length).toBeGreaterThanOrEqual(1);
    const all = [...rule.examples, ...rule.counterexamples].map(label);
    expect(new Set(all).size).toBe(all.length);
  });
  it('checks something in every example (a wait or words)', () => {
    for (const e of rule.examples) expect(e.minutes !== undefined || e.says !== undefined).toBe(true);
  });
});

describe('cooldown rule set', () => {
  it('has distinct ranks so ties are decided', () => {
    const ranks = cooldownRuleFiles.map((f) => f.rule.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
  });
});
