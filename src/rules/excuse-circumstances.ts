/**
 * excuse-circumstances (step 1, excuse)
 * The writer puts the act down to their state or their day: drink, tiredness, stress, a flat
 * phone, a mad month at work. "I'd had six pints, I wasn't thinking straight", "I was under a
 * lot of pressure and it just came out", "in my defence…".
 *
 * Deliberately not flagged: the same facts owned ("I was drunk, and that's no excuse"),
 * everyday logistics ("no choice but to get the later train", "I was on leave last week"), and
 * states without an act to excuse ("I was so tired after the gym").
 */
import { defineRule } from '../analyzer/types';
import { DRUNK, excuseRefusals, laughter, ONLY, WORN_OUT } from '../lexicon/excuse';

export default defineRule({
  id: 'excuse-circumstances',
  category: 'excuse',
  message: 'Explaining the state you were in can read as "it wasn\'t really me". Owning the act first lets the context be heard later, if they ask.',
  confidence: 0.7,
  patterns: [
    // in my defence, the offer came through late
    {
      match: '[in my (defence|defense)]',
      reason: 'announces a defence of the act',
      confidence: 0.85,
    },
    // in fairness i'd had about six pints
    {
      match: '[(in all fairness|in fairness) (to me)? i]',
      reason: 'a plea for fairness to the writer, followed by their side',
      confidence: 0.6,
    },
    // i'd had about six pints by then
    {
      match: `[i had (had|been drinking) (about|like|maybe|a|too|way|so|loads|far)? .? (pints|drinks|beers|glasses|shots|much|many|few|bottle|bottles|wines|ciders)]`,
      reason: 'drink offered as the reason',
      confidence: 0.75,
    },
    // i was wasted / i was so drunk
    {
      match: `[i was (just|only)? (so|soo|sooo|really|rly|completely|totally|absolutely|a bit|pretty|very|that|proper|well|super|mega|fully|properly)? ${DRUNK}]`,
      reason: 'being drunk offered as the reason',
      confidence: 0.6,
    },
    // i was off my face
    {
      match: `[i was (off my face|off my head|out of it|out of my mind|out of my head|blackout drunk|paralytic|steaming)]`,
      reason: 'being drunk offered as the reason',
      confidence: 0.6,
    },
    // work had me so stressed
    {
      match: `[(work|the job|uni|exams|the move|the kids|life|everything|the baby|my boss) (had|has|got) me (so|really|completely|totally)? (stressed|busy|tired|exhausted|frazzled|wound up|on edge|overwhelmed|distracted)]`,
      reason: 'circumstances offered as the reason',
      confidence: 0.65,
    },
    // i was running on empty
    {
      match: `[i was running on (empty|fumes|no sleep|adrenaline|coffee)]`,
      reason: 'exhaustion offered as the reason',
      confidence: 0.65,
    },
    // my head was all over the place
    {
      match: `[my (head|mind) (was|has been|had been) (all over the place|elsewhere|a mess|somewhere else|not in it|not right|in a bad place|not in the right place|so full)]`,
      reason: 'a distracted mind offered as the reason',
      confidence: 0.65,
    },
    // i'd been working 14 hour days
    {
      match: `[i had been working (#Value|so|crazy|long|all|non|nonstop|double|back)]`,
      reason: 'overwork offered as the reason',
      confidence: 0.6,
    },
    // i hadn't slept in two days
    {
      match: `[i (had not|hadnt) (slept|eaten|had a break|stopped)]`,
      reason: 'exhaustion offered as the reason',
      confidence: 0.65,
    },
    // i was just in a bad mood
    {
      match: `[i was ${ONLY} (so|really)? (in a bad mood|having a bad day|in a mood|upset|angry|annoyed|frustrated|grumpy|cranky|emotional|hormonal|jealous|hurt|scared|nervous|anxious|panicking|on edge|not thinking)]`,
      reason: 'a passing mood, with just, offered as the reason',
      confidence: 0.7,
    },
    // i had a million things going on
    {
      match: `[i had (a million|so many|a lot of|loads of|too many|a hundred) things (going on|on my mind|on my plate|to do)]`,
      reason: 'a busy mind offered as the reason',
      confidence: 0.65,
    },
    // i had so much going on
    {
      match: `[i had (so much|a lot|loads|too much|a ton) going on]`,
      reason: 'a busy stretch offered as the reason',
      confidence: 0.6,
    },
    // i was half asleep when i sent that
    {
      match: `[i was (half asleep|half awake|barely awake|still asleep|half cut)]`,
      reason: 'a sleepy state offered as the reason',
      confidence: 0.6,
    },
    // i was in a really dark place back then
    {
      match: `[i was in a (really|very|pretty|such a)? (dark|bad|rough|tough|difficult|low|terrible|horrible) (place|headspace|state|way|space)]`,
      reason: 'a hard time offered as the reason',
      confidence: 0.6,
    },
    // i didn't know what i was doing
    {
      match: `[i (did not|didnt) (know|realise|realize) what i was (doing|saying)]`,
      reason: 'the act put down to not knowing better at the time',
      confidence: 0.7,
    },
    // i wasn't exactly thinking straight
    {
      match: `[i was not (exactly|really|even)? thinking (straight|clearly|properly|right)]`,
      reason: 'a clouded mind offered as the reason',
      confidence: 0.8,
    },
    // i was just tired and hungry
    {
      match: `[i was ${ONLY} (so|soo|sooo|really|rly|very|super|completely|totally|properly|absolutely)? ${WORN_OUT}]`,
      reason: 'a passing state, with just, offered as the reason',
      confidence: 0.7,
    },
    // it just came out
    {
      match: `[it just came out]`,
      reason: 'the words treated as something that happened to the writer',
      confidence: 0.7,
    },
    // i was exhausted after the night shift and i said things
    {
      match: `[i was (so|really|just|completely|totally|absolutely|very|super|that)? ${WORN_OUT}] .{0,6} and i (said|did|snapped|lost|forgot|shouted|yelled|lashed|took|wasnt|didnt|just|kind|sort)`,
      reason: 'a passing state set right before the act, as its cause',
      confidence: 0.65,
    },
    // i wasn't myself
    {
      match: `[i was not (myself|in my right mind|in a good place|in the right headspace|in a good headspace|thinking)]`,
      reason: 'the act put down to not being oneself',
      confidence: 0.7,
    },
    // i had a lot on my plate
    {
      match: `[i (had|have had|have|had had) (a lot|so much|loads|too much|a ton|tons) on my plate]`,
      reason: 'a full load offered as the reason',
      confidence: 0.7,
    },
    // my phone was dead, so i couldn't call
    {
      match: `[my (phone|battery) (was|had)? (dead|died|run out|ran out|flat)] .{0,3} so i`,
      reason: 'a mishap offered as the reason',
      confidence: 0.55,
    },
    // i panicked, ok?
    {
      match: `[^i (just|totally|completely)? (panicked|freaked|froze|snapped)]`,
      reason: 'the act told as a reflex rather than a choice',
      confidence: 0.55,
    },
    // i was under a lot of pressure with the move
    {
      match: `[i was under .{0,2} (pressure|stress|strain)]`,
      reason: 'pressure offered as the reason',
      confidence: 0.75,
    },
    // i'd been up since 4 with the baby
    {
      match: `[i had been (up|awake|working|on my feet) (since|all night|for)]`,
      reason: 'exhaustion offered as the reason',
      confidence: 0.65,
    },
    // it just came out wrong
    {
      match: `[it (just|kind of|kinda|sort of)? came out (wrong|badly|harsh|harsher|worse|the wrong way|all wrong|so wrong)]`,
      reason: 'the words treated as something that happened to the writer',
      confidence: 0.75,
    },
    // and i just snapped
    {
      match: `[(and|so) i ${ONLY}? (snapped|panicked|freaked out|flipped|lashed out|saw red)]`,
      reason: 'the act told as a reflex rather than a choice',
      confidence: 0.7,
    },
    // and i just lost it
    {
      match: `[(and|so) i just lost (it|my temper|my head|the plot)]`,
      reason: 'the act told as a reflex rather than a choice',
      confidence: 0.65,
    },
    // but work has been absolutely insane this month
    {
      match: `but [(work|things|life|everything|the job|this week|this month|the week|my week) (has|have)? been (so|absolutely|really|completely|totally|just|a bit|pretty)? (insane|crazy|mental|hectic|manic|mad|nuts|chaotic|nightmare|a nightmare|full on|nonstop|busy|overwhelming)]`,
      reason: 'a busy stretch offered after admitting the act',
      confidence: 0.7,
    },
    // i genuinely couldn't get away
    {
      match: `[i (genuinely|honestly|just|really|literally|simply)? (could not|couldnt) (get away|get out of it|get out of work|make it)]`,
      reason: 'the act presented as beyond the writer',
      confidence: 0.7,
    },
    // but my phone died
    {
      match: `[but (my|the) (phone|battery|alarm|car|train|bus) (died|was dead|ran out|broke down|was late|did not go off|didnt go off|never went off)]`,
      reason: 'a mishap offered after admitting the act',
      confidence: 0.65,
    },
    // and the meeting ran over
    {
      match: `[(but|and) the (meeting|call|shift|appointment|game) (ran|went) (over|late|on)]`,
      reason: 'a schedule overrun offered as the reason',
      confidence: 0.55,
    },
  ],
  unless: [
    // that's no excuse / i'm not making excuses
    // i'm not putting it on that
    // but that's not why i did it
    // i won't dress it up
    // it doesn't make it okay
    ...excuseRefusals(0),
    // i was in a dark place and you helped me out of it, thank you
    { match: '(thank|thanks|grateful|helped me|pulled me)', reason: 'gratitude for help in a hard time, not a defence', scope: 'sentence' },
    // i was drunk and that's on me, not on the drink
    { match: '(that is|thats|its|it is|which is) (all|entirely)? on me', reason: 'the writer owns the act the state sits beside', scope: 'message' },
    // i was drunk at the wedding, best night ever
    { match: '(best|great|fun|funny|hilarious|brilliant) (night|time|ever|party|laugh)', reason: 'a fond story, not a defence', scope: 'sentence' },
    // i panicked when i saw the spider lol
    { match: laughter(0), reason: 'a light story, not a defence', scope: 'sentence' },
    // i just snapped a photo of the sunset
    { match: 'snapped (a|the|some|this|that|my|your|pic|photo|picture|shot|selfie)', reason: 'snapping a picture, not losing one\'s temper', scope: 'sentence' },
    // i could tell you i was stressed, and i was
    { match: '(i could tell you|i could say|i could blame)', reason: 'the reason is raised hypothetically in order to set it aside', scope: 'sentence' },
  ],
  examples: [
    "In fairness I'd had about six pints by then, I wasn't exactly thinking straight",
    "In my defence, the email came through very late.",
    'i was just tired and hungry and it came out wrong',
    'I was under a lot of pressure with the move and it just came out.',
    "I'd been up since 4 with the baby and I just snapped.",
    "I know I missed your dinner, but work has been absolutely insane and I couldn't get away.",
    'i know i forgot to pick u up but my phone died',
    'Look, I was wasted.',
    'I was stressed and i just lost it',
  ],
  counterexamples: [
    "I was drunk, yes, but that doesn't excuse a single thing I said to you.",
    'No choice but to get the later train, the 5:40 got cancelled.',
    'Apologies for the delay; I was on leave last week.',
    "I'd been drinking, but I'm not putting it on that. I chose to say it.",
    'I was so tired after the gym last night.',
    "I was drunk and that's on me, not on the drink.",
    'I was in a dark place back then and you helped me out of it. Thank you.',
    'I could tell you I was stressed, and I was, but that is not why I did it.',
  ],
});
