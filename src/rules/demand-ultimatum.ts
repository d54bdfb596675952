/**
 * demand-ultimatum (step 3, demand)
 * A deadline or a threat attached to reconciling: "either you come to the wedding or we're
 * finished", "if you don't answer by tonight, we're done", "I need your answer by Friday or I'm
 * booking it without you", "if we're not good by the end of the week…", "I'm giving you till
 * Sunday", "after that I'm done waiting".
 *
 * Deliberately not flagged: everyday hurry ("hurry up or we're leaving without you"), leaving
 * the decision open ("if you don't want to talk, that's okay"), and work deadlines without a
 * threat to the relationship.
 */
import { defineRule } from '../analyzer/types';
import { anyOf } from '../lexicon/apology';
import { YOU } from '../lexicon/pronouns';

const WE_ARE_OVER = anyOf('(we are|were|it is|its|this is|i am|im|we will be|it will be) (done|finished|through|over)', 'we are (breaking up|splitting up)');
const YOU_WONT = anyOf(`${YOU} (do not|dont|will not|wont|cannot|cant|can not|are not|r not|refuse to)`, '(ur|youre) not');
// Subject and tense as optional single words keep the pattern short: "i will", "im gonna", "i am going to".
const I_LEAVE =
  '(i|ill) (will|am|going|gonna)? (going|gonna|to)? (to)? (leave|leaving|move out|moving out|tell everyone|telling everyone|file for divorce|filing for divorce|call a lawyer|calling a lawyer|change the locks|changing the locks|block you|blocking you|walk away|walking away|end it|ending it|end this|ending this|break up with you|breaking up with you|be gone|done)';

export default defineRule({
  id: 'demand-ultimatum',
  category: 'demand',
  message: 'An ultimatum sets the terms for them. After you have hurt someone, the timing and the outcome are theirs to choose.',
  confidence: 0.85,
  patterns: [
    // either you come to the wedding with me, or we're finished
    {
      match: `[either ${YOU} .{1,12} or .{0,2} (done|finished|through|over|leaving|gone|moving|walking|breaking|splitting|divorcing)]`,
      reason: 'an either/or that ends the relationship',
      confidence: 0.9,
    },
    // answer me by tonight or we're done
    {
      match: `[or ${WE_ARE_OVER}]`,
      reason: 'a threat to end things attached to a demand',
      confidence: 0.8,
    },
    // or i'm leaving
    {
      match: `[or ${I_LEAVE}]`,
      reason: 'a threat attached to a demand',
      confidence: 0.8,
    },
    // i need your answer by friday or i'm booking lisbon without you
    {
      match: `[or (i am|im|i will|ill|i) (booking|going|leaving|moving|taking|doing|finding|getting|telling|bringing|inviting) .{0,4} without (you|u)]`,
      reason: 'a plan that goes ahead without them unless they comply',
      confidence: 0.75,
    },
    // do it or else
    {
      match: `[or else]$`,
      reason: 'an open threat',
      confidence: 0.7,
    },
    // if you don't answer by tonight, we're done
    {
      match: `[if ${YOU_WONT} .{1,10} (we|it|this|i|were|its|im) (are|is|am|will)? (be)? (done|finished|through|over)]`,
      reason: 'the relationship made conditional on compliance',
      confidence: 0.85,
    },
    // if you leave, we're done for good
    {
      match: `[if ${YOU} (leave|walk|end|block|ignore|refuse|dump|break) .{0,4} (we|it|this|were|its) (are|is|will)? (be)? (done|finished|through|over)]`,
      reason: 'the relationship made conditional on compliance',
      confidence: 0.8,
    },
    // if ur not gonna forgive me then dont bother coming to my bday
    {
      match: `[if ${YOU_WONT} (going to|gonna)? (forgive|forgive me) .{0,4} (bother|done|over|finished|through|forget|never)]`,
      reason: 'withholding forgiveness is met with a penalty',
      confidence: 0.85,
    },
    // if you leave, i'll tell everyone what you did
    {
      match: `[if ${YOU} (leave|end|walk|break|block|move|dump|ignore) .{0,4} (i|ill|im) (will|am|going)? (to)? (tell|show|post|send|ruin|take|keep|make|never|kill|hurt|lose|expose|come|turn|find)]`,
      reason: 'a threat attached to their leaving',
      confidence: 0.85,
    },
    // if you don't come home tonight, don't bother coming back
    {
      match: `[if ${YOU_WONT} .{1,10} bother (coming|calling|texting|to come|to call|replying|to reply|showing|turning|with)]`,
      reason: 'their refusal met with a penalty',
      confidence: 0.85,
    },
    // if we're not good by the end of the week
    {
      match: `[if (we are|were|things are|it is|its|this is|we r) not (good|okay|ok|fine|sorted|better|back to normal|back together|over this|past this|sorted out) by]`,
      reason: 'a deadline for being reconciled',
      confidence: 0.85,
    },
    // i'm giving you till sunday to decide
    {
      match: `[(i am|im|i will|ill|i) (giving|give) ${YOU} (until|till|til|untill) .{1,3}]`,
      reason: 'a deadline set for their decision',
      confidence: 0.7,
    },
    // i'll give you one week to sort your head out
    {
      match: `[(i am|im|i will|ill|i) (giving|give) ${YOU} (one|a|two|three|four|five|six|seven|another|#Value) (more)? (week|weeks|day|days|month|months|night|nights)]`,
      reason: 'a deadline set for their decision',
      confidence: 0.7,
    },
    // you've got until friday, then i'm moving on
    {
      match: `[(until|till|til|untill|by) .{1,4} (then|or|after) (that)? (i am|im|we are|were|it is|its|i will be|ill be) (done|moving on|gone|finished|over|out of here|through)]`,
      reason: 'a deadline with a threat to end things',
      confidence: 0.8,
    },
    // you're either with me or you're not
    {
      match: `[${anyOf('(you are|youre|ur|you r) either')} .{1,6} or]`,
      reason: 'an either/or put to them',
      confidence: 0.75,
    },
    // after that i'm done waiting
    {
      match: `[after (that|this|then) (i am|im|i will be|ill be|we are|were|it is|its) (done|finished|through|gone|moving on|over|out)]`,
      reason: 'the deadline\'s consequence',
      confidence: 0.8,
    },
    // i'm done waiting for you
    {
      match: `[(i am|im) (done|tired of|sick of|finished) waiting (for|on)? (you|u|an answer|your answer|a reply)]$`,
      reason: 'impatience turned into a threat',
      confidence: 0.7,
    },
    // i'm done waiting.
    {
      match: `[(i am|im) (done|tired of|sick of|finished) waiting]$`,
      reason: 'impatience turned into a threat',
      confidence: 0.7,
    },
  ],
  unless: [
    // hurry up or we're leaving without you
    { match: '(hurry|hurry up|quick|quickly|get a move on|come on|get up|wake up|be ready)', reason: 'everyday hurry', scope: 'sentence' },
    // if you don't want to talk, that's okay
    { match: '(that is|thats|its|it is|that would be) (ok|okay|fine|alright|all right)', reason: 'the writer accepts either outcome', scope: 'sentence' },
    // i won't give you an ultimatum
    { match: '(not|never|wont|will not) (giving|give) (you)? (an ultimatum|a deadline)', reason: 'refuses an ultimatum', scope: 'sentence' },
  ],
  examples: [
    "Either you come to the wedding with me like we planned, or we're finished. Your choice.",
    "If you don't answer by tonight, we're done.",
    "I need your answer about the wedding by Friday or I'm booking Lisbon without you.",
    'if ur not gonna forgive me then dont bother coming to my bday',
    'if we’re not good by the end of the week im telling everyone we broke up',
    "I'm giving you till Sunday to decide whether you're in or out. After that I'm done waiting.",
    'Talk to me by tomorrow or I’m moving out.',
    "pick up the phone or else",
    "If you leave me, I'll tell everyone what you did.",
    "I'll give you one week to sort your head out.",
    "You've got until Friday, then I'm moving on.",
    "You're either with me or you're not, decide.",
    "If you block me I'll come to your work.",
    "If you leave, we're done for good.",
    "If you don't come home tonight, don't bother coming back.",
  ],
  counterexamples: [
    "Hurry up or we're leaving without you!",
    "If you don't want to talk yet, that's okay.",
    "If you can't forgive me, I understand.",
    'Either you or Sam can pick up the keys, whichever is easier.',
  ],
});
