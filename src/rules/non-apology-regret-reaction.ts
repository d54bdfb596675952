/**
 * non-apology-regret-reaction (step 4, non-apology)
 * Regret aimed at the other person's reaction instead of the writer's act: "I regret that you
 * were upset", "it's unfortunate you took it that way", "it's a shame you feel like that", "it's
 * regrettable that you were offended", "it's unfortunate that my comment upset you".
 *
 * Deliberately not flagged: regret for the writer's own act ("I regret what I did"), bad luck
 * ("it's unfortunate the train was cancelled", "it's a shame you can't come"), and missed fun
 * ("I regret not going to the concert").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { anyOf, WRONGED } from '../lexicon/apology';

const PITY = anyOf(
  '(i|we) (regret|regret the fact)',
  '(it is|its|it was|that is|thats|how|what a) (unfortunate|regrettable|a shame|a pity|a real shame|such a shame|too bad|sad)',
  '(unfortunate|regrettable|shame|pity)',
);
const YOU_TOOK_IT = anyOf(
  `${YOU} (took|take|have taken|saw|see|read|interpreted|interpret|heard|received|chose to take|chose to see|decided to take) (it|that|this|things|my comment|my words|what i said)? (that way|this way|like that|so personally|personally|the wrong way|wrong|badly|so badly|as an attack|as criticism|so hard)`,
  `${YOU} (feel|felt|see it|saw it|think|thought) (that way|this way|like that|like this)`,
);
const YOU_REACTED = anyOf(`${YOU} (were|was|are|r|felt|feel|got|became|have been|ended up) (so|a bit|at all|really)?`, '(ur|youre)');

export default defineRule({
  id: 'non-apology-regret-reaction',
  category: 'non-apology',
  message: 'This regrets how they reacted rather than what you did, so the problem lands back on them. Naming your own part lands better.',
  confidence: 0.85,
  patterns: [
    // i regret that you were upset
    {
      match: `[${PITY} (that)? ${YOU_REACTED} ${WRONGED}]`,
      reason: 'regret for their feelings, not the act',
      rewrite: "I'm sorry I upset you",
    },
    // it's unfortunate you took it that way
    {
      match: `[${PITY} (that)? ${YOU_TOOK_IT}]`,
      reason: 'regret for how they took it, not the act',
      rewrite: "I'm sorry for what I said",
    },
    // it's unfortunate that my comment upset you
    {
      match: `[${PITY} (that)? (my|the|our|what i|anything i|something i) .{0,3} (upset|hurt|offended|bothered|annoyed|insulted|embarrassed|caused) (you|u|offence|offense|upset|hurt|distress)]`,
      reason: 'regret that something of theirs upset them, without owning it',
      rewrite: "I'm sorry I upset you",
    },
  ],
  unless: [
    // it's a shame you felt upset by your boss like that
    { match: '(by|about|over|with|at) (your|his|her|their|the) (boss|manager|landlord|mum|mom|dad|sister|brother|teacher|news|result|results|exam|interview|job|work)', reason: 'sympathy about someone or something else', scope: 'sentence' },
    // i regret that i hurt you
    { match: '(i|we) (hurt|upset|offended|let down|embarrassed|humiliated) (you|u)', reason: 'the writer owns the act', scope: 'sentence' },
  ],
  examples: [
    'I regret that you were upset.',
    "It's unfortunate you took it that way.",
    'I regret that you felt that way about the meeting.',
    "It's a shame you feel like that.",
    "It's unfortunate that my comment upset you.",
    "It's regrettable that you were offended by the joke.",
    'shame u took it so personally tbh',
    'Its a pity you are so upset, I was only being honest.',
  ],
  counterexamples: [
    "It's unfortunate the train was cancelled.",
    "It's a shame you can't come on Saturday.",
    'I regret not going to the concert with you, it looked amazing.',
    "I regret that I hurt you, and I'm not going to make excuses.",
    "It's a shame you were so upset by your boss like that.",
  ],
});
