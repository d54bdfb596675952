/**
 * One text field Amends is watching: its adapter, the snapshot its findings refer to, and what
 * the user dismissed there. A version number bumps on every change, so an analysis that comes
 * back for older text is dropped instead of drawn in the wrong place.
 */
import type { EditorAdapter, TextSnapshot } from '../editors/types';
import { findingKey, type ShownFinding } from './findings';
import { debounce, type Debouncer } from './debounce';
import { guard } from './guard';

let nextId = 1;

export class FieldSession {
  readonly id = nextId++;
  /** Bumps on every change of the field's text. */
  version = 0;
  /** The snapshot the current findings were computed on (undefined before the first analysis). */
  snapshot?: TextSnapshot;
  findings: ShownFinding[] = [];
  /** The text went past what is checked. */
  truncated = false;
  /** Text changed since the findings: they are hidden until the next analysis. */
  stale = true;
  readonly dismissed = new Set<string>();
  /** Findings already counted in the weekly stats (by key), so re-analysis doesn't count twice. */
  readonly counted = new Set<string>();
  readonly debouncer: Debouncer;
  private readonly observer: MutationObserver;

  constructor(
    readonly root: HTMLElement,
    readonly adapter: EditorAdapter,
    analyze: (session: FieldSession) => void,
    debounceMs: number,
    onChange: (session: FieldSession) => void,
  ) {
    this.debouncer = debounce(guard(() => analyze(this)), debounceMs);
    // Editors and pages also change text without input events (a chat clearing its box after
    // sending, a draft restored); any mutation makes the findings stale.
    this.observer = new MutationObserver(guard(() => onChange(this)));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Records a change; true when the findings just went stale (the overlay must hide them). */
  markChanged(): boolean {
    this.version++;
    this.debouncer.schedule();
    if (this.stale) return false;
    this.stale = true;
    return true;
  }

  /** Findings to show: current and not dismissed. */
  visible(): ShownFinding[] {
    if (this.stale) return [];
    return this.findings.filter((f) => !this.dismissed.has(findingKey(f)));
  }

  byId(id: string): ShownFinding | undefined {
    return this.findings.find((f) => f.id === id);
  }

  get connected(): boolean {
    return this.root.isConnected;
  }

  dispose(): void {
    this.debouncer.cancel();
    this.observer.disconnect();
  }
}
