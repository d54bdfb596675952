/**
 * non-apology-already-sorry (step 4, non-apology)
 * Pointing at the apology already made, as if it settled the matter: "I've apologised like ten
 * times", "how many times do I have to say sorry?", "I already said sorry, what more do you
 * want?", "I'm not apologising again", "i said sorry, ur the one dragging this out".
 *
 * Deliberately not flagged: a plain "I've said sorry" or "I apologised" with nothing pressing
 * on it, someone else telling the writer not to apologise again ("no need to apologise again"),
 * and everyday repetition ("how many times do I have to tell you the bins go out Tuesday").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { anyOf, SORRY } from '../lexicon/apology';

const APOLOGISED = anyOf('said (sorry|i am sorry|i was sorry|im sorry)', '(apologised|apologized)', 'told you (sorry|i am sorry|i was sorry|im sorry)');
// compromise cannot follow a wildcard with a group that mixes #Tags and words, so the hedges are listed.
const ROUGHLY = '(like|about|literally|maybe|nearly|almost|over|at|least|a|so|too|way|probably|easily|well)';
const MANY = '(#Value|dozen|hundred|million|thousand|many|several|multiple|countless|enough|loads|hundreds|thousands|lots)';

export default defineRule({
  id: 'non-apology-already-sorry',
  category: 'non-apology',
  message: 'Counting or pointing back to your apologies turns sorry into a debt they now owe. An apology can be meant without being repeated or tallied.',
  confidence: 0.85,
  patterns: [
    // i've apologised like ten times already
    {
      match: `[(i have|ive|i) (already)? ${APOLOGISED} ${ROUGHLY}? ${ROUGHLY}? ${ROUGHLY}? ${MANY} times]`,
      reason: 'tallies the apologies',
      confidence: 0.9,
    },
    // i've said it a hundred times
    {
      match: `[(i have|ive|i) (already)? (said|told you) (it|that) .{0,2} (dozen|hundred|million|thousand|many|countless|enough|loads|hundreds|thousands) times]`,
      reason: 'tallies the apologies',
      confidence: 0.75,
    },
    // i already said sorry
    {
      match: `[(i have|ive|i) already ${APOLOGISED}]`,
      reason: 'the past apology offered as the end of the matter',
      confidence: 0.7,
    },
    // i've said sorry already
    {
      match: `[(i have|ive|i) ${APOLOGISED} (already|before|twice|again|again and again|over and over)]`,
      reason: 'the past apology offered as the end of the matter',
      confidence: 0.7,
    },
    // how many times do i have to say sorry
    {
      match: `[how many (more)? times (do|must|should|can|will|have|am|did)? i (have|got|gotta|need|supposed|going|gonna|can|must|should)? (to|2)? (say|apologise|apologize|apologizing|apologising|say that) (sorry|it|that|i am sorry|im sorry|i was sorry)?]`,
      reason: 'complains about how often they have to apologise',
      confidence: 0.8,
    },
    // i said sorry, what more do you want
    {
      match: `[what (more|else) (do|can|could|would|will) ${YOU} (want|expect|need) (from me|me to do|me to say)]`,
      reason: 'makes the apology a payment and asks what else is owed',
      confidence: 0.85,
    },
    // i already said sorry, what more do you want?
    {
      match: `[what more (do|will) ${YOU} (want|expect)]$`,
      reason: 'makes the apology a payment and asks what else is owed',
      confidence: 0.8,
    },
    // i said i was sorry, didn't i?
    {
      match: `[(i have|ive|i) ${APOLOGISED} (did not|didnt|have not|havent) i]`,
      reason: 'the past apology offered as the end of the matter',
      confidence: 0.8,
    },
    // i've apologised, i don't know what else you want
    {
      match: `[(do not|dont|no idea) (know)? what (else|more) ${YOU} (want|expect|need)]`,
      reason: 'makes the apology a payment and asks what else is owed',
      confidence: 0.75,
    },
    // i'm done apologising
    {
      match: `[(i am|im) (done|finished|tired of|sick of|fed up of|fed up with) (apologising|apologizing|saying sorry|saying i am sorry|saying im sorry)]`,
      reason: 'refuses further apology as if the account is closed',
      confidence: 0.85,
    },
    // i'm not going to keep apologising forever
    {
      match: `[(not|never|wont|will not|cant|cannot|can not) (going to|gonna)? keep (apologising|apologizing|saying sorry|saying i am sorry|saying im sorry)]`,
      reason: 'refuses further apology as if the account is closed',
      confidence: 0.8,
    },
    // i said sorry so can we stop this now?
    {
      match: `[(i have|ive|i) ${APOLOGISED} (so|now|and|okay|ok)? (can we|cant we|lets|let us|that should|that is|thats|what more|what else|get over it|move on|drop it|end of)]`,
      reason: 'the past apology offered as the end of the matter',
      confidence: 0.8,
    },
    // i've said i'm sorry, i can't do any more than that
    {
      match: `[(i have|ive|i) ${APOLOGISED} .{0,2} (can|cant|cannot) (not)? (do|say) (any|anything|more|much)]`,
      reason: 'the past apology offered as the end of the matter',
      confidence: 0.8,
    },
    // how many more times do you want me to say sorry?
    {
      match: `[how (many|much) (more)? (times|apologies) (do|does|will|must|would|should) ${YOU} (want|need|expect|make) me (to)? (say|apologise|apologize|grovel|beg|tell you) (sorry|it|that|i am sorry|im sorry)?]`,
      reason: 'the apology counted against them',
    },
    // how many times are you going to make me apologise for this?
    {
      match: `[how many (more)? times (are|r) ${YOU} (going to|gonna) (make me|want me to|need me to) (say|apologise|apologize|grovel|beg) (sorry|it|that)?]`,
      reason: 'the apology counted against them',
    },
    // how long do i have to keep apologising
    {
      match: `[how (long|often|much) (longer|more)? (do|must|will|should|am) i (have|got|gotta|need|supposed|going|gonna)? (to|2)? (keep|go on|carry on)? (say|saying|apologise|apologize|apologising|apologizing|grovel|grovelling|groveling|beg|begging) (sorry|for)?]`,
      reason: 'the apology counted against them',
    },
    // how many more apologies do you need?
    {
      match: `[how many (more)? (apologies|sorrys|sorries) (do|does|will|must|should|would)]`,
      reason: 'complains about how often they have to apologise',
      confidence: 0.85,
    },
    // that should be the end of it
    {
      match: `[(that|this|which) (should be|is) the end of (it|this|that|the matter)]$`,
      reason: 'the writer declares the matter closed',
      confidence: 0.7,
    },
    // i'm not apologising again
    {
      match: `[(i am|im|i) (not|never|wont|will not) (going to|gonna)? (apologise|apologize|apologising|apologizing|say sorry|saying sorry) (again|anymore|any more|twice|a third time)]`,
      reason: 'refuses further apology as if the account is closed',
      confidence: 0.85,
    },
    // i said sorry, ur the one dragging this out
    {
      match: `[(i have|ive|i) ${APOLOGISED} (so|now|and)? (you are|ur|youre|u r|you r|now you are) the one .{0,4}]`,
      reason: 'the apology becomes proof that they are the problem now',
      confidence: 0.85,
    },
  ],
  unless: [
    // i already apologised to your mum
    { match: `${APOLOGISED} to (him|her|them|your|my|his|the|everyone|everybody|#Person)`, reason: 'an apology to someone else, reported', scope: 'sentence' },
    // no need to apologise again
    { match: '(no need|do not need|dont need|you do not have|you dont have|stop) to (apologise|apologize|say sorry)', reason: 'the writer releases the other person from apologising', scope: 'sentence' },
  ],
  examples: [
    'How many more times do you want me to say sorry?',
    'how long do i have to keep apologising for this',
    'How much more do I have to grovel?',
    "I've apologised like ten times already, what else do you want from me",
    'How many times do I have to say sorry?',
    'I already said sorry, what more do you want?',
    "I've said it a hundred times.",
    "I'm not apologising again.",
    'i said sorry, ur the one dragging this out now',
    "I don't know how many more times I can say it",
    "i've said sorry already!!",
    "I said I was sorry, didn't I?",
    "I'm done apologising.",
    "I'm not going to keep apologising forever.",
    'I said sorry so can we stop this now?',
    "I've said I'm sorry, I can't do any more than that.",
    'How many more apologies do you need?',
    'I apologised, so that should be the end of it.',
    "I've apologised, I don't know what else you want.",
  ],
  counterexamples: [
    'How many more times do you want me to ring the venue?',
    "I've said sorry, and I'll keep showing you I mean it.",
    'Hey, no need to apologise again, honestly.',
    'How many times do I have to tell you the bins go out on Tuesday?',
    'I already apologised to your mum for missing lunch.',
    'What else do you want for dinner?',
  ],
});
