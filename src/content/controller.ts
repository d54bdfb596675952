/**
 * The content script's state and event wiring: which fields are watched, when they are analysed,
 * where their underlines go, and which card is open.
 *
 * Data flow: input → debounce → snapshot (adapter.read) → analysis (background) → findings →
 * overlay. Per keystroke only a version bump and a timer restart happen; everything else runs
 * once typing pauses. Every listener is wrapped by `guard`: if Amends throws, the page does not.
 */
import type { Finding } from '../analyzer/types';
import { adapterFor, deepActiveElement, isCheckableField } from '../editors';
import { DEFAULT_PREFERENCES, isActiveOn, preferences, siteState, type Preferences, type SiteState } from '../settings/items';
import { formatShortcut, matchesShortcut } from '../settings/shortcut';
import { countCooldownHonoured, countFindings } from '../settings/stats';
import { categoryName, stepLabel, stepTitle, uiString } from '../ui/strings';
import type { Box, CardModel, OverlayCallbacks, OverlayModel, UnderlineBox } from '../ui/types';
import { isContextGone, MAX_CHECKED_CHARS } from './analysis-client';
import type { AmendsContext } from './context';
import { analysisOptions, findingAt, findingKey, findingNear, toShown, type ShownFinding } from './findings';
import { firstLine, hitTest, visibleBox, type Rect } from './geometry';
import { guard, reportError } from './guard';
import type { OverlayHost } from './overlay-host';
import { reminderWhen } from './send-watch';
import { FieldSession } from './session';

export interface ControllerDeps {
  ctx: AmendsContext;
  /** The site key for "pause on this site" (location.hostname of the top page). */
  host: string;
  analyze(text: string, options: ReturnType<typeof analysisOptions>): Promise<Finding[]>;
  createOverlay(callbacks: OverlayCallbacks): Promise<OverlayHost>;
  /** The card's cooldown line for a finding (conversation-aware versions plug in here). */
  describeCooldown(finding: Finding, all: readonly Finding[]): string;
  /** "Remind me later": holds the field's draft with a reminder (the send watch's `holdDraftFrom`); resolves with when it reminds. */
  holdDraft?(field: HTMLElement, findings: readonly Finding[]): Promise<{ remindAt: number } | undefined>;
  /** Each trusted keystroke in a field (the worker link restarts a stopped background here). */
  onTyping?(): void;
  debounceMs?: number;
}

type OpenReason = 'caret' | 'hover' | 'shortcut';

interface OpenCard {
  session: FieldSession;
  findingId: string;
  reason: OpenReason;
  /** Where the caret was when the card opened: Esc puts it back there. */
  caret: number | null;
  takeFocus: boolean;
  /** When the reminder comes, once the draft was held from this card. */
  heldUntilText?: string;
}

const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 350;
const PAUSE_MS = 60 * 60 * 1000;
/** Underlines drawn at most (a pasted novel should not cost thousands of boxes). */
const MAX_FINDINGS_DRAWN = 200;

export class Controller {
  private prefs: Preferences = DEFAULT_PREFERENCES;
  private sites: SiteState = { disabled: {}, pausedUntil: {} };
  private active = false;
  private readonly sessions = new Map<HTMLElement, FieldSession>();
  private lastInput?: FieldSession;
  private card?: OpenCard;
  private boxes: UnderlineBox[] = [];
  private announcement = '';
  private overlay?: OverlayHost;
  private overlayPending?: Promise<OverlayHost | undefined>;
  private frame = 0;
  private pointer?: { x: number; y: number };
  private hoverId?: string;
  private hoverTimer?: ReturnType<typeof setTimeout>;
  private cardHovered = false;
  private resumeTimer?: ReturnType<typeof setTimeout>;
  private readonly debounceMs: number;

  constructor(private readonly deps: ControllerDeps) {
    this.debounceMs = deps.debounceMs ?? 120;
  }

  /** Starts watching; `field` is the element whose focus loaded Amends. */
  async start(field?: HTMLElement): Promise<void> {
    const { ctx } = this.deps;
    const on = <K extends keyof WindowEventMap>(target: Document | Window, type: K, handler: (e: WindowEventMap[K]) => void, options: AddEventListenerOptions = {}) =>
      target.addEventListener(type, guard(handler) as EventListener, { ...options, signal: ctx.signal });

    on(document, 'focusin', (e) => this.onFocusIn(e), { capture: true });
    on(document, 'input', (e) => this.onInput(e), { capture: true });
    on(document, 'keydown', (e) => this.onKeyDown(e), { capture: true });
    on(document, 'keyup', (e) => this.onKeyUp(e), { capture: true, passive: true });
    on(document, 'click', (e) => this.onClick(e), { capture: true, passive: true });
    on(document, 'pointermove', (e) => this.onPointerMove(e), { capture: true, passive: true });
    on(document, 'scroll', () => this.scheduleRender(), { capture: true, passive: true });
    on(window, 'resize', () => this.scheduleRender(), { passive: true });
    window.visualViewport?.addEventListener('resize', guard(() => this.scheduleRender()), { passive: true, signal: ctx.signal });
    on(window, 'popstate', () => this.scheduleRender());
    // Fields and whole views come and go in single-page apps: re-measure (and drop fields that left
    // the document) when the page changes, but only while something is drawn.
    const pageObserver = new MutationObserver(guard(() => this.boxes.length > 0 && this.scheduleRender()));
    pageObserver.observe(document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => {
      pageObserver.disconnect();
      this.stop();
    });

    [this.prefs, this.sites] = await Promise.all([preferences.getValue(), siteState.getValue()]);
    preferences.watch(guard((next: Preferences) => this.onPreferences(next)));
    siteState.watch(guard((next: SiteState) => this.onSites(next)));
    this.updateActive();

    const focused = deepActiveElement() ?? field;
    if (focused) this.attach(focused as HTMLElement, true);
  }

  private stop(): void {
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
    clearTimeout(this.hoverTimer);
    clearTimeout(this.resumeTimer);
    cancelAnimationFrame(this.frame);
  }

  // ---- fields -------------------------------------------------------------------------------

  /** The session for an element inside a message field, created on first sight. */
  private attach(element: HTMLElement, analyzeNow: boolean): FieldSession | undefined {
    if (!this.active || !isCheckableField(element)) return undefined;
    const match = adapterFor(element);
    if (!match) return undefined;
    let session = this.sessions.get(match.root);
    if (!session) {
      session = new FieldSession(match.root, match.adapter, (s) => void this.analyze(s), this.debounceMs, (s) => this.onMutation(s));
      this.sessions.set(match.root, session);
      void this.ensureOverlay();
      if (analyzeNow) session.debouncer.schedule();
    }
    return session;
  }

  private sessionFor(target: EventTarget | null): FieldSession | undefined {
    if (!(target instanceof Node)) return undefined;
    for (const [root, session] of this.sessions) if (root === target || root.contains(target)) return session;
    return undefined;
  }

  private onFocusIn(event: FocusEvent): void {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || this.isOurs(target)) return;
    const existing = this.sessionFor(target);
    if (!existing) this.attach(target, true);
  }

  private onInput(event: Event): void {
    if (!event.isTrusted) return;
    this.deps.onTyping?.();
    // The field typed in last is almost always the one typed in now.
    const last = this.lastInput;
    if (last && last.root === event.target && this.sessions.get(last.root) === last) {
      this.changed(last);
      return;
    }
    const target = event.composedPath()[0] as HTMLElement;
    const session = this.sessionFor(target) ?? this.attach(target, false);
    this.lastInput = session;
    if (!session) return;
    this.changed(session);
  }

  private onMutation(session: FieldSession): void {
    if (!session.stale && session.snapshot && session.adapter.read(session.root).text === session.snapshot.text) return;
    this.changed(session);
  }

  private changed(session: FieldSession): void {
    if (!session.markChanged()) return;
    // The words moved: hide this field's underlines and its card until the next analysis. No
    // need to measure anything for that: drop its boxes and redraw.
    this.boxes = this.boxes.filter((b) => b.fieldId !== session.id);
    this.overlay?.view.clearField(session.id);
    if (this.card?.session === session) {
      this.card = undefined;
      this.overlay?.view.update(this.model());
    }
  }

  // ---- analysis -----------------------------------------------------------------------------

  private async analyze(session: FieldSession): Promise<void> {
    if (!this.active || !session.connected) return;
    const version = session.version;
    const snapshot = session.adapter.read(session.root);
    const text = snapshot.text;
    let findings: Finding[] = [];
    if (text.trim()) {
      try {
        findings = await this.deps.analyze(text, analysisOptions(this.prefs));
      } catch (error) {
        // The extension was reloaded or removed: this copy of Amends stops for good.
        if (isContextGone(error)) this.deps.ctx.invalidate();
        else reportError(error);
        return;
      }
    }
    if (session.version !== version || !this.active) return; // typed since: a newer analysis is coming
    session.snapshot = snapshot;
    session.findings = toShown(findings, text, session.id);
    session.truncated = text.length > MAX_CHECKED_CHARS;
    session.stale = false;
    this.countNew(session);
    // Drawn now rather than on the next frame: the findings are painted in the coming frame.
    this.renderNow();
  }

  private countNew(session: FieldSession): void {
    const fresh = session.findings.filter((f) => !session.counted.has(findingKey(f)));
    if (fresh.length === 0) return;
    fresh.forEach((f) => session.counted.add(findingKey(f)));
    countFindings(fresh.map((f) => f.category)).catch(reportError);
  }

  private reanalyzeAll(): void {
    for (const session of this.sessions.values()) {
      session.markChanged();
      session.debouncer.flush();
    }
    this.card = undefined;
    this.scheduleRender();
  }

  // ---- settings -----------------------------------------------------------------------------

  private onPreferences(next: Preferences): void {
    const analysisChanged = JSON.stringify(analysisOptions(next)) !== JSON.stringify(analysisOptions(this.prefs));
    this.prefs = next;
    if (analysisChanged) this.reanalyzeAll();
    else this.scheduleRender();
  }

  private onSites(next: SiteState): void {
    this.sites = next;
    this.updateActive();
  }

  private updateActive(): void {
    const now = Date.now();
    const wasActive = this.active;
    this.active = isActiveOn(this.sites, this.deps.host, now);
    clearTimeout(this.resumeTimer);
    const until = this.sites.pausedUntil[this.deps.host];
    if (!this.active && until && until > now && until - now < 2 ** 31 - 1) {
      this.resumeTimer = setTimeout(guard(() => this.updateActive()), until - now + 50);
    }
    if (wasActive === this.active) return;
    if (!this.active) {
      for (const session of this.sessions.values()) session.dispose();
      this.sessions.clear();
      this.card = undefined;
      this.renderNow();
    } else {
      const focused = deepActiveElement();
      if (focused) this.attach(focused as HTMLElement, true);
    }
  }

  // ---- keyboard and pointer -----------------------------------------------------------------

  private onKeyDown(event: KeyboardEvent): void {
    // Typing is most keys: leave at once unless the key can mean something to Amends.
    if (!event.isTrusted || !(event.altKey || event.ctrlKey || event.metaKey || event.key === 'Escape' || event.key === 'Enter')) return;
    const target = event.composedPath()[0];
    const inCard = this.overlay !== undefined && target instanceof Node && this.isOurs(target);
    if (inCard) return; // the card handles its own keys

    if (event.key === 'Escape' && this.card) {
      event.preventDefault();
      event.stopImmediatePropagation();
      this.closeCard(true);
      return;
    }
    const session = this.sessionFor(target);
    if (!session) return;
    if (matchesShortcut(event, this.prefs.shortcut)) {
      if (this.openNearCaret(session)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      return;
    }
    // Chat apps send on Enter and clear the box without an input event: check again shortly.
    if (event.key === 'Enter') setTimeout(guard(() => this.onMutation(session)), 60);
  }

  private onKeyUp(event: KeyboardEvent): void {
    if (!event.isTrusted || !NAVIGATION_KEYS.has(event.key)) return;
    const session = this.sessionFor(event.composedPath()[0]);
    if (session) this.checkCaret(session);
  }

  private onClick(event: MouseEvent): void {
    if (!event.isTrusted) return;
    const target = event.composedPath()[0];
    if (target instanceof Node && this.isOurs(target)) return;
    const session = this.sessionFor(target);
    if (!session) {
      if (this.card) this.closeCard(false);
      return;
    }
    const hit = hitTest(this.boxes, event.clientX, event.clientY);
    if (hit && session.byId(hit.findingId)) {
      this.open(session, hit.findingId, 'caret', false);
      return;
    }
    this.checkCaret(session);
  }

  /** Opens the card when the caret is inside flagged words; closes a caret-opened card when it left. */
  private checkCaret(session: FieldSession): void {
    const offset = session.adapter.caretOffset(session.root);
    const finding = offset === null ? undefined : findingAt(session.visible(), offset);
    if (finding) {
      if (this.card?.findingId !== finding.id) this.open(session, finding.id, 'caret', false);
    } else if (this.card && this.card.reason !== 'shortcut') {
      this.closeCard(false);
    }
  }

  private openNearCaret(session: FieldSession): boolean {
    if (this.card?.session === session) {
      this.card = { ...this.card, takeFocus: true };
      this.renderNow();
      return true;
    }
    const finding = findingNear(session.visible(), session.adapter.caretOffset(session.root));
    if (!finding) return false;
    this.open(session, finding.id, 'shortcut', true);
    return true;
  }

  private onPointerMove(event: PointerEvent): void {
    if (this.boxes.length === 0 && !this.hoverId) return;
    const first = !this.pointer;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (first) requestAnimationFrame(guard(() => this.hoverCheck()));
  }

  private hoverCheck(): void {
    const point = this.pointer;
    this.pointer = undefined;
    if (!point) return;
    const hit = hitTest(this.boxes, point.x, point.y);
    if (hit?.findingId === this.hoverId) return;
    this.hoverId = hit?.findingId;
    clearTimeout(this.hoverTimer);
    if (hit) {
      if (this.card?.findingId === hit.findingId) return;
      this.hoverTimer = setTimeout(
        guard(() => {
          const session = [...this.sessions.values()].find((s) => s.byId(hit.findingId));
          if (session && this.hoverId === hit.findingId && (!this.card || this.card.reason === 'hover')) this.open(session, hit.findingId, 'hover', false);
        }),
        HOVER_OPEN_MS,
      );
    } else if (this.card?.reason === 'hover') {
      this.hoverTimer = setTimeout(guard(() => this.closeHoverCard()), HOVER_CLOSE_MS);
    }
  }

  private closeHoverCard(): void {
    if (this.card?.reason === 'hover' && !this.cardHovered && !this.hoverId) this.closeCard(false);
  }

  // ---- the card -----------------------------------------------------------------------------

  private open(session: FieldSession, findingId: string, reason: OpenReason, takeFocus: boolean): void {
    const finding = session.byId(findingId);
    if (!finding || session.stale) return;
    this.card = { session, findingId, reason, caret: session.adapter.caretOffset(session.root), takeFocus };
    this.announcement = uiString('card_announce', [String(finding.step), stepTitle(finding.category), formatShortcut(this.prefs.shortcut)]);
    this.overlay?.raise();
    this.renderNow();
  }

  private closeCard(returnFocus: boolean): void {
    const card = this.card;
    if (!card) return;
    // Read before the card unmounts: focus falls back to <body> once its button is gone.
    const focusInCard = this.overlay !== undefined && document.activeElement === this.overlay.element;
    this.card = undefined;
    this.cardHovered = false;
    this.renderNow();
    if ((returnFocus || focusInCard) && card.session.connected) {
      const finding = card.session.byId(card.findingId);
      card.session.adapter.setCaret(card.session.root, card.caret ?? finding?.end ?? 0);
    }
  }

  private readonly callbacks: OverlayCallbacks = {
    onApply: (id) => void this.apply(id).catch(reportError),
    onDismiss: guard((id: string) => {
      const found = this.find(id);
      if (found) found.session.dismissed.add(findingKey(found.finding));
      this.closeCard(true);
    }),
    onMuteRule: guard((id: string) => {
      const found = this.find(id);
      if (!found) return;
      const rule = found.finding.rule;
      this.closeCard(true);
      // Hide it at once; the preferences watch then re-analyses every field without it.
      for (const session of this.sessions.values()) session.findings = session.findings.filter((f) => f.rule !== rule);
      this.renderNow();
      preferences.update((p) => ({ ...p, disabledRules: [...new Set([...p.disabledRules, rule])] })).catch(reportError);
    }),
    onPauseSite: guard(() => {
      const host = this.deps.host;
      const until = Date.now() + PAUSE_MS;
      this.closeCard(true);
      this.sites = { ...this.sites, pausedUntil: { ...this.sites.pausedUntil, [host]: until } };
      this.updateActive();
      siteState.update((s) => ({ ...s, pausedUntil: { ...s.pausedUntil, [host]: until } })).catch(reportError);
    }),
    onRemindLater: (id) => void this.remindLater(id).catch(reportError),
    onClose: guard((returnFocus: boolean) => this.closeCard(returnFocus)),
    onCardHover: guard((inside: boolean) => {
      this.cardHovered = inside;
      if (!inside && this.card?.reason === 'hover') {
        clearTimeout(this.hoverTimer);
        this.hoverTimer = setTimeout(guard(() => this.closeHoverCard()), HOVER_CLOSE_MS);
      }
    }),
  };

  /** Holds the draft (text untouched) and keeps the card open to say when the reminder comes. */
  private async remindLater(id: string): Promise<void> {
    const found = this.find(id);
    if (!found || !this.deps.holdDraft) return;
    const draft = await this.deps.holdDraft(found.session.root, found.session.findings);
    if (!draft) return;
    countCooldownHonoured().catch(reportError);
    if (this.card?.findingId !== id) return;
    this.card = { ...this.card, heldUntilText: reminderWhen(draft.remindAt) };
    this.renderNow();
  }

  private async apply(id: string): Promise<void> {
    const found = this.find(id);
    const snapshot = found?.session.snapshot;
    if (!found || !snapshot || found.finding.rewrite === undefined) return;
    const { session, finding } = found;
    this.card = undefined;
    this.renderNow();
    const expected = snapshot.text.slice(finding.start, finding.end);
    await session.adapter.replace(session.root, finding.start, finding.end, finding.rewrite ?? '', expected);
    // Whatever happened, the text is what it is now: look again without waiting.
    session.markChanged();
    session.debouncer.flush();
  }

  private find(id: string): { session: FieldSession; finding: ShownFinding } | undefined {
    for (const session of this.sessions.values()) {
      const finding = session.byId(id);
      if (finding) return { session, finding };
    }
    return undefined;
  }

  // ---- drawing ------------------------------------------------------------------------------

  private ensureOverlay(): Promise<OverlayHost | undefined> {
    this.overlayPending ??= this.deps.createOverlay(this.callbacks).then(
      (host) => {
        this.overlay = host;
        this.renderNow();
        return host;
      },
      (error: unknown) => {
        reportError(error);
        return undefined;
      },
    );
    return this.overlayPending;
  }

  private isOurs(node: Node): boolean {
    const host = this.overlay?.element;
    return !!host && (node === host || host.shadowRoot?.contains(node) === true || (node.getRootNode() as ShadowRoot).host === host);
  }

  /** Re-measures on the next frame (scroll, resize, reflow): at most once per frame. */
  private scheduleRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(
      guard(() => {
        this.frame = 0;
        this.renderNow();
      }),
    );
  }

  private renderNow(): void {
    if (!this.overlay) return;
    this.overlay.ensureAttached();
    this.boxes = this.measure();
    this.overlay.view.update(this.model());
  }

  private measure(): UnderlineBox[] {
    const boxes: UnderlineBox[] = [];
    const viewport: Rect = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
    for (const [root, session] of this.sessions) {
      if (!session.connected) {
        session.dispose();
        this.sessions.delete(root);
        if (this.card?.session === session) this.card = undefined;
        continue;
      }
      const findings = session.visible();
      if (findings.length === 0 || !session.snapshot) continue;
      const r = root.getBoundingClientRect();
      const clip: Rect = { left: Math.max(r.left, viewport.left), top: Math.max(r.top, viewport.top), right: Math.min(r.right, viewport.right), bottom: Math.min(r.bottom, viewport.bottom) };
      for (const finding of findings.slice(0, MAX_FINDINGS_DRAWN)) {
        session.snapshot.rectsFor(finding.start, finding.end).forEach((rect, i) => {
          const box = visibleBox(rect, clip);
          if (box) boxes.push({ ...box, key: `${finding.id}#${i}`, fieldId: session.id, findingId: finding.id, category: finding.category });
        });
      }
    }
    return boxes;
  }

  private model(): OverlayModel {
    const card = this.cardModel();
    if (!card) this.card = undefined;
    return {
      theme: this.prefs.theme,
      boxes: this.boxes,
      activeFindingId: card?.findingId ?? this.hoverId,
      card,
      announcement: card ? this.announcement : '',
    };
  }

  private cardModel(): CardModel | undefined {
    const open = this.card;
    if (!open) return undefined;
    const finding = open.session.visible().find((f) => f.id === open.findingId);
    const anchor: Box | undefined = firstLine(this.boxes.filter((b) => b.findingId === open.findingId));
    if (!finding || !anchor) return undefined; // its words are gone or scrolled out of view
    return {
      findingId: finding.id,
      category: finding.category,
      step: finding.step,
      stepLabel: stepLabel(finding.step),
      categoryName: categoryName(finding.category),
      title: stepTitle(finding.category),
      why: finding.message,
      original: finding.words,
      rewrite: finding.rewrite,
      cooldown: this.deps.describeCooldown(finding, open.session.findings),
      truncatedNote: open.session.truncated ? uiString('card_truncated', [MAX_CHECKED_CHARS.toLocaleString()]) : undefined,
      anchor,
      canRemind: this.deps.holdDraft !== undefined,
      heldUntilText: open.heldUntilText,
      takeFocus: open.takeFocus,
      shortcutHint: open.takeFocus ? '' : uiString('card_shortcutHint', [formatShortcut(this.prefs.shortcut)]),
    };
  }
}
