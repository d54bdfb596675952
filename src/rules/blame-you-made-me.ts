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
import { blameTakenBack, OTHER, PROVOKING, SHOULD_HAVE, YOU_ARE } from '../lexicon/blame';
import { laughter } from '../lexicon/excuse';

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
    // your constant nagging drove me to it
    {
      match: `[(drove|driven|pushed|forced|pressured|goaded) me (to the point|past the point|to it|to this|to that|into it|into this|into that|over the edge|to the edge|to do it|to breaking point)]`,
      reason: 'the act laid at someone else\'s door',
      confidence: 0.75,
    },
    // the alcohol made me do it
    {
      match: `[made me do (it|this|that)]$`,
      reason: 'the act laid at someone or something else\'s door',
      confidence: 0.75,
    },
    // my friends talked me into it
    {
      match: `[(talked|pressured|convinced|persuaded|roped|dragged|goaded|egged|bullied|guilted) me into (it|this|that|going|doing|saying|taking)]`,
      reason: 'the decision laid on whoever persuaded the writer',
      confidence: 0.65,
    },
    // you forced my hand
    {
      match: `[${OTHER} (forced|force) my hand]`,
      reason: 'the writer\'s choice framed as forced',
      confidence: 0.8,
    },
    // you gave me every reason to look elsewhere
    {
      match: `[${OTHER} (gave|give|have given) me (every|plenty of|good|all the) reason to]`,
      reason: 'their behaviour offered as the writer\'s reason',
      confidence: 0.7,
    },
    // ur the reason i did it
    {
      match: `[${YOU_ARE} (literally|honestly|actually|just)? the (reason|cause) (why|that)? (i|we) (did|said|lied|cheated|snapped|strayed|looked|hid|drank|lost|kissed|texted|went|acted|reacted|fight|argue|fought|argued|broke|split)]`,
      reason: 'makes them the cause',
      confidence: 0.7,
    },
    // you drove me crazy until i snapped
    {
      match: `[${OTHER} .{1,8} until i] (snapped|cracked|exploded|blew|lost|broke)`,
      reason: 'their persistence offered as the cause',
      confidence: 0.65,
    },
    // you made me feel like i had no one else
    {
      match: `[${YOU} made me feel] (like|as if|as though|so|that|unwanted|invisible|worthless|alone|small|stupid|jealous|insecure|ignored|neglected|rejected|humiliated)`,
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
      match: `[${YOU} (made|make|got|drove) me (so|really|that)? (angry|mad|nuts|insane|up the wall|jealous|furious|crazy|upset|paranoid|suspicious|snap|lose it|lose my temper|react|say it|say that|act like that)]`,
      reason: 'their effect on the writer offered as the cause',
      confidence: 0.75,
    },
    // you left me no choice
    {
      match: `[${OTHER} (left|gave) me (with)? (no|little) (other)? (choice|option|alternative)]`,
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
    // but u were flirting with him all night
    {
      match: `[but ${YOU} (were|was|kept|had been|have been) (flirting|ignoring|nagging|shouting|yelling|screaming|teasing|mocking|sulking|provoking|needling|goading|baiting|going on|having a go|picking|texting|messaging|lying|hiding|being|acting|treating me|talking down)]`,
      reason: 'their behaviour offered after the admission, as its cause',
      confidence: 0.7,
    },
    // you weren't picking up, so i took it out of the joint account
    {
      match: `[${YOU} (were not|was not|werent|wasnt|would not|wouldnt|did not|didnt|never) (picking up|answering|replying|responding|listening|around|there|home|pick up|answer|reply|respond|listen|call back|text back|ring back)] .{0,6} so i`,
      reason: 'their unavailability offered as why the writer acted',
      confidence: 0.65,
    },
    // the way you reacted is the reason this turned into a whole thing
    {
      match: `[the way ${YOU} (reacted|react|acted|act|behaved|behave|spoke|speak|talked|talk|handled|handle|responded|respond|treated|treat) .{0,6} (is|was) (the reason|why|what)]`,
      reason: 'their reaction made the cause of the damage',
      confidence: 0.75,
    },
    // you kept pushing and pushing until i snapped
    {
      match: `[${OTHER} kept #Gerund .{0,4} until i] (snapped|cracked|broke|exploded|lost|gave|did|said|blew)`,
      reason: 'their persistence offered as the cause',
      confidence: 0.7,
    },
    // you kept pushing me
    {
      match: `[${OTHER} (kept|were|was|had been|have been|keep) pushing me]`,
      reason: 'pressure offered as the cause',
      confidence: 0.65,
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
    // nobody pushed me into it
    { match: '(nobody|noone|no one|you never|you did not|you didnt) (pushed|made|forced|drove|talked|pressured)', reason: 'the writer clears them of pushing', scope: 'sentence' },
    // i used to tell myself you drove me to it
    // i shouldn't have blamed your mum
    // it's not your fault
    // no one to blame but me
    // that's on me
    // thats all on me
    // none of this is on you
    ...blameTakenBack(3),
    // you should have told me you were coming, i'd have made dinner
    { match: 'i would have (made|cooked|baked|got|bought|picked|cleaned|tidied|saved|come|met|booked)', reason: 'a hospitable regret, not blame', scope: 'sentence' },
    // you were winding me up about the score all night haha
    { match: laughter(5), reason: 'teasing, not blame', scope: 'sentence' },
    // you made me feel so welcome
    { match: '(welcome|special|loved|safe|happy|better|beautiful|wanted|appreciated|thank|thanks|grateful|home)', reason: 'a kind effect, not a cause of harm', scope: 'sentence' },
  ],
  examples: [
    'You made me do it.',
    'u literally pushed me into it',
    'You pushed me to the point where I had to say something.',
    'you made me feel like i had no one else to talk to so yeah i talked to him',
    'You made me look like an idiot in front of your whole family.',
    'You left me no choice.',
    'I know I shouldn\'t have said it but you were winding me up all night.',
    'Your sister wound me up all night and you just sat there',
    'u shouldve made me eat first',
    'you KNOW how my dad gets, he put me in an impossible position',
    'Let\'s be real, you pushed me away for months.',
    'im sorry if i crossed a line but u were flirting with him all night',
    "The landlord needed the deposit and you weren't picking up, so I took it out of the joint account.",
    'The way you reacted is the reason this turned into a whole thing.',
  ],
  counterexamples: [
    'It was my decision and my mistake. Nobody pushed me into it.',
    'you made me laugh so much last night',
    'You made me a better person, and I threw that away.',
    'I used to tell myself you drove me to it. You didn\'t. I did it.',
    'You made me feel so welcome at your parents\'.',
    'The printer made me redo the whole thing three times.',
    "I called twice but you weren't picking up, hope all's well!",
    'I love the way you reacted when you opened it.',
  ],
});
