/**
 * demand-reconcile-by (step 3, demand)
 * A date set for being reconciled: "I want us back together by Christmas", "by the weekend this
 * should all be behind us", "I want this behind us before the kids get back", "let's have this
 * wrapped up by Friday", "I fully expect things back on track by Monday".
 *
 * Deliberately not flagged: errands with dates ("I want us back home by 9", "I'd like the report
 * sorted by Friday"), weather and work ("by the weekend the rain should be behind us"), and
 * hopes ("I hope by Christmas we can talk").
 */
import { defineRule } from '../analyzer/types';
import { anyOf } from '../lexicon/apology';
import { HOPING, OCCASION } from '../lexicon/demand';

/** Reconciled, as a state the writer wants reached. */
const RECONCILED = anyOf(
  'back together',
  'behind us',
  'over with',
  'back on track',
  'back to normal',
  'sorted between us',
  '(fine|okay|ok|good|friends) again',
  'made up',
  '(a family|a couple|together|us|happy|close) again',
  '(sorted|fixed|done|done and dusted|resolved|settled|patched up) between us',
);
/** What is being reconciled: the relationship or "this", not a report. */
const US_OR_THIS = '(us|this|things|everything|this all|all this|it all|this whole thing|the whole thing|we)';
const WHEN = '(by|before|in time for|for)';

export default defineRule({
  id: 'demand-reconcile-by',
  category: 'demand',
  message: 'This puts a date on making up. How long it takes to heal is theirs to decide, not a deadline you set.',
  confidence: 0.8,
  patterns: [
    // i want us back together by christmas
    {
      match: `[(i|we) (really|just)? (want|need|expect|would like|d like|wanna|fully expect) ${US_OR_THIS} (to be|to get|to go)? ${RECONCILED} ${WHEN}]`,
      reason: 'reconciliation given a deadline',
      rewrite: "I'd like us to find our way back, whenever you're ready",
    },
    // by the weekend this should all be behind us
    {
      match: `[(by|before) .{1,4} ${US_OR_THIS} (should|must|needs to|has to|will|is going to|better|had better|have to|need to) (all)? (be|get) ${RECONCILED}]`,
      reason: 'reconciliation given a deadline',
    },
    // this needs to be behind us by the time the baby comes
    {
      match: `[${US_OR_THIS} (needs to|has to|must|should|will|is going to|have to|need to|better) (all)? (be|get) ${RECONCILED} ${WHEN}]`,
      reason: 'reconciliation given a deadline',
    },
    // i want us to be fine by the time the guests arrive
    {
      match: `[(i|we) (really|just)? (want|need|expect) us (to be|to get)? (fine|okay|ok|good|sorted|happy|normal) ${WHEN}]`,
      reason: 'reconciliation given a deadline',
    },
    // by christmas i want us to be a family again
    {
      match: `[(by|before) .{1,4} (i|we) (want|need|expect) ${US_OR_THIS} (to be|to get)? ${RECONCILED}]`,
      reason: 'reconciliation given a deadline',
    },
    // let's have this sorted between us by the weekend
    {
      match: `[(lets|let us|i want|i need|i would like|i d like|we need to|we have to) (have|get) (this|things|us|all this|this all) (wrapped up|sorted|sorted out|fixed|resolved|settled|patched up|put to bed|cleared up) between us ${WHEN}]`,
      reason: 'reconciliation given a deadline',
      confidence: 0.7,
    },
    // i'd like this sorted before your sister's wedding
    {
      match: `[(lets|let us|i want|i need|i would like|i d like) (have|get)? (this|things|us|all this|this all) (wrapped up|sorted|sorted out|fixed|resolved|settled|patched up|put to bed|cleared up) ${WHEN} .{0,3} ${OCCASION}]`,
      reason: 'reconciliation given a deadline tied to an occasion',
      confidence: 0.7,
    },
  ],
  unless: [
    // by monday things should be back to normal at the office
    { match: '(office|server|system|website|site|project|team|client|clients|build|release|deploy|shop|store|network|traffic|roads|trains)', reason: 'work or public life, not the relationship', scope: 'sentence' },
    // i hope by christmas we can be okay again
    { match: HOPING, reason: 'a hope, not a demand', scope: 'sentence' },
    // i don't expect us to be fine again by christmas
    { match: '(not|never|dont|do not) (expecting|expect|asking|going to ask|assuming|assume)', reason: 'the writer disclaims the expectation', scope: 'sentence' },
  ],
  examples: [
    'i want us back together by christmas',
    'By the weekend this should all be behind us.',
    'I want this behind us before the kids get back from camp.',
    "Let's have this sorted between us by the weekend, yeah?",
    "I'd like this sorted before your sister's wedding.",
    'I fully expect things to be back on track by Monday.',
    'I want us to be fine again by the time we fly out.',
    'I need this over with before the wedding.',
    'I want us to be fine by the time the guests arrive.',
    'By Christmas I want us to be a family again.',
    'This needs to be behind us by the time the baby comes.',
    'I want this done and dusted between us by Sunday.',
  ],
  counterexamples: [
    'I want us back home by 9 so the babysitter can leave.',
    'By the weekend the rain should be behind us.',
    "I'd like the report sorted by Friday please.",
    'I want the project back on track by Monday.',
    "Let's get this sorted by Friday, the client is waiting.",
    'By Monday things should be back to normal at the office.',
    'I hope by Christmas we can be okay again.',
    "I don't expect us to be fine again by Christmas.",
  ],
});
