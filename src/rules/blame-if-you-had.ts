/**
 * blame-if-you-had (step 2, blame)
 * A counterfactual that makes the other person's behaviour the cause: "if you'd answered your
 * phone none of this would have happened", "I wouldn't have done it if you'd been around more",
 * "if you weren't so jealous I wouldn't have to hide things".
 *
 * Deliberately not flagged: thanks in the same shape ("I wouldn't have made it if you hadn't
 * helped"), plans ("if you're free we could…"), and counterfactuals about the writer ("if I'd
 * listened, none of this would have happened").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { blameTakenBack } from '../lexicon/blame';

export default defineRule({
  id: 'blame-if-you-had',
  category: 'blame',
  message: 'An "if you had…" makes their behaviour the reason for yours. Keeping to what you did, and why it was wrong, is what repairs trust.',
  confidence: 0.8,
  patterns: [
    // i wouldn't have said any of it if you hadn't kept pushing me
    {
      match: `[i (would not|would never|never would|wouldnt|would of never) (have|of) #Verb .{0,8} if ${YOU} (had|were|was|did|would|hadnt|werent|didnt|#Verb)]`,
      reason: 'the writer\'s act made conditional on theirs',
    },
    // i wouldn't have had to hide things if you'd been honest
    {
      match: `[i (would not|wouldnt|would never) (have|need) to #Verb .{0,8} if ${YOU} (had|were|was|did|would|hadnt|werent|didnt|#Verb)]`,
      reason: 'the writer\'s act made conditional on theirs',
    },
    // if you'd actually answered your phone none of this would have happened
    {
      match: `[if ${YOU} .{1,12} (none|this|it|that|nothing) .{0,2} (would|wouldve|wouldnt|never) (not|never)? (have|of)? (happened|happen|come|got|gotten|gone)]`,
      reason: 'the whole event made conditional on them',
      confidence: 0.85,
    },
    // if you weren't so jealous all the time i wouldn't have to hide things
    {
      match: `[if ${YOU} .{1,14} i (would not|wouldnt|would never|never would|would not have|would have never|would of never|might not|may not)]`,
      reason: 'their behaviour set up as the condition for the writer\'s',
    },
    // if you'd just talked to me instead of going quiet
    {
      match: `[if ${YOU} (had|would|did) (just|only|actually|simply)? (talked|listened|answered|told|paid|given|picked|replied|called|texted|stayed|let|trusted|shown|stopped)]`,
      reason: 'their past behaviour offered as what should have prevented it',
      confidence: 0.7,
    },
    // had you told me the truth, none of this would have happened
    {
      match: `[^had ${YOU} (just|only|actually)? #Verb]`,
      reason: 'their past behaviour set up as the condition',
      confidence: 0.6,
    },
    // none of this would have happened
    {
      match: `[none of (this|it) (would|wouldve|will) (have|of|ever)? (happened|happen)]`,
      reason: 'implies someone else could have prevented it',
      confidence: 0.55,
    },
    // if the brief had been clearer we wouldn't be in this position
    {
      match: `[if (the|your|ur|his|her|their|#Person) .{1,8} (we|i) (would not|wouldnt|would never|never would)]`,
      reason: 'someone else\'s part set up as the condition',
      confidence: 0.65,
    },
    // maybe if ur mum didnt stick her nose in
    {
      match: `[maybe if .{1,3} (did not|didnt|had not|hadnt|was not|wasnt|were not|werent|would|stopped|kept|actually|listened|paid|just|bothered|cared|tried)]`,
      reason: 'a reproach framed as a condition',
      confidence: 0.7,
    },
    // maybe if you weren't so jealous
    {
      match: `[(maybe|perhaps)? if ${YOU} (were not|was not|werent|had not been|hadnt been|did not|didnt) (so|always|constantly|such a)]`,
      reason: 'their character offered as the condition',
      confidence: 0.75,
    },
    // if you paid me half as much attention as you pay your phone
    {
      match: `[if ${YOU} (paid|gave|showed|spent) me (half|a fraction|even half|more|any)]`,
      reason: 'their neglect offered as the condition',
      confidence: 0.75,
    },
    // if you'd been around more
    {
      match: `[if ${YOU} (had|would have|were|was) (been)? (around|home|there|here) (more|more often)]`,
      reason: 'their absence offered as the condition',
      confidence: 0.75,
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
    ...blameTakenBack(1),
    // i wouldn't have made it through if you hadn't helped
    { match: '(thank|thanks|grateful|managed|survived|known|noticed|remembered|found|met|passed|finished|able|lucky|luckily|believed|guessed|realised|realized|lost|loved|enjoyed|missed)', reason: 'gratitude or an everyday counterfactual, not blame', scope: 'sentence' },
    // if i had listened, none of this would have happened
    { match: '(if i|had i|i should|without you|without u|without your)', reason: 'the writer\'s own counterfactual, or thanks', scope: 'sentence' },
    // i'd never have made it through without you
    { match: '(made it|got through|get through|got there|seen it|come this far)', reason: 'gratitude for help, not blame', scope: 'sentence' },
  ],
  examples: [
    "You know what, if you'd actually answered your phone that night none of this would have happened.",
    "I wouldn't have said any of it if you hadn't kept pushing me to 'be honest'.",
    "Maybe if you weren't so jealous all the time I wouldn't have to hide things from you.",
    "If you paid me half as much attention as you pay your phone I wouldn't have gone looking elsewhere.",
    "I'd never have read your messages if you hadn't been so secretive.",
    "I wouldn't have done it if you'd been around more.",
    'if u had just listened to me this wouldnt have happened',
  ],
  counterexamples: [
    "I wouldn't have made it through this year if you hadn't helped me, thank you.",
    "If I'd listened to you, none of this would have happened.",
    "If you're free on Saturday we could go to the market.",
    "I wouldn't have known about the sale if you hadn't told me!",
  ],
});
