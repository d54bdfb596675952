/**
 * Asks the background for findings. The MV3 service worker may be stopped or killed mid-request;
 * the message wakes it, and one retry covers a request lost with a dying worker, so findings are
 * late by at most one round trip instead of lost.
 *
 * A stopped worker is restarted as soon as it is missed, not when typing pauses: while the user
 * writes, the content script holds a port to the background (WorkerLink). Starting the worker
 * and building the analyzer's net costs ~0.5–2 s (more on a busy machine); the port's closing
 * starts that at once, and the first keystroke after an idle stop starts it while they type.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Finding } from '../analyzer/types';
import { isFindingFor, sendMessage, type AnalyzeRequest } from '../messaging';

/** Name of the content script's port to the background (src/background/analysis.ts answers it). */
export const ANALYZER_PORT = 'amends-analyzer';
/** A worker that stops within this long of a keystroke (a crash, an update, a forced stop) is restarted at once. */
export const RESTART_WINDOW_MS = 20_000;

/** Text past this many characters is not checked; the card says so. */
export const MAX_CHECKED_CHARS = 20_000;
/** A request that takes longer than this is given up and sent once more. */
export const ATTEMPT_TIMEOUT_MS = 1_500;

export type AnalyzeTransport = (request: AnalyzeRequest) => Promise<{ findings: unknown[] }>;

const viaRuntime: AnalyzeTransport = (request) => sendMessage('analyze', request);

/** True once the extension was reloaded or removed: this content script can never talk to it again. */
export function isContextGone(error: unknown): boolean {
  return error instanceof Error && /context invalidated/i.test(error.message);
}

export async function requestFindings(
  text: string,
  options: AnalyzeRequest['options'],
  transport: AnalyzeTransport = viaRuntime,
  timeoutMs = ATTEMPT_TIMEOUT_MS,
): Promise<Finding[]> {
  const checked = text.slice(0, MAX_CHECKED_CHARS);
  const send = () => transport({ text: checked, options });
  const first = send();
  let reply: { findings: unknown[] };
  try {
    reply = await withTimeout(first, timeoutMs);
  } catch (error) {
    if (isContextGone(error)) throw error;
    // Dropped by a dying worker, or slow (a worker starting cold): ask once more, and take
    // whichever answer comes first; a slow first request is not thrown away.
    const second = send();
    reply = await (error instanceof TimeoutError ? Promise.any([first, second]).catch(() => second) : second);
  }
  // Only well-formed findings inside the text reach the overlay.
  return reply.findings.filter((f): f is Finding => isFindingFor(checked, f));
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(`No answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

type Port = Pick<Browser.runtime.Port, 'onDisconnect' | 'disconnect'>;

/**
 * A port to the background kept while the user writes. Chrome stops an idle worker after 30 s
 * without events, so a worker that stops within RESTART_WINDOW_MS of a keystroke was stopped
 * mid-writing (crash, update, forced stop): the port reconnects at once, which starts the worker
 * and its warm-up while the user is still typing. After an idle stop, the next keystroke does the
 * same. Reconnecting only near a keystroke keeps Amends from holding a worker alive for nothing.
 */
export class WorkerLink {
  private port?: Port;
  private lastTyping = -Infinity;
  private gone = false;

  constructor(
    private readonly connect: () => Port = () => browser.runtime.connect({ name: ANALYZER_PORT }),
    private readonly now: () => number = Date.now,
  ) {}

  /** Called on each of the user's keystrokes: costs a clock read unless the worker needs starting. */
  typing(): void {
    this.lastTyping = this.now();
    if (!this.port) this.open();
  }

  get connected(): boolean {
    return this.port !== undefined;
  }

  stop(): void {
    this.gone = true;
    this.port?.disconnect();
    this.port = undefined;
  }

  private open(): void {
    if (this.gone) return;
    let port: Port;
    try {
      port = this.connect();
    } catch (error) {
      // The extension was reloaded or removed: nothing to wake, ever again.
      if (isContextGone(error)) this.gone = true;
      return;
    }
    this.port = port;
    port.onDisconnect.addListener(() => {
      void browser.runtime.lastError; // read, so Chrome does not log it as unchecked
      if (this.port !== port) return;
      this.port = undefined;
      if (this.now() - this.lastTyping < RESTART_WINDOW_MS) this.open();
    });
  }
}
