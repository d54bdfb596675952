/**
 * blame-you-made-me (step 2, blame)
 * The writer says the other person caused what the writer did: "you made me do it", "you drove
 * me to it", "u pushed me into it", "you left me no choice", "you were winding me up all night",
 * "you should've stopped me".
 *
 * Deliberately not flagged: "you made me" with a kind or harmless object ("you made me laugh",
 * "you made me a better person", "you made me dinner"), and the same words looked back on and
 * rejected ("I used to tell myself you drove me to it").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { blameTakenBack, OTHER, PROVOKING, SHOULD_HAVE } from '../lexicon/blame';

export default defineRule({
  id: 'blame-you-made-me',
  category: 'blame',
  message: 'This hands the cause of what you did to them. Whatever led up to it, the choice was yours, and saying so is what they need to hear.',
  confidence: 0.8,
  patterns: [
    // you made me do it
    {
      match: `[${YOU} (literally|basically|practically|totally|actually|just)? (made|make|forced|pushed|drove|driven) me (do it|do this|do that|do what i did|to do it|to it|into it|into this|into that|to this|to that)]`,
      reason: 'the act itself laid at their door',
      confidence: 0.9,
      rewrite: 'I chose to do it',
    },
    // you made me feel like i had no one else
    {
      match: `[${YOU} (made|make) me feel] (like|as if|as though|so|that|unwanted|invisible|worthless|alone|small|stupid|jealous|insecure|ignored|neglected|rejected|humiliated)`,
      reason: 'their effect on the writer offered as the cause',
      confidence: 0.6,
      rewrite: 'I felt',
    },
    // you made me look like an idiot
    {
      match: `[${YOU} (made|make) me (look|sound) (like|stupid|an|a|so)]`,
      reason: 'their part offered as the cause',
      confidence: 0.7,
    },
    // you made me so angry
    {
      match: `[${YOU} (made|make|got) me (so|really|that)? (angry|mad|jealous|furious|crazy|upset|paranoid|suspicious|snap|lose it|lose my temper|react|say it|say that|act like that)]`,
      reason: 'their effect on the writer offered as the cause',
      confidence: 0.75,
    },
    // you left me no choice
    {
      match: `[${OTHER} (left|gave) me (no|little) (choice|option|other option|alternative)]`,
      reason: 'the writer\'s choice framed as forced by someone else',
      confidence: 0.85,
    },
    // he put me in an impossible position
    {
      match: `[${OTHER} (put|left|placed) me in (an impossible|a difficult|an awkward|a terrible|a horrible|this|that|such a) (position|situation|spot)?]`,
      reason: 'someone else blamed for the writer\'s position',
      confidence: 0.7,
    },
    // you pushed me away for months
    {
      match: `[${YOU} (pushed|shut|kept|shoved) me (away|out)]`,
      reason: 'their distance offered as the cause',
      confidence: 0.7,
    },
    // you were winding me up all night
    {
      match: `[${OTHER} (were|was|kept|had been|have been|has been)? ${PROVOKING} me (up|on|into)?]`,
      reason: 'provocation offered as the cause',
      confidence: 0.7,
    },
    // you just sat there
    {
      match: `[and ${YOU} (just)? (sat|stood) there]`,
      reason: 'their inaction offered as part of the cause',
      confidence: 0.6,
    },
    // u shouldve made me eat first
    {
      match: `[${YOU} ${SHOULD_HAVE} (made|stopped|told|warned|reminded|said|asked) me]`,
      reason: 'prevention made their job',
      confidence: 0.6,
    },
    // sophie kept topping up my glass
    {
      match: `[${OTHER} kept (topping up|filling up|refilling|buying|pouring|handing|getting) (my|me)]`,
      reason: 'the drink that excuses the act pinned on someone else',
      confidence: 0.6,
    },
  ],
  unless: [
    // i used to tell myself you drove me to it
    { match: blameTakenBack(['nobody made me', 'no one made me', 'you did not make me', 'you didnt make me']), reason: 'the blame is named in order to take it back', scope: 'message' },
    // you made me feel so welcome
    { match: '(welcome|special|loved|safe|happy|better|at home|beautiful|wanted|appreciated|thank|thanks|grateful)', reason: 'a kind effect, not a cause of harm', scope: 'sentence' },
  ],
  examples: [
    'You made me do it.',
    'u literally pushed me into it',
    'you made me feel like i had no one else to talk to so yeah i talked to him',
    'You made me look like an idiot in front of your whole family.',
    'You left me no choice.',
    'I know I shouldn\'t have said it but you were winding me up all night.',
    'Your sister wound me up all night and you just sat there',
    'u shouldve made me eat first',
    'you KNOW how my dad gets, he put me in an impossible position',
    'Let\'s be real, you pushed me away for months.',
  ],
  counterexamples: [
    'you made me laugh so much last night',
    'You made me a better person, and I threw that away.',
    'I used to tell myself you drove me to it. You didn\'t. I did it.',
    'You made me feel so welcome at your parents\'.',
    'The printer made me redo the whole thing three times.',
  ],
});
