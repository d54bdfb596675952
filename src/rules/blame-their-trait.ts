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
      match: `[${YOU} (never|always|constantly|just|wont|will not|would not|wouldnt) .{1,5}] (so|thats why|that is why|which is why) (of course|obviously|naturally|clearly)? i`,
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
    'You never listen, so of course I went to my sister.',
    'Your constant nagging is why I stopped telling you things.',
    "You're the reason I lost my temper.",
    'The only reason it went wrong is because you changed the plan.',
    'You make it impossible to be honest with you.',
    "u always do this, u twist everything so it's my fault",
  ],
  counterexamples: [
    "You're the reason I smile every day.",
    'The only reason the cake worked is because you changed the recipe, genius.',
    'You never listen to my podcast recommendations lol',
  ],
});
