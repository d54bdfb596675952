/**
 * Asks the background for findings. The MV3 service worker may be stopped or killed mid-request;
 * the message wakes it, and one retry covers a request lost with a dying worker, so findings are
 * late by at most one round trip instead of lost.
 */
import type { Finding } from '../analyzer/types';
import { isFindingFor, sendMessage, type AnalyzeRequest } from '../messaging';

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
