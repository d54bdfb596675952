/**
 * excuse-minimising (step 1, excuse)
 * The writer shrinks what they did: "it was ONE kiss", "it's not a big deal", "it meant nothing",
 * "it's not like we were having an affair", "it was a joke", "it wasn't deliberate", "it just
 * happened". Making the act smaller tells them their hurt is out of proportion.
 *
 * Deliberately not flagged: reassurance about something else ("don't worry, it was only one
 * glass and it came right out", "the vet said it's not a big deal"), and everyday "no big deal"
 * offers ("no big deal if you can't make it").
 */
import { defineRule } from '../analyzer/types';
import { excuseRefusals, ONLY, reassurance, SMALL_ACTS, SMALL_ACTS_PLURAL } from '../lexicon/excuse';

export default defineRule({
  id: 'excuse-minimising',
  category: 'excuse',
  message: 'Making it sound small tells them their hurt is out of proportion. How big it was is theirs to judge.',
  confidence: 0.75,
  patterns: [
    // it was one kiss
    {
      match: `[(it was|it is|that was|twas) (literally|honestly|like|only|just)? ${ONLY}? (a couple of|a single|one|1|a few|two|like) ${SMALL_ACTS}]`,
      reason: 'counts the act down to one',
      confidence: 0.75,
    },
    // it was like 3 messages
    {
      match: `[(it was|it is|that was) (literally|honestly|like|only|just)? ${ONLY}? a? (#Value|couple|few) of? ${SMALL_ACTS_PLURAL}]`,
      reason: 'counts the act down to a few',
      confidence: 0.7,
    },
    // its really not a big deal
    {
      match: `[(it is|that is|it was|that was|its|thats|it|that|this)? (really|honestly|seriously|even|actually)? (not|hardly) (a|that|such a|that big of a|that much of a)? big (of a)? deal]`,
      reason: 'declares the act not a big deal',
      confidence: 0.65,
      rewrite: 'I know it was a big deal to you',
    },
    // not sure what the big deal is
    {
      match: `[(what is|whats|what was) the big deal]`,
      reason: 'questions whether there is anything to be hurt about',
      confidence: 0.75,
    },
    // not sure what the big deal is
    {
      match: `[what the big deal (is|was)]`,
      reason: 'questions whether there is anything to be hurt about',
      confidence: 0.75,
    },
    // you're making a big deal out of nothing
    {
      match: `[(making|make|made) (a big deal|a fuss|a drama|such a big deal|such a fuss) (out of|over|about) (nothing|this|it|that)]`,
      reason: 'tells them the reaction is bigger than the act',
      confidence: 0.75,
    },
    // hardly a crime
    {
      match: `[(hardly|not exactly|not) (a|some) (crime|hanging offence|federal offence|capital offence|sin|disaster|catastrophe)]`,
      reason: 'compares the act to something far worse to shrink it',
      confidence: 0.7,
    },
    // it meant nothing
    {
      match: `[(it|that|she|he|the kiss|the text|the messages|they) (meant|means) (absolutely|literally)? nothing]`,
      reason: 'declares the act meaningless',
      confidence: 0.75,
    },
    // it didnt mean anything
    {
      match: `[(it|that|she|he|the kiss|they) (did not|didnt) mean (anything|a thing)]`,
      reason: 'declares the act meaningless',
      confidence: 0.7,
    },
    // it was just a peck on the cheek
    {
      match: `[(it was|that was|twas) ${ONLY} a (peck|kiss|snog|hug|drink|coffee|dance|chat|text|message|joke|laugh|fling|crush|flirt|mistake|silly|stupid|harmless|little|tiny|small|one-off|bit)]`,
      reason: 'shrinks the act with just/only',
      confidence: 0.6,
    },
    // it was a silly joke, i thought you'd laugh
    {
      match: `[(it was|that was|twas) a (silly|stupid|dumb|harmless|bad|little|daft|throwaway) (joke|prank|comment|remark|bit)]`,
      reason: 'recasts the hurt as a joke',
      confidence: 0.6,
    },
    // honestly its really not that deep
    {
      match: `[(it is|it was|its|this is|that is|thats) (really|honestly|seriously|even|just)? not that (deep|serious|major)]`,
      reason: 'declares the act not serious',
      confidence: 0.6,
    },
    // just a stupid dare
    {
      match: `[${ONLY} a (stupid|silly|dumb|harmless|little|daft) (dare|joke|prank|bet|laugh|kiss|flirt|text|message)]`,
      reason: 'shrinks the act to something trivial',
      confidence: 0.55,
    },
    // honestly it was harmless, just banter
    {
      match: `[(it was|that was|its|it is|thats) (totally|completely|just|only|all|perfectly)? (harmless|innocent|innocuous|banter|nothing serious)]`,
      reason: 'declares the act harmless',
      confidence: 0.6,
    },
    // it was a one-time thing
    {
      match: `[(it was|that was|it is) (just|only)? a (one-time|one time|one off|one-off|onetime|oneoff) (thing)?]`,
      reason: 'counts the act down to once',
      confidence: 0.65,
    },
    // it was ages ago, why does it even matter
    {
      match: `[why does (it|that|this) (even|still)? matter]`,
      reason: 'questions whether the act matters',
      confidence: 0.65,
    },
    // it's not as bad as you're making it sound
    {
      match: `[not (as|that|so) bad as (you|u) (are|were)? (making|make) (it|out)]`,
      reason: 'tells them the hurt is overstated',
      confidence: 0.75,
    },
    // it wasn't even that bad
    {
      match: `[(it was|it is|its|that was) not even that (bad|big|serious)]`,
      reason: 'declares the act not that bad',
      confidence: 0.65,
    },
    // it's not like i went looking for it
    {
      match: `[(it is|it has|it was|its|it) not like (i|we) (#PastTense|was|were|had|did)]`,
      reason: 'compares the act to something worse it was not',
      confidence: 0.7,
    },
    // it was a joke
    {
      match: `[(it was|it is|that was|twas) (only|just|simply|merely|meant as)? a (joke|bit of fun|bit of banter|prank)]`,
      reason: 'recasts the hurt as a joke',
      confidence: 0.65,
    },
    // i was only joking
    {
      match: `[i was ${ONLY} (joking|kidding|messing|teasing|having a laugh|messing around|winding you up|playing)]`,
      reason: 'recasts the hurt as a joke',
      confidence: 0.75,
    },
    // it wasn't deliberate
    {
      match: `[(it was|it is|that was) not (deliberate|intentional|on purpose|planned|premeditated|some big plan|a plan|malicious)]`,
      reason: 'points to the lack of intent instead of the effect',
      confidence: 0.7,
    },
    // it's not like i planned it / i didn't do it on purpose
    {
      match: `[i (did not|didnt|never) (do|mean|plan|intend|want) (it|this|that|any of it|for it|for this|for any of it|for that)? (on purpose|deliberately|intentionally|to happen)]`,
      reason: 'points to the lack of intent instead of the effect',
      confidence: 0.5,
    },
    // it just kind of did
    {
      match: `[it just (kind of|sort of|kinda|sorta)? (happened|did)]$`,
      reason: 'tells the act as something that happened on its own',
      confidence: 0.65,
    },
    // we were just talking
    {
      match: `[we were ${ONLY} (talking|chatting|friends|dancing|texting|messaging|mates|hanging out)]$`,
      reason: 'shrinks what happened to something harmless',
      confidence: 0.6,
    },
    // we were just talking, nothing happened
    {
      match: `[we were ${ONLY} (talking|chatting|friends|dancing|texting|messaging|mates)] (nothing|that|thats|i|honestly|it|its|swear|as|no|and)`,
      reason: 'shrinks what happened to something harmless',
      confidence: 0.6,
    },
    // i only borrowed the car
    {
      match: `[i only (borrowed|took|looked|read|kissed|texted|messaged|used|opened|checked|snooped|flirted|danced|hugged)]`,
      reason: 'shrinks the act with only',
      confidence: 0.55,
    },
    // you'd let one mistake end everything
    {
      match: `[(over|because of|let|about) (just|only)? (one|a single|1|a tiny|a little|a small) (mistake|slip|kiss|text|error|lapse)]`,
      reason: 'weighs the act as one small thing against everything else',
      confidence: 0.65,
    },
  ],
  unless: [
    // that's no excuse / i'm not making excuses
    // i'm not putting it on that
    // but that's not why i did it
    // i won't dress it up
    // it doesn't make it okay
    ...excuseRefusals(2),
    // don't worry about the wine, it was only one glass
    { match: reassurance(2), reason: 'reassuring them about a small everyday thing', scope: 'sentence' },
    // no big deal if you can't make it
    { match: 'big deal (if|whether)', reason: 'an easy-going offer to them, not a defence', scope: 'sentence' },
    // it was a joke of a decision
    { match: 'joke of', reason: 'a verdict on something else, not the writer\'s act', scope: 'sentence' },
    // it meant nothing to me until i read the ending
    { match: 'nothing (to me)? until', reason: 'a change of mind, not a defence', scope: 'sentence' },
    // it wasn't a big deal in the end, the mechanic fixed it
    { match: '(fixed|sorted|repaired|mended|healed|recovered|in the end)', reason: 'a mishap already resolved, not a defence', scope: 'sentence' },
    // i only borrowed a pen, i'll give it back tomorrow
    { match: '(i will|ill) (give|bring|put|pay|send|hand) (it|them|that) back', reason: 'a promise to return something, not a defence', scope: 'sentence' },
    // i was only joking about the pizza, i actually love it
    { match: '(i actually|i really|actually i) (love|like|loved|liked|enjoy|enjoyed|adore)', reason: 'an affectionate tease taken back', scope: 'sentence' },
    // it's not like we weren't cool about it
    { match: 'like (i|we) (was|were|did|had) not', reason: 'a double negative that affirms, not a defence', scope: 'sentence' },
    // it was a couple of drinks, nothing fancy, you should come next time
    { match: '(nothing fancy|nothing to worry about|no need to worry|should come|come next time|from the bank|from work)', reason: 'a casual report, not a defence', scope: 'sentence' },
    // it was a joke, the whole film
    { match: '(film|movie|show|match|game|referee|ref|book|series|episode|season|service|menu|meal|interview)', reason: 'a verdict on something watched or used, not the writer\'s act', scope: 'sentence' },
    // it's not a big deal, we can get another one
    { match: '(we|i|you|u) can (get|buy|fix|order|replace|grab|pick|sort)', reason: 'an easy fix offered, not a defence', scope: 'sentence' },
    // it meant nothing to him, he said
    { match: 'nothing to (him|her|them|#Person)', reason: 'about someone else, not the writer\'s act', scope: 'sentence' },
    // the vet said he'll be right as rain
    { match: '(will|should) be (fine|ok|okay|alright|right as rain|good|grand)', reason: 'a reassuring forecast, not a defence of the writer', scope: 'sentence' },
    // it wasn't a big deal, the cake still tasted great
    { match: '(still|anyway|anyways) (tasted|looked|turned|went|worked|came|sounded|was|were|got)', reason: 'a small mishap that came out fine, not a wrong', scope: 'sentence' },
    // i know it wasn't a small thing / i know it was a big deal
    { match: '(i know|i realise|i realize|i understand|i get) (it|that|this) (was|is) a big deal', reason: 'the writer affirms the weight of it', scope: 'message' },
  ],
  examples: [
    'it was ONE kiss. one.',
    "I mean it was like 3 messages, it's not like we were having an affair",
    'its really not a big deal, we were just talking',
    'It was a couple of drinks with an ex, hardly a crime.',
    'It was a stupid drunk snog, it meant NOTHING.',
    'sorry if u took it the wrong way, it was a joke',
    "Honestly it's not like I went looking for it.",
    "Not sure what the big deal is but whatever.",
    "It wasn't deliberate.",
    'I never meant for any of it to happen, it just kind of did.',
    'I only borrowed the car!',
  ],
  counterexamples: [
    "Don't worry about the wine on the carpet, it was only one glass and it came right out.",
    "It wasn't a big deal at all, the vet said he'll be right as rain by Monday.",
    'No big deal if you can\'t make it Saturday.',
    "It wasn't a big deal, the cake still tasted great.",
    'It was one of the best films I have seen this year.',
    'We were just talking about you, all good things!',
    'The meeting just happened to be on my birthday.',
  ],
});
