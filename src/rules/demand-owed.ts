/**
 * demand-owed (step 3, demand)
 * Forgiveness or a chance claimed as a debt: "you owe me that much", "you owe it to us to try",
 * "I deserve a second chance", "I've earned your trust back", "the least you can do is let this
 * go", "after everything I've sacrificed for you", "I expect that to count for something", "now
 * it's your turn to meet me halfway", "hold up your end".
 *
 * Deliberately not flagged: everyday debts ("you owe me a pint", "I'm owed a refund"), gratitude
 * ("after everything you've done for me"), humility ("I don't deserve a second chance", "I haven't
 * earned it"), and turns in ordinary life ("it's your turn to do the dishes").
 */
import { defineRule } from '../analyzer/types';
import { anyOf } from '../lexicon/apology';
import { A_CHANCE } from '../lexicon/demand';
import { YOU } from '../lexicon/pronouns';

const WHAT_YOU_OWE = anyOf(
  '(this|that|it|that much|this much|at least that|at least this|at least that much|an explanation|forgiveness|a conversation|the benefit of the doubt|a hearing)',
  A_CHANCE,
);
// Leading words as a repeatable single-word group keep the pattern short ("at least a second chance").
const A_FAIR_HEARING =
  '(a|another|one|more|second|2nd|last|the|some|bit|of|little|at|least|fresh|clean|benefit){0,4} (chance|shot|grace|forgiveness|credit|doubt|break|trust|respect|say|slack|pass|hearing|start|slate|go|mercy|understanding|patience)';
const WHAT_I_DESERVE = anyOf(
  'your (forgiveness|trust|respect|time|attention|understanding|patience)',
  '(better than this|more than this|to be forgiven|to be heard|to come home|to be with you|that much|an answer|an explanation)',
);
const I_GAVE = anyOf('(i have|ive|i) (done|sacrificed|given up|given|put up with|been through|did|gave|gave up|suffered|paid|invested)');

export default defineRule({
  id: 'demand-owed',
  category: 'demand',
  message: 'This treats forgiveness as something they owe you. After being hurt, they don\'t owe you a thing, and saying so makes trust harder to give.',
  confidence: 0.85,
  patterns: [
    // you owe me that much
    {
      match: `[${YOU} owe (me|us) ${WHAT_YOU_OWE}]`,
      reason: 'forgiveness or a chance called a debt',
      confidence: 0.9,
    },
    // you owe it to us to try
    {
      match: `[${YOU} owe it to (me|us|the kids|our kids|the children|our children|our family|this family|this relationship|our relationship|our marriage|this marriage|what we have|what we had) to .{0,4}]`,
      reason: 'the relationship made into a debt they must pay',
      confidence: 0.9,
    },
    // i think i deserve a bit of grace here
    {
      match: `[(i|we) (really|surely|least|definitely|still)? deserve ${A_FAIR_HEARING}]`,
      reason: 'the writer claims a right to their forgiveness',
      confidence: 0.8,
      rewrite: (m) => (/chance/i.test(m) ? "I hope I can earn a chance, in time" : undefined),
    },
    // i deserve better than this
    {
      match: `[(i|we) (really|surely|least|definitely|still)? deserve ${WHAT_I_DESERVE}]`,
      reason: 'the writer claims a right to their forgiveness',
      confidence: 0.8,
      rewrite: (m) => (/chance/i.test(m) ? "I hope I can earn a chance, in time" : undefined),
    },
    // i've earned your trust back by now
    {
      match: `[(i have|ive|i) (surely|definitely|already)? earned (your trust|your forgiveness|a second chance|another chance|the right|my place|some credit|your respect|some trust|a chance|a bit of trust|some slack|the benefit of the doubt) (back)?]`,
      reason: 'trust claimed as earned, not given',
      confidence: 0.85,
      rewrite: 'I hope I can keep earning your trust',
    },
    // i feel i'm owed at least that courtesy
    {
      match: `[(feel|think|believe|reckon|know) (i am|im|we are) owed]`,
      reason: 'the writer claims to be owed',
      confidence: 0.85,
    },
    // i'm owed at least that
    {
      match: `[(i am|im) owed (at least|that|this|that much|this much|an apology|a chance|an answer|an explanation|some respect|some courtesy)]`,
      reason: 'the writer claims to be owed',
      confidence: 0.8,
    },
    // the least you can do is let this one go
    {
      match: `[the least ${YOU} (can|could) do is .{0,5}]`,
      reason: 'a guilt-trip that turns a favour into a debt',
      confidence: 0.85,
    },
    // not after everything i've sacrificed for you
    {
      match: `[after (all|everything) (that)? ${I_GAVE} (for you|for u|for us|for this family|for this relationship|for this marriage)?]`,
      reason: 'past sacrifices used as leverage',
      confidence: 0.75,
    },
    // after all the times i covered for you
    {
      match: `[after all the (times|years|things|nights|favours|favors) (i have|ive|i) (covered|done|helped|stood|put up|given|sacrificed|did|supported|looked|bailed|picked|driven|paid|forgiven)]`,
      reason: 'past favours used as leverage',
      confidence: 0.7,
    },
    // i expect that to count for something
    {
      match: `[(that|this|it|which|all that|all of that|all this) (ought to|has to|must|to|needs to|has got to) count for (something|anything)]`,
      reason: 'past good behaviour presented as credit to be paid out',
      confidence: 0.85,
    },
    // now it's your turn to meet me halfway
    {
      match: `[(it is|its) (your|ur) turn to (meet me halfway|meet me|make the effort|make the first move|reach out|put in the work|do the work|make an effort|make it right|make this right|make things right|make it up|forgive|forgive me|trust me|put in the effort|put in some effort|step up|do your part|compromise|let it go|let this go|move on|try|give)]`,
      reason: 'reconciliation framed as their turn in an exchange',
      confidence: 0.85,
    },
    // you need to meet me halfway
    {
      match: `[${YOU} (need to|have to|must|should|gotta|got to) meet me (halfway|half way|in the middle)]`,
      reason: 'reconciliation framed as their part of a deal',
      confidence: 0.8,
    },
    // don't forget everything i did for you
    {
      match: `[(do not|dont|never) forget (everything|all|what) (that)? (i|i have|ive) (did|done|do|gave|sacrificed|have done)]`,
      reason: 'past sacrifices used as leverage',
      confidence: 0.75,
    },
    // it's the least you can do
    {
      match: `[(it is|its|thats|that is|is) the least ${YOU} (can|could) do]`,
      reason: 'a guilt-trip that turns a favour into a debt',
      confidence: 0.8,
    },
    // i kept my promise, now keep yours
    {
      match: `[(now|so|you) (keep|hold up) (yours|your end|your side)]`,
      reason: 'a promise turned into a debt to collect',
      confidence: 0.75,
    },
    // you owe our kids a proper family
    {
      match: `[${YOU} owe (our kids|the kids|our children|the children|our family|this family|our son|our daughter|the boys|the girls) (a|an|the|this|that|it|everything|something|better|at least)]`,
      reason: 'the children made into a debt they must pay',
      confidence: 0.85,
    },
    // you should be grateful i'm still here
    {
      match: `[${YOU} (should|ought to|must) be (grateful|thankful|glad|lucky|happy) (i am|im|that i|i have|ive)]`,
      reason: 'gratitude demanded from the person who was hurt',
      confidence: 0.8,
    },
    // i've done my time
    {
      match: `[(i have|ive|i) (done|served|paid) my (time|penance|dues)]`,
      reason: 'the hurt treated as a sentence the writer has served',
      confidence: 0.8,
    },
    // so hold up your end
    {
      match: `[(hold|keep) up (your|ur) end (of the deal|of the bargain)?]$`,
      reason: 'a promise turned into a debt to collect',
      confidence: 0.85,
    },
  ],
  unless: [
    // i know i don't deserve a second chance
    { match: '(do not|dont|never|not) (deserve|earned|earn)', reason: 'the writer disclaims any right to it', scope: 'sentence' },
    // you don't owe me anything
    { match: `${YOU} (do not|dont|never) owe`, reason: 'the writer releases them', scope: 'sentence' },
  ],
  examples: [
    'You owe me that much after all these years.',
    'you cant just throw away 6 years like that. you owe it to us to try',
    'After I drove four hours to help you move, I think I deserve a bit of grace here.',
    'I deserve a second chance, everyone does.',
    "Three months of being the perfect boyfriend. I've earned your trust back by now, surely.",
    "After ten years of friendship, I feel I'm owed at least that courtesy.",
    'Honestly the least you can do is let this one go.',
    "Not after everything I've sacrificed for you.",
    "I've been a good husband for 15 years and I expect that to count for something now.",
    "I've apologised and I've changed. Now it's your turn to meet me halfway.",
    'You promised you’d never leave. So hold up your end.',
    'u owe me another chance',
    "I've done my time, okay?",
    "Don't forget everything I did for you when your dad was sick.",
    "It's the least you can do after everything.",
    'I kept my promise, now keep yours.',
    'You owe our kids a proper family.',
    "You should be grateful I'm still here.",
  ],
  counterexamples: [
    'You owe me a pint after that quiz answer lol 🍺',
    "After everything you've done for me this year, I honestly don't know how to thank you.",
    "I know I don't deserve a second chance.",
    "It's your turn to do the dishes, I did them yesterday.",
    "I'm owed a refund from the airline.",
    'You don’t owe me anything, least of all forgiveness.',
  ],
});
