// Ordinary sentences that share words with the six moves but are not them. No rule may flag any.
// One file per category in tests/unit/false-positives/, one sentence per line (# starts a comment).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';

const dir = new URL('./false-positives/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('false positives', () => {
  it('has sentence lists to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  describe.each(files)('%s', (file) => {
    const lines = readFileSync(new URL(file, dir), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    it.each(lines)('no finding: %s', (line) => {
      expect(analyze(line).map((f) => `${f.rule}: ${line.slice(f.start, f.end)}`)).toEqual([]);
    });
  });
});
