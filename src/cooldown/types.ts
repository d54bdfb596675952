import type { CategoryId } from '../analyzer/types';
import type { CooldownSettings } from './defaults';
import type { CooldownStringKey, Phrase } from './messages';

/** Which kind of pause is suggested; the card and the stats count by kind. */
export type CooldownKind = 'none' | 'heat' | 'room' | 'burst' | 'unanswered' | 'late-night';

/**
 * What we know about their replies: `true` = they replied since the user's last send. The
 * object form carries what the page shows: the user's messages after their last reply.
 */
export type ReplyInput = boolean | { repliedSinceLastSend?: boolean; lastReplyAt?: number; unansweredInRow?: number };

/** A conversation's past, as times only (ms since epoch). A bare array is send times. */
export type HistoryInput = readonly number[] | { sends: readonly number[]; replies?: readonly number[] };

export interface CooldownInput {
  /** The findings in the draft; only their categories matter here. */
  findings: ReadonlyArray<{ category: CategoryId }>;
  history?: HistoryInput;
  reply?: ReplyInput;
  now: Date;
  settings?: Partial<CooldownSettings>;
}

export interface CooldownSuggestion {
  kind: CooldownKind;
  /** How long to wait; 0 when nothing suggests a pause. */
  minutes: number;
  /** When the pause ends (now + minutes). */
  until: Date;
  /** The suggestion as the card shows it. */
  text: string;
  /** Why, in one sentence. */
  reason: string;
  /** Id of the rule that produced it (file name in src/cooldown/rules/). */
  rule?: string;
}

/** Everything a rule may look at, computed once from the input. */
export interface CooldownFacts {
  now: Date;
  categories: ReadonlySet<CategoryId>;
  /** The user's sends in this conversation, oldest first, none in the future. */
  sends: readonly number[];
  /** Sends since their last known reply; undefined when replies can't be seen on this page. */
  unanswered: number | undefined;
  settings: CooldownSettings;
}

/** What a rule returns when it applies: the wait, and its words as data (formatted only if it wins). */
export interface RuleOutcome {
  minutes: number;
  text: Phrase;
  reason: CooldownStringKey;
}

/** An input for a rule's examples, written to be read: times are local "HH:MM", sends are minutes ago. */
export interface CooldownExample {
  at: string;
  categories?: CategoryId[];
  sendsMinutesAgo?: number[];
  /** Minutes ago they last replied; `'none-seen'` = the page shows no reply; omitted = unknown. */
  replyMinutesAgo?: number | 'none-seen';
  settings?: Partial<CooldownSettings>;
  /** Expected wait in minutes (examples only). */
  minutes?: number;
  /** Text the suggestion must contain (examples only). */
  says?: string;
}

export interface CooldownRule {
  /** kebab-case, equal to the file name. */
  id: string;
  kind: CooldownKind;
  /** Ties between equally long waits go to the higher rank (the more specific reason). */
  rank: number;
  suggest(facts: CooldownFacts): RuleOutcome | undefined;
  examples: CooldownExample[];
  counterexamples: CooldownExample[];
}

export function defineCooldownRule(rule: CooldownRule): CooldownRule {
  return rule;
}
