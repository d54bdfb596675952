/**
 * blame-both-sides (step 2, blame)
 * The writer splits the fault: "we both messed up", "we're both to blame", "don't act like it's
 * all me", "you can't put all of this on me", "you played your part too", "I'm not the only one
 * at fault".
 *
 * Deliberately not flagged: shared slips in low-stakes tasks marked as light ("we both messed up
 * the recipe lol"), the writer taking it all ("it's my fault, not yours"), and plays or games
 * ("you played your part brilliantly").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { blameTakenBack } from '../lexicon/blame';
import { laughter } from '../lexicon/excuse';

export default defineRule({
  id: 'blame-both-sides',
  category: 'blame',
  message: 'Splitting the fault, even fairly, moves the focus off your part. Own yours fully here; what they did can be a separate conversation.',
  confidence: 0.75,
  patterns: [
    // we both messed up
    {
      match: `[(we|we have|we have) (both|all) (messed|screwed|mucked|fucked|cocked|stuffed) (up|this up|it up|things up)]`,
      reason: 'splits the fault between them',
      confidence: 0.6,
    },
    // we're both to blame here
    {
      match: `[(we are|we were|we both|both of us are|both of us were) (both)? (to blame|at fault|in the wrong|responsible|guilty)]`,
      reason: 'splits the fault between them',
    },
    // don't act like it's all me
    {
      match: `[(do not|dont|stop|quit) (act|acting|pretend|pretending|make out|making out) (like|that|as if)? (it is|its|this is|it was|this was|everything is|everything was) (all)? (me|my fault|on me|just me|only me)]`,
      reason: 'refuses to hold the fault alone',
      confidence: 0.8,
    },
    // you can't put all of this on me
    {
      match: `[${YOU} (can not|cant|cannot|could not|should not|shouldnt|do not get to|dont get to) (put|pin|lay|dump|place|blame) (all|everything|this|it|that|the whole thing) .{0,3} on me]`,
      reason: 'refuses to hold the fault alone',
      confidence: 0.8,
    },
    // you played your part too
    {
      match: `[${YOU} (played|had|have|play) (a|your|some|a big|a huge|an equal) (part|role|hand) (too|as well|in this|in it|in that|in all this|either)]`,
      reason: 'hands them a share of the fault',
    },
    // i'm not the only one at fault here
    {
      match: `[i am not the only one (at fault|to blame|in the wrong|responsible|guilty)]`,
      reason: 'points to their share instead of the writer\'s',
      confidence: 0.8,
    },
    // this is on both of us
    {
      match: `[(this|that|it) (is|was) on (both of us|us both|the two of us|both)]`,
      reason: 'splits the fault between them',
      confidence: 0.7,
    },
    // it wasn't just me, you were there too
    {
      match: `[(it was not|it wasnt|it is not|it isnt|this was not|this is not|that was not) (just|only|all|solely) (me|my fault|on me|down to me)]`,
      reason: 'refuses to hold the fault alone',
      confidence: 0.75,
    },
    // we were both wrong here
    {
      match: `[(we are|we were|we have|we had) both (wrong|been wrong|behaved badly|been awful|been horrible|said things|done things|hurt each other)]`,
      reason: 'splits the fault between them',
      confidence: 0.65,
    },
  ],
  unless: [
    // i used to tell myself you drove me to it
    // i shouldn't have blamed your mum
    // it's not your fault
    // no one to blame but me
    // that's on me
    // thats all on me
    // none of this is on you
    ...blameTakenBack(8),
    // it's not just on me to organise
    { match: 'on me to', reason: 'a task to share, not a fault', scope: 'sentence' },
    // we were both wrong about the weather
    { match: 'wrong about (the|what|whether|which|where|when|how|that|it)', reason: 'a shared wrong guess, not a shared fault', scope: 'sentence' },
    // we both messed up the recipe lol
    { match: laughter(8), reason: 'a light shared slip', scope: 'sentence' },
    // you played your part brilliantly in the show
    { match: '(brilliantly|beautifully|perfectly|so well|really well|amazingly|play|show|team|match|game|concert|wedding)', reason: 'a role in an event, not a fault', scope: 'sentence' },
  ],
  examples: [
    'It wasn\'t just me, you were there too and said nothing.',
    'We were both wrong here.',
    "We both messed up, don't act like it's all me.",
    'You can\'t put all of this on me, you played your part too.',
    "We're both to blame here.",
    'tbh this is on both of us',
    "I'm not the only one at fault here.",
  ],
  counterexamples: [
    "I just don't know how we screwed it up, the cake was fine yesterday.",
    "We were both wrong about the weather, it's lovely now.",
    "It's my fault, not yours.",
    "We both messed up the recipe lol, let's order pizza",
    'You played your part brilliantly in the school play!',
    "It's not just on me to organise, could you book the table?",
  ],
});
