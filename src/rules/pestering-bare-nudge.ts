/**
 * pestering-bare-nudge (step 6, pestering)
 * A message that is only a prod for attention: "??", "hello???", "helloooo?", "u there?",
 * "you alive?", "earth to Sam". It carries nothing but "answer me", so it reads as impatience.
 *
 * Deliberately not flagged: greetings that open a real message ("hello! how's the new job?"),
 * a single "?" (often plain confusion), tests of a chat ("hello?? is this thing on?"), and
 * checks on someone's safety ("did you get home safe?", "are you okay?").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';

// compromise keeps a run of question marks as its own word ("????"), and puts the marks after a
// word into its trailing punctuation ("hello???"), which @hasQuestionMark reads. A regex term
// can't sit inside a [capture], so the question-mark pattern has none (it is one word anyway).
const GREETING_WORD = '/^(h+e+l+o+|h+i+|he+y+|o+i+|yo+)$/';

export default defineRule({
  id: 'pestering-bare-nudge',
  category: 'pestering',
  message: 'A bare nudge only says “answer me”, which reads as impatience. If you need to add something, say it once and leave the reply to them.',
  confidence: 0.8,
  patterns: [
    // ??
    {
      match: '^/^[?][?!]+$/$',
      reason: 'a message that is only question marks',
      confidence: 0.85,
    },
    // hello?????
    {
      match: `^[(${GREETING_WORD} && @hasQuestionMark)]$`,
      reason: 'a greeting sent alone as a question: a prod for a reply',
      confidence: 0.75,
    },
    // hello??? anyone??
    {
      match: `^[(${GREETING_WORD} && @hasQuestionMark)] (anyone|anybody|are you there|you there|u there|r u there)`,
      reason: 'a greeting sent as a question, then a prod',
      confidence: 0.75,
    },
    // hellooo anyone home??
    {
      match: `^[${GREETING_WORD} (anyone|anybody) (home|there|alive|awake)?]`,
      reason: 'a greeting and a prod for a reply',
      confidence: 0.75,
    },
    // u there?
    {
      match: `^[(hello|hi|hey|so)? (are|r)? ${YOU} (even|still)? (there|still there|alive|awake|around|about|up|dead|ok there) (or|at)? (what|not|all)?]$`,
      reason: 'asking whether they are there, to make them answer',
      confidence: 0.7,
    },
    // you alive?
    {
      match: `[(are|r)? ${YOU} (alive && @hasQuestionMark)]`,
      reason: 'a joking prod that presses for a reply',
      confidence: 0.7,
    },
    // helloooooo
    {
      match: '^/^he+l+o{3,}$/$',
      reason: 'a stretched greeting sent alone: a prod for a reply',
      confidence: 0.6,
    },
    // tick tock.
    {
      match: '^[tick (tock|tick)]',
      reason: 'a clock ticking at them',
      confidence: 0.75,
    },
    // waiting...
    {
      match: '^[(still|just|i am|i am still)? waiting] (here)?$',
      reason: 'waiting announced at them',
      confidence: 0.6,
    },
    // earth to tash
    {
      match: '[earth to #Noun]',
      reason: 'a prod for attention',
      confidence: 0.7,
    },
    // anyone home?
    {
      match: '^[(anyone|anybody) (home|there|alive|awake)]$',
      reason: 'a prod for attention',
      confidence: 0.65,
    },
  ],
  unless: [
    // hello?? is this thing on? (testing the new group chat)
    { match: '(is this thing on|testing|test|new group|group chat|new number|new phone|wrong number|right number|is this|who is this|mic|can you hear me|is anyone|is there anyone|anyone at|can anyone|does anyone)', reason: 'checking that a chat or number works', scope: 'message' },
    // are you there yet? / are you there at the station?
    { match: `${YOU} there (yet|already|at|in|on|now|safe|ok|okay)`, reason: 'a logistics or safety check', scope: 'sentence' },
  ],
  // "??" and "????" fire too (see the dev set), but the rules test only accepts spans that start
  // with a letter or are one character long, so they can't be listed here.
  examples: ['hello?????', 'Hello???', 'u there?', 'r u there?', "Helloooo earth to Tash 👋 it's been four days since I apologised, you alive?", 'hey?', 'Are you still there?', 'Are you even there?', 'Helloooooo', 'Tick tock.', 'Waiting...', 'hellooo anyone home??'],
  counterexamples: [
    "hello! long time no speak, how's the new job going?",
    'Hello?? Is this thing on? 🎤 (testing the new group chat lol)',
    '?',
    'did u get home safe? x',
    'Are you okay? You seemed really quiet at dinner.',
    'Are you there yet? We just parked.',
    'Hello, is that Sarah?',
    'Hi? Is this the right number for the plumber?',
    'Hello?? Is anyone at the front desk?',
  ],
});
