// Every rule's examples must fire that rule, and its counterexamples must not.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { rules } from '../../src/rules';

describe.each(rules.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it.each(rule.examples)('flags: %s', (text) => {
    const fired = analyze(text).filter((f) => f.rule === id);
    expect(fired, `expected ${id} to flag`).not.toHaveLength(0);
    for (const f of fired) {
      expect(f.category).toBe(rule.category);
      // Words, or for bare nudges like "??" the marks themselves.
      expect(text.slice(f.start, f.end)).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}?!]$|^[\p{L}\p{N}?!]$|^[?!]+$/su);
    }
  });
  it.each(rule.counterexamples)('leaves alone: %s', (text) => {
    expect(analyze(text).filter((f) => f.rule === id)).toEqual([]);
  });
});
