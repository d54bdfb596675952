/**
 * pestering-left-on-read (step 6, pestering)
 * Reading their read receipts and online status back at them: "I can see you've read it",
 * "ur online, i can see u", "left me on read for two days", "seen 11:42pm. cool." It tells them
 * they are being watched for a reply.
 *
 * Deliberately not flagged: talk about receipts in general ("turn off read receipts"), and
 * the writer's own reading ("I left your message on read by accident, sorry!").
 */
import { defineRule } from '../analyzer/types';
import { YOU_ARE } from '../lexicon/pestering';
import { YOU } from '../lexicon/pronouns';

export default defineRule({
  id: 'pestering-left-on-read',
  category: 'pestering',
  message: 'Pointing out that they’ve seen it or are online tells them they’re being watched for a reply. Reading without answering is their right right now.',
  confidence: 0.85,
  patterns: [
    // bit rude to leave me on read for two days
    {
      match: `[(leave|left|leaving|keep me|kept me|keeping me) me? on (read|seen|delivered|opened)]`,
      reason: 'their not answering named as a slight',
    },
    // i can see you've read it
    {
      match: `[i (can|could) see (that)? (you have|u have|youve|uve|you are|u are|ur|youre|you|u) (read|seen|opened|online|active|typing|been online|been active|on here)]`,
      reason: 'their receipts or status watched',
    },
    // ur online i can see u
    {
      match: `^[${YOU_ARE} (online|active|on here|on whatsapp|on insta|literally online|online right now|active now)]`,
      reason: 'their online status read back to them',
      confidence: 0.75,
    },
    // seen 11:42pm. cool.
    {
      match: '^[(seen|read|opened) (at)? #Time]$',
      reason: 'their read receipt quoted back at them',
      confidence: 0.75,
    },
    // you've read it and said nothing
    {
      match: `[${YOU} (have|had)? (read|seen|opened) (it|my message|my messages|my texts|my text|them) (and|but|yet) (said|not|nothing|still|no|you|u|did|didnt)]`,
      reason: 'their reading without answering held against them',
    },
    // you read my message two hours ago and still nothing
    {
      match: `[${YOU} (have|had)? (read|seen|opened|saw) (it|them|my #Noun)] .{0,5} (nothing|silence|crickets|ignored)`,
      reason: 'their reading without answering held against them',
    },
    // u saw my msg and ignored it
    {
      match: `[${YOU} (saw|seen|read|opened|have seen|have read) (it|my #Noun|them|this)] .{0,2} (ignored|ignore|ignoring|blanked|left)`,
      reason: 'their reading without answering held against them',
    },
    // i know you've seen my messages
    {
      match: `[i (know|can tell) (that)? ${YOU} (have|had)? (seen|read|opened|got|received) (it|them|this|that|my)] (message|messages|msg|msgs|text|texts|email|emails|voicemail|voicemails|letter|letters|dm|dms)?`,
      reason: 'their reading without answering held against them',
      confidence: 0.75,
    },
    // you opened it 3 hours ago
    {
      match: `[${YOU} (have)? (opened|read|saw|seen|viewed) (it|them|my #Noun)] .{0,3} (hours|minutes|days|hrs|mins|ago)`,
      reason: 'their read receipt timed and held against them',
      confidence: 0.75,
    },
    // it says you read it at 9
    {
      match: `[(it|whatsapp|insta|messenger|my phone|the app) (says|shows|said) ${YOU} (read|opened|saw|seen|have read|have seen|were online|are online|were active|are active|were typing)]`,
      reason: 'their receipts or status watched',
    },
    // read at 10:42 and nothing
    {
      match: '^[(seen|read|opened) (at)? #Time] (and|but)? (still)? (nothing|no|not)',
      reason: 'their read receipt quoted back at them',
      confidence: 0.8,
    },
    // blue ticks and no reply
    {
      match: '[(blue ticks|two ticks|double ticks|read receipt|read receipts|seen|delivered|read) (and|but) (still)? (no|nothing|not)]',
      reason: 'their read receipt held against them',
    },
    // you've been online all day but can't reply
    {
      match: `[${YOU} (have been|were|are) (online|active|on here|on whatsapp|on insta) .{0,3}] (but|and|yet) (cannot|cant|still|not|no|you|u|could|can)`,
      reason: 'their online status watched',
      confidence: 0.8,
    },
  ],
  unless: [
    // i left your message on read by accident, sorry
    { match: '(i left|i leave|i have left|sorry i left|sorry for leaving) (you|u|your|ur)', reason: 'the writer’s own slip', scope: 'sentence' },
  ],
  examples: [
    "you've been online all day but can't reply to me",
    'Bit rude to leave me on read for two days tbh',
    "I can see you've read it.",
    'u there? ur online i can see u',
    'seen 11:42pm. cool.',
    "You've read it and said nothing.",
    'left me on seen again, great',
    'You read my message two hours ago and still nothing.',
    'Blue ticks and no reply, nice.',
    "I know you've seen my messages.",
    'You opened it 3 hours ago.',
    "I know you've read this.",
    'It says you read it at 9.',
    'Read at 10:42 and nothing.',
    'u saw my msg and ignored it',
  ],
  counterexamples: [
    "you've been online all day, did you finish the game?",
    'How do you turn off read receipts on WhatsApp?',
    'Sorry I left you on read, it was a mad day!',
    'I can see you from the window, look up!',
    'Have you read the new Sally Rooney yet?',
    'I can see you on the webcam now, wave!',
    'Read at 10:42 and loved it, thanks for the article.',
  ],
});
