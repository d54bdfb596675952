/** What the in-page UI renders. Components get these and callbacks; they never call browser APIs. */
import type { CategoryId } from '../analyzer/types';

export type Theme = 'auto' | 'light' | 'dark';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One visible piece of an underline (a finding spanning lines has several). */
export interface UnderlineBox extends Box {
  key: string;
  /** The field the finding is in (its underlines hide together while it is being edited). */
  fieldId: number;
  findingId: string;
  category: CategoryId;
}

export interface CardModel {
  findingId: string;
  category: CategoryId;
  step: number;
  /** "Step 4". */
  stepLabel: string;
  categoryName: string;
  title: string;
  /** Why the words were flagged. */
  why: string;
  /** The flagged words as written. */
  original: string;
  /** Replacement for the flagged words; '' means leave them out; undefined means none offered. */
  rewrite?: string;
  cooldown: string;
  /** Set when text past the checked length was not looked at. */
  truncatedNote?: string;
  /** The flagged words on screen (viewport coordinates): the card sits next to them. */
  anchor: Box;
  /** Whether "Remind me later" is offered (the send watch can hold this field's draft). */
  canRemind: boolean;
  /** Set once the draft was held from this card: when the reminder comes ("at 08:00"). */
  heldUntilText?: string;
  /** Move focus into the card when it opens (keyboard shortcut), not when the caret opened it. */
  takeFocus: boolean;
  shortcutHint: string;
}

export interface OverlayModel {
  theme: Theme;
  boxes: UnderlineBox[];
  /** The finding whose card is open or whose underline is hovered. */
  activeFindingId?: string;
  card?: CardModel;
  /** Read by screen readers (aria-live) when the caret enters flagged words. */
  announcement: string;
}

export interface OverlayCallbacks {
  onApply(findingId: string): void;
  onDismiss(findingId: string): void;
  onMuteRule(findingId: string): void;
  onPauseSite(): void;
  /** Hold the field's draft with a reminder at the end of the cooldown. */
  onRemindLater(findingId: string): void;
  /** Esc or the close button; `returnFocus` when focus was in the card. */
  onClose(returnFocus: boolean): void;
  /** The pointer entered or left the card (keeps a hover-opened card open). */
  onCardHover(inside: boolean): void;
}
