/**
 * demand-until-you-agree (step 3, demand)
 * The writer stays, keeps on, or won't stop until the other person gives the answer they want:
 * "I'm not leaving until you agree to talk", "I won't stop until you say yes", "I'll keep asking
 * till you forgive me", "not gonna hang up until you promise".
 *
 * Deliberately not flagged: waiting on things ("I'm not leaving until the plumber arrives"),
 * waiting for them to be ready ("I'll wait until you're ready"), and ordinary chores ("I won't
 * stop until the garden's done").
 */
import { defineRule } from '../analyzer/types';
import { anyOf } from '../lexicon/apology';
import { YOU } from '../lexicon/pronouns';

// Single-word groups keep the pattern short: "i'm not leaving", "i won't stop", "not gonna hang up", "i'll sit".
const I_WONT =
  '(i|im|not|never|wont|refuse) (am|will|not|wont|gonna|to|refuse|just){0,4} (going|gonna)? (to)? (leave|leaving|go|going|anywhere|stop|stopping|give|giving|hang|hanging|budge|budging|move|moving|back|backing|stay|staying|sit|sitting|wait|waiting|stand|standing|camp|camping|keep|keeping) .{0,4}'
/** What the writer is holding out for: their yes. */
const THEY_GIVE_IN = anyOf(
  '(agree|say yes|forgive|hear me out|talk to me|speak to me|see me|meet me|take me back|let me in|open the door|promise|listen to me|change your mind|come back to me|say you forgive|admit|accept my apology)',
  'give (me|us) (a|another|one more|a second) (chance|go|try)',
  'say (we are|its|it is|everything is|were) (ok|okay|fine|good|alright)',
  'pick up and (talk|forgive)',
);

export default defineRule({
  id: 'demand-until-you-agree',
  category: 'demand',
  message: 'Holding on until they say yes leaves them no real choice. Saying it once and then giving them room lets their answer be their own.',
  confidence: 0.8,
  patterns: [
    // i'm not leaving until you agree to talk to me
    {
      match: `[${I_WONT} (until|till|til|untill|unless) ${YOU} (will|do|finally|actually|just)? ${THEY_GIVE_IN}]`,
      reason: 'the writer holds out until the other person gives in',
    },
    // i'll keep asking until you forgive me
    {
      match: `[(i will|ill|i am going to|im going to|im gonna|i am gonna|i am|im) (keep|keeping|keep on) (asking|trying|texting|calling|begging|writing|messaging|coming|knocking|at it|on at you|going) .{0,3} (until|till|til|untill) ${YOU} ${THEY_GIVE_IN}]`,
      reason: 'pressure promised until the other person gives in',
    },
  ],
  unless: [
    // i'll wait until you're ready, no pressure
    { match: '(ready|no pressure|in your own time|take your time|whenever you)', reason: 'the writer leaves the timing to them', scope: 'sentence' },
  ],
  examples: [
    "I'm not leaving until you agree to talk to me.",
    'im not going anywhere until u say yes',
    "I won't stop until you say yes.",
    "I'll keep asking until you forgive me.",
    "I'm staying right here until you hear me out.",
    "I'm not hanging up until you promise you'll give me another chance.",
    "I'll sit outside your flat till you open the door.",
    'Not gonna stop texting till you agree to see me',
    "I refuse to give up until you take me back.",
    "i wont stop messaging til u say we're ok",
  ],
  counterexamples: [
    "I'm not leaving until the plumber arrives.",
    "I won't stop until the garden's done.",
    "I'll wait until you're ready, no pressure at all.",
    "I'm staying here until the kids are asleep.",
  ],
});
