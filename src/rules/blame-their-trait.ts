/**
 * blame-their-trait (step 2, blame)
 * The writer names a habit or act of theirs as the cause of what the writer did: "you never
 * listen, so of course I went to my sister", "your nagging is why I stopped telling you things",
 * "the only reason it went wrong is because you changed the plan", "you make it impossible to
 * be honest with you", "you know how you get when you're tired".
 *
 * Deliberately not flagged: loving causes ("you're the reason I smile"), good outcomes ("the only
 * reason the cake worked is you"), and light teasing ("you never listen to my podcasts 😂").
 */
import { defineRule } from '../analyzer/types';
import { YOU, YOUR } from '../lexicon/pronouns';
import { blameTakenBack, YOU_ARE } from '../lexicon/blame';
import { laughter } from '../lexicon/excuse';

export default defineRule({
  id: 'blame-their-trait',
  category: 'blame',
  message: 'Naming their habit as the cause makes your choice sound like their doing. Leave the cause with you here; their habits can be raised on their own.',
  confidence: 0.7,
  patterns: [
    // you never listen, so of course i went to my sister
    {
      match: `[${YOU} (never|always|constantly|just|wont|will not|would not|wouldnt) .{1,5}] so .{0,2} i`,
      reason: 'a habit of theirs set up as the cause of the writer\'s act',
      confidence: 0.65,
    },
    // you never text back, that's why i stopped trying
    {
      match: `[${YOU} (never|always|constantly|just|wont|will not|would not|wouldnt) .{1,5}] that .{0,3} i`,
      reason: 'a habit of theirs set up as the cause of the writer\'s act',
      confidence: 0.65,
    },
    // your constant nagging is why i stopped telling you things
    {
      match: `[${YOUR} .{1,3} (is|was|are|were) (why|the reason|the only reason) (why|that)? (i|we)]`,
      reason: 'their behaviour named as the cause of the writer\'s act',
    },
    // you're the reason i lost my temper
    {
      match: `[${YOU_ARE} (literally|honestly|actually|just|the only)? (the|why|the only) (reason|cause)? (why|that)? i (lost|lose|snapped|did|said|lied|shouted|yelled|went|left|stopped|cheated|drink|drank|hid|kept|never|cant|could not|couldnt)]`,
      reason: 'names them as the cause of the writer\'s act',
      confidence: 0.8,
    },
    // the only reason it went wrong is because you changed the plan
    {
      match: `[the (only|whole|real|main) reason .{0,5} (is|was) (because|bc|cuz|cos|that)? (you|u|your|ur)]`,
      reason: 'names them as the cause',
    },
    // you make it impossible to be honest with you
    {
      match: `[${YOU} (make|made|makes) it (impossible|so hard|hard|difficult|so difficult|really hard|very hard) (to|for me to) (be honest|tell|talk|open up|say|trust|be open|come to you)]`,
      reason: 'names them as the reason the writer held back',
      confidence: 0.75,
    },
    // you know how you get when you're tired
    {
      match: `[${YOU} know how ${YOU} (get|are|react|can be)]`,
      reason: 'puts the cause in their temperament',
      confidence: 0.65,
    },
    // u twist everything so it's my fault
    {
      match: `[${YOU} (twist|twisted|turn|turned|make|made|spin) (everything|it|things|this|that|every argument) (so|into|around)? .{0,3} (my fault|about me|about you|on me)]`,
      reason: 'turns the writer\'s fault into their distortion',
      confidence: 0.7,
    },
    // you're always so quick to judge, that's why i didn't tell you
    {
      match: `[${YOU_ARE} (always|never|constantly|so|too) .{1,5}] that .{0,3} i`,
      reason: 'a trait of theirs set up as the cause of the writer\'s act',
      confidence: 0.65,
    },
    // maybe if you were more understanding i'd tell you things
    {
      match: `[if ${YOU} (were|was|had been|could be|would be) (more|less|not so|a bit more|a little more) .] (i|we)`,
      reason: 'makes the writer\'s act depend on their temperament',
      confidence: 0.7,
    },
    // the whole thing started because you wouldn't let it go
    {
      match: `[(the whole thing|this|it|all this|all of this|everything|this whole mess|the fight|the argument) (only)? (started|began|kicked off|blew up|escalated) (because|bc|cuz|cos|when) (you|u|your|ur)]`,
      reason: 'names them as the start of it',
      confidence: 0.7,
    },
    // nobody tells their partner everything
    {
      match: `[(nobody|no one|noone) (tells|shares|says|shows) (their|his|her|your)? (partner|girlfriend|boyfriend|wife|husband|other half|friends|mum|parents)? everything]`,
      reason: 'files holding back under what everyone does',
      confidence: 0.65,
    },
    // it's my manager's fault, he changed the rota
    {
      match: `[(it|that|its|thats) (is|was|has)? (all|really|totally|entirely)? (#Person|my #Noun|the #Noun|his #Noun|her #Noun|your #Noun|their #Noun) fault]`,
      reason: 'lays the fault on someone else',
      confidence: 0.75,
    },
    // you knew what i was like when you met me
    {
      match: `[${YOU} knew what i (was|am) like]`,
      reason: 'hands the act to their choice of partner',
      confidence: 0.7,
    },
    // i only said it because you kept pushing
    {
      match: `[i (only|just)? (said|did|wrote|sent|lied|shouted|snapped|told|went|left|hid) .{0,3} (because|bc|cuz|cos|since)] (you|u) (kept|were|would|wouldnt|never|always|did|didnt|started|made|pushed|wanted|said|told)`,
      reason: 'names their act as the cause of the writer\'s',
      confidence: 0.7,
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
    ...blameTakenBack(9),
    // you never listen to my podcast recs lol
    { match: laughter(9), reason: 'teasing, not blame', scope: 'sentence' },
    // you're the reason i smile / the only reason the cake worked
    { match: '(smile|smiling|happy|love|loved|believe|laugh|laughing|keep going|better|worked|works|succeeded|won|great|amazing|genius|perfect|best|proud|grateful)', reason: 'a loving or good cause, not blame', scope: 'sentence' },
  ],
  examples: [
    "You're always so quick to judge, that's why I didn't tell you.",
    'Maybe if you were more understanding I\'d tell you things.',
    "It's my manager's fault, he changed the rota without asking.",
    'I only said it because you kept pushing.',
    'You never listen, so of course I went to my sister.',
    'Your constant nagging is why I stopped telling you things.',
    "You're the reason I lost my temper.",
    'The only reason it went wrong is because you changed the plan.',
    'You make it impossible to be honest with you.',
    "u always do this, u twist everything so it's my fault",
  ],
  counterexamples: [
    "You're always so quick to help, thank you.",
    'The whole thing started because the printer jammed.',
    "You're the reason I smile every day.",
    'The only reason the cake worked is because you changed the recipe, genius.',
    'You never listen to my podcast recommendations lol',
  ],
});
