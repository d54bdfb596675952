import { describe, expect, it, vi, afterEach } from 'vitest';
import type { Finding } from '../../src/analyzer/types';
import { debounce } from '../../src/content/debounce';
import { analysisOptions, findingAt, findingKey, findingNear, toShown } from '../../src/content/findings';
import { firstLine, hitTest, visibleBox } from '../../src/content/geometry';
import { DEFAULT_PREFERENCES } from '../../src/settings/items';

const finding = (start: number, end: number, rule = 'r'): Finding => ({ category: 'blame', step: 2, start, end, rule, message: 'm', confidence: 0.9 });

describe('findings under the caret', () => {
  const findings = [finding(4, 10), finding(20, 30)];
  it.each([
    [3, undefined],
    [4, 0],
    [7, 0],
    [10, 0],
    [11, undefined],
    [25, 1],
  ])('caret at %i → finding %s', (offset, index) => {
    expect(findingAt(findings, offset)).toBe(index === undefined ? undefined : findings[index]);
  });

  it.each([
    [null, 0],
    [7, 0],
    [12, 1],
    [40, 0],
  ])('the shortcut at caret %s opens finding %i (at, else next, else first)', (offset, index) => {
    expect(findingNear(findings, offset)).toBe(findings[index]);
  });
});

describe('shown findings', () => {
  it('get ids stable across re-analysis and carry their words', () => {
    const [shown] = toShown([finding(4, 9, 'blame-x')], 'Hey you made me', 7);
    expect(shown.id).toBe('7:blame-x:4');
    expect(shown.words).toBe('you m');
    expect(findingKey(shown)).toBe(findingKey({ rule: 'blame-x', words: 'YOU M' }));
    expect(findingKey(shown)).not.toBe(findingKey({ rule: 'other', words: 'you m' }));
  });

  it('analysis options follow preferences', () => {
    const options = analysisOptions({ ...DEFAULT_PREFERENCES, sensitivity: 'high', disabledRules: ['a'], categories: { ...DEFAULT_PREFERENCES.categories, blame: false } });
    expect(options.minConfidence).toBe(0.8);
    expect(options.disabledRules).toEqual(['a']);
    expect(options.categories).not.toContain('blame');
    expect(options.categories).toHaveLength(5);
  });
});

describe('geometry', () => {
  const clip = { left: 0, top: 0, right: 100, bottom: 50 };
  it('keeps the visible part of a rect and drops rects scrolled away or empty', () => {
    expect(visibleBox({ left: 90, top: 10, right: 120, bottom: 20 }, clip)).toEqual({ left: 90, top: 10, width: 10, height: 10 });
    expect(visibleBox({ left: 10, top: 60, right: 40, bottom: 70 }, clip)).toBeUndefined();
    expect(visibleBox({ left: 10, top: 10, right: 10.2, bottom: 20 }, clip)).toBeUndefined();
  });

  it('hit-tests boxes with a little slack under the text for the underline', () => {
    const boxes = [{ left: 10, top: 10, width: 20, height: 10, id: 'a' }];
    expect(hitTest(boxes, 15, 15)?.id).toBe('a');
    expect(hitTest(boxes, 15, 22)?.id).toBe('a');
    expect(hitTest(boxes, 15, 26)).toBeUndefined();
    expect(hitTest(boxes, 35, 15)).toBeUndefined();
  });

  it('anchors the card on the first line of a finding that wraps', () => {
    const line1 = [{ left: 50, top: 10, width: 20, height: 10 }, { left: 70, top: 10, width: 30, height: 10 }];
    expect(firstLine([...line1, { left: 0, top: 24, width: 40, height: 10 }])).toEqual({ left: 50, top: 10, width: 50, height: 10 });
    expect(firstLine([])).toBeUndefined();
  });
});

describe('debounce', () => {
  afterEach(() => vi.useRealTimers());
  it('runs once after the last schedule, flush runs now, cancel drops it', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const d = debounce(run, 120);
    d.schedule();
    vi.advanceTimersByTime(100);
    d.schedule();
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(run).toHaveBeenCalledTimes(1);
    d.schedule();
    d.flush();
    expect(run).toHaveBeenCalledTimes(2);
    d.flush();
    expect(run).toHaveBeenCalledTimes(2);
    d.schedule();
    d.cancel();
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
