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
export const WORN_OUT = '(tired|stressed|exhausted|knackered|shattered|overwhelmed|hungry|hangry|overtired|burnt out|burned out|frazzled)';

/** Being drunk, as it is usually said. */
export const DRUNK = '(drunk|wasted|hammered|smashed|plastered|trashed|tipsy|pissed|legless|wrecked|high)';

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
 * The writer names a reason only to refuse it as a shield ("that's no excuse", "I'm not
 * putting it on that"). Excuse rules use it as a message-wide veto, since the refusal often
 * sits in the sentence after the reason. Each rule adds phrases of its own (at least one):
 * compromise's sweep keeps only the first of several entries with the same match string, so a
 * veto string shared verbatim by two rules would silently veto only one of them.
 */
export function excuseRefused(ownPhrases: [string, ...string[]]): string {
  return anyOf([...ownPhrases, ...EXCUSE_REFUSALS]);
}

const EXCUSE_REFUSALS = [
  'no excuse', 'not an excuse', 'not any excuse', 'never an excuse', 'no excuses', 'not excuses',
  'does not excuse', 'doesnt excuse', 'did not excuse', 'will not excuse', 'can not excuse', 'cannot excuse',
  'does not justify', 'doesnt justify', 'not justify', 'not a justification', 'no justification',
  'not making excuses', 'not make excuses', 'not going to make excuses', 'not gonna make excuses', 'make no excuses',
  'not putting it on', 'not blaming it on', 'not blaming the', 'not going to blame',
  'that is not why', 'thats not why', 'that was not why', 'not the reason i', 'not why i did',
  'explain it away', 'dress it up', 'make it smaller', 'make it sound better', 'not a good reason', 'no good reason',
];
