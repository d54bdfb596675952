/**
 * The cooldown engine: turns findings, the conversation's send/reply times and the local time
 * into one suggestion. Pure; every rule is a file in ./rules with its own examples.
 */
import { sanitizeCooldownSettings, DEFAULT_COOLDOWN_SETTINGS } from './defaults';
import { cooldownString, formatPhrase } from './messages';
import type { CooldownFacts, CooldownInput, CooldownRule, CooldownSuggestion, HistoryInput, ReplyInput, RuleOutcome } from './types';

const MINUTE = 60_000;

function sendsOf(history: HistoryInput | undefined): readonly number[] {
  if (!history) return [];
  return Array.isArray(history) ? history : (history as { sends: readonly number[] }).sends;
}

function repliesOf(history: HistoryInput | undefined): readonly number[] {
  if (!history || Array.isArray(history)) return [];
  return (history as { replies?: readonly number[] }).replies ?? [];
}

/** Sends since their last reply; undefined when nothing tells us whether they replied. */
export function countUnanswered(sends: readonly number[], replies: readonly number[], reply: ReplyInput | undefined): number | undefined {
  const replied = typeof reply === 'boolean' ? reply : reply?.repliedSinceLastSend;
  if (replied === true) return 0;
  // What the page shows beats what we recorded: replies may have come while Amends wasn't watching.
  if (typeof reply === 'object' && reply.unansweredInRow !== undefined) return reply.unansweredInRow;
  const lastReply = Math.max(-Infinity, ...replies, typeof reply === 'object' ? reply.lastReplyAt ?? -Infinity : -Infinity);
  if (lastReply > -Infinity) return sends.filter((t) => t > lastReply).length;
  return replied === false ? sends.length : undefined;
}

export function factsFor(input: CooldownInput): CooldownFacts {
  const now = input.now.getTime();
  const sends = sendsOf(input.history).filter((t) => t <= now).slice().sort((a, b) => a - b);
  const replies = repliesOf(input.history).filter((t) => t <= now);
  const settings = input.settings ? sanitizeCooldownSettings({ ...DEFAULT_COOLDOWN_SETTINGS, ...input.settings }) : DEFAULT_COOLDOWN_SETTINGS;
  return {
    now: input.now,
    categories: new Set(input.findings.map((f) => f.category)),
    sends,
    unanswered: countUnanswered(sends, replies, input.reply),
    settings,
  };
}

/** The longest pause any rule asks for (ties go to the more specific rule), or kind 'none'. */
export function suggestWith(rules: readonly CooldownRule[], input: CooldownInput): CooldownSuggestion {
  const facts = factsFor(input);
  let best: { rule: CooldownRule; outcome: RuleOutcome } | undefined;
  for (const rule of rules) {
    const outcome = rule.suggest(facts);
    if (!outcome) continue;
    if (!best || outcome.minutes > best.outcome.minutes || (outcome.minutes === best.outcome.minutes && rule.rank > best.rule.rank)) best = { rule, outcome };
  }
  if (!best) return { kind: 'none', minutes: 0, until: input.now, text: '', reason: '' };
  const { rule, outcome } = best;
  return {
    kind: rule.kind,
    rule: rule.id,
    minutes: outcome.minutes,
    until: new Date(input.now.getTime() + outcome.minutes * MINUTE),
    text: formatPhrase(outcome.text),
    reason: cooldownString(outcome.reason),
  };
}
