/**
 * non-apology-outcome (step 4, non-apology)
 * Sorry for how things ended up instead of for what the writer did: "I'm sorry things turned out
 * this way", "sorry it came to this", "I'm sorry it ended up like this between us", "I regret how
 * things went on Friday", "sorry it all went so wrong".
 *
 * Deliberately not flagged: sympathy about their life ("sorry things turned out this way for you
 * at work", "sorry it came to this with your landlord"), owning it in the same sentence ("sorry
 * it came to this, it's my fault"), and small mishaps ("sorry it took so long").
 */
import { defineRule } from '../analyzer/types';
import { ownedApology, SORRY } from '../lexicon/apology';

const THINGS = '(things|it|this|everything|it all|all this|this all|we|stuff|that|the evening|the night|the weekend|the party|the trip|dinner)';
/** How things ended, as if on their own: "turned out this way", "ended up like this", "ended the way it did". */
const TURNED_OUT = '(turned|turning|panned|played|worked|ended|ending) (up|out)? (this|that|like|so|badly|the|how|between)';

export default defineRule({
  id: 'non-apology-outcome',
  category: 'non-apology',
  message: 'This is sorry about how things turned out, which leaves out who did what. Saying what you did is what makes it an apology.',
  confidence: 0.75,
  patterns: [
    // i'm sorry things turned out this way
    {
      match: `[${SORRY} (that|how)? ${THINGS} (all|have|has|had)? ${TURNED_OUT}]`,
      reason: 'sorry for the outcome, with nobody doing it',
      rewrite: ownedApology,
    },
    // i'm sorry it had to come to this
    {
      match: `[${SORRY} (that)? ${THINGS} (has|have|had)? (to)? (come|came|coming|got|gotten|get) to (this|that) (point|stage|place)?]`,
      reason: 'sorry for the outcome, with nobody doing it',
      rewrite: ownedApology,
    },
    // sorry it all went so wrong
    {
      match: `[${SORRY} (that|how)? ${THINGS} (all)? (went|has|have|had)? (gone)? (so)? (wrong|badly|sour|south|sideways)]`,
      reason: 'sorry for the outcome, with nobody doing it',
      rewrite: ownedApology,
    },
    // im sorry everything blew up like that
    {
      match: `[${SORRY} (that|how)? ${THINGS} (all)? (has|have|had)? (escalated|spiralled|spiraled|blew|fell|gone) (up|apart|downhill)?]`,
      reason: 'sorry for the outcome, with nobody doing it',
      rewrite: ownedApology,
    },
    // i regret how things went on friday
    {
      match: `[(i|we) (regret|am sorry about|are sorry about|feel bad about) (how|the way) (things|it|everything|it all|this|that) (went|turned out|ended|ended up|played out|unfolded|happened|got)]`,
      reason: 'regret for the outcome, with nobody doing it',
      rewrite: 'I regret what I did',
    },
  ],
  unless: [
    // so sorry it came to this with your landlord
    { match: '(for|with|at|to) (you|u|your|ur|his|her|their|the)', reason: 'sympathy about their life, not the relationship', scope: 'sentence' },
    // sorry it came to this, that's on me
    { match: '(my fault|on me|i did|i caused|i made|i ruined|i hurt|i messed|i screwed|i let you|because of me|my part)', reason: 'the writer owns the act', scope: 'sentence' },
    // sorry for your loss, it's awful how things turned out
    { match: '(loss|condolences|passed|poor you|that sucks|rotten luck|bad luck|hugs|thinking of you)', reason: 'sympathy, not an apology', scope: 'sentence' },
  ],
  examples: [
    "I'm sorry things turned out this way.",
    'sorry it came to this',
    "I'm sorry things got to this point.",
    "I'm sorry it ended up like this between us.",
    'I regret how things went on Friday.',
    'Sorry it all went so wrong.',
    'im sorry everything blew up like that',
  ],
  counterexamples: [
    "I'm sorry things turned out this way for you at work, that's rotten luck.",
    'So sorry it came to this with your landlord, that is awful.',
    'Sorry it took me so long to reply!',
    "I'm sorry it came to this, and that's on me.",
  ],
});
