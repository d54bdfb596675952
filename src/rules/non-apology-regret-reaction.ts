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
import { WRONGED } from '../lexicon/apology';

// The pity word alone anchors each pattern ("i REGRET that", "it's a SHAME you", "too BAD you"): short, and
// the span starts there, so no rewrite (the words before it stay in the sentence).
const PITY = '(regret|unfortunate|regrettable|shame|pity|bad)';
const YOU_REACTED = '(you|u|ur|youre) (were|was|are|r|felt|feel|got|became|have|ended)? (been|up)? (so|a|bit|at|all|really|very)?';

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
    },
    // it's unfortunate you took it that way
    {
      match: `[${PITY} (that)? ${YOU} (took|take|saw|see|read|interpreted|interpret|heard|received|chose|decided) (to)? (take|see)? (it|that|this|things|my|what)? (so|the|as|like|that|this|a|an|too)? (way|personally|wrong|wrongly|badly|attack|criticism|hard|that|this) (way)?]`,
      reason: 'regret for how they took it, not the act',
    },
    // it's a shame you feel like that
    {
      match: `[${PITY} (that)? ${YOU} (feel|felt|think|thought|see|saw) (it)? (that|this|like) (way|that|this)]`,
      reason: 'regret for how they took it, not the act',
    },
    // i regret that you found my comments upsetting
    {
      match: `[${PITY} (that)? ${YOU} (found|find|felt|feel) (my|what|the|it|that|this|those|these) .{0,3} (upsetting|hurtful|offensive|insulting|rude|disrespectful|distressing|inappropriate|hurtful|harsh|unkind)]`,
      reason: 'regret for how they found it, not the act',
    },
    // it's unfortunate that my comment upset you
    {
      match: `[${PITY} (that)? (my|the|our|what i|anything i|something i) .{0,3} (upset|hurt|offended|bothered|annoyed|insulted|embarrassed|caused) (you|u|offence|offense|upset|hurt|distress)]`,
      reason: 'regret that something of theirs upset them, without owning it',
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
    "It's too bad you took it like that.",
    'I regret that you found my comments upsetting.',
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
