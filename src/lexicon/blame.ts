import type { RuleVeto } from '../analyzer/types';
import { rotated } from './excuse';

/**
 * Word families for the blame rules (step 2), as compromise alternations.
 * compromise expands "you're" and "hadn't" itself; texting forms ("ur", "shouldve") are listed.
 */

/** "you are" with texting spellings ("ur", and the common "your" for "you're"). */
export const YOU_ARE = '(you are|ur|youre|your|u are|ya are)';

/** "should have" with its spellings ("should of", "shouldve", "shoulda"). */
export const SHOULD_HAVE = '(should have|should of|shouldve|shoulda|should\'ve)';

/** A third party named by role or name. */
export const SOMEONE_ELSE = '(he|she|they|#Person|my #Actor|your #Actor|his #Actor|her #Actor|the #Actor|#Actor|your ex|ur ex|my ex|his ex|her ex|your mate|your mates|your friends|ur friends|your friend|ur mate)';

/** Anyone other than the writer, the reader included. */
export const OTHER = `(you|u|${SOMEONE_ELSE.slice(1, -1)})`;

/** Everyone: the crowd that "would have done the same". */
export const EVERYONE = '(everyone|everybody|anyone|anybody|people|humans|we all|all of us|any #Noun)';

/** Provoking, as in "you were winding me up". */
export const PROVOKING = '(winding|wound|wind|winds|goading|goaded|provoking|provoked|pressuring|pressured|egging|egged|baiting|baited|needling|needled|nagging|nagged|badgering|badgered|hassling|hassled|taunting|taunted|mocking|mocked)';

/**
 * The writer names a piece of blame only to take it back or to take the fault themselves ("I used
 * to tell myself you drove me to it", "I shouldn't have blamed your mum", "that's on me", "none
 * of this is on you"). Message-wide. `variant` must differ per rule: see rotated().
 */
export function blameTakenBack(variant: number): RuleVeto[] {
  return [
    {
      match: `${rotated(['tell', 'told', 'telling', 'tells', 'convinced', 'convince'], variant)} myself`,
      reason: 'old blame recalled as a story the writer told themselves',
      scope: 'message',
    },
    {
      match: `${rotated(['shouldnt', 'wrong', 'not', 'never', 'stop', 'stopped'], variant)} (have|to)? (blamed|blaming|blame) (you|your|ur|him|her|them|anyone|#Person)`,
      reason: 'the writer takes blame back',
      scope: 'message',
    },
    {
      match: `not ${rotated(['your', 'ur', 'yr', 'his', 'her', 'their'], variant)} fault`,
      reason: 'absolves them',
      scope: 'message',
    },
    {
      match: `${rotated(['blame', 'nobody', 'noone', 'one', 'fault', 'else'], variant)} but (me|myself)`,
      reason: 'the writer takes the fault alone',
      scope: 'message',
    },
    {
      match: `${rotated(['that', 'this', 'it', 'which', 'what', 'everything'], variant)} (is|was) (all|entirely|completely|totally|squarely)? on me`,
      reason: 'the writer takes the fault',
      scope: 'message',
    },
    {
      match: `${rotated(['thats', 'its', 'twas', 'tis', 'thatll'], variant)} (all|entirely|completely|totally|squarely)? on me`,
      reason: 'the writer takes the fault (texting spelling)',
      scope: 'message',
    },
    {
      match: `${rotated(['none', 'not', 'never', 'nothing', 'nowt', 'neither'], variant)} .{0,3} on (you|u)`,
      reason: 'absolves them',
      scope: 'message',
    },
  ];
}
