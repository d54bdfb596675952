/**
 * non-apology-taken-wrong (step 4, non-apology)
 * The apology is for how the words were received, which puts the fault in their hearing:
 * "sorry if u took it the wrong way", "I'm sorry you took it so personally", "I regret that it
 * came across otherwise", "sorry if you misunderstood".
 *
 * Deliberately not flagged: owning the words ("I'm sorry for what I said, it was cruel"),
 * everyday mix-ups ("sorry for the misunderstanding, I thought you meant 3pm"), and remarks
 * about how something was taken with no apology in them ("the joke was taken the wrong way").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { anyOf, CAME_ACROSS_AS, SORRY } from '../lexicon/apology';

const WHAT_I_SAID = anyOf('(it|that|this|me|i|what i said|what i meant|anything i said)', 'my (message|text|comment|comments|words|joke|email|remark|remarks|tone|point)');
const HOW_IT_WAS_TAKEN = anyOf(
  '(the wrong way|wrong|badly|so badly|personally|so personally|too personally|seriously|so seriously|too seriously|literally|that way|like that|to heart|so hard)',
);
const HOW_IT_LANDED = anyOf(
  '(came|come|comes) (across|off|out)',
  '(was|were|got|has been|have been|may have been) (taken|received|perceived|interpreted|read|heard)',
  '(landed|sounded)',
);

/** "sorry if u took it the wrong way" → "sorry for what I said". */
function ownTheWords(matched: string): string {
  const word = matched.match(/^[\p{L}']+/u)?.[0] ?? 'sorry';
  return /^regret/i.test(word) ? `${word} what I said` : `${word} for what I said`;
}

export default defineRule({
  id: 'non-apology-taken-wrong',
  category: 'non-apology',
  message: 'This apologises for how your words were taken, which quietly puts the mistake in their hearing rather than in what you said.',
  confidence: 0.85,
  patterns: [
    // sorry if u took it the wrong way
    {
      match: `[${SORRY} (if|that)? ${YOU} (took|take|read|heard|interpreted|got|taken|see|saw|view|viewed) ${WHAT_I_SAID}? ${HOW_IT_WAS_TAKEN}]`,
      reason: 'the apology is for their reading of it',
      confidence: 0.9,
      rewrite: ownTheWords,
    },
    // sorry if you misunderstood
    {
      match: `[${SORRY} (if|that)? ${YOU} (misunderstood|misread|misinterpreted|misheard|misunderstand|got the wrong idea|got the wrong end of the stick)]`,
      reason: 'the apology is for their misunderstanding',
      rewrite: ownTheWords,
    },
    // i regret that it came across otherwise
    {
      match: `[${anyOf(SORRY, "regret")} (that|if|how)? ${WHAT_I_SAID} ${HOW_IT_LANDED} (as)? (a bit|a little|so|really|kind of|kinda|very|quite)? ${CAME_ACROSS_AS}]`,
      reason: 'regrets the impression, not the words',
      rewrite: ownTheWords,
    },
    // i apologise if my tone in yesterday's meeting came across as dismissive
    {
      match: `[${anyOf(SORRY, 'regret')} (that|if|how) (my|what|the way|anything|something|any|some|all|none) .{1,6} (came|come|comes|sounded|landed|seemed) (across|off|out|over)? (as)? (a bit|a little|so|really|kind of|kinda|very|quite)? ${CAME_ACROSS_AS}]`,
      reason: 'regrets the impression, not the words',
      rewrite: ownTheWords,
    },
    // apologies if my comments were misinterpreted
    {
      match: `[${anyOf(SORRY, 'regret')} (that|if|how) (my|what|the way|anything|something|it|that|this|i) .{0,6} (was|were|got|been) (misinterpreted|misunderstood|misread|misconstrued|misheard|taken)]`,
      reason: 'the fault placed in how it was understood',
      confidence: 0.8,
      rewrite: ownTheWords,
    },
  ],
  unless: [
    // he said sorry if i took it the wrong way
    {
      match: `(he|she|they|#Person) (said|says|told me|texted|wrote|messaged|goes) .{0,3} ${SORRY}`,
      reason: 'someone else\'s apology, reported',
      scope: 'sentence',
    },
  ],
  examples: [
    'I apologise if anything I said came across as hurtful.',
    'sorry if what i said came off wrong',
    'sorry if u took it the wrong way, it was a joke',
    "I'm sorry you took it so personally.",
    'I regret that it came across otherwise.',
    "Sorry if you misunderstood what I meant.",
    'Apologies if my email came across as harsh.',
    'im sorry if my joke landed badly',
    "I'm sorry you see it that way.",
    "I apologise if my tone in yesterday's meeting came across as dismissive.",
    'Please accept my apologies if my comments were misinterpreted.',
    'Sorry if I came across a bit harsh earlier.',
  ],
  counterexamples: [
    "I'm sorry for what I said. It was cruel and you didn't deserve it.",
    'Sorry for the misunderstanding, I thought you meant 3pm!',
    'I think the joke was taken the wrong way by a few people at the table.',
    'She said sorry if I took it the wrong way.',
  ],
});
