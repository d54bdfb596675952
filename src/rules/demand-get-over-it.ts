/**
 * demand-get-over-it (step 3, demand)
 * The writer sets how long the hurt may last: "you should be over it by now", "you need to get
 * over it and be civil", "you'll get over it", "stop sulking", "you can't just throw away six
 * years", "you don't get to just walk away from this marriage".
 *
 * Deliberately not flagged: the writer's own moving on ("I need to get over it"), advice about
 * other things ("you need to let it rest for ten minutes", "you'll be fine"), and parking
 * ("you can't just leave the car there").
 */
import { defineRule } from '../analyzer/types';
import { anyOf } from '../lexicon/apology';
import { YOU_MUST } from '../lexicon/demand';
import { YOU } from '../lexicon/pronouns';

const GET_OVER_IT = anyOf(
  'get over (it|this|that|yourself)',
  'let (it|this|that|this one|that one) go',
  'move on',
  'stop (sulking|pouting|overreacting|being so dramatic|being dramatic|being like this|making a big deal|making such a big deal|punishing me|holding it against me|holding this against me)',
  'be civil',
  'grow up',
  'drop it',
  'accept it',
  'deal with it',
);
const OVER_IT = anyOf('be over (it|this|that)', 'have (gotten|got|moved) (over it|over this|on)', 'have forgiven me', 'have let it go');
const WALK_AWAY = anyOf(
  '(throw away|throw it all away|throw us away|throw this away|walk away|walk out|give up on us|give up on me|give up on this|end this|end us|end what we have|erase us|erase what we had|erase everything|shut me out|cut me off|write me off|quit on us|quit on me|leave me|leave us|stay mad|stay angry|hold this against me|hold it against me|ignore me)',
);

export default defineRule({
  id: 'demand-get-over-it',
  category: 'demand',
  message: 'How long the hurt lasts is not yours to set. Telling them to be over it asks them to carry your mistake faster.',
  confidence: 0.85,
  patterns: [
    // you need to get over it and be civil
    {
      match: `[${YOU_MUST} ${GET_OVER_IT}]`,
      reason: 'their hurt given an order to end',
      confidence: 0.8,
    },
    // you should be over it by now
    {
      match: `[${YOU} (should|ought to|must|need to) ${OVER_IT}] (by now|already)?`,
      reason: 'their hurt given a deadline that has passed',
      confidence: 0.9,
    },
    // you'll get over it
    {
      match: `[${YOU} will (get over it|get over this|come around|come round|forgive me eventually|thank me)]`,
      reason: 'their hurt declared temporary by the writer',
      confidence: 0.8,
    },
    // get over it already
    {
      match: `^(just|so|now|seriously|honestly|come|pls|please|oh)? (on)? [(get over it|get over yourself)]`,
      reason: 'their hurt given an order to end',
      confidence: 0.7,
    },
    // let it go already
    {
      match: `[(get over it|get over yourself|let it go|move on|drop it) already]`,
      reason: 'their hurt given an order to end',
      confidence: 0.7,
    },
    // you can't be angry forever
    {
      match: `[${YOU} (can not|cant|cannot) (be|stay|keep|remain|keep being|go on being) (angry|mad|upset|cross|annoyed|hurt|pissed|sulking|ignoring|like this|at me|this way)]`,
      reason: 'their hurt given a limit by the writer',
      confidence: 0.75,
    },
    // don't you dare leave me over one mistake
    {
      match: `[(do not|dont) (you)? dare (leave|walk|end|dump|block|ignore|give up|throw|quit)]`,
      reason: 'their right to leave denied',
      confidence: 0.85,
    },
    // things will go back to normal once you calm down
    {
      match: `[(once|when|as soon as) ${YOU} (calm down|get over it|get over yourself|stop sulking|stop being so|come to your senses|see sense|stop overreacting)]`,
      reason: 'their hurt treated as a mood that will pass',
      confidence: 0.65,
    },
    // you shouldn't still be angry about this
    {
      match: `[${YOU} (should not|shouldnt|can not|cant|cannot) still (be|feel) (angry|mad|upset|hurt|cross|annoyed|bothered|pissed|sulking)]`,
      reason: 'their hurt given a limit by the writer',
      confidence: 0.8,
    },
    // you can't just end eleven years over one text
    {
      match: `[${YOU} (can not|cannot|cant|do not get to|dont get to) (just)? (end|throw away|waste|give up|walk away from|throw|forget|erase|bin|write off) (all|all these|all those|a|the last|our|#Value) .{0,2} (years|months|year)]`,
      reason: 'their right to leave denied',
      confidence: 0.8,
    },
    // you're going to forgive me eventually
    {
      match: `[${YOU} (are|r) (going to|gonna) (forgive me|get over it|get over this|come around|come round|take me back)]`,
      reason: 'their forgiveness assumed in advance',
      confidence: 0.8,
    },
    // you've punished me enough
    {
      match: `[(you have|youve|you) (punished|tortured|made me suffer|ignored) (me)? (enough|long enough)]`,
      reason: 'the writer decides when the hurt has lasted long enough',
      confidence: 0.8,
    },
    // it's time you forgave me
    {
      match: `[(it is|it has|its|about|high) time (you|u) (forgave|forgive|got over|moved on|let it go|let this go|stopped being|stopped sulking)]`,
      reason: 'the writer decides when the hurt should end',
      confidence: 0.85,
    },
    // don't throw away everything we've built over one mistake
    {
      match: `[(do not|dont) (throw away|give up on|throw) (everything|us|this|what we have|what we had|our|it all|all)]`,
      reason: 'their choice to leave framed as a mistake they must not make',
      confidence: 0.7,
    },
    // stop sulking
    {
      match: `^(so|just|now|pls|please|ok|okay)? [(stop|quit) (sulking|pouting|overreacting|being so dramatic|being dramatic|making a big deal|making such a big deal|holding it against me|holding this against me)]`,
      reason: 'their hurt given an order to end',
      confidence: 0.8,
    },
    // you cant just throw away 6 years like that
    {
      match: `[${YOU} (cannot|can not|cant|do not get to|dont get to|are not allowed to) (just)? ${WALK_AWAY}]`,
      reason: 'their right to leave or withdraw denied',
      confidence: 0.85,
    },
  ],
  unless: [
    // you don't have to get over it
    { match: `${YOU} (do not|dont|never) (have to|need to)`, reason: 'the writer releases them', scope: 'sentence' },
    // you need to move on from him
    { match: '(move|moving) on (from|to|with)', reason: 'advice about something else', scope: 'sentence' },
  ],
  examples: [
    'So you should be over it by now.',
    'Mum needs us both there on Sunday so you need to get over it and be civil.',
    "you'll get over it",
    'Stop sulking.',
    'you cant just throw away 6 years like that',
    "You don't get to just walk away from this marriage.",
    'u cant just ignore me forever',
    'You have to let this go.',
    'Get over it already.',
    "You can't be angry forever.",
    "You shouldn't still be angry about this.",
    'Things will go back to normal once you calm down.',
    "Don't you dare leave me over one mistake.",
    "You can't just end eleven years over one text.",
    "You're going to forgive me eventually, so why drag it out?",
    "I think you've punished me enough.",
    "It's time you forgave me.",
    "Don't throw away everything we've built over one mistake.",
  ],
  counterexamples: [
    'I need to get over it and stop checking my phone.',
    'Just let it go man, she is not worth the stress.',
    "You'll be fine, it's only a cold.",
    'You need to move on from him, he’s not worth it.',
    'You can’t just leave the car there, they’ll tow it.',
    "You don't have to get over it on anyone's timetable.",
  ],
});
