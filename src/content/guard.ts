/**
 * Error boundary for everything Amends runs in a page: a throw is logged once and swallowed, so
 * the page and its editor keep working whatever goes wrong in Amends.
 */
let logged = false;

export function reportError(error: unknown): void {
  if (logged) return;
  logged = true;
  console.warn('[Amends] stopped an error so the page keeps working:', error);
}

/** Wraps a callback (event listener, timer, observer) so it can never throw into the page. */
export function guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch(reportError);
    } catch (error) {
      reportError(error);
    }
  };
}

/** For tests: lets the next error be logged again. */
export function resetErrorLog(): void {
  logged = false;
}
