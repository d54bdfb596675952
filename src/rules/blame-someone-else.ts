/**
 * blame-someone-else (step 2, blame)
 * The writer points at who really did it: "Jess was the one who suggested it, not me", "you
 * started it", "blame the job, not me", "Dad's the one who told me to, take it up with him",
 * "it only got out because Raj can't keep his mouth shut", "your friends have been in your ear".
 *
 * Deliberately not flagged: neutral causes of neutral events ("the train was late because of
 * the snow"), a pet or object that "started it", pointing at someone kindly ("you're the one
 * who got me into running"), and the writer taking the part ("I was the one who…").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { OTHER, YOU_ARE, blameTakenBack } from '../lexicon/blame';

export default defineRule({
  id: 'blame-someone-else',
  category: 'blame',
  message: 'Pointing to what someone else did moves the weight off your part. They need to hear what you did, not who else was involved.',
  confidence: 0.75,
  patterns: [
    // jess was the one who suggested going back to hers
    {
      match: `[${OTHER} (was|is|were|are) (the one|the ones|the person|the people) (who|that) #Adverb? (started|suggested|wanted|told|asked|said|kept|pushed|brought|insisted|made|invited|offered|came|got|did|began|kissed|texted|messaged|decided|went|left|freaks|always|never|lied|cheated|sent|showed|gave|posted|shared|leaked|spread|poured|dared|egged)]`,
      reason: 'names someone else as the one who did it',
    },
    // you're the one who always freaks out about money
    {
      match: `[${YOU_ARE} (the one|the person) (who|that) #Adverb? (wanted|started|kept|said|told|cheated|lied|left|walked|ended|pushed|broke|ignored|chose|decided|insisted|suggested|refused|freaks|freaked|overreacted|made|brought|stopped|went|took|bailed|flirted|kissed|texted|messaged|begged|asked|invited|does|did|is|was|has|had|never|always)]`,
      reason: 'names them as the one who did it',
      confidence: 0.65,
    },
    // you started it
    {
      match: `[(you|u|he|she|they|#Person) (started|began) (it|this|that|all)]$`,
      reason: 'names someone else as the one who started it',
    },
    // you started this whole mess
    {
      match: `[(you|u|he|she|they|#Person) (started|began|caused|created) (this|that|the|all) (whole|mess|fight|argument|row|drama|problem|trouble)]`,
      reason: 'names someone else as the one who started it',
      confidence: 0.75,
    },
    // it was sam's idea, i just went along with it
    {
      match: `[it was (his|her|their|your|ur|#ProperNoun) (idea|call|plan|decision|suggestion)]`,
      reason: 'assigns the decision to someone else',
      confidence: 0.7,
    },
    // it wasn't my idea
    {
      match: `[(it|that|this) was not (my idea|my decision|my call|my plan|my suggestion)]`,
      reason: 'denies the writer\'s part in the decision',
      confidence: 0.7,
    },
    // so blame him
    {
      match: `[so blame (him|her|them|#Person|your|the)]`,
      reason: 'tells them to blame someone else',
      confidence: 0.8,
    },
    // you started it by bringing up my ex
    {
      match: `[(you|u|he|she|they|#Person) (started|began|kicked) (it|this|that|off)] (by|first|not|and|so|i|all|off|when|with)`,
      reason: 'names someone else as the one who started it',
    },
    // she started the whole argument
    {
      match: `[(you|u|he|she|they|#Person) (started|began|kicked off) the (whole|fight|argument|row|drama|thing)]`,
      reason: 'names someone else as the one who started it',
      confidence: 0.7,
    },
    // she started it, not me
    {
      match: `[(it was|that was|was) (you|u|him|her|them|#Person)] not me`,
      reason: 'names someone else and denies the writer\'s part',
      confidence: 0.8,
    },
    // half of it was dev's material, not mine
    {
      match: `[was (#Possessive|his|her|their|your|ur) #Noun? not (mine|me)]`,
      reason: 'assigns it to someone else\'s account',
      confidence: 0.75,
    },
    // blame the job, not me
    {
      match: `[^blame (the|my|your|ur|his|her|their|him|her|them|#Person) #Noun?]`,
      reason: 'tells them to blame someone or something else',
      confidence: 0.8,
    },
    // so take it up with him
    {
      match: `[take it up with (him|her|them|#Person|your #Noun|my #Noun)]`,
      reason: 'redirects their hurt to someone else',
      confidence: 0.7,
    },
    // raj can't keep his mouth shut
    {
      match: `[(can not|cannot|cant|could not|couldnt|never) keep (his|her|their|your|ur) (mouth|trap|gob) shut]`,
      reason: 'blames the person who spread it rather than the writer who told',
      confidence: 0.7,
    },
    // your friends have been in your ear about me
    {
      match: `[(been|are|is|keep|kept|was|were|getting) in (your|ur) (ear|head)]`,
      reason: 'blames others for turning them against the writer',
      confidence: 0.65,
    },
    // they turned you against me
    {
      match: `[(turned|turning|poisoned|poisoning|set|setting) ${YOU} against me]`,
      reason: 'blames others for turning them against the writer',
      confidence: 0.75,
    },
    // the delay was caused by your team's late sign-off
    {
      match: `[(caused by|due to|the fault of) (your|ur|you)]`,
      reason: 'attributes the problem to them',
      confidence: 0.6,
    },
    // the client's changes made this unavoidable
    {
      match: `[made (this|it|that) (unavoidable|inevitable|impossible to avoid)]`,
      reason: 'presents the outcome as forced by someone else',
      confidence: 0.65,
    },
    // i reacted like that cos u were screaming at me
    {
      match: `[i (reacted|snapped|did|said|shouted|yelled|lost|acted|responded|left|hung) .{0,4} (because|bc|cuz|cos|coz|cause) (you|u|he|she|they|#Person) (were|was|kept|had|did|started|made|never|always)]`,
      reason: 'the writer\'s reaction put down to their behaviour',
      confidence: 0.7,
    },
    // not because of what i did
    {
      match: `[not (because|bc|cuz|cos|cause) of (what|anything|something) i (did|said|have done|had done)]`,
      reason: 'denies that the writer\'s act is the cause of their hurt',
      confidence: 0.85,
    },
    // you're throwing it all away because you can't forgive
    {
      match: `[${YOU_ARE} (throwing|giving|walking|ending|ruining) (it all|this|us|everything|it) (away|up)?]`,
      reason: 'makes them responsible for the damage',
      confidence: 0.6,
    },
    // everyone was drinking, nobody was on their best behaviour
    {
      match: `[(everyone|everybody|we all|all of us|they all) (was|were|had been) (drinking|drunk|wasted|doing it|at it|messing around|flirting)]`,
      reason: 'spreads the act across everyone there',
      confidence: 0.65,
    },
    // nobody was on their best behaviour
    {
      match: `[(nobody|no one|none of us) was (on their best behaviour|on their best behavior|perfect|sober|innocent|an angel)]`,
      reason: 'spreads the act across everyone there',
      confidence: 0.7,
    },
  ],
  unless: [
    // i was the one who started it, not you
    { match: 'i (was|am) the (one|person|ones)', reason: 'the writer takes the part themselves', scope: 'sentence' },
    // it was me, not you
    { match: '(it|that) was (me|mine|all me)', reason: 'the writer takes the part themselves', scope: 'sentence' },
    // i used to tell myself you drove me to it
    // i shouldn't have blamed your mum
    // it's not your fault
    // no one to blame but me
    // that's on me
    // thats all on me
    // none of this is on you
    ...blameTakenBack(2),
    // don't blame him, it was me
    { match: '(do not|dont|never|cant|cannot|can not) blame', reason: 'defends someone else from blame', scope: 'sentence' },
    // everyone was drinking champagne at the wedding
    { match: 'drinking (the|some|champagne|wine|beer|prosecco|cocktails|tea|coffee|water|shots|cider|gin|fizz|lager|juice)', reason: 'a scene described, not a share of blame', scope: 'sentence' },
    // if you're the one who says it first
    { match: `if ${YOU_ARE} the one`, reason: 'a hypothetical, not a charge', scope: 'sentence' },
    // you're the one who got me into running, thank you
    { match: '(thank|thanks|grateful|love|amazing|proud|lucky|favourite|favorite|ever|introduced|taught|inspired|encouraged|recommended|organised|organized)', reason: 'pointing at someone kindly, not blaming', scope: 'sentence' },
  ],
  examples: [
    'Jess was the one who suggested going back to hers, not me.',
    "Mum, Dad's the one who told me to keep it from you, so take it up with him.",
    "But you're the one who always freaks out about money.",
    "I'm sorry but you started it by bringing up my ex in front of everyone",
    'She started it, not me.',
    "half of it was Dev's material, not mine",
    'Blame the job, not me.',
    "the whole office only found out because Raj can't keep his mouth shut.",
    'Ur friends have been in ur ear about me since day one',
    "You're throwing it all away because you can't forgive, not because of what I did.",
    'Everyone was drinking, nobody was on their best behaviour.',
    'you were the one who wanted a break in the first place',
  ],
  counterexamples: [
    'Her dog started it, not Biscuit! Biscuit was minding his own business.',
    'The train was late because of the snow.',
    "You're the one who got me into running, thank you for that.",
    'I was the one who started it, not you.',
    'The kids are cranky because they skipped their nap, not because of anything you did.',
  ],
});
