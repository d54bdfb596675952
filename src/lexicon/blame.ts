/**
 * Word families for the blame rules (step 2), as compromise alternations.
 * compromise expands "you're" and "hadn't" itself; texting forms ("ur", "shouldve") are listed.
 */

/** "you are" with texting spellings ("ur", and the common "your" for "you're"). */
export const YOU_ARE = '(you are|ur|youre|your|u are|ya are)';

/** "should have" with its spellings ("should of", "shouldve", "shoulda"). */
export const SHOULD_HAVE = '(should have|should of|shouldve|shoulda|should\'ve)';

/** A third party named by role or name. */
export const SOMEONE_ELSE = '(he|she|they|#Person|my #Actor|your #Actor|his #Actor|her #Actor|the #Actor|#Actor)';

/** Anyone other than the writer, the reader included. */
export const OTHER = `(you|u|${SOMEONE_ELSE.slice(1, -1)})`;

/** Everyone: the crowd that "would have done the same". */
export const EVERYONE = '(everyone|everybody|anyone|anybody|people|humans|we all|all of us|any #Noun)';

/** Provoking, as in "you were winding me up". */
export const PROVOKING = '(winding|wound|wind|winds|goading|goaded|provoking|provoked|pushing|pushed|pressuring|pressured|egging|egged|baiting|baited|needling|needled)';

/** One compromise alternation out of whole phrases. */
function anyOf(phrases: readonly string[]): string {
  return `(${phrases.join('|')})`;
}

/**
 * The writer names a piece of blame only to take it back ("I used to tell myself you drove me
 * to it", "I shouldn't have blamed your mum"): blame rules use it as a message-wide veto. Each
 * rule adds phrases of its own (at least one): compromise's sweep keeps only the first of
 * several entries with the same match string, so a veto shared verbatim would veto one rule only.
 */
export function blameTakenBack(ownPhrases: [string, ...string[]]): string {
  return anyOf([...ownPhrases, ...BLAME_TAKEN_BACK]);
}

const BLAME_TAKEN_BACK = [
  'tell myself', 'told myself', 'telling myself', 'used to say', 'used to think', 'used to tell',
  'should not have blamed', 'shouldnt have blamed', 'should never have blamed', 'was wrong to blame',
  'not blaming you', 'not going to blame', 'wont blame', 'will not blame', 'never blamed you', 'not your fault',
  'no one to blame but me', 'nobody to blame but me', 'nobody but me', 'no one but me', 'only myself to blame',
  'me deflecting', 'not on you', 'none of this is on you', 'none of it is on you',
  'that is on me', 'thats on me', 'it is on me', 'its on me', 'this is on me', 'that is all on me', 'it is all on me', 'its all on me', 'this is all on me', 'that was on me', 'it was on me', 'it was all on me',
];
