import { afterEach, describe, expect, it, vi } from 'vitest';
import { isContextGone, MAX_CHECKED_CHARS, requestFindings } from '../../src/content/analysis-client';
import { isEnvelope, isFindingFor, requestValidators, type AnalyzeRequest } from '../../src/messaging';
import { analyzeRequest } from '../../src/background/analysis';

const TEXT = "Hi. I'm sorry if you were offended.";
const good = { category: 'non-apology', step: 4, start: 8, end: 34, rule: 'x', message: 'm', confidence: 0.9 };

describe('message shapes', () => {
  it('accepts well-formed analyze requests only', () => {
    expect(requestValidators.analyze({ text: 'hi', options: {} })).toBe(true);
    expect(requestValidators.analyze({ text: 'hi', options: { categories: ['blame'], minConfidence: 0.8, disabledRules: ['a'] } })).toBe(true);
    expect(requestValidators.analyze({ text: 1, options: {} })).toBe(false);
    expect(requestValidators.analyze({ text: 'hi' })).toBe(false);
    expect(requestValidators.analyze({ text: 'hi', options: { categories: ['nonsense'] } })).toBe(false);
    expect(requestValidators.analyze({ text: 'hi', options: { minConfidence: Number.NaN } })).toBe(false);
    expect(requestValidators.analyze({ text: 'x'.repeat(300_000), options: {} })).toBe(false);
    expect(requestValidators.activate({})).toBe(true);
    expect(requestValidators.activate({ files: ['evil.js'] })).toBe(false);
  });

  it('knows only its own message types', () => {
    expect(isEnvelope({ type: 'analyze', data: {} })).toBe(true);
    expect(isEnvelope({ type: 'eval', data: {} })).toBe(false);
    expect(isEnvelope({ type: 'toString', data: {} })).toBe(false);
    expect(isEnvelope('analyze')).toBe(false);
  });

  it('lets through only findings that fit the text they came back for', () => {
    expect(isFindingFor(TEXT, good)).toBe(true);
    expect(isFindingFor(TEXT, { ...good, end: 99 })).toBe(false);
    expect(isFindingFor(TEXT, { ...good, start: 34 })).toBe(false);
    expect(isFindingFor(TEXT, { ...good, category: 'other' })).toBe(false);
    expect(isFindingFor(TEXT, { ...good, step: 9 })).toBe(false);
    expect(isFindingFor(TEXT, { ...good, rewrite: 3 })).toBe(false);
  });

  it('the background handler analyses the text with the options it got', () => {
    const { findings } = analyzeRequest({ text: TEXT, options: {} });
    expect(findings.some((f) => f.category === 'non-apology' && TEXT.slice(f.start, f.end).includes('if you were offended'))).toBe(true);
    expect(analyzeRequest({ text: TEXT, options: { categories: ['blame'] } }).findings).toEqual([]);
  });
});

describe('requestFindings', () => {
  afterEach(() => vi.useRealTimers());

  it('sends at most the checked length and drops malformed findings', async () => {
    const transport = vi.fn(async (_request: AnalyzeRequest) => ({ findings: [good, { ...good, end: 1e6 }, null] as unknown[] }));
    const long = TEXT + 'x'.repeat(MAX_CHECKED_CHARS);
    const findings = await requestFindings(long, {}, transport);
    expect(transport.mock.calls[0]?.[0].text).toHaveLength(MAX_CHECKED_CHARS);
    expect(findings).toEqual([good]);
  });

  it('retries once when the service worker dropped the request', async () => {
    const transport = vi.fn().mockRejectedValueOnce(new Error('The message port closed before a response was received.')).mockResolvedValueOnce({ findings: [good] });
    expect(await requestFindings(TEXT, {}, transport)).toEqual([good]);
    expect(transport).toHaveBeenCalledTimes(2);
  });

  it('after a timeout asks once more and takes whichever answer comes first', async () => {
    vi.useFakeTimers();
    let answerFirst: (value: { findings: unknown[] }) => void = () => {};
    const transport = vi
      .fn<(request: AnalyzeRequest) => Promise<{ findings: unknown[] }>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockImplementationOnce(() => new Promise<never>(() => {}));
    const result = requestFindings(TEXT, {}, transport, 1000);
    await vi.advanceTimersByTimeAsync(1100);
    expect(transport).toHaveBeenCalledTimes(2);
    answerFirst({ findings: [good] });
    expect(await result).toEqual([good]);
  });

  it('fails when both attempts fail', async () => {
    const transport = vi.fn().mockRejectedValue(new Error('Could not establish connection.'));
    await expect(requestFindings(TEXT, {}, transport)).rejects.toThrow('Could not establish connection.');
    expect(transport).toHaveBeenCalledTimes(2);
  });

  it('does not retry once the extension context is gone', async () => {
    const gone = new Error('Extension context invalidated.');
    const transport = vi.fn().mockRejectedValue(gone);
    await expect(requestFindings(TEXT, {}, transport)).rejects.toBe(gone);
    expect(transport).toHaveBeenCalledTimes(1);
    expect(isContextGone(gone)).toBe(true);
  });
});
