/**
 * non-apology-passive (step 4, non-apology)
 * An apology with nobody in it, or with the fault spread thin: "mistakes were made", "things
 * were said that shouldn't have been", "we both said things", "there were mistakes on both
 * sides", "sorry for whatever I did". The writer's own part disappears into the passive, the
 * "both" or the "whatever".
 *
 * Deliberately not flagged: owning a share plainly ("I made mistakes", "I said things I
 * shouldn't have"), neutral talk about two sides ("both sides of the road"), and everyday
 * "we both" ("we both made dinner").
 */
import { defineRule } from '../analyzer/types';
import { anyOf, SORRY } from '../lexicon/apology';

const THINGS = '(mistakes|errors|things|words|stuff|some things|hurtful things|horrible things|stupid things|bad choices|bad decisions|wrong choices)';
const HARSH_THINGS = anyOf('(some)? (horrible|hurtful|awful|nasty|terrible|stupid|mean|cruel|harsh) (things|stuff)');
const BOTH_OF_US = anyOf('we (are|were|r)? (both|all)', 'both of us (are|were)?', 'we each');

export default defineRule({
  id: 'non-apology-passive',
  category: 'non-apology',
  message: 'Nobody in particular did anything here. Naming your own part plainly is what lets them hear the apology.',
  confidence: 0.8,
  patterns: [
    // mistakes were made
    {
      match: `[${THINGS} (were|got|have been|had been) (made|said|done)]`,
      reason: 'the passive leaves out who did it',
      confidence: 0.85,
      rewrite: (m) => {
        const what = m.match(/^(\S+(?:\s+things)?)/i)?.[1]?.toLowerCase() ?? 'things';
        const verb = /\bmade$/i.test(m) ? 'made' : /\bsaid$/i.test(m) ? 'said' : 'did';
        return /^(mistakes|errors|bad choices|bad decisions|wrong choices)$/.test(what) ? `I ${verb} ${what}` : undefined;
      },
    },
    // there were mistakes on both sides
    {
      match: `[(mistakes|faults|blame|wrongs|errors|fault|hurt) on both (sides|parts|ends)]`,
      reason: 'spreads the fault across both people',
      rewrite: 'I made mistakes',
    },
    // we both said things
    {
      match: `[${BOTH_OF_US} (said|did|made|messed|screwed|got) ${HARSH_THINGS.slice(0, -1)}|things|stuff|some things|mistakes|our faults|our part|our parts|it wrong|up|things wrong|hurtful things)]`,
      reason: 'folds the writer\'s part into a shared one',
      confidence: 0.75,
    },
    // we both behaved badly
    {
      match: `[${BOTH_OF_US} (behaved|acted|handled it|handled things|reacted) (badly|terribly|awfully|like idiots|like children|like kids|wrong|poorly)]`,
      reason: 'folds the writer\'s part into a shared one',
      confidence: 0.75,
    },
    // i'm sorry that things got heated
    {
      match: `[(things|it|everything|stuff|the argument|the row|the fight|the conversation|the night) (got|became|went|were|was|just got) (heated|out of hand|ugly|messy|out of control|too far|crazy|nasty|a bit much)]`,
      reason: 'what happened happened by itself, with no one doing it',
      confidence: 0.7,
    },
    // we're both to blame
    {
      match: `[${BOTH_OF_US} (to blame|at fault|in the wrong|wrong|guilty|responsible)]`,
      reason: 'folds the writer\'s part into a shared one',
      confidence: 0.75,
    },
    // sorry for whatever i did
    {
      match: `[${SORRY} for (whatever|anything) (i|it|that|you) (did|said|was|is|think|thought|feel|might have|may have|supposedly)]`,
      reason: 'the apology never names what it is for',
      confidence: 0.8,
    },
  ],
  unless: [
    // mistakes were made, and i made them
    { match: '(i|i have) (made|said|did) (them|it|those|the mistakes|most of them)', reason: 'the writer owns it in the same sentence', scope: 'sentence' },
    // it was too far fetched for me
    { match: 'too far (fetched|from|away|off|to|for)', reason: 'distance or disbelief, not a row', scope: 'sentence' },
  ],
  examples: [
    'Mistakes were made.',
    "Things were said that shouldn't have been, and I regret how it went.",
    'We both said things.',
    'we both said some horrible things',
    'We both behaved badly that night.',
    "I'm sorry that things got heated.",
    'Things got out of hand, and I regret that.',
    "Let's be honest, there were mistakes on both sides.",
    "we're both to blame here tbh",
    'Sorry for whatever I did to make you so mad lol',
  ],
  counterexamples: [
    'Personally it was too far fetched for me.',
    'I made mistakes, and the worst one was lying to you.',
    'Mistakes were made, and I made them.',
    'There are cafés on both sides of the square.',
    'We both made dinner last night, it was chaos.',
    "I'm sorry for everything I said to you on Friday.",
  ],
});
