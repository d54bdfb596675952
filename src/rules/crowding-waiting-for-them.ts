/**
 * crowding-waiting-for-them (step 5, crowding)
 * Posting yourself somewhere of theirs and waiting them out: "I'll stay at the café across the
 * road till you come out", "I'm sat in the car park at your work", "I'll be in the lobby of your
 * building all day if that's what it takes", "I'm in the car outside, I'm not moving". Being
 * waited for makes their own street feel watched.
 *
 * Deliberately not flagged: arranged meetings and pickups ("I'll wait by the car after the
 * match", "I'll be in the lobby at noon, see you then"), waiting on other people ("I'm waiting
 * for the plumber"), and patient waiting that leaves them free ("I'll wait as long as you need").
 */
import { defineRule } from '../analyzer/types';
import { I_WILL, THEIR_PLACES } from '../lexicon/crowding';
import { YOU } from '../lexicon/pronouns';

// Single words only: a pattern's multi-word groups are written out into at most 64 copies (see expand.ts).
const STAY = '(stay|wait|be|sit|stand|camp|sleep|park|hang)';
const THEY_GIVE_IN = '(open|talk|answer|let|agree|speak|forgive|reply|pick|call|unblock)';

export default defineRule({
  id: 'crowding-waiting-for-them',
  category: 'crowding',
  message: 'Waiting somewhere of theirs until they come out leaves them no way to step back. Let them choose when and where you meet.',
  confidence: 0.8,
  patterns: [
    // i'll stay at the café across the road till you come out
    {
      match: `[${I_WILL} ${STAY} (here|there|at|in|outside|by|near|on|round|across) .{0,5} (till|until|til|unless) ${YOU} ${THEY_GIVE_IN}]`,
      reason: 'waiting at their places until they give in',
    },
    // i'll sit outside till you come out
    {
      match: `[${I_WILL} ${STAY} (here|there|at|in|outside|by|near|on|round|across) .{0,5} (till|until|til|unless) ${YOU} (come|walk) (out|down|outside)]`,
      reason: 'waiting at their places until they give in',
    },
    // i'll be in the lobby of your building all day if that's what it takes
    {
      match: `[${I_WILL} ${STAY} (at|in|outside|by|near|on) .{0,5}] (if that is what it takes|as long as it takes|however long it takes|all day|all night|every day|every night)`,
      reason: 'waiting at their places for as long as it takes',
      confidence: 0.7,
    },
    // i'm sat in the car park at your work
    {
      match: `[i am (sat|sitting|parked|waiting|standing|stood|camped|hanging) (in|at|outside|by|near|on|across) .{0,4} (your|ur) ${THEIR_PLACES}]`,
      reason: 'already posted at their places',
      confidence: 0.8,
    },
    // i'm in the car outside, i'm not moving
    {
      match: `(outside|here|downstairs|door|car|lobby|gate) .{0,4} [i am not (moving|budging|leaving|going)] (anywhere)?$`,
      reason: 'staying put until they give in',
      confidence: 0.8,
    },
  ],
  unless: [
    // i'll be in the lobby at noon, see you then
    { match: '(see you then|see you there|see u then|see you soon|at noon|for the|to pick|to drop|to collect|pick you up|pick u up|no rush|when you are ready|whenever you are ready|as long as you need|as long as u need|if you want|if that works|after the|hurry|we will miss|we are late|film|movie|the bus|the train|running late)', reason: 'an arranged meeting or pickup', scope: 'sentence' },
  ],
  examples: [
    "I'll never give up on us, I'll be on your doorstep every day.",
    "I'll stay at the café across the road till you come out.",
    "I'll be in the lobby of your building all day if that's what it takes",
    "I'm sat in the car park at your work, I'll wait as long as it takes",
    "I'm in the car outside, I'm not moving",
    "I'm waiting at the end of your street",
    'ill wait here until u talk to me',
  ],
  counterexamples: [
    "I'll wait at the café until you get there.",
    "I'll wait by the car after the match",
    "I'll be in the lobby of your building at noon, see you then",
    "I'm sat in the car park at work, see you at 6",
    "I'll wait as long as you need, no rush.",
    "I'm not moving to London after all",
    "I'm waiting at the end of your street, hurry up we'll miss the film",
  ],
});
