/**
 * The lifetime of Amends in one frame: an AbortSignal every listener is registered with, ended
 * when the extension is reloaded or removed (its runtime calls then fail with "context
 * invalidated"). Unlike WXT's ContentScriptContext it posts nothing to the page (no message a page
 * could read to detect the extension) and touches no extension API until a field has focus.
 */
export interface AmendsContext {
  readonly signal: AbortSignal;
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): void;
  invalidate(): void;
}

export function createContext(): AmendsContext {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    get isInvalid() {
      return controller.signal.aborted;
    },
    onInvalidated(callback) {
      controller.signal.addEventListener('abort', callback, { once: true });
    },
    invalidate() {
      controller.abort();
    },
  };
}
