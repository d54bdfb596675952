/**
 * demand-no-other-outcome (step 3, demand)
 * The writer rules out every outcome but the one they want, or goes ahead as if it were
 * settled: "I'm not accepting anything else", "I'm not giving up on us no matter what you say",
 * "I'm expecting to see you at Saturday's match like always", "I'm moving back in on the 1st",
 * "I'm not losing that money because you're upset", "non-negotiable".
 *
 * Deliberately not flagged: respect for their choice ("whatever you decide, I'll accept it"),
 * everyday plans ("I'm moving back in with my parents"), and work expectations that say
 * nothing of the relationship ("I expect the report by Friday").
 */
import { defineRule } from '../analyzer/types';
import { anyOf } from '../lexicon/apology';
import { YOU } from '../lexicon/pronouns';

const THEIR_FEELINGS = '(upset|angry|mad|sulking|annoyed|hurt|pissed|cross|sad|jealous|offended|being|in)';
const I_EXPECT = '(i|id|im) (am|still|fully|will|would)? (still)? (expect|expecting)';
// One group of whole phrases, not a product of groups: the engine writes it out into copies itself.
const EXPECTED =
  '(you|u|things|us|we|everything|it|that|this) to (count|forgive me|forgive|come back|come home|let me|move on|drop it|get over|be over|be back|be normal|be fine|go back|get back|show up|be there|give me|stop|make up|carry on|be okay|be ok)';
const EXPECTED_YOU = anyOf('to see (you|u)', '(you|u) (home|back|back home)');

export default defineRule({
  id: 'demand-no-other-outcome',
  category: 'demand',
  message: 'This leaves them no say in what happens next. After a hurt, accepting that they may choose differently is part of the apology.',
  confidence: 0.8,
  patterns: [
    // i'm not accepting anything else
    {
      match: `[(i am|im|i) (not|never|wont|will not|refuse to) (accepting|accept|taking|take) (anything else|anything less|no for an answer|no as an answer|no|your decision|that it is over|that we are over|it is over|we are over|a no)]`,
      reason: 'their refusal ruled out in advance',
      confidence: 0.8,
    },
    // i'm not giving up on us no matter what you say
    {
      match: `[(i am|im|i will|ill|i) (not|never|wont|will not|refuse to) (giving up|give up|letting go|let go|going anywhere|stopping|stop|backing off|back off|leaving|leave) .{0,4} no matter what ${YOU} (say|says|said|think|want|decide|do|feel)]`,
      reason: 'the writer overrides whatever they decide',
      confidence: 0.85,
    },
    // i'm not giving up on us
    {
      match: `[(i am|im|i will|ill|i) (not|never|wont|will not|refuse to) (giving up|give up|letting go|let go) (on us|of us|on this relationship|on this marriage|on our relationship|on our marriage|on what we have|of what we have)]`,
      reason: 'their possible decision to end it ruled out',
      confidence: 0.65,
    },
    // so i'm expecting to see you at saturday's match like always
    {
      match: `[${I_EXPECT} ${EXPECTED}]`,
      reason: 'their next step assumed for them',
      confidence: 0.7,
    },
    // i expect to see you at christmas
    {
      match: `[${I_EXPECT} ${EXPECTED_YOU}]`,
      reason: 'their next step assumed for them',
      confidence: 0.7,
      rewrite: (m) => (/to see (you|u)$/i.test(m) ? "I'd love to see you" : undefined),
    },
    // i'm moving back in on the 1st
    {
      match: `[(i am|im|i will be|ill be|i will|ill) (moving back in|moving back home|coming home|coming back home|moving back)] (on|this|next|tomorrow|tonight|at|by|whether|either|anyway|regardless)`,
      reason: 'the writer goes ahead without their say',
      confidence: 0.7,
    },
    // i'm not losing that money because you're upset
    {
      match: `[(i am|im|i will|ill|i) (not|never) (losing|cancelling|canceling|changing|giving up|missing|skipping|wasting|lose|cancel|change|miss|skip|waste|going to lose|going to cancel|gonna lose|gonna cancel|going to miss|gonna miss|staying home|sitting at home|rearranging) .{0,6} (because|cause|bc|cuz|coz|cos) (you|u|ur|youre) (are|r)? (just)? ${THEIR_FEELINGS}]`,
      reason: 'their hurt waved away as no reason to change plans',
      confidence: 0.8,
    },
    // i refuse to lose you over this
    {
      match: `[(i|i will|ill|i am|im) (refuse to|will not|wont|am not going to|not going to|not gonna) (lose|losing) (you|u|us|this) (over|because|to|like)]`,
      reason: 'their possible decision to end it ruled out',
      confidence: 0.75,
    },
    // we're working through this whether you like it or not
    {
      match: `[whether ${YOU} like it or not]`,
      reason: 'their wishes declared irrelevant',
      confidence: 0.75,
    },
    // i'm not letting you walk away
    {
      match: `[(i am|im|i will|ill|i) (not|never|wont|will not|refuse to) (letting|let) (you|u) (leave|walk away|walk out|end this|end it|end us|throw this away|throw us away|give up on us)]`,
      reason: 'their choice to leave ruled out',
      confidence: 0.7,
    },
    // non-negotiable.
    {
      match: `^[(this is|its|it is|that is|thats)? (non|not) negotiable]$`,
      reason: 'closes the discussion on the writer\'s terms',
      confidence: 0.6,
    },
    // end of discussion.
    {
      match: `^[(and|so)? (end of discussion|end of story|not up for debate|not up for discussion)]$`,
      reason: 'closes the discussion on the writer\'s terms',
      confidence: 0.6,
    },
  ],
  unless: [
    // i'm moving back in with my parents
    { match: 'moving back (in|home)? with', reason: 'an everyday move', scope: 'sentence' },
    // i'm swinging by yours whether you like it or not (showing up: crowding, step 5)
    { match: '(swing by|swinging by|come over|coming over|come round|coming round|turn up|turning up|show up|showing up|pop round|popping round|drop by|dropping by|call round|calling round)', reason: 'turning up is crowding, not a demand about the outcome', scope: 'sentence' },
    // whatever you decide, i'll accept it
    { match: `whatever ${YOU} (decide|choose|want)`, reason: 'the writer leaves the outcome to them', scope: 'sentence' },
    // i don't expect you to forgive me
    { match: '(do not|dont|never|not) (expect|expecting)', reason: 'the writer disclaims the expectation', scope: 'sentence' },
  ],
  examples: [
    "We're going to get past this. I'm not accepting anything else.",
    "I'm not giving up on us no matter what you say, so you might as well just forgive me now 😅",
    "So I'm expecting to see you at Saturday's match like always.",
    "I'm moving back in on the 1st, the lease is in both our names anyway.",
    "I've paid for it and I'm not losing that money because you're upset.",
    "You're coming to Mum's 60th with me and we're acting normal. Non-negotiable.",
    "I'm expecting you to be there on Sunday.",
    "im not taking no for an answer",
    'End of discussion.',
    'I refuse to lose you over this.',
    'I expect you home by Sunday.',
    "We're working through this whether you like it or not.",
    "I'm not letting you walk away from us.",
  ],
  counterexamples: [
    "I'll never let you go, baby.",
    "I'm swinging by after work whether you like it or not.",
    "Whatever you decide, I'll accept it.",
    "I'm moving back in with my parents for a few months to save money.",
    "I don't expect you to forgive me.",
    'I expect the report by Friday, thanks.',
  ],
});
