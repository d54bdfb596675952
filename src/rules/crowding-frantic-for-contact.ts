/**
 * crowding-frantic-for-contact (step 5, crowding)
 * The writer's distress tied to hearing from them: "I'll go crazy if you don't answer", "I can't
 * breathe until you talk to me", "I'm losing my mind not hearing from you", "I'm dying here,
 * please answer", "my world is falling apart without you". It makes their silence the cause of
 * the writer's pain, so giving space starts to feel cruel.
 *
 * Deliberately not flagged: distress about other things ("I'll go mad if the train is late",
 * "I'm dying here, this meeting is so long", "I can't sleep until the neighbours stop"), and
 * worry for their safety ("I can't relax until I know you got home safe").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';

const LOSING_IT = '(going out of my mind|suffocating|shaking|not coping|so anxious|sick|going crazy|going mad|going insane|going nuts|losing my mind|losing it|falling apart|falling to pieces|freaking out|panicking|dying|breaking|spiralling|spiraling|a wreck|a mess|in pieces)';
const GO_MAD = '(go crazy|go mad|go insane|go nuts|lose my mind|lose it|fall apart|break|die|explode|freak out|not survive|not cope)';
const CANT_SETTLE = '(breathe|sleep|eat|think|focus|function|rest|relax|calm down|stop crying|stop shaking|settle|concentrate|work|cope)';
// Single words only: a pattern's multi-word groups are written out into at most 64 copies (see expand.ts).
const CONTACT_ENDS = '(answer|reply|respond|talk|speak|call|text|pick|say|forgive|write|message|ring|unblock|msg)';

export default defineRule({
  id: 'crowding-frantic-for-contact',
  category: 'crowding',
  message: 'Tying your distress to their reply makes their silence feel like a cruelty they must end. Your feelings are real; let someone else help you hold them while they take their time.',
  confidence: 0.8,
  patterns: [
    // i'll go crazy if you don't answer
    {
      match: `[i (will|would|might|am) (going to)? ${GO_MAD} (if|unless|until|till|til) ${YOU} (do|dont|will|wont|can|cannot|keep|never|are|would) not?]`,
      reason: 'their silence cast as the cause of the writer’s breakdown',
    },
    // i'll go mad if i don't hear from you
    {
      match: `[i (will|would|might|am) (going to)? ${GO_MAD} (if|unless|until|till|til) i (do|dont|can|cannot|get|hear|talk|speak|see) not?] (to)? (hear|from|talk|speak|see|you|u)`,
      reason: 'their silence cast as the cause of the writer’s breakdown',
    },
    // i need to hear your voice tonight or i'll go crazy
    {
      match: `(you|u|your|ur|voice|face|me|back) .{0,2} [or (else)? i (will|am going to|might) ${GO_MAD}]`,
      reason: 'contact demanded with the writer’s breakdown as the stake',
    },
    // i can't breathe until you talk to me
    {
      match: `[i (can not|cannot|could not|will not be able to) ${CANT_SETTLE} .{0,6} (until|till|til|unless) ${YOU} (just)? ${CONTACT_ENDS}]`,
      reason: 'the writer’s body held hostage to their reply',
    },
    // i can't eat or sleep until i hear from you
    {
      match: `[i (can not|cannot|could not) ${CANT_SETTLE} .{0,6} (until|till|til|unless) i (hear|talk|speak|see) (from|to)? ${YOU}]`,
      reason: 'the writer’s body held hostage to their reply',
    },
    // i can't sleep until we sort this out
    {
      match: `[i (can not|cannot|could not) ${CANT_SETTLE} .{0,6} (until|till|til|unless) (we|i) (talk|speak|sort|fix|hear)]`,
      reason: 'the writer’s body held hostage to their reply',
      confidence: 0.7,
    },
    // i'm going crazy not hearing from you
    {
      match: `[i am (literally|actually|honestly|just|slowly|seriously|so|completely)? ${LOSING_IT} (here|inside|so|at)? (all)? (not|without|waiting) (hearing|talking|seeing|for|from|to)? (from|to)? ${YOU}]`,
      reason: 'their silence cast as the cause of the writer’s breakdown',
    },
    // i'm going insane without a word from you
    {
      match: `[i am (literally|actually|honestly|just|slowly|seriously|so|completely)? ${LOSING_IT} (here|inside|so)? (not|without|waiting) .{1,3} (from|to|for) ${YOU}]`,
      reason: 'their silence cast as the cause of the writer’s breakdown',
    },
    // i'm dying here, please answer
    {
      match: `[i am (literally|actually|honestly|just|seriously|so)? ${LOSING_IT} (here|inside)?] (please|pls|plz)? (just)? ${CONTACT_ENDS}`,
      reason: 'their reply asked for to end the writer’s distress',
      confidence: 0.75,
    },
    // i'm shaking waiting for you to reply
    {
      match: `[i (am|feel) (literally|actually|honestly|just|so|physically)? ${LOSING_IT} .{0,3} (until|till|unless|waiting|every) .{0,3} ${YOU} .{0,2} ${CONTACT_ENDS}]`,
      reason: 'the writer’s body held hostage to their reply',
      confidence: 0.75,
    },
    // this silence is killing me
    {
      match: `[(this|your|ur|the) silence is (killing|destroying|breaking|crushing|torturing|eating) me]`,
      reason: 'their silence cast as hurting the writer',
      confidence: 0.75,
    },
    // i can't take your silence
    {
      match: `[i (can not|cannot|could not) (take|bear|stand|handle|survive|cope with) (this|your|ur|the) silence]`,
      reason: 'their silence cast as hurting the writer',
      confidence: 0.75,
    },
    // my heart breaks every second you're silent
    {
      match: `[(my heart|i) (is|am)? (breaking|breaks|dying|die|bleeding) (every|each) (second|minute|hour|day) ${YOU}]`,
      reason: 'their silence cast as hurting the writer',
      confidence: 0.75,
    },
    // my whole world is falling apart without you
    {
      match: `[(my|the) (whole|entire)? (world|life|head|heart|everything) (is|has been) (ending|falling apart|collapsing|crumbling|caving in|breaking|over|shattering|spinning) without ${YOU}]`,
      reason: 'the writer’s collapse laid at their door',
    },
    // i can't function till i know where we stand
    {
      match: `[i (can not|cannot|could not) ${CANT_SETTLE} .{0,4} (until|till|til|unless) i know (where|if|whether) (we|you|u)]`,
      reason: 'the writer’s body held hostage to their reply',
      confidence: 0.7,
    },
    // my chest hurts every time you don't reply
    {
      match: `[my (chest|heart|stomach|head|whole body) (hurts|aches|breaks|drops|sinks|races|pounds) (every time|each time|whenever) ${YOU}] (do|dont|are|ignore|leave|go|take|read)`,
      reason: 'their silence cast as hurting the writer',
      confidence: 0.75,
    },
  ],
  unless: [
    // i can't relax until i know you got home safe
    { match: '(safe|safely|home ok|got home|landed|arrived|made it home|feel better|recovered|out of surgery)', reason: 'worry for their safety', scope: 'sentence' },
    // i'll go mad if the train is late again, lol
    { match: '(lol|lmao|haha|hahaha|jk|joking|kidding)', reason: 'playful exaggeration', scope: 'sentence' },
  ],
  examples: [
    "I'm falling apart here, ring me",
    "I'm losing my mind without you here",
    "I'm honestly going insane without a word from you",
    "I can't function till I know where we stand",
    "my chest hurts every time you don't reply",
    "I'm going out of my mind here, please just call",
    'I feel like I’m suffocating without hearing from you',
    "I won't be able to sleep unless you call me tonight",
    "I'm literally shaking waiting for you to reply",
    "I'm not coping at all without hearing from you",
    "please call me or I'm going to lose it",
    "I can't take this silence, it's killing me, please",
    "My heart is breaking every second you're silent",
    "I need to hear your voice tonight or I'll go crazy",
    "I'm sorry about everything. I can't breathe until you talk to me.",
    "Please babe I'll go mad if you don't answer tonight",
    'Im going crazy not hearing from you. Please.',
    "I can't eat, can't sleep, nothing until I hear from you",
    "I'm losing my mind waiting for you to reply",
    "I'm dying here, please answer",
    'my whole world is falling apart without you',
    "i cant sleep till u text me back",
    "I'll lose my mind if I can't talk to you tonight",
    "I can't sleep until we sort this out, can we talk tonight?",
  ],
  counterexamples: [
    "I can't function till I've had my coffee",
    'This silence in the library is killing me lol',
    "I'm shaking waiting for the test results",
    "I'll go mad if the train is late again",
    "I'm dying here, this meeting is so long",
    "I can't relax until I know you got home safe",
    "I can't sleep until the neighbours turn the music down",
    "I'm going crazy with this assignment",
  ],
});
