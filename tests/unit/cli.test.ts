import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (input: string) =>
  spawnSync('npm', ['run', '--silent', 'analyze', '--', '-'], { input, encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname });

describe('analyze CLI', () => {
  it('prints one line per input, in order, with findings', () => {
    const out = run('{"id":"a","text":"I\'m sorry if you were offended."}\n{"id":7,"text":"Lovely weather today."}\n');
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7]);
    expect(lines[0].findings[0]).toMatchObject({ category: 'non-apology', step: 4, rule: 'non-apology-conditional' });
    expect(lines[1].findings).toEqual([]);
  }, 90_000);

  it('reports bad lines by number on stderr, runs the rest, exits 1', () => {
    const out = run('not json\n{"id":"b"}\n{"id":"c","text":"hello there"}\n');
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/line 1: not valid JSON/);
    expect(out.stderr).toMatch(/line 2: .*text/);
    expect(out.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['c']);
  }, 90_000);
});
