/**
 * The background's single runtime listener (src/messaging.ts) answers only this extension's own
 * content scripts and pages, and only requests of a known type and shape; everything else is
 * ignored without an answer, so nothing outside Amends can drive it.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onMessage, type Reply } from '../../src/messaging';

const OWN = () => ({ id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 0 });

/** Delivers a message as the browser would; resolves with the reply, or undefined if there was none. */
async function deliver(message: unknown, sender: object): Promise<Reply<'analyze'> | undefined> {
  let reply: Reply<'analyze'> | undefined;
  const answered = new Promise<void>((resolve) => {
    // The fake's typing knows only (message, sender); the listener gets sendResponse as well.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger(message, sender, (r: unknown) => {
      reply = r as Reply<'analyze'>;
      resolve();
    });
  });
  await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 50))]);
  return reply;
}

describe('runtime message dispatch', () => {
  const stops: Array<() => void> = [];
  afterEach(() => {
    stops.splice(0).forEach((stop) => stop());
  });

  function handleAnalyze() {
    const handler = vi.fn(() => ({ findings: [] }));
    stops.push(onMessage('analyze', handler));
    return handler;
  }

  it('answers a well-formed request from this extension', async () => {
    const handler = handleAnalyze();
    const reply = await deliver({ type: 'analyze', data: { text: 'hi', options: {} } }, OWN());
    expect(reply).toEqual({ ok: true, data: { findings: [] } });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('ignores the same request from another extension or a sender without an id', async () => {
    const handler = handleAnalyze();
    const message = { type: 'analyze', data: { text: 'hi', options: {} } };
    expect(await deliver(message, { ...OWN(), id: 'some-other-extension' })).toBeUndefined();
    expect(await deliver(message, { url: 'https://evil.example/' })).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('ignores unknown types, bad shapes and prototype names, even from this extension', async () => {
    const handler = handleAnalyze();
    const bad: unknown[] = [
      { type: 'analyze', data: { text: 42, options: {} } },
      { type: 'analyze', data: { text: 'hi', options: { categories: ['<img onerror>'] } } },
      { type: 'analyze' },
      { type: '__proto__', data: {} },
      { type: 'constructor', data: {} },
      { type: 'executeScript', data: { files: ['x.js'] } },
      'analyze',
      null,
    ];
    for (const message of bad) expect(await deliver(message, OWN()), JSON.stringify(message)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler error into an error reply instead of throwing in the background', async () => {
    stops.push(
      onMessage('analyze', () => {
        throw new Error('boom');
      }),
    );
    expect(await deliver({ type: 'analyze', data: { text: 'hi', options: {} } }, OWN())).toEqual({ ok: false, error: 'boom' });
  });
});
