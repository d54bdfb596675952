import type { RuleVeto } from '../analyzer/types';

/**
 * Word families for the excuse rules (step 1), as compromise alternations.
 * compromise expands "wasnt"/"I'd"/"can't" itself but leaves texting forms such as "didnt",
 * "bc" or "its" as written, so both spellings are listed where it matters.
 */

/** Connectives that introduce a reason. */
export const BECAUSE = '(because|bc|cuz|cos|coz|cause|since)';

/** Minimisers that shrink an act or a motive: "I was ONLY trying…". */
export const ONLY = '(only|just|simply|merely)';

/** A negated "did": compromise leaves "didnt" unexpanded. */
export const DID_NOT = '(did not|didnt|never)';

/** States offered as the reason an act happened. */
export const WORN_OUT = '(tired|sleep deprived|stressed|exhausted|knackered|shattered|overwhelmed|hungry|hangry|overtired|burnt out|burned out|frazzled)';

/** Being drunk, as it is usually said. */
export const DRUNK = '(drunk|wasted|hammered|smashed|plastered|trashed|tipsy|pissed|legless|wrecked)';

/** Small acts a minimiser counts: "it was ONE kiss". */
export const SMALL_ACTS = '(kiss|snog|text|message|msg|drink|pint|dance|date|night|time|lie|photo|pic|mistake|slip|hug|call|dm|coffee|lunch|drink)';
export const SMALL_ACTS_PLURAL = '(kisses|texts|messages|msgs|drinks|pints|dances|dates|times|lies|photos|pics|calls|dms|coffees)';

/** Kind aims a writer gives for what they did. */
export const KIND_AIMS =
  '(help|protect|look out for|stick up for|support|save|spare|surprise|cheer|be nice|be honest|be supportive|be kind|be there|do the right thing|make things easier|make it easier|make you happy|keep the peace|keep you safe|keep you out|do what was best|do what is best|do my best|be a good)';

/** One compromise alternation out of whole phrases. */
export function anyOf(phrases: readonly string[]): string {
  return `(${phrases.join('|')})`;
}

/**
 * Spells a one-word alternation starting at a different word per rule. compromise's sweep keeps
 * only the first of several net entries with the same match string, so a veto shared verbatim
 * by two rules would silently veto just one of them; a rotated spelling matches the same words.
 */
export function rotated(words: readonly string[], variant: number): string {
  const n = variant % words.length;
  return `(${[...words.slice(n), ...words.slice(0, n)].join('|')})`;
}

/**
 * The writer names a reason only to refuse it as a shield ("that's no excuse", "I'm not
 * putting it on that", "that's not why I did it"). Message-wide, since the refusal often sits
 * in the sentence after the reason. Each word list is one-word alternations with a rare word
 * required, so the net skips most sentences cheaply. `variant` must differ per rule (see rotated).
 */
export function excuseRefusals(variant: number): RuleVeto[] {
  return [
    {
      match: `${rotated(['no', 'not', 'never', 'any', 'an', 'without', 'making', 'make', 'doesnt', 'didnt', 'cant', 'wont', 'cannot'], variant)} (excuse|excuses|justification|justify|justifies)`,
      reason: 'the reason is named and refused as an excuse',
      scope: 'message',
    },
    {
      match: `not ${rotated(['putting', 'blaming', 'pinning', 'laying', 'hanging'], variant)} (it|this|that|what)`,
      reason: 'the writer declines to lay the act on the reason',
      scope: 'message',
    },
    {
      match: `${rotated(['that', 'it', 'this', 'thats', 'its'], variant)} (is|was)? not the? (why|reason)`,
      reason: 'the reason is named only to reject it',
      scope: 'message',
    },
    {
      match: `${rotated(['explain', 'dress', 'talk', 'play', 'smooth'], variant)} it (away|up|down|over)`,
      reason: 'the writer refuses to shrink or prettify the act',
      scope: 'message',
    },
    {
      match: `(does not|doesnt|did not|didnt|will not|wont|would not) make (it|that|this|what i did) (ok|okay|right|alright|acceptable|better|any better)`,
      reason: 'the writer says the reason does not make the act right',
      scope: 'message',
    },
  ];
}

/** Words of reassurance ("don't worry", "no worries", "never mind"), one-word alternations. */
export function reassurance(variant: number): string {
  return `${rotated(['dont', 'not', 'no', 'never', 'nae'], variant)} (worry|worries|stress|fret|bother|problem|mind|harm)`;
}

/** Laughter that marks a message as light ("haha", "lol"). */
export function laughter(variant: number): string {
  return rotated(['haha', 'hahaha', 'lol', 'lmao', 'lmfao', 'rofl', 'hehe'], variant);
}
