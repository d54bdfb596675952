/**
 * conditional-apology (step 4, non-apology)
 * An apology made conditional on the other person's reaction: "I'm sorry if you were hurt",
 * "sorry you feel that way". It apologises for their feelings, not for what the writer did.
 *
 * Deliberately not flagged: sympathy ("I'm sorry you're going through this"), a polite
 * preface ("sorry if this is a bad time"), and plain apologies ("I'm sorry I hurt you").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';

export default defineRule({
  id: 'conditional-apology',
  category: 'non-apology',
  message: 'This apologises for how they took it ("if you…", "that you feel…") rather than for what you did, which reads as not really sorry.',
  confidence: 0.9,
  patterns: [
    // i'm sorry if you were hurt
    {
      match: `[sorry if ${YOU} (were|was|got|felt|feel) (hurt|offended|upset|angry|bothered)]`,
      reason: 'conditional on their reaction',
      rewrite: "sorry I hurt you",
    },
    // sorry you feel that way
    {
      match: `sorry that? ${YOU} (feel|felt|see|took) (it|that|this)? (way|like that)`,
      reason: 'apologises for their feelings',
      rewrite: "sorry for what I did",
    },
  ],
  unless: [
    // sorry if this is a bad time
    { match: 'sorry if (this|it) is a bad time', reason: 'polite preface, not an apology for harm', scope: 'sentence' },
  ],
  examples: ["I'm sorry if you were offended.", 'im sorry u feel that way'],
  counterexamples: ["I'm sorry you're going through this.", "I'm sorry I hurt you.", 'Sorry if this is a bad time, but could we talk?'],
});
