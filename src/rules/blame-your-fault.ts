/**
 * blame-your-fault (step 2, blame)
 * The writer says the fault is theirs, or shared, or not the writer's: "it's your fault too",
 * "you're as much to blame", "that's on you", "not my fault", "this isn't all on me", "I'm not
 * the only one who messed up", "you're hardly a saint", "you should be sorry too".
 *
 * Deliberately not flagged: absolving them ("it's not your fault", "none of this is on you"),
 * owning it ("it was my fault", "that's on me"), and paying for a round ("this one's on you").
 */
import { defineRule } from '../analyzer/types';
import { YOU, YOURSELF } from '../lexicon/pronouns';
import { blameTakenBack, YOU_ARE } from '../lexicon/blame';
import { laughter } from '../lexicon/excuse';

export default defineRule({
  id: 'blame-your-fault',
  category: 'blame',
  message: 'Sharing out the fault, even fairly, shifts the focus from your part. This message is about what you did; their part can be a different conversation.',
  confidence: 0.8,
  patterns: [
    // it's your fault too
    {
      match: `[(it is|this is|that is|it was|this was|that was|its|thats) (all|partly|also|just as much|as much|half)? (your|ur|yr) (fault|doing)]`,
      reason: 'lays the fault on them',
    },
    // you're as much to blame for this as i am
    {
      match: `[${YOU_ARE} (just|also|partly|equally|half|as much|just as much)? (as much)? to blame]`,
      reason: 'lays the fault on them',
    },
    // thats on you
    {
      match: `[(that is|this is|it is|thats|its) (all|totally|entirely)? on ${YOU}]`,
      reason: 'hands the responsibility to them',
      confidence: 0.7,
    },
    // not my fault, finance never sent me the update
    {
      match: `[(it is|it was|that is|that was|this is|its|thats)? (not|never|hardly) (my|all my|entirely my|completely my|only my|just my) fault]`,
      reason: 'denies the writer\'s fault',
      rewrite: (m) => (/^(it|that|this)/i.test(m) ? 'it was my fault' : 'that was on me'),
    },
    // this isn't all on me
    {
      match: `[(it is|this is|that is|it was|its|this) not (all|just|only|entirely|completely) on me]`,
      reason: 'splits the responsibility',
    },
    // it takes two
    {
      match: `[it (takes|took) two]$`,
      reason: 'splits the responsibility',
      confidence: 0.65,
    },
    // it takes two to tango
    {
      match: `[it (takes|took) two] to`,
      reason: 'splits the responsibility',
      confidence: 0.65,
    },
    // i'm not the only one who messed up here
    {
      match: `[i am not the only one (who|that|to) (messed|screwed|mucked|fucked|did|made|was|said|is|has|should|needs|owes)]`,
      reason: 'points to their share instead of the writer\'s',
    },
    // well ur hardly a saint urself
    {
      match: `[${YOU_ARE} (hardly|not exactly|not|no|far from) (a|an)? (saint|angel|innocent|perfect|blameless|squeaky clean|innocent party|victim)]`,
      reason: 'reminds them of their own faults',
      confidence: 0.8,
    },
    // you're not innocent either
    {
      match: `[${YOU} (did|said|were|have done|have said) (some|plenty|worse|stuff|things|awful|terrible|horrible|nasty|hurtful) .{0,3} (too|as well|either)]`,
      reason: 'reminds them of their own faults',
      confidence: 0.65,
    },
    // you should be sorry for yours
    {
      match: `[${YOU} (should|need to|ought to|could) (be|say|feel) sorry (too|for yours|as well|for your part)?]`,
      reason: 'asks for their apology inside the writer\'s',
      confidence: 0.75,
    },
    // you share some of the blame here
    {
      match: `[${YOU} (share|deserve|carry|bear|have|take) (some|part|half|most|your share|a share|plenty) of? the? blame]`,
      reason: 'hands them part of the blame',
      confidence: 0.8,
    },
    // as if you've never lied to me
    {
      match: `[(as if|like) ${YOU} have never (done|lied|cheated|messed|said|hurt|made|screwed|kissed|flirted)]`,
      reason: 'reminds them of their own faults',
      confidence: 0.75,
    },
    // you should apologise too
    {
      match: `[${YOU} (should|need to|ought to|have to) (apologise|apologize|say sorry) (too|as well|also|to me)]`,
      reason: 'asks for their apology inside the writer\'s',
      confidence: 0.75,
    },
    // you need to take some responsibility as well
    {
      match: `[${YOU} (need to|should|have to|must|ought to) (take|own|accept) (some|your)? (responsibility|part|share)]`,
      reason: 'hands them part of the responsibility',
      confidence: 0.7,
    },
    // don't put this all on me
    {
      match: `[(do not|dont|stop|quit) (put|putting|pin|pinning|lay|laying|dump|dumping) (this|it|that|everything) (all)? on me]`,
      reason: 'refuses the fault',
      confidence: 0.8,
    },
    // you can't blame me for what your sister said
    {
      match: `[${YOU} (can not|cant|cannot|could not|couldnt|should not|shouldnt) (really)? blame me]`,
      reason: 'refuses the fault',
      confidence: 0.7,
    },
    // u shouldnt have sprung it on me like that
    {
      match: `[${YOU} (should not have|shouldnt have|shouldnt of|should never have|should not of) #Verb]`,
      reason: 'turns the writer\'s act into their mistake',
      confidence: 0.55,
    },
    // i'm willing to forgive you for overreacting
    {
      match: `[i (am willing to|will|can|am ready to|am prepared to|would) forgive ${YOU} (for|if|too)]`,
      reason: 'turns the apology into a trade of faults',
      confidence: 0.7,
    },
    // you owe me an apology too
    {
      match: `[${YOU} owe me an apology (too|as well)]`,
      reason: 'asks for their apology inside the writer\'s',
      confidence: 0.8,
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
    ...blameTakenBack(4),
    // none of this is your fault
    { match: '(none|nothing|not|neither) of (this|it|that|these)', reason: 'absolves them', scope: 'sentence' },
    // it's not just on me to organise
    { match: 'on me to', reason: 'a task to share, not a fault', scope: 'sentence' },
    // it's on you to pick the restaurant
    { match: `on ${YOU} to`, reason: 'their turn or their job, not a charge', scope: 'sentence' },
    // you shouldn't have! they're beautiful
    { match: '(flowers|gift|present|beautiful|lovely|thank|thanks|spoil|spoiled|spoilt)', reason: 'thanks for a kindness, not blame', scope: 'sentence' },
    // that was your fault for betting on that horse lol
    { match: laughter(4), reason: 'teasing, not blame', scope: 'sentence' },
    // it's your fault i'm addicted to this show now
    { match: '(addicted|obsessed|hooked)', reason: 'teasing, not blame', scope: 'sentence' },
    // that's on you if you want to stay up late
    { match: `on ${YOU} if`, reason: 'their call, not a charge', scope: 'sentence' },
    // don't blame yourself
    { match: `(blame|blaming|beat|beating) ${YOURSELF}`, reason: 'comforts them about their own guilt', scope: 'sentence' },
    // i know you'll say it's my fault / mum said it was my fault
    { match: '(said|says|thinks|think|told me) (it was|it is|its|that it was)? (not)? my fault', reason: 'reports what someone else said', scope: 'sentence' },
  ],
  examples: [
    "It's your fault too.",
    "you're as much to blame for this as I am",
    'im telling everyone we broke up and thats on you',
    'not my fault, finance never sent me the update',
    "It takes two, Dan. This isn't all on me.",
    "I'm not the only one who messed up here.",
    'well ur hardly a saint urself are u',
    "Well, you're not innocent either.",
    "I'm sorry for my part, you should be sorry for yours.",
    "I'm willing to forgive you for overreacting if you'll forgive me.",
  ],
  counterexamples: [
    "It's not your fault.",
    'None of this is on you.',
    'It was my fault, completely.',
    "Don't blame yourself.",
    'Mum said it was my fault, and honestly she was right.',
    'Drinks are on me tonight!',
    'It takes two hours to get there by train.',
  ],
});
