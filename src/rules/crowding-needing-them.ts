/**
 * crowding-needing-them (step 5, crowding)
 * The writer's need set as the agenda: "I need you to tell me we're okay", "I just need you to
 * say you still love me", "I need to hear your voice", "I really need to see you", "I need u".
 * Asking them to soothe the writer, right after hurting them, is a weight they didn't ask for.
 *
 * Deliberately not flagged: practical needs ("I need you to sign the form by Friday", "I need to
 * see you about the rent" without urgency words), offers ("if you need me, I'm here"), and the
 * writer's need named while leaving them free ("I'd love to talk, but only when you're ready").
 */
import { defineRule } from '../analyzer/types';
import { REASSURANCE, REASSURED } from '../lexicon/crowding';
import { YOU } from '../lexicon/pronouns';

const REALLY = '(rly|realy|just|really|desperately|badly|honestly|so|literally|seriously)';
const SEE_THEM = '(see you|see u|see ya|hear your voice|hear ur voice|hear you|talk to you|talk to u|speak to you|speak to u|be with you|be with u|hold you|hold u|hug you|see your face|hear from you|hear from u)';

export default defineRule({
  id: 'crowding-needing-them',
  category: 'crowding',
  message: 'This asks them to take care of how you feel, right when they need space from it. You can say what you hope for without making it their job.',
  confidence: 0.8,
  patterns: [
    // i need you to tell me we're okay
    {
      match: `[i ${REALLY}? ${REALLY}? need ${YOU} to (tell me that|tell me|say that|say|promise me that|promise me|promise|swear|reassure me|show me) (that)? ${REASSURANCE} ${REASSURED}]`,
      reason: 'reassurance demanded for the writer’s sake',
      rewrite: 'I hope we can be okay',
    },
    // just tell me you still love me
    {
      match: `^(please|pls|just)? [just? tell me (that)? ${REASSURANCE} ${REASSURED}]`,
      reason: 'reassurance demanded for the writer’s sake',
      rewrite: 'I hope we can be okay',
      confidence: 0.75,
    },
    // i need to hear it
    {
      match: `[i (just|really)? need to hear (it|that|you say it)] from? you?$`,
      reason: 'reassurance demanded for the writer’s sake',
      confidence: 0.7,
    },
    // i need to hear your voice
    {
      match: `[i ${REALLY}? ${REALLY}? need to ${SEE_THEM}] right? (so|now|tonight|today|please|again)?$`,
      reason: 'the writer’s need for contact set as the agenda',
      confidence: 0.7,
      rewrite: 'I’d like to talk when you’re ready',
    },
    // i really need to see you, can i come by
    {
      match: `[i ${REALLY} ${REALLY}? (need|want) to ${SEE_THEM}]`,
      reason: 'urgent need for contact',
      confidence: 0.75,
      rewrite: 'I’d like to talk when you’re ready',
    },
    // i need to see you, please, just five minutes
    {
      match: `[i ${REALLY}? ${REALLY}? need to ${SEE_THEM}] (please|pls|just|even|for|once)`,
      reason: 'pleading for contact',
      confidence: 0.75,
    },
    // i know you said not to contact you but i had to
    {
      match: `[${YOU} (said|asked me|told me|asked) (not to|to stop|to leave you alone|to give you space|for space|for some space|you needed space|you need space|no contact)] .{0,4} but`,
      reason: 'their request for space acknowledged and overridden',
      confidence: 0.85,
    },
    // i need you to come home
    {
      match: `[i ${REALLY}? need ${YOU} to (come back|come home|talk to me|see me|let me in|call me|hold me|be here|be with me|stay|hear me out|meet me)]`,
      reason: 'the writer’s need set as their task',
      confidence: 0.75,
    },
    // i just need five minutes of your time
    {
      match: `[i ${REALLY}? need (five|5|ten|10|two|2|a few|one|1) (minutes|mins|min|minute|seconds) (of your time|with you|with u)]`,
      reason: 'pressing for time with them',
      confidence: 0.7,
    },
    // r u there? i need u
    {
      match: `[i ${REALLY}? need ${YOU} (so|right)? (much|bad|badly|here|back|now|rn)?]$`,
      reason: 'raw need placed on them',
      confidence: 0.65,
    },
    // i need you so much it hurts
    {
      match: `[i ${REALLY}? need ${YOU} so (much|bad|badly)] (it|that|i)`,
      reason: 'raw need placed on them',
      confidence: 0.7,
    },
    // i want you back
    {
      match: `[i ${REALLY}? want ${YOU} (back|so bad|so badly|so much|here now|home)]$`,
      reason: 'raw need placed on them',
      confidence: 0.65,
    },
    // i know you said you needed space but i really need to see you
    {
      match: `[${YOU} (said|asked for|wanted|want|need|needed|asked me for) (some)? (space|time|distance) (but|and)] i (can not|cannot|will not|won't|do not|need|really|just|have to|must|want|am not|miss)`,
      reason: 'their request for space acknowledged and overridden',
      confidence: 0.85,
    },
  ],
  unless: [
    // i'd love to talk, but only when you're ready
    { match: `(when|whenever|if) ${YOU} (are|feel|youre|ever|want|decide)`, reason: 'the contact waits on them', scope: 'sentence' },
    // about the rent / the form
    { match: '(about the|about our|to sign|to sort the|for work|for the meeting|the form|the rent|the kids|the bills)', reason: 'a practical need', scope: 'sentence' },
  ],
  examples: [
    "I really need you to tell me we're going to be alright.",
    'I just need you to say you still love me.',
    "Babe I know I've messaged you like 30 times today, I just can't stop, I need to hear your voice",
    'I know you said you needed space but I really need to see you, can I come by just for a minute',
    'I just need five minutes of your time.',
    'r u there? i need u.',
    'i need u so bad',
    'I just want to hold you',
    "I know you want space but I can't give you that",
    'I need to see you, please, just five minutes',
    'Just tell me you still love me, I need to hear it.',
    'I need to hold you right now',
    'I need you to come home.',
    "I need you to reassure me we're fine.",
    'i rly need u rn',
    'I need you so much it hurts.',
    'I need you to tell me you still care.',
    'I know you said not to contact you but I had to',
    "I need you to tell me we're okay",
  ],
  counterexamples: [
    "I need you to sign the form for the school trip by Friday, it's on the fridge",
    "I'd love to talk, but only when you're ready.",
    'I need to see you about the rent at some point.',
    "If you need me, I'm here.",
    'I need you to pick up milk on the way home.',
    'I really need to see you about the rota.',
    'I just want to sleep for a week.',
    'I know you need time and I will respect that.',
  ],
});
