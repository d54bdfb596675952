/**
 * non-apology-your-feelings (step 4, non-apology)
 * Sorry for the other person's feelings instead of for the act: "I'm sorry you feel that way",
 * "sorry you feel like I let you down", "I'm sorry you're upset", "sorry you felt blindsided".
 * It names their reaction as the problem and leaves out what the writer did.
 *
 * Deliberately not flagged: sympathy for something the writer didn't cause ("I'm sorry you're
 * going through this", "sorry you're feeling rough", "sorry you're upset about your exam"),
 * and apologies that own the act ("I'm sorry I made you feel like you couldn't trust me").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { anyOf, ownedApology, SORRY, WRONGED } from '../lexicon/apology';

const YOU_FEEL = anyOf(`(that)? ${YOU} (feel|felt|think|thought|believe|seem to think|feel like|felt like)`);
const YOU_ARE = anyOf(`(that)? ${YOU} (feel|felt|are|were|got|r|have been|ended up)`, '(that)? (ur|youre|ure)');
const HOW_YOU_FEEL = /\b(that\s+)?(you|u|ya|yu)\s+(feel|felt|think|thought|believe|seem to think)\s+((like|that|as if|as though)\s+)?/i;

export default defineRule({
  id: 'non-apology-your-feelings',
  category: 'non-apology',
  message: 'This is sorry about how they feel, not about what you did, so it can sound like the problem is their reaction.',
  confidence: 0.85,
  patterns: [
    // sorry you feel that way
    {
      match: `[${SORRY} ${YOU_FEEL} (that way|this way|like that|like this)]`,
      reason: 'apologises for their feelings, naming nothing the writer did',
      confidence: 0.9,
      rewrite: (m) => `${m.match(/^[\p{L}']+/u)?.[0] ?? 'sorry'} for what I did`,
    },
    // i'm sorry that you feel i betrayed you
    {
      match: `[${SORRY} ${YOU_FEEL} (like|that|as if|as though)? (i|im|my|we) .*?]$`,
      reason: 'the writer\'s act appears only as their perception of it',
      confidence: 0.9,
      rewrite: (m) => m.replace(HOW_YOU_FEEL, ''),
    },
    // i'm sorry for how you feel
    {
      match: `[${SORRY} for (how|the way) ${YOU} (feel|felt|are feeling|were feeling|took it|take it|reacted|see it|saw it)]`,
      reason: 'apologises for their feelings, naming nothing the writer did',
      confidence: 0.85,
      rewrite: (m) => `${m.match(/^[\p{L}']+/u)?.[0] ?? 'sorry'} for what I did`,
    },
    // i'm sorry you're upset
    {
      match: `[${SORRY} ${YOU_ARE} (so|really|very|this|that)? ${WRONGED}]`,
      reason: 'sorry for the reaction the writer caused, not for causing it',
      confidence: 0.75,
      rewrite: ownedApology,
    },
  ],
  unless: [
    // so sorry you're upset about your exam results
    {
      match: `${SORRY} (that)? (you|u|ur|youre) .{0,3} (about|over|with|by) (your|his|her|their|the news|work|school)`,
      reason: 'sympathy for something the writer did not cause',
      scope: 'sentence',
    },
    // he said he's sorry you feel that way
    {
      match: `(he|she|they|#Person) (said|says|told me|texted|wrote|messaged|goes) .{0,4} ${SORRY}`,
      reason: 'someone else\'s apology, reported',
      scope: 'sentence',
    },
  ],
  examples: [
    "I'm sorry you feel that way.",
    'im sorry u feel that way',
    "I'm sorry that you feel I betrayed you.",
    'Sorry you feel like I let you down at the party.',
    "I'm sorry you're upset.",
    'sorry ur so mad',
    "I'm sorry for how you feel.",
    'I’m sorry you felt blindsided by my decision.',
    "I'm sorry you feel violated.",
  ],
  counterexamples: [
    "I'm sorry you're going through this.",
    "I'm sorry I made you feel like you couldn't trust me.",
    'so sorry you feel rough today, get some rest x',
    "Sorry you're upset about your results, you worked so hard.",
    'He said he was sorry you feel that way, then left.',
  ],
});
