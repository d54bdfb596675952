/**
 * Word families for the demand rules (step 3), as compromise alternations. Phrases with
 * nested choices go through anyOf (compromise groups cannot nest).
 */
import { anyOf } from './apology';
import { YOU } from './pronouns';

/** "you HAVE TO…": obligation put on the other person. */
export const MUST = '(have got to|had better|have to|need to|must|gotta|got to|should|ought to|better|have 2|need 2|got 2)';

/** The other person, obliged: "you have to", "u need to", "ur gonna have to". */
export const YOU_MUST = anyOf(`${YOU} (just)? ${MUST}`, `${YOU} (are|r) (going to|gonna) have to`, '(ur|youre) (going to|gonna) have to');

/** A chance, asked for as a thing due. */
export const A_CHANCE = anyOf('(another|a second|a 2nd|one more|one last|a last|a|the) (chance|shot|try|go|opportunity)', 'a fresh start', 'a clean slate');

/** How things were before, as the outcome the writer announces. */
export const AS_BEFORE = anyOf(
  'normal',
  '(how|the way) (it|things|we|they|everything|life) (was|were|used to be)',
  'how things were',
  'before',
  'what we (had|were)',
  'being (us|friends|together|a couple|mates)',
  'the old us',
);

/** Occasions a writer sets as the deadline for making up. */
export const OCCASION =
  '(birthday|bday|wedding|anniversary|holiday|holidays|trip|christmas|xmas|party|reunion|visit|funeral|hen|stag|graduation|christening|thanksgiving|easter|match|game|gig|concert|barbecue|bbq|dinner|do)';

/** Hoping or leaving it to them: "I hope", "one day", "if you want". Turns a demand into a wish. */
export const HOPING = '(hope|hoping|hopefully|wish|wishing|someday|one day|eventually|maybe|pray|praying|would love|if you want|if you are ready|when you are ready|in time|if you ever)';
