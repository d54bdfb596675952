/** A trailing-edge timer: `schedule()` restarts it, so `run` fires once typing pauses. */
export interface Debouncer {
  schedule(): void;
  /** Runs now if scheduled (e.g. after apply), skipping the wait. */
  flush(): void;
  cancel(): void;
}

export function debounce(run: () => void, waitMs: number): Debouncer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    timer = undefined;
    run();
  };
  return {
    schedule() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(fire, waitMs);
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      fire();
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
