/**
 * demand-love-test (step 3, demand)
 * Their love or loyalty made conditional on giving the writer what they want: "if you loved me
 * you'd forgive me", "if you actually cared about this friendship you'd come on Friday", "if
 * this marriage meant anything to you", "you'd let it go if you really loved me".
 *
 * Deliberately not flagged: "if you loved the film you'll love the sequel", love stated without a
 * condition ("I love you and I'm sorry"), and care offered ("if you care to talk, I'm here").
 */
import { defineRule } from '../analyzer/types';
import { anyOf } from '../lexicon/apology';
import { YOU } from '../lexicon/pronouns';

const REALLY = '(really|truly|actually|ever|genuinely|even|honestly|still|at all)';
const LOVED = anyOf('(loved|love|cared about|care about|cared for|care for|respected|respect|valued|value|trusted|trust|gave a damn about|give a damn about|gave a shit about|give a shit about)');
const US = '(me|us|this friendship|this relationship|this marriage|our friendship|our relationship|our marriage|this family|our family|what we have|what we had|our kids|the kids)';

export default defineRule({
  id: 'demand-love-test',
  category: 'demand',
  message: 'Making their love the price of what you want turns your apology into a test they have to pass. Their feelings and their choice can be separate.',
  confidence: 0.9,
  patterns: [
    // if you loved me even a little you'd let this go
    {
      match: `[if ${YOU} ${REALLY}? ${LOVED} ${US} .{0,4} (you|youd|ud|u) .{0,6}]`,
      reason: 'their love made conditional on a demand',
    },
    // if you cared at all you'd come
    {
      match: `[if ${YOU} ${REALLY}? (cared|care|loved|love) (at all|even a little|a little|one bit|even slightly|even a bit|a bit|in the slightest|at all about me) .{0,3} (you|youd|ud|u) .{0,6}]`,
      reason: 'their love made conditional on a demand',
    },
    // you'd forgive me if you really loved me
    {
      match: `[(would|youd|ud|will) .{1,8} if ${YOU} ${REALLY}? ${LOVED} ${US}]`,
      reason: 'their love made conditional on a demand',
      confidence: 0.85,
    },
    // if you were a real friend you'd let it go
    {
      match: `[if ${YOU} (were|was|are|r) (a real|a true|a good|really my|truly my|actually my|my) (friend|partner|girlfriend|boyfriend|wife|husband|sister|brother|mate|bestie|best friend) .{0,3} (you|youd|ud|u) .{0,6}]`,
      reason: 'their loyalty put on trial',
      confidence: 0.85,
    },
    // if this marriage meant anything to you
    {
      match: `[if ${anyOf('(this|our) (relationship|friendship|marriage|family)', 'i', 'we')} ${REALLY}? (meant|means|mean|mattered|matters|matter) (anything|something|a thing) to ${YOU}]`,
      reason: 'their loyalty put on trial',
      confidence: 0.85,
    },
  ],
  unless: [
    // if you loved me you'd know i'd never ask
    { match: `(would|will) not (ask|expect|demand|want)`, reason: 'the writer disowns the demand', scope: 'sentence' },
  ],
  examples: [
    'If you loved me even a little you’d let this go',
    "If you actually cared about this friendship you'd stop sulking and come to Sam's on Friday.",
    'if u really loved me u would forgive me',
    "You'd let it go if you really loved me.",
    'If this marriage meant anything to you, you would come home.',
    "if you cared at all you'd pick up the phone",
    "If you were a real friend you'd let it go.",
  ],
  counterexamples: [
    "If you loved the first film, you'll love the sequel.",
    "I love you and I'm sorry. That's all.",
    'If you care to talk at some point, I’m here.',
  ],
});
