/**
 * demand-back-to-normal (step 3, demand)
 * The writer announces or requires the old normal: "things are going back to how they were",
 * "we need to get back to normal", "I want things back to normal by the time your parents
 * visit", "I trust we can put this behind us", "we're getting back together", "we're acting
 * normal", "we need to fix this before your birthday".
 *
 * Deliberately not flagged: hoping ("I hope one day things can go back to how they were"),
 * saying it won't happen fast ("things won't go back to normal overnight"), and everyday going
 * back ("we need to go back to the shop", "back to how we ran standups").
 */
import { defineRule } from '../analyzer/types';
import { anyOf } from '../lexicon/apology';
import { AS_BEFORE, HOPING, OCCASION } from '../lexicon/demand';

const THINGS_WILL = anyOf(
  // "will"/"should" are left out: "things should be back to normal once the server is fixed" is a forecast.
  '(things|we|us) (need to|have to|must|are going to|are gonna|gotta|got to|are getting|are going|r going|r gonna|r getting)',
  '(everything|it|life) (needs to|has to|must|is going to|is gonna)',
);
const I_WANT = anyOf('(i|we) (want|need|expect|would like)');
const I_TRUST = anyOf(
  '(i trust|i expect|i assume|i am sure|im sure|i know|i am confident|im confident|surely) (we can|we will|well|we could)',
  '(we need to|we have to|we must|we should|we will|well|we are going to|we are gonna|time to|it is time to|its time to)',
  '(it is|it has|its|about) time (we|to)',
);
/** What the writer can honestly say instead of announcing the old normal. */
const HOPE_INSTEAD = 'I hope, in time, we can find our way back';
const BEHIND_US = anyOf(
  'put (this|it|that|all this|this all|the whole thing|it all|all of this|all of it) behind us',
  '(move|get) past (this|it|that)',
  'be (back to normal|friends again|okay again|ok again|good again)',
  'get back to normal',
);

export default defineRule({
  id: 'demand-back-to-normal',
  category: 'demand',
  message: 'This decides for them that things go back to how they were. Whether and when that happens is their call, not a date you set.',
  confidence: 0.85,
  patterns: [
    // things are going back to how they were, starting tonight
    {
      match: `[${THINGS_WILL} (go|get|be|come|going|getting)? back to ${AS_BEFORE}]`,
      reason: 'the old normal announced as settled',
      rewrite: HOPE_INSTEAD,
    },
    // things are back to normal as far as i'm concerned
    {
      match: `[(things|we|everything) (are|is) back to ${AS_BEFORE}] (as far as|between us|now|okay|ok|yeah|right|then|again|from now on|starting|from today|from tonight|agreed|deal|whether)`,
      reason: 'the old normal declared by the writer alone',
      rewrite: HOPE_INSTEAD,
    },
    // i want things back to normal by the time your parents visit
    {
      match: `[${I_WANT} (things|us|everything|it|life|this) (to go|to get|to be|going|to come)? back to ${AS_BEFORE}]`,
      reason: 'the old normal required of them',
      rewrite: HOPE_INSTEAD,
    },
    // i want us to be normal again by christmas
    {
      match: `[${I_WANT} (us|things|everything|we) to (be|get|go) (normal|normal again|back to normal|okay again|ok again|good again|fine again)]`,
      reason: 'the old normal required of them',
      confidence: 0.8,
    },
    // we need to sort this and get back to normal
    {
      match: `[(we|things|everything) .{1,5} and (get|go|be) back to ${AS_BEFORE}]`,
      reason: 'the old normal set as the next step',
      confidence: 0.8,
    },
    // i trust we can put this behind us before the lisbon trip
    {
      match: `[${I_TRUST} ${BEHIND_US}]`,
      reason: 'moving on announced for both of them',
      confidence: 0.8,
    },
    // let's just go back to how we were
    {
      match: `[(lets|let us|can we|cant we|why cant we|why can not we) (just|please)? (go|get) back to ${AS_BEFORE}]`,
      reason: 'the old normal proposed as the way to end it',
      confidence: 0.75,
    },
    // surely we can be friends again now
    {
      match: `[surely (we can|we will|we should|we could|things can|things will|things should) (be friends again|be okay|be ok|be fine|get past this|move past this|move on|put this behind us|go back to normal|get back to normal)]`,
      reason: 'reconciliation assumed by the writer',
      confidence: 0.7,
    },
    // i want my family back by christmas
    {
      match: `[${I_WANT} (my family|my wife|my husband|my partner|my old life|our life|our family|what we had|us|you) back (by|before|now|today|tonight|tomorrow|this)]`,
      reason: 'reconciliation given a deadline',
      confidence: 0.75,
    },
    // things are going to be normal between us again
    {
      match: `[${THINGS_WILL} (be|get) (normal|fine|okay|ok|good|great) (between us|again|with us)]`,
      reason: 'the old normal announced as settled',
      confidence: 0.8,
      rewrite: HOPE_INSTEAD,
    },
    // we're fixing this
    {
      match: `[(we are|we r) (fixing|sorting|working through|getting through|getting past|getting over|moving past) (this|it|us)] (end of|whether|no matter|and that is|and thats|full stop|period)`,
      reason: 'reconciliation announced as decided',
      confidence: 0.75,
    },
    // we're getting back together, we're meant to be
    {
      match: `[(we are|were) (getting|going to get|gonna get) back together]`,
      reason: 'reconciliation announced as decided',
      confidence: 0.85,
    },
    // we're meant to be
    {
      match: `[(we are|were) (meant|destined|supposed) to be together]`,
      reason: 'fate invoked to settle what is theirs to decide',
      confidence: 0.7,
    },
    // we're meant to be.
    {
      match: `[(we are|we r) (meant|destined) to be]$`,
      reason: 'fate invoked to settle what is theirs to decide',
      confidence: 0.7,
    },
    // you're coming with me and we're acting normal
    {
      match: `[(we are|were|we will|well|we will be|we have to|we need to|we must|we should|we are going to|we are gonna) (acting|act|being|be|behaving|behave) (normal|normally|like nothing happened|like normal|like it never happened)]`,
      reason: 'normality ordered for both of them',
      confidence: 0.8,
    },
    // can we please just be normal?
    {
      match: `[just (be|act) (normal|normally|like normal|like nothing happened|like it never happened)]`,
      reason: 'normality ordered for both of them',
      confidence: 0.75,
    },
    // we need to fix this before ur birthday
    {
      match: `[we (need to|have to|must|gotta|got to|should|really need to) (fix|sort|resolve|mend|patch|clear|settle|sort out|patch up|work out|make up|get past|move past|get over) (this|it|things|us)? (before|by) .{0,3} ${OCCASION}]`,
      reason: 'a deadline set for making up',
      confidence: 0.8,
      rewrite: "I'd like to fix this, whenever you're ready",
    },
    // i'm sure we'll be back to normal by the reunion
    {
      match: `[(well|we will|we will be|we are going to be|were going to be|we are gonna be|things will be|it will be|everything will be) (be)? (back to normal|fine|good|okay|ok|sorted|friends again|back together) by .{0,3} ${OCCASION}]`,
      reason: 'a deadline set for being reconciled',
      confidence: 0.8,
    },
  ],
  unless: [
    // i hope one day things can go back to how they were
    { match: HOPING, reason: 'a hope, not a demand', scope: 'sentence' },
    // things won't go back to normal overnight
    { match: '(not|never|wont|cant|cannot) .{0,2} (go|get|be|going|getting) back', reason: 'the writer says it won\'t be quick', scope: 'sentence' },
    // i'm not expecting things to be normal
    { match: '(not|never|dont|do not) (expecting|expect|asking|going to ask|assuming|assume)', reason: 'the writer disclaims the expectation', scope: 'sentence' },
  ],
  examples: [
    'things are going back to how they were, starting tonight. i mean it',
    'We need to go back to how things were.',
    "I want things back to normal by the time your parents visit.",
    "Things are back to normal as far as I'm concerned, see you at five-a-side Tuesday yeah",
    'We need to sort this and get back to normal, the kids are noticing.',
    'That said, I trust we can put this behind us before the Lisbon trip.',
    "We're getting back together, we're meant to be.",
    "You're coming to Mum's 60th with me and we're acting normal.",
    'Now can we please stop talking about it and just be normal?',
    'we need to fix this before ur birthday, i already booked the restaurant',
    "I'm sure we'll be back to normal by the reunion.",
    "Let's just go back to how we were.",
    'Surely we can be friends again now.',
    'I trust we can move past this before the conference.',
    'I want us to be normal again by Christmas.',
    "It's time we put this behind us.",
    'I want my family back by Christmas.',
    'Things are going to be normal between us again, I promise you that.',
    "We're fixing this, end of.",
  ],
  counterexamples: [
    "Things won't go back to normal overnight and I'm not expecting them to.",
    'I hope one day things can go back to how they were.',
    'We need to go back to the shop, I left my card in the machine.',
    'Hi team, we need to get back to how we ran standups before the holidays.',
    'We need to fix this before the release on Friday.',
    "We're supposed to be at the station by six.",
    'Things should be back to normal once the server is fixed.',
    'Everything will go back to normal after the holidays.',
  ],
});
