/**
 * blame-human-nature (step 2, blame)
 * The writer hands the cause to human nature or to everyone: "anyone would have", "everyone
 * makes mistakes", "I'm only human", "nobody's perfect", "people cheat, it happens", "these
 * things happen", "that's just biology". It files the act under what people do, not what the
 * writer did.
 *
 * Deliberately not flagged: reassurance aimed at the other person's own slip ("everyone makes
 * mistakes in their first month, don't beat yourself up"), and happenings that are not acts
 * ("it happens every year in May").
 */
import { defineRule } from '../analyzer/types';
import { YOURSELF } from '../lexicon/pronouns';
import { blameTakenBack } from '../lexicon/blame';
import { laughter, reassurance } from '../lexicon/excuse';

export default defineRule({
  id: 'blame-human-nature',
  category: 'blame',
  message: 'Saying anyone would have done it files this under human nature instead of your choice. They need to hear that you did it, not that people do.',
  confidence: 0.75,
  patterns: [
    // i just snapped, anyone would have
    {
      match: `[(anyone|anybody|everyone|everybody|any #Noun|most people) (else)? (would|wouldve|would of) (have|of)?]$`,
      reason: 'claims anyone would have done what the writer did',
      confidence: 0.7,
    },
    // anyone in my shoes would have done the same
    {
      match: `[(anyone|anybody|everyone|everybody) in my (shoes|position|place|situation) (would|wouldve) (have|of)? (done|reacted|said|acted|snapped|lost|made|chosen|lied|panicked)]`,
      reason: 'claims anyone would have done what the writer did',
      confidence: 0.75,
    },
    // anyone in my position would have
    {
      match: `[(anyone|anybody|everyone|everybody) in my (shoes|position|place|situation) (would|wouldve) (have|of)?]$`,
      reason: 'claims anyone would have done what the writer did',
      confidence: 0.75,
    },
    // anyone would have reacted the same way
    {
      match: `[(anyone|anybody|everyone|everybody|any #Noun|most people) (else)? (would|wouldve|would of) (have|of)? (done|reacted|snapped|said|lost) (the same|it|that|so|their|his|her)]`,
      reason: 'claims anyone would have done what the writer did',
      confidence: 0.7,
    },
    // you'd have done the same
    {
      match: `[(you|u) (would|wouldve|would of) (have|of)? done (exactly|just)? the same]`,
      reason: 'claims they would have done the same',
      confidence: 0.75,
    },
    // everyone makes mistakes
    {
      match: `[(everyone|everybody|we all|all of us|people|humans|anyone can|anybody can) (makes|make|made|gets|get|does|do) (mistakes|mistake|carried away|stupid things|dumb things|things wrong)]`,
      reason: 'files the act under what everyone does',
      confidence: 0.75,
    },
    // everybody does it, it's normal
    {
      match: `[(everybody|everyone|we all|all couples|every couple) (does|do) (it|that|this)]`,
      reason: 'files the act under what everyone does',
      confidence: 0.65,
    },
    // it's human nature
    {
      match: `[(it is|thats|that is|its) (just|only|simply)? human nature]`,
      reason: 'nature offered as the reason',
      confidence: 0.75,
    },
    // everyone lies to their partners sometimes
    {
      match: `[(everyone|everybody|people|we all|all men|all guys|all women) (lies|lie|cheats|cheat|flirts|flirt|strays|stray|snoops|snoop)]`,
      reason: 'files the act under what everyone does',
      confidence: 0.6,
    },
    // we're only human
    {
      match: `[we are (all|only|just)? (only|just)? human]`,
      reason: 'human nature offered as the reason',
      confidence: 0.75,
    },
    // everyone slips up
    {
      match: `[(everyone|everybody|we all|all of us|people|humans|anyone can|anybody can) (slips|slip|slipped|messes|mess|messed|screws|screw|screwed|mucks|muck|fucks|fuck) up]`,
      reason: 'files the act under what everyone does',
      confidence: 0.75,
    },
    // i'm only human
    {
      match: `[i am (only|just|also|still)? human]`,
      reason: 'human nature offered as the reason',
      confidence: 0.8,
    },
    // nobody's perfect
    {
      match: `[(nobody is|no one is|nobodys|noone is|no ones|nobody|no one) (perfect|a saint|an angel)]`,
      reason: 'human imperfection offered as the reason',
      confidence: 0.75,
    },
    // people cheat, it happens
    {
      match: `[(it|shit|stuff|these things|things like this|things like that|mistakes|accidents) (just)? (happens|happen)]$`,
      reason: 'the act filed under things that happen',
      confidence: 0.65,
    },
    // it happens to literally everyone
    {
      match: `[(it|this|that|these things|stuff|shit) (happens|happen) (to)? (literally|honestly)? (to)? (everyone|everybody|anyone|the best of us|all of us|all couples|every couple)]`,
      reason: 'the act filed under things that happen to everyone',
      confidence: 0.8,
    },
    // these things happen when you're apart for months
    {
      match: `[these things (happen|happened)]`,
      reason: 'the act filed under things that happen',
      confidence: 0.75,
    },
    // humans aren't built for monogamy
    {
      match: `[(humans|people|men|women|guys|we) (are not|arent|were not|werent) (built|made|designed|wired|meant) (for|to)]`,
      reason: 'nature offered as the reason',
      confidence: 0.75,
    },
    // it's just how we're wired
    {
      match: `[(how|the way) (we|men|guys|people|humans|women|blokes) (are|were) (wired|built|made|designed)]`,
      reason: 'nature offered as the reason',
      confidence: 0.7,
    },
    // guys cheat, it happens
    {
      match: `[^(guys|men|blokes|women|girls|people|humans|everyone|everybody) (cheat|lie|stray|flirt)]`,
      reason: 'files the act under what everyone does',
      confidence: 0.6,
    },
    // that's just biology
    {
      match: `[(that is|thats|its|it is) (just|only|simply)? (biology|human nature|how people are|how humans are|what people do|what humans do)]`,
      reason: 'nature offered as the reason',
      confidence: 0.65,
    },
  ],
  unless: [
    // everyone makes mistakes, don't beat yourself up
    { match: `(beating|beat|blaming|blame|hard|easy) on? ${YOURSELF}`, reason: 'reassures them about their own slip', scope: 'message' },
    // i used to tell myself you drove me to it
    // i shouldn't have blamed your mum
    // it's not your fault
    // no one to blame but me
    // that's on me
    // thats all on me
    // none of this is on you
    ...blameTakenBack(0),
    // i won't hide behind "everyone does it"
    { match: '(hide|hiding|hid) behind', reason: 'the writer refuses the shelter of human nature', scope: 'message' },
    // nobody's perfect, and you did great today
    { match: '(you|u) (did|were|are|played|look|looked|sang|ran) (so|really)? (great|amazing|brilliant|brilliantly|amazingly|fine|well|good|fantastic|wonderfully|beautifully)', reason: 'encouragement for them, not cover for the writer', scope: 'sentence' },
    // people cheat at monopoly haha
    { match: laughter(3), reason: 'a joke, not cover for a wrong', scope: 'sentence' },
    // nobody's perfect but you're pretty close
    { match: '(pretty|so|really) close', reason: 'a compliment, not cover for a wrong', scope: 'sentence' },
    // honestly i'm only human, i ate the whole pizza
    { match: '(ate|eaten|pizzas|cake|chocolate|biscuits|cookies|dessert|crisps|seconds|coffee|tea|nap|sleep|wine|snack|break|rest|holidays|treat|monopoly|cards)', reason: 'a treat confessed, not a wrong excused', scope: 'sentence' },
    // make it happen / before it happens
    { match: '(make|makes|making|made|before|when|soon|until|once|after|if|whenever|let|see) it (happens|happen)', reason: 'an event to come or to cause, not cover for a wrong', scope: 'sentence' },
    // we all need a day off sometimes
    { match: '(need|needs|deserve|deserves) a (day|break|rest|holiday|treat|nap|drink|lie-in)', reason: 'a need shared by everyone, not cover for a wrong', scope: 'sentence' },
    // these things happen in spring
    { match: '(spring|summer|autumn|winter|weather|pollen|season|rain|snow|traffic)', reason: 'a happening of nature or the day, not an act', scope: 'sentence' },
    // nobody's perfect at their first lesson; everybody does it this way
    { match: '(perfect|mistakes) (at|in|on|when|filling|with)', reason: 'about skill at a task, not cover for a wrong', scope: 'sentence' },
    // everybody does it this way in the north
    { match: '(does|do) it (this|that|the|their|his|her|my|your) way', reason: 'a custom described, not cover for a wrong', scope: 'sentence' },
    // don't worry, it happens
    { match: reassurance(3), reason: 'reassuring them about a small thing', scope: 'sentence' },
  ],
  examples: [
    "I know I shouted. I'd been up since 4 with the baby and I just snapped, anyone would have.",
    "People cheat, it happens. Humans aren't built for monogamy, that's just biology.",
    "Everyone slips up, I'm only human.",
    'come on, I slipped up, it happens to literally everyone at some point!!',
    "These things happen when you're apart for months, I'm human.",
    "Nobody's perfect.",
    "You'd have done the same.",
    'everyone makes mistakes',
  ],
  counterexamples: [
    "Everyone makes mistakes in their first month, don't beat yourself up about the rota mix-up!",
    'It happens every year in May when the pollen comes.',
    "Don't worry about the mug, it happens.",
    'Anyone would have loved that cake.',
    'Anyone in my position would have been nervous before the interview.',
  ],
});
