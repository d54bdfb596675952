/** The six trust-repair steps, one category each (see docs/taxonomy in the README). */
export const CATEGORY_IDS = ['excuse', 'blame', 'demand', 'non-apology', 'crowding', 'pestering'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface Finding {
  category: CategoryId;
  /** 1–6: the repair step this phrase works against. */
  step: number;
  /** UTF-16 offsets into the analysed text, covering the words that carry the pattern. */
  start: number;
  end: number;
  /** Id of the rule that matched (= its file name in src/rules/). */
  rule: string;
  /** Why this was flagged, in the product's own words. */
  message: string;
  /** Replacement for exactly text.slice(start, end), when a good one exists. */
  rewrite?: string;
  /** 0–1: how sure the rule is that this is the damaging move, not an everyday use. */
  confidence: number;
}

/** One compromise match pattern, with why it exists. */
export interface RulePattern {
  /** compromise match syntax; lexicon macros are interpolated by the rule file. */
  match: string;
  /** Why this shape carries the move (documentation; checked by the meta-test). */
  reason: string;
  /** Overrides the rule's confidence for this shape. */
  confidence?: number;
  /** Replacement for the matched words; a function receives them as written. */
  rewrite?: string | ((matched: string) => string | undefined);
}

/** A shape that turns the rule off: in the same sentence, or anywhere in the message. */
export interface RuleVeto {
  match: string;
  reason: string;
  scope: 'sentence' | 'message';
}

export interface Rule {
  /** kebab-case, equal to the file name. */
  id: string;
  category: CategoryId;
  /** Why this was flagged, shown on the card. */
  message: string;
  /** Default confidence of the rule's patterns. */
  confidence: number;
  patterns: RulePattern[];
  unless?: RuleVeto[];
  /** Sentences the rule must flag (the test checks it fires on each). */
  examples: string[];
  /** Sentences the rule must leave alone. */
  counterexamples: string[];
}

export interface AnalyzeOptions {
  /** Drop findings below this confidence (sensitivity setting). Default 0. */
  minConfidence?: number;
  /** Categories to report; all when omitted. */
  categories?: readonly CategoryId[];
  /** Rule ids the user silenced ("don't flag this again"). */
  disabledRules?: readonly string[];
  /** Only the first maxChars characters are checked. Default MAX_CHECKED_CHARS. */
  maxChars?: number;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
