/**
 * demand-expect-normal (step 3, demand)
 * The writer takes it as given that plans and habits carry on as if nothing happened: "I expect
 * you at Sam's party like nothing happened", "I assume we're still going to the wedding
 * together", "I expect we'll carry on as normal from tomorrow", "I trust we can continue as
 * before".
 *
 * Deliberately not flagged: guesses about the world ("I expect you're tired", "I assume the
 * parcel comes Friday"), plain questions about plans ("are we still going together?"), and
 * expectations at work that say nothing about the hurt ("I expect you to be honest with the
 * client").
 */
import { defineRule } from '../analyzer/types';
import { anyOf } from '../lexicon/apology';
import { YOU } from '../lexicon/pronouns';

// Single-word groups keep the pattern short: "i expect", "i'll expect", "i'm assuming", "i still assume".
const I_ASSUME = '(i|ill|im) (will|am|still|fully|do)? (expect|assume|presume|trust|assuming|expecting|presuming)';
/** As if nothing happened: the words that make an expectation a demand. */
const AS_IF_NOTHING = anyOf(
  '(nothing|nothing ever|it never|none of this|none of that) (happened|did happen)',
  'if (nothing|it never|none of this) happened',
  '(normal|usual|before|planned|always|we agreed|old times|it was before|we used to|a couple|a family)',
);
const WE_OR_YOU = '(you|u|we|us|things|everything|dinner|the wedding|the holiday|the trip|the party|plans|our plans)';
// Single-word groups, not a product of phrases: "we're still going", "you'll still be coming".
const WE_STILL = '(we|you|u|ur) (are|r|will|be)? still (going|coming|on|doing|having|getting|taking|booked|attending|driving|flying|hosting|invited|gonna)'

export default defineRule({
  id: 'demand-expect-normal',
  category: 'demand',
  message: 'This takes it as settled that things carry on as before. After a hurt, whether plans go ahead is something to ask about, not assume.',
  confidence: 0.75,
  patterns: [
    // i expect you to be at sam's party on saturday like nothing happened
    {
      match: `[${I_ASSUME} ${WE_OR_YOU} .{0,8} (like|as) ${AS_IF_NOTHING}]`,
      reason: 'normality expected of them as if nothing happened',
      confidence: 0.8,
    },
    // i expect you to act normal in front of my parents
    {
      match: `[${I_ASSUME} ${YOU} to (act|be|behave|look|seem) (normal|normally|civil|happy|fine|okay|ok|pleasant|friendly|loving|nice to me)]`,
      reason: 'a show of normality expected of them',
    },
    // let's just carry on like nothing happened
    {
      match: `[(lets|let us|we should|we can|we will|well|we need to|we have to|can we|cant we|why cant we) (just)? (carry on|go on|continue|pretend|move on|crack on) (like|as if|as though) (nothing|it never|none of this|none of that)]`,
      reason: 'the hurt skipped over as if it never happened',
      confidence: 0.8,
    },
    // let's just pretend it never happened
    {
      match: `[(lets|let us|we should|we can|can we|cant we|why cant we|we will|well) (just)? (pretend|act|forget) (like|as if|that)? (it|this|that|nothing|none of this) (never|did not|didnt)? (happened|happen)]`,
      reason: 'the hurt skipped over as if it never happened',
      confidence: 0.8,
    },
    // i want you to act like we're fine at the party
    {
      match: `[(i|we) (want|need|expect) ${YOU} to (act|pretend|behave|look) (like|as if|as though) (we are|were|everything is|everythings|nothing|things are|it never|we r)]`,
      reason: 'a show of normality expected of them',
    },
    // i assume the family holiday is still on
    {
      match: `[${I_ASSUME} (that)? (the|our) .{0,2} (holiday|wedding|trip|party|dinner|plans|weekend|booking|break|cruise|christening|reunion|vacation) (is|are) still (on|happening|going ahead|booked)]`,
      reason: 'shared plans assumed to stand',
    },
    // i trust this matter can now be considered closed
    {
      match: `[${I_ASSUME} (that)? (this|the|that) (matter|issue|incident|business|episode)? .{0,3} (considered|regarded) (closed|settled|resolved|done|over|finished)]`,
      reason: 'the matter declared closed for both of them',
      confidence: 0.85,
    },
    // i assume we're still going to the wedding together
    {
      match: `[${I_ASSUME} (that)? ${WE_STILL}]`,
      reason: 'shared plans assumed to stand',
    },
    // i take it you're still coming to mum's on sunday
    {
      match: `[i take it (that)? ${WE_STILL}]`,
      reason: 'shared plans assumed to stand',
    },
    // i trust we can consider the matter closed
    {
      match: `[${I_ASSUME} (that)? (we can|we will|well|we could|you will|youll) (consider|treat|regard) (this|it|that|the matter|the issue|the incident|things) (closed|settled|resolved|done|finished|over|behind us)]`,
      reason: 'the matter declared closed for both of them',
      confidence: 0.85,
    },
    // i expect we'll carry on as normal from tomorrow
    {
      match: `[${I_ASSUME} (that)? (we|we will|well|we can|things|everything|you) .{0,2} (carry on|continue|go on|proceed|keep going|resume|go ahead) (like|as) ${AS_IF_NOTHING}]`,
      reason: 'carrying on as before assumed',
      confidence: 0.85,
    },
  ],
  unless: [
    // i don't expect things to carry on as normal
    { match: '(not|never|dont|do not|cannot|cant|can not) (expect|assume|presume|expecting|assuming)', reason: 'the writer disclaims the expectation', scope: 'sentence' },
    // i assume we're still going to the wedding together, or would you rather not?
    { match: anyOf('would you rather', 'if (you would|youd|you) (rather|prefer|want)', 'if (that is|thats|its|it is) (okay|ok|alright|fine)', 'or not'), reason: 'the writer leaves it to them', scope: 'sentence' },
    // i assume we're still on for the call tomorrow?
    { match: '@hasQuestionMark', reason: 'a question checks the plan instead of assuming it', scope: 'sentence' },
  ],
  examples: [
    "I expect you to be at Sam's party on Saturday like nothing happened.",
    "i assume we're still going to the wedding together",
    "I'm assuming we're still on for Jen's wedding next month, I've already RSVP'd for both of us.",
    'Hi Dan, I trust we can consider the matter closed and continue as before.',
    "I'll expect you at the office party as usual.",
    "Sorry again. I expect we'll carry on as normal from tomorrow.",
    'I expect you to act normal in front of my parents.',
    "I take it you're still coming to Mum's on Sunday.",
    'I expect dinner on Sunday to go ahead as planned.',
    "Let's just carry on like nothing happened, it's easier for everyone.",
    "I want you to act like we're fine at the party.",
    "I assume the family holiday is still on, the deposit's paid.",
    'I trust this matter can now be considered closed.',
    "Let's just pretend it never happened and carry on.",
    "I fully expect us to go to Leah's wedding as a couple.",
  ],
  counterexamples: [
    "I expect you're tired after the flight.",
    "I assume we're still meeting at the station at 10?",
    'I expect the parcel will arrive on Friday.',
    "I expect you to be honest with the client, that's all.",
    "I don't expect things to carry on as normal.",
    "I assume we're still going to the wedding together, or would you rather not?",
    "I assume we're still on for the 3pm call tomorrow?",
    'I expect the office will be open as usual on Monday.',
  ],
});
