/**
 * Send awareness in the page: notices when the user sends from a message field (the site's
 * send key or Send button, confirmed by the field emptying), records the time for this
 * conversation, knows whether they replied, and gives the card a conversation-aware cooldown.
 *
 * Hold before send (opt-in per category): when the message carries a chosen category, the send
 * is caught in the capture phase before the site sees it and the hold prompt opens; "Send
 * anyway" sends through the site's own path, "Hold" keeps the draft and sets a reminder. The
 * text in the field is never touched. Where Amends does not know how a site sends, it never holds.
 */
import type { Finding } from '../analyzer/types';
import { conversationIdentity, hashKey } from '../cooldown/conversation';
import { DEFAULT_COOLDOWN_SETTINGS, type CooldownSettings } from '../cooldown/defaults';
import { cooldownString } from '../cooldown/messages';
import { holdDraft, type HeldDraft } from '../cooldown/drafts';
import { conversationHistory, historyFor, recordReply, recordSend, type ConversationTimes } from '../cooldown/history';
import { suggestCooldown, type CooldownSuggestion, type ReplyInput } from '../cooldown';
import { cooldownSettings } from '../cooldown/settings';
import { adapterFor, findCheckableFields, isCheckableField, type AdapterMatch } from '../editors';
import { clickedSendButton, isDisabled, pressButton, pressKey, sendButtonFor, waitForSent } from '../send/dom';
import { canHoldOn, heldCategories, holdEnabled } from '../send/hold';
import { isSendKey, mightSend } from '../send/keys';
import { readConversation, type PageConversation } from '../send/replies';
import { sendSiteFor, type SendKey, type SendSite } from '../send/sites';
import { DEFAULT_PREFERENCES, isActiveOn, preferences, siteState, type Preferences, type SiteState } from '../settings/items';
import { countCooldownHonoured } from '../settings/stats';
import { mountHoldPrompt, type HoldView } from '../ui/hold/mount';
import type { HoldModel } from '../ui/hold/types';
import { stepLabel, stepTitle, uiString } from '../ui/strings';
import { analysisOptions } from './findings';
import { guard, reportError } from './guard';

/** Amends' lifetime in the frame: listeners stop with the signal (the controller's context fits). */
export interface SendWatchLifetime {
  readonly signal: AbortSignal;
  onInvalidated(callback: () => void): void;
}

export interface SendWatchDeps {
  ctx: SendWatchLifetime;
  /** The site key (top page's host) for on/off state and for labelling held drafts. */
  host: string;
  analyze(text: string, options: ReturnType<typeof analysisOptions>): Promise<Finding[]>;
}

interface Conversation {
  identity: string;
  key: string;
  times: ConversationTimes;
}

interface OpenHold {
  view: HoldView;
  match: AdapterMatch;
  site: SendSite;
  key: SendKey | undefined;
  model: HoldModel;
  caret: number | null;
}

/** A pointer gesture on a Send button that is being held: its remaining events are swallowed. */
interface SwallowedGesture {
  button: HTMLElement;
  until: number;
}

const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;
const HOLD_ANALYSIS_DEBOUNCE_MS = 120;
/** Longest a caught send waits for its analysis before going on unheld. */
const HOLD_DEADLINE_MS = 2000;
const GESTURE_MS = 2000;

export class SendWatch {
  private settings: CooldownSettings = DEFAULT_COOLDOWN_SETTINGS;
  private prefs: Preferences = DEFAULT_PREFERENCES;
  private sites: SiteState = { disabled: {}, pausedUntil: {} };
  private conversation?: Conversation;
  private refreshing?: Promise<Conversation>;
  /** The last analysis of each field, so a send can be judged at once. */
  private readonly analysed = new WeakMap<HTMLElement, { text: string; findings: Finding[] }>();
  /** Caught sends waiting for their analysis, by field: a repeated press of the same text waits with them. */
  private readonly pending = new WeakMap<HTMLElement, string>();
  /** Sends waiting to be confirmed, by field, with the text that was being sent. */
  private readonly tracking = new WeakMap<HTMLElement, string>();
  private analysisTimer?: ReturnType<typeof setTimeout>;
  private lastField?: HTMLElement;
  private gesture?: SwallowedGesture;
  private swallowKeyUp?: string;
  private hold?: OpenHold;

  constructor(private readonly deps: SendWatchDeps) {}

  async start(): Promise<void> {
    const { ctx } = this.deps;
    const on = (type: string, handler: (e: Event) => void, passive = false) =>
      window.addEventListener(type, guard(handler) as EventListener, { capture: true, passive, signal: ctx.signal });
    // Window capture: the earliest point a content script can see the event, before the site's handlers.
    on('keydown', (e) => this.onKeyDown(e as KeyboardEvent));
    on('keyup', (e) => this.onKeyUp(e as KeyboardEvent));
    for (const type of POINTER_EVENTS) on(type, (e) => this.onPointer(e as MouseEvent));
    on('input', (e) => this.onInput(e), true);
    on('focusin', (e) => this.onFocusIn(e), true);
    ctx.onInvalidated(() => this.closeHold(false));

    [this.settings, this.prefs, this.sites] = await Promise.all([cooldownSettings.getValue(), preferences.getValue(), siteState.getValue()]);
    cooldownSettings.watch(guard((next: CooldownSettings) => (this.settings = next)));
    preferences.watch(guard((next: Preferences) => (this.prefs = next)));
    siteState.watch(guard((next: SiteState) => (this.sites = next)));
    // The conversation is read when a message field is first used, not on every page load; a
    // change of conversation (single-page apps) is noticed by `currentConversation`.
    conversationHistory.watch(guard(() => this.conversation && void this.refreshConversation()));
  }

  // ---- cooldowns ----------------------------------------------------------------------------

  /** The cooldown for these findings in the open conversation (its sends, their replies, the hour). */
  cooldownFor(findings: ReadonlyArray<Pick<Finding, 'category'>>, now = new Date()): CooldownSuggestion {
    const site = this.site();
    const current = this.currentConversation();
    return suggestCooldown({
      findings,
      history: current?.times,
      reply: replyFrom(readConversation(document, site)),
      now,
      settings: this.settings,
    });
  }

  /** The card's cooldown line (the controller's `describeCooldown`): a few selector reads, no storage. */
  describeCooldown(finding: Finding): string {
    return this.cooldownFor([finding]).text || uiString('card_noCooldown');
  }

  /** "Remind me later" from the card: keeps the field's draft with a reminder at the cooldown's end. */
  async holdDraftFrom(field: HTMLElement, findings: ReadonlyArray<Pick<Finding, 'category'>>): Promise<HeldDraft | undefined> {
    const match = adapterFor(field);
    if (!match) return undefined;
    const text = match.adapter.read(match.root).text;
    if (!text.trim()) return undefined;
    const suggestion = this.cooldownFor(findings);
    return this.keepDraft(text, suggestion.until.getTime());
  }

  // ---- events -------------------------------------------------------------------------------

  private onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    if (this.hold && event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      this.closeHold(true);
      return;
    }
    // Every keystroke passes here: anything but Enter (or Space on a button) leaves at once.
    if ((event.key !== 'Enter' && event.key !== ' ') || !this.active()) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && target.localName !== 'button' && target.getAttribute('role') === 'button') {
      // A site's own "button" (Gmail's is a div) pressed from the keyboard: its keydown is the click.
      this.onSendButtonPress(event, event.composedPath());
      return;
    }
    if (event.key !== 'Enter') return;
    const match = this.fieldOf(target);
    if (!match) return;
    const site = this.site();
    const sendKey = site ? isSendKey(event, site.sendKeys) : undefined;
    // Unknown sites (and keys a site may or may not send on) still count once the field empties.
    if (!sendKey && !mightSend(event)) return;
    const text = match.adapter.read(match.root).text;
    if (!text.trim()) return;
    const page = readConversation(document, site);
    if (sendKey && site && this.mayHold(site)) {
      const verdict = this.verdict(match.root, text);
      if (this.pending.get(match.root) === text) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      if (verdict !== 'pass') {
        event.preventDefault();
        event.stopImmediatePropagation();
        void this.holdOrSend(verdict, match, site, sendKey, text, page).catch(reportError);
        return;
      }
    }
    this.trackSend(match, page);
  }

  /** Keeps the whole press (pointer sequence and click, or the key and its keyup) from the site. */
  private swallowPress(event: Event, button: HTMLElement): void {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'pointerdown') this.gesture = { button, until: Date.now() + GESTURE_MS };
    // Some buttons act on keyup (Space): that keyup is swallowed too.
    if (event instanceof KeyboardEvent) this.swallowKeyUp = event.key;
  }

  private onKeyUp(event: KeyboardEvent): void {
    if (!event.isTrusted || this.swallowKeyUp !== event.key) return;
    this.swallowKeyUp = undefined;
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  private onPointer(event: MouseEvent): void {
    if (!event.isTrusted) return;
    const path = event.composedPath();
    const gesture = this.gesture;
    if (gesture && Date.now() < gesture.until && path.includes(gesture.button)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.type === 'click') this.gesture = undefined;
      return;
    }
    // Decide on the first event of a gesture; a keyboard-activated button only fires click.
    if (event.type !== 'pointerdown' && event.type !== 'click') return;
    if (!this.active() || this.isOurs(path)) return;
    this.onSendButtonPress(event, path);
  }

  /** A press on what may be a Send button (pointer, click, or a key on a non-native button). */
  private onSendButtonPress(event: Event, path: readonly EventTarget[]): void {
    const site = this.site();
    const button = clickedSendButton(path, site);
    if (!button || isDisabled(button)) return;
    const match = this.fieldForButton(button, site);
    if (!match) return;
    const text = match.adapter.read(match.root).text;
    if (!text.trim()) return;
    const page = readConversation(document, site);
    if (site && site.resend === 'button' && this.mayHold(site)) {
      const verdict = this.verdict(match.root, text);
      const waiting = this.pending.get(match.root) === text;
      if (waiting || verdict !== 'pass') {
        this.swallowPress(event, button);
        if (!waiting && verdict !== 'pass') void this.holdOrSend(verdict, match, site, undefined, text, page).catch(reportError);
        return;
      }
    }
    this.trackSend(match, page);
  }

  private onInput(event: Event): void {
    // Only holds need an analysis ready before the send; without them, input costs nothing here.
    if (!event.isTrusted || !holdEnabled(this.settings)) return;
    const match = this.fieldOf(event.composedPath()[0]);
    if (!match) return;
    this.lastField = match.root;
    this.scheduleHoldAnalysis(match);
  }

  private onFocusIn(event: Event): void {
    const match = this.fieldOf(event.composedPath()[0]);
    if (!match) return;
    this.lastField = match.root;
    if (!this.conversation) void this.refreshConversation();
    this.scheduleHoldAnalysis(match);
  }

  // ---- hold before send ---------------------------------------------------------------------

  private mayHold(site: SendSite): boolean {
    return holdEnabled(this.settings) && canHoldOn(site);
  }

  /** Keeps an analysis of the field ready so a send can be judged the moment it happens. */
  private scheduleHoldAnalysis(match: AdapterMatch): void {
    const site = this.site();
    if (!site || !this.mayHold(site)) return;
    clearTimeout(this.analysisTimer);
    this.analysisTimer = setTimeout(
      guard(() => void this.analyseForHold(match.root, match.adapter.read(match.root).text)),
      HOLD_ANALYSIS_DEBOUNCE_MS,
    );
  }

  private async analyseForHold(root: HTMLElement, text: string): Promise<Finding[]> {
    const cached = this.analysed.get(root);
    if (cached?.text === text) return cached.findings;
    const findings = text.trim() ? await this.deps.analyze(text, analysisOptions(this.prefs)) : [];
    this.analysed.set(root, { text, findings });
    return findings;
  }

  /** 'hold' or 'pass' from a current analysis; 'unsure' when the text changed since the last one. */
  private verdict(root: HTMLElement, text: string): 'hold' | 'pass' | 'unsure' {
    const cached = this.analysed.get(root);
    if (cached?.text !== text) return 'unsure';
    return heldCategories(cached.findings, this.settings).length > 0 ? 'hold' : 'pass';
  }

  /**
   * The send was caught. With an up-to-date analysis, open the prompt; otherwise analyse first
   * (for at most HOLD_DEADLINE_MS: Amends never keeps a send waiting longer) and, when nothing
   * calls for a hold, send on through the site's path, but only the text as it was when the user
   * pressed: if they typed on meanwhile, nothing is sent, no prompt opens, and nothing is lost.
   */
  private async holdOrSend(verdict: 'hold' | 'unsure', match: AdapterMatch, site: SendSite, key: SendKey | undefined, text: string, page: PageConversation): Promise<void> {
    this.pending.set(match.root, text);
    let findings: Finding[] = [];
    try {
      findings = (await withDeadline(this.analyseForHold(match.root, text), HOLD_DEADLINE_MS)) ?? [];
    } catch (error) {
      reportError(error);
    } finally {
      if (this.pending.get(match.root) === text) this.pending.delete(match.root);
    }
    // They typed on while the analysis ran: neither send nor open a prompt that would take the
    // keys they are typing. The text stays as it is; their next press is judged afresh.
    if (match.adapter.read(match.root).text !== text) return;
    if (verdict === 'unsure' && heldCategories(findings, this.settings).length === 0) {
      // Let the user's own click finish (and be swallowed) first, so the site never sees two sends.
      await this.gestureEnd();
      if (match.adapter.read(match.root).text === text) this.resend(match, site, key, page);
      return;
    }
    this.openHold(match, site, key, findings);
  }

  private async gestureEnd(): Promise<void> {
    while (this.gesture && Date.now() < this.gesture.until) await new Promise((resolve) => setTimeout(resolve, 25));
    this.gesture = undefined;
  }

  private openHold(match: AdapterMatch, site: SendSite, key: SendKey | undefined, findings: Finding[]): void {
    const categories = heldCategories(findings, this.settings);
    if (categories.length === 0) return;
    const suggestion = this.cooldownFor(findings);
    const rect = match.root.getBoundingClientRect();
    const model: HoldModel = {
      theme: this.prefs.theme,
      category: categories[0],
      reasons: categories.map((c) => `${stepLabel(stepOf(findings, c))} · ${stepTitle(c)}`),
      cooldownText: suggestion.text || uiString('card_noCooldown'),
      cooldownReason: suggestion.reason,
      until: suggestion.until.getTime(),
      anchor: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
    };
    const caret = match.adapter.caretOffset(match.root);
    this.closeHold(false);
    const view = mountHoldPrompt(document, {
      onSendAnyway: guard(() => {
        const open = this.hold;
        this.closeHold(false);
        if (open) this.resend(open.match, open.site, open.key, readConversation(document, open.site));
      }),
      onHold: guard(() => void this.holdFromPrompt().catch(reportError)),
      onKeepEditing: guard(() => this.closeHold(true)),
    });
    this.hold = { view, match, site, key, model, caret };
    view.update(model);
  }

  private async holdFromPrompt(): Promise<void> {
    const open = this.hold;
    if (!open) return;
    const text = open.match.adapter.read(open.match.root).text;
    const draft = await this.keepDraft(text, open.model.until);
    if (!draft || this.hold !== open) return;
    countCooldownHonoured().catch(reportError);
    open.model = { ...open.model, heldUntilText: reminderWhen(draft.remindAt) };
    open.view.update(open.model);
  }

  private async keepDraft(text: string, remindAt: number): Promise<HeldDraft | undefined> {
    if (!text.trim()) return undefined;
    const conversation = await this.refreshConversation();
    return holdDraft({ conversation: conversation.key, site: this.deps.host, text, remindAt });
  }

  private closeHold(returnFocus: boolean): void {
    const open = this.hold;
    if (!open) return;
    this.hold = undefined;
    open.view.remove();
    if (returnFocus && open.match.root.isConnected) open.match.adapter.setCaret(open.match.root, open.caret ?? open.match.adapter.read(open.match.root).text.length);
  }

  /** Sends through the site's own path: its Send button, or its key where that is the only way. */
  private resend(match: AdapterMatch, site: SendSite, key: SendKey | undefined, page: PageConversation): void {
    if (site.resend === 'button') {
      const button = sendButtonFor(match.root, site);
      if (!button || isDisabled(button)) return; // nothing sent, nothing lost: the text is still there
      this.trackSend(match, page);
      pressButton(button);
    } else if (site.resend === 'key') {
      this.trackSend(match, page);
      pressKey(match.root, key ?? site.sendKeys[0]);
    }
  }

  // ---- recording sends and replies ----------------------------------------------------------

  /** Records a send once the field empties (or closes) after a send gesture. */
  private trackSend(match: AdapterMatch, pageBefore: PageConversation): void {
    const text = match.adapter.read(match.root).text;
    // The same send seen twice (key repeat, a key then a click) is one send.
    if (this.tracking.get(match.root) === text) return;
    this.tracking.set(match.root, text);
    void waitForSent(match.root, () => match.adapter.read(match.root).text)
      .then(async (sent) => {
        if (this.tracking.get(match.root) === text) this.tracking.delete(match.root);
        if (sent) await this.recordSent(pageBefore);
      })
      .catch(reportError);
  }

  private async recordSent(pageBefore: PageConversation): Promise<void> {
    const now = Date.now();
    const conversation = await this.refreshConversation();
    const { sends, replies } = conversation.times;
    const lastSend = sends.at(-1) ?? -Infinity;
    const lastReply = replies.at(-1) ?? -Infinity;
    // Their message was the latest before this send: they replied after our last one.
    if (pageBefore.last === 'them' && lastSend > lastReply) await recordReply(conversation.key, now - 1);
    await recordSend(conversation.key, now);
    await this.refreshConversation();
  }

  // ---- helpers ------------------------------------------------------------------------------

  private currentConversation(): Conversation | undefined {
    const identity = conversationIdentity(new URL(location.href), document);
    if (this.conversation?.identity === identity) return this.conversation;
    void this.refreshConversation();
    return undefined;
  }

  private refreshConversation(): Promise<Conversation> {
    const run = async (): Promise<Conversation> => {
      const identity = conversationIdentity(new URL(location.href), document);
      const key = await hashKey(identity);
      const times = await historyFor(key, Date.now());
      this.conversation = { identity, key, times };
      return this.conversation;
    };
    // Refreshes run one after another so an older read never overwrites a newer one.
    const next = (this.refreshing ?? Promise.resolve(undefined as unknown as Conversation)).catch(() => undefined).then(run);
    this.refreshing = next;
    return next;
  }

  private site(): SendSite | undefined {
    return sendSiteFor(new URL(location.href));
  }

  private active(): boolean {
    return isActiveOn(this.sites, this.deps.host, Date.now());
  }

  private fieldOf(target: EventTarget | undefined): AdapterMatch | undefined {
    if (!(target instanceof HTMLElement) || !isCheckableField(target)) return undefined;
    return adapterFor(target);
  }

  /** The message field a Send button belongs to: the last one typed in, if it shares the composer. */
  private fieldForButton(button: HTMLElement, site: SendSite | undefined): AdapterMatch | undefined {
    const composer = (site?.composer && button.closest(site.composer)) || undefined;
    const last = this.lastField;
    if (last?.isConnected && (!composer || composer.contains(last))) return adapterFor(last);
    const candidates = findCheckableFields(composer ?? document);
    return candidates.length === 1 || composer ? adapterFor(candidates[0] ?? button) : undefined;
  }

  private isOurs(path: readonly EventTarget[]): boolean {
    return path.some((t) => t instanceof HTMLElement && t.hasAttribute('data-amends-hold-host'));
  }
}

/** The promise's value, or undefined if it takes longer than `ms`. */
function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
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

function replyFrom(page: PageConversation): ReplyInput | undefined {
  if (page.last === 'them') return true;
  if (page.last === 'me') return { repliedSinceLastSend: false, unansweredInRow: page.unansweredInRow };
  return undefined;
}

function stepOf(findings: readonly Finding[], category: Finding['category']): number {
  return findings.find((f) => f.category === category)?.step ?? 0;
}

/** "at 08:00" today, "tomorrow at 08:00", or "on Friday at 08:00", in the user's locale. */
export function reminderWhen(at: number, now = Date.now()): string {
  const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(at);
  const day = (ms: number) => new Date(ms).toDateString();
  if (day(at) === day(now)) return cooldownString('hold_whenToday', [time]);
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  if (day(at) === tomorrow.toDateString()) return cooldownString('hold_whenTomorrow', [time]);
  return cooldownString('hold_whenLater', [new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(at), time]);
}

/** Starts send awareness; returns the watch so the controller can ask it for cooldowns. */
export function startSendWatch(deps: SendWatchDeps): SendWatch {
  const watch = new SendWatch(deps);
  watch.start().catch(reportError);
  return watch;
}
