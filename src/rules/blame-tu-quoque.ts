/**
 * blame-tu-quoque (step 2, blame)
 * The writer answers their own wrong with the reader's: "you did the exact same thing last
 * summer", "you're one to talk", "look who's talking", "pot, meet kettle", "you do it too",
 * "let's not pretend you've never…", "you weren't exactly an angel either".
 *
 * Deliberately not flagged: the same words about routes, recipes or babies ("you did the same
 * route last year?"), and teasing marked with laughter.
 */
import { defineRule } from '../analyzer/types';
import { YOU, YOURSELF } from '../lexicon/pronouns';
import { blameTakenBack, SHOULD_HAVE, YOU_ARE } from '../lexicon/blame';
import { laughter } from '../lexicon/excuse';

export default defineRule({
  id: 'blame-tu-quoque',
  category: 'blame',
  message: 'Pointing to what they did turns your apology into a comparison. Their part can be talked about another time; this message is about yours.',
  confidence: 0.75,
  patterns: [
    // well you did the exact same thing last summer
    {
      match: `[${YOU} (did|do|have done|done|pulled|said) (the|exactly the|that) (exact|very|exact same|same)? (same)? (thing|shit|stuff|crap|to me|move|trick)]`,
      reason: 'answers the writer\'s act with the same act of theirs',
    },
    // you do it too
    {
      match: `[${YOU} (do|did|have done|does) (it|that|this|the same) (too|as well|all the time|constantly|every time|yourself all the time|literally all the time)]`,
      reason: 'answers the writer\'s act with theirs',
    },
    // you're one to talk
    {
      match: `[${YOU_ARE} (one|the one|a fine one|a good one) to (talk|judge|lecture|preach|criticise|criticize|moralise|moralize)]`,
      reason: 'disqualifies them from objecting',
      confidence: 0.85,
    },
    // look who's talking
    {
      match: `[look who is (talking|judging|lecturing|preaching)]`,
      reason: 'disqualifies them from objecting',
      confidence: 0.7,
    },
    // pot, meet kettle
    {
      match: `[pot (meet|calling|call|calls) (the)? kettle]`,
      reason: 'disqualifies them from objecting',
      confidence: 0.8,
    },
    // let's not pretend you've never done anything wrong
    {
      match: `[(do not|dont|let us not|lets not|let us|stop) (act|acting|pretend|pretending) (like|that|as if)? ${YOU} (have never|never|did not|didnt|are|were) .{0,3}] (wrong|perfect|innocent|part|anything|mistakes|same|too|either|lied|done|saint|angel)`,
      reason: 'reminds them of their own faults',
    },
    // you weren't exactly an angel that night either
    {
      match: `[${YOU} (were not|was not|werent|wasnt) (exactly|hardly|always|totally|entirely)? (an angel|a saint|innocent|blameless|perfect|squeaky clean|much better)]`,
      reason: 'reminds them of their own faults',
    },
    // sorry but you were being really unreasonable too
    {
      match: `[${YOU} (were|was|have been|are) (being)? (really|very|so|pretty|just as|quite|completely|totally)? (unreasonable|rude|difficult|horrible|awful|nasty|cold|mean|selfish|out of order|unfair|childish|dramatic|impossible|a nightmare|a dick|an ass|a jerk)] (too|as well|either|also)`,
      reason: 'puts their behaviour beside the writer\'s',
      confidence: 0.8,
    },
    // it was you who wanted to keep it secret in the first place
    {
      match: `[it was ${YOU} (who|that) (wanted|said|started|suggested|decided|insisted|told|asked|chose|pushed)]`,
      reason: 'hands the origin of the act to them',
      confidence: 0.65,
    },
    // i messed up but so did you
    {
      match: `i (messed|screwed|mucked|fucked|was|lied|cheated|made|got|did|said|forgot) .{0,4} [(but|and) so (did|were|have|had|do) ${YOU}]`,
      reason: 'answers the writer\'s act with theirs',
      confidence: 0.8,
    },
    // as if you've never forgotten anything
    {
      match: `[(as if|like) ${YOU} have never (forgotten|forgot|missed|ignored|snapped|shouted|yelled|lost|broken|kept|hidden|done)]`,
      reason: 'reminds them of their own faults',
      confidence: 0.7,
    },
    // what about the time you lied to me about tom
    {
      match: `[(what about|remember) (the time|when|that time|last time) ${YOU} (lied|cheated|forgot|did|said|kissed|flirted|ignored|left|shouted|yelled|snapped|hid|told|went|missed|ghosted|blanked|stood)]`,
      reason: 'answers the writer\'s act with an old one of theirs',
      confidence: 0.65,
    },
    // you of all people should understand
    {
      match: `[${YOU} of all people (should|ought|know|have|are|cannot|cant|can not|get|understand|would)]`,
      reason: 'turns their own record against their objection',
      confidence: 0.7,
    },
    // sorry, but you weren't exactly being fair either
    {
      match: `[${YOU} (were not|was not|werent|wasnt|are not|arent) (exactly|always|really|totally)? (being)? (fair|kind|honest|nice|reasonable|great|perfect|innocent|helpful|supportive|easy|open|faithful|truthful)] (either|too|yourself|urself|lately)`,
      reason: 'puts their behaviour beside the writer\'s',
      confidence: 0.75,
    },
    // you're no better than me
    {
      match: `[${YOU_ARE} (no|not any|hardly any|not much) better (than me|yourself|urself)?]`,
      reason: 'puts their behaviour beside the writer\'s',
      confidence: 0.7,
    },
    // you should've checked the booking yourself
    {
      match: `[${YOU} ${SHOULD_HAVE} #Verb .{0,4} (yourself|urself)]`,
      reason: 'hands the task and its failure to them',
      confidence: 0.65,
    },
    // seriously, you did it first
    {
      match: `[${YOU} (did|started|said|do) (it|that|this) (first|before me|all the time|constantly|every time)]`,
      reason: 'answers the writer\'s act with theirs',
      confidence: 0.7,
    },
    // you literally do this all the time
    {
      match: `[${YOU} (literally|honestly|actually|always) (do|did) (it|that|this|the same)]`,
      reason: 'answers the writer\'s act with theirs',
      confidence: 0.7,
    },
    // you never apologise when you do it
    {
      match: `[${YOU} (never|dont|do not|did not|didnt) (apologise|apologize|say sorry|apologised|apologized) when ${YOU}]`,
      reason: 'answers the writer\'s act with theirs',
      confidence: 0.7,
    },
    // you're hardly one to lecture me
    {
      match: `[${YOU_ARE} (hardly|not exactly|in no position|not really|not the) (one|person)? to (talk|judge|lecture|preach|criticise|criticize|moralise|moralize)]`,
      reason: 'disqualifies them from objecting',
      confidence: 0.8,
    },
    // well you weren't there for me either
    {
      match: `[${YOU} (were not|was not|werent|wasnt|have not been|havent been) (there|around|exactly there) (for me)? (either|too)]`,
      reason: 'answers the writer\'s failing with theirs',
      confidence: 0.7,
    },
    // you have to admit you overreacted
    {
      match: `[${YOU} (have to|need to|must|got to|gotta|should) admit ${YOU}]`,
      reason: 'asks them to concede a fault of their own',
      confidence: 0.7,
    },
    // stop acting like you're the victim here
    {
      match: `[(act|acting|pretend|pretending|play|playing) (like|as if|that)? (you are|youre|ur|u are|you were) (the|a|so|all)? (victim|perfect|innocent|saint|angel|blameless|good guy|innocent one|hard done by)]`,
      reason: 'recasts them as sharing the fault',
      confidence: 0.75,
    },
    // playing the victim again
    {
      match: `[(playing|play|plays|played) the (victim|martyr)]`,
      reason: 'recasts them as sharing the fault',
      confidence: 0.7,
    },
    // you brought it on yourself
    {
      match: `[${YOU} (brought|bring|brings) (it|this|that|all this|all of this) on ${YOURSELF}]`,
      reason: 'hands the harm back to them',
      confidence: 0.8,
    },
    // typical you, making me the bad guy again
    {
      match: `[(making|make|made|makes|paint|painting|painted) me (out to be|out as|into)? the (bad guy|villain|bad one|problem|monster|baddie|bad person)]`,
      reason: 'recasts their complaint as unfair to the writer',
      confidence: 0.7,
    },
  ],
  unless: [
    // you did it first try! / first time
    { match: 'first (try|time|go|attempt|shot)', reason: 'praise for a quick success', scope: 'sentence' },
    // i used to tell myself you drove me to it
    // i shouldn't have blamed your mum
    // it's not your fault
    // no one to blame but me
    // that's on me
    // thats all on me
    // none of this is on you
    ...blameTakenBack(7),
    // look who's talking now haha
    { match: laughter(7), reason: 'teasing, not blame', scope: 'sentence' },
    // look who's talking, the baby said mama
    { match: '(baby|babies|toddler|parrot|first word|first words|mama|dada)', reason: 'a child learning to talk', scope: 'sentence' },
    // you did the same thing as me in the exam, great minds
    { match: '(great minds|same time|same answer|same order|same dress|same outfit|same shirt|same idea|twins|jinx)', reason: 'a coincidence, not a charge', scope: 'sentence' },
  ],
  examples: [
    'Seriously, you did it first.',
    'you literally do this all the time so idk why ur mad',
    "You're hardly one to lecture me about honesty.",
    "Stop acting like you're the victim here.",
    'You brought it on yourself, to be honest.',
    "I'm sorry, but you have to admit you overreacted.",
    'I messed up but so did you.',
    'What about the time you lied to me about Tom?',
    'You of all people should understand.',
    "Sorry, but you weren't exactly being fair either.",
    "you're no better than me",
    'Well you did the exact same thing last summer.',
    "you're one to talk",
    "Look who's talking, you flirt with everyone.",
    "You do it too, so I don't see why it's a big deal.",
    "Let's not pretend you've never done anything wrong.",
    "You weren't exactly an angel that night either.",
    'sorry but you were being really unreasonable too',
    'Hey pot, meet kettle.',
  ],
  counterexamples: [
    'You did it first try! Amazing.',
    'You of all people will love this book.',
    'What about the time we got lost in Rome? Best holiday ever.',
    "look who's talking, the baby's first words!!",
    'You did the exact same route last summer, right?',
    'you did the same thing as me in the quiz, great minds haha',
  ],
});
