/**
 * crowding-showing-up (step 5, crowding)
 * Turning up, or announcing it, without being asked: "I'm coming over", "I'm outside your
 * building", "I'm not leaving until you come down", "getting the next train to yours", "I'll be
 * at the school gates whether you want to or not". Arriving in person removes their choice
 * about when, and whether, to face the writer.
 *
 * Deliberately not flagged: arranged or offered visits ("coming over now with the pizzas",
 * "I'll pop round Sunday if you're up for it", "I'm coming over after work to help with the
 * flatpack, still ok?"), plain arrival notices ("outside! blue corsa"), and promises not to
 * come ("I won't turn up at your door").
 */
import { defineRule } from '../analyzer/types';
import { I_WILL, I_WILL_FORMS, THEIR_PLACES } from '../lexicon/crowding';
import { YOU } from '../lexicon/pronouns';

const ON_MY_WAY = '(coming|heading|driving|walking|cycling|popping|going)';
// Longer forms first: compromise takes the first alternative that fits and does not come back.
const TO_THEM = '(over to yours|over to your place|over to your house|over to urs|round to yours|round to your place|round to urs|over|round|around|to yours|to your place|to your house|to your flat|to ur place|to urs|to you|to see you|to see u|by)';

export default defineRule({
  id: 'crowding-showing-up',
  category: 'crowding',
  message: 'Turning up in person takes away their choice of when, and whether, to see you. Offer to meet when they’re ready instead, and let them pick.',
  confidence: 0.8,
  patterns: [
    // ok i'm coming round.
    {
      match: `[i am ${ON_MY_WAY} ${TO_THEM} right? (now|tonight|anyway|then)?]$`,
      reason: 'an arrival announced as settled, with no ask',
      rewrite: 'Could we meet when you’re ready?',
      confidence: 0.7,
    },
    // i'm coming over right now, we need to talk
    {
      match: `[i am ${ON_MY_WAY} ${TO_THEM} (right now|now|tonight|anyway)] (we|and|so|i|whether|do not|dont|to talk|to sort|no)`,
      reason: 'an arrival announced as settled, tied to having it out',
      rewrite: 'Could we meet when you’re ready?',
      confidence: 0.75,
    },
    // i'm gonna swing by yours after work whether you like it or not
    {
      match: `[(${I_WILL_FORMS}|i am|we are|we will) .{1,14}] whether ${YOU} (like it|want to|want it|want me to|agree) or not`,
      reason: 'a visit or contact forced against their wishes',
      confidence: 0.9,
    },
    // i'm on my way to yours now.
    {
      match: `[i am on my way (to yours|to urs|to your place|to your house|to your flat|to you|to see you|over|round)] right? (now|already)?$`,
      reason: 'an arrival announced as settled, with no ask',
      rewrite: 'Could we meet when you’re ready?',
      confidence: 0.6,
    },
    // i'll be waiting on your doorstep when you get home
    {
      match: `[${I_WILL} be (waiting|sat|sitting|standing|parked|camped) (on|at|outside|by|in front of) (your|ur) ${THEIR_PLACES}]`,
      reason: 'waiting for them at their place',
      confidence: 0.8,
    },
    // open the door, i know you're in there
    {
      match: `[i know (you are|you're|ur|youre|u are|your) (in there|home|inside|upstairs)]`,
      reason: 'the writer is at their door, pressing them to open',
      confidence: 0.8,
    },
    // don't ignore the door
    {
      match: '[(do not|dont) (ignore|pretend you did not hear|pretend you didnt hear) (the door|the doorbell|the buzzer|my knock|the bell|me at the door)]',
      reason: 'the writer is at their door, pressing them to open',
      confidence: 0.8,
    },
    // mate i'm outside, open up
    {
      match: '[i am (outside|downstairs|here|at the door)] .{0,3} (open|let)',
      reason: 'the writer is at their door, pressing them to open',
      confidence: 0.75,
    },
    // i've been sat in the car park at your work for an hour
    {
      match: `[i have been (sat|sitting|waiting|parked|standing|stood) (outside|in|at|by) .{0,4} (your|ur) ${THEIR_PLACES}]`,
      reason: 'waiting for them at their place',
      confidence: 0.8,
    },
    // i'm coming over, i don't care what you said
    {
      match: `[i (do not|dont) care (what|if|whether) ${YOU} (said|want|told me|asked)]`,
      reason: 'their wishes overridden',
      confidence: 0.75,
    },
    // i'm at the end of your road
    {
      match: '[i am (at|on|in|near|by|round) (the)? (end|corner|top|bottom)? (of)? (your|ur) (road|street|block|estate|drive|close|lane|avenue)]',
      reason: 'the writer is already near their home',
      confidence: 0.75,
    },
    // i'll turn up at your work if you don't answer
    {
      match: `[${I_WILL} (turn up|show up|come|come round|come over|be at|drive over|drive round)] .{0,6} if ${YOU} (do not|dont|will not|wont|keep)`,
      reason: 'a visit held over them as a threat',
      confidence: 0.85,
    },
    // i'm on your doorstep.
    {
      match: `[i am (on|at) (your|ur) (doorstep|door|front door|step|gate|window|porch)]`,
      reason: 'the writer is already at their door',
      confidence: 0.8,
    },
    // i'm in the car outside your mum's
    {
      match: `[i am .{1,4} outside (your|ur) ${THEIR_PLACES}]`,
      reason: 'the writer is already at their place',
      confidence: 0.75,
    },
    // waiting outside your gym, we need to talk
    {
      match: `^[(i am)? (sat|sitting|waiting|standing|parked|stood|camped) (outside|at|by|in front of) (your|ur) ${THEIR_PLACES}]`,
      reason: 'the writer is already at their place',
      confidence: 0.75,
    },
    // i'll be outside your office at 5
    {
      match: `[${I_WILL} be (outside|at|by|on) (your|ur) ${THEIR_PLACES}]`,
      reason: 'turning up at their place, announced',
      confidence: 0.65,
    },
    // i'm coming to your work tomorrow so we can talk
    {
      match: `[(i am|${I_WILL_FORMS}) (coming|come|going|go|heading|turning up|showing up|popping) (to|round to|over to|by|into) (your|ur) ${THEIR_PLACES}]`,
      reason: 'an unasked visit to their place',
      confidence: 0.65,
    },
    // i'm not leaving.
    {
      match: `[i am not (leaving|budging)]$`,
      reason: 'staying put until they give in',
      confidence: 0.7,
    },
    // heading over to your place right now, we're sorting this
    {
      match: `^[${ON_MY_WAY} (over to yours|over to your place|round to yours|round to your place|to yours|to your place|to your house|to your flat|over to urs) (right now|now|tonight)] (we|and|so|whether)`,
      reason: 'an arrival announced as settled, tied to having it out',
      confidence: 0.75,
    },
    // expect me at your door tonight
    {
      match: `[expect me (at|outside|on|round|by) (your|ur)]`,
      reason: 'an arrival announced as settled',
      confidence: 0.8,
    },
    // i'm outside your building
    {
      match: `[i am (sat|sitting|parked|waiting|standing|stood|camped)? (outside|at|in front of|downstairs at|by) (your|ur) ${THEIR_PLACES}]`,
      reason: 'the writer is already at their place',
      confidence: 0.8,
    },
    // i'm outside. come down
    {
      match: `^[i am (sat|sitting|parked|waiting|standing|stood)? (outside|downstairs|at your door|at the door)] right? (now|come|open|please)?$`,
      reason: 'the writer is already there, waiting for them',
      confidence: 0.65,
    },
    // i'm not leaving until you come down
    {
      match: `[i am not (leaving|going anywhere|going home|moving|budging|going) (until|till|til|unless) (you|u|we)]`,
      reason: 'staying put until they give in',
      confidence: 0.9,
    },
    // waiting downstairs, not leaving till we talk
    {
      match: `[(waiting|sat|sitting|parked|here|outside|downstairs) .{0,2} not (leaving|going anywhere|going home|budging|moving) (until|till|til|unless) (you|u|we)]`,
      reason: 'staying put until they give in',
      confidence: 0.85,
    },
    // i'm going to show up at your office tomorrow
    {
      match: `[(${I_WILL_FORMS}|i am) (just)? (show up|turn up|rock up|showing up|turning up) (at|to) (your|ur) ${THEIR_PLACES}]`,
      reason: 'an unasked-for visit to their places',
      confidence: 0.8,
    },
    // hey, i'm parked outside, come down
    {
      match: `^(hey|hi|babe|ok|okay|so|look|right|well)? [i am (sat|sitting|parked|waiting|standing|stood)? (outside|downstairs|out front|at the door)] .{0,2} (come|open|let|talk|not) (down|out|outside|up|me|to|the|leaving|going)`,
      reason: 'already at their door, asking them to come out',
      confidence: 0.75,
    },
    // i'll sleep in my car outside your flat if i have to
    {
      match: `[${I_WILL} (stand|wait|sit|sleep|camp|stay|park) .{0,4} (outside|at|by|on) (your|ur) ${THEIR_PLACES}]`,
      reason: 'waiting for them at their place',
      confidence: 0.8,
    },
    // i'll just turn up at yours
    {
      match: `[${I_WILL} just (turn up|show up|come round|come over|come by|rock up|pop round|pop over|swing by|drive over|drive round)]`,
      reason: 'an unasked visit, announced',
      confidence: 0.75,
    },
    // i'll come round anyway
    {
      match: `[${I_WILL} (turn up|show up|come round|come over|come by|rock up|pop round|swing by) (at|to)? (yours|urs|your place|your house|your flat|your work|your door)?] (then|anyway|regardless)`,
      reason: 'a visit announced over their silence',
      confidence: 0.8,
    },
    // coming round now.
    {
      match: `^[${ON_MY_WAY} ${TO_THEM} (right now|now|tonight)]$`,
      reason: 'an arrival announced as settled, with no ask',
      rewrite: 'Could we meet when you’re ready?',
      confidence: 0.6,
    },
    // flying out friday to see you, we need to fix this in person
    {
      match: `[(flying|driving|coming|travelling|traveling|heading|getting a train|getting the train|booking) .{0,3} to (see|visit) ${YOU}] .{0,5} (fix|sort|talk|person|face|whether|explain)`,
      reason: 'travelling to them to have it out',
      confidence: 0.75,
    },
    // i'll stand outside your window all night if i have to
    {
      match: `[${I_WILL} (stand|wait|sit|sleep|camp|stay) (outside|at|by|on|in|under) (your|ur|the|my|our|a)? #Noun+] (all night|every night|every day|all day|as long as it takes|if i have to|forever|night|day)`,
      reason: 'waiting for them in person, open-ended',
      confidence: 0.85,
    },
    // getting the next train to yours
    {
      match: `[(getting|catching|booking|jumping on|on) (the|a) (next|first|last)? (train|flight|bus|plane|coach|ferry) (to yours|to you|to see you|to urs|up|down|over)]`,
      reason: 'travelling to them unasked',
      confidence: 0.75,
    },
    // i booked a train to see you tomorrow
    {
      match: `[i (booked|have booked|am booking|got|have got|bought|have bought|am getting) (a|the|my)? (train|flight|ticket|tickets|bus|plane|coach|ferry) (to see you|to see u|to yours|to come see you|to come and see you|to you|to your)]`,
      reason: 'travelling to them unasked',
      confidence: 0.75,
    },
    // i'm booking a flight to edinburgh tomorrow so we can sort this
    {
      match: `[i am (booking|getting|catching|taking) (a|the) (train|flight|bus|plane|ferry) .{0,4}] so we can (sort|talk|fix|discuss|work)`,
      reason: 'travelling to them to have it out',
      confidence: 0.8,
    },
    // i'm driving down tonight
    {
      match: `[i am (driving|flying|travelling|traveling|getting the train) (down|up|over|round) (tonight|now|right now)]`,
      reason: 'travelling to them tonight, unasked',
      confidence: 0.7,
    },
    // ill come to yours at 8 and we'll sort it
    {
      match: `[${I_WILL} (come|be|swing|pop|turn up|show up) (to|at|round|over to|by)? (yours|urs|your place|your house|your flat)] .{0,4} (we|and|sort|talk)`,
      reason: 'a visit to have it out, set by the writer',
      confidence: 0.7,
    },
    // i'll be at the school gates at pickup and we're talking then
    {
      match: `[${I_WILL} be (at|outside) (your|ur|the|my|our|a)? #Noun+] .{0,4} (talking|talk|cornering|avoid|confront)`,
      reason: 'turning up where they will be, to make them talk',
      confidence: 0.75,
    },
    // i'm hand-delivering this one tomorrow
    {
      match: '[i am (hand delivering|hand-delivering|bringing|dropping) (this|it|the next|another) (one|letter|card)?]',
      reason: 'delivering in person after many letters',
      confidence: 0.6,
    },
  ],
  unless: [
    // i won't turn up at your door
    { match: `(will not|wont|would never|am not going to|not going to|never) (turn up|show up|come|come round|come over|be at|just turn up|just show up)`, reason: 'a promise to stay away', scope: 'sentence' },
    // coming over now with the pizzas / to help with the flatpack
    { match: `(with the|with some|with your|to help|to drop|to pick|to fix the|to fix your|to feed|to walk|for dinner|for tea|for lunch|for the party|for a drink|to bring|to return|to collect|still ok|if that is|if that's|if you are|if you're|if u are|if thats|is that ok|is that okay|if it is ok|if you like|if that works|if thats ok|if youre)`, reason: 'an arranged, offered or practical visit', scope: 'sentence' },
    // i'll pop round if you want
    { match: 'if (you|u) (want|like)', reason: 'an offered visit', scope: 'sentence' },
    // whenever you feel ready, i'll come round
    { match: '(whenever|when) (you are|you feel|youre|u are|u feel|you|u) ready', reason: 'the visit waits on them', scope: 'sentence' },
  ],
  examples: [
    "ok I'm coming round.",
    "I'm coming over right now, we need to talk",
    "Mate I'm gonna swing by yours after work whether you like it or not, we need to sort this",
    "I'm outside your building.",
    "I'm not leaving until you come down.",
    "Please don't do this to me. I'll stand outside your window all night if I have to.",
    "I'll wait at the café every night this week in case you change your mind and come.",
    "I'm at the station. Getting the next train to yours.",
    "I'm booking a flight to Edinburgh tomorrow so we can sort this face to face.",
    "Hey, I know you're at your parents', so I'm driving down tonight, I'll be there around 10",
    "ill come to yours at 8 and we'll sort it",
    "I'll be at the school gates at pickup and we're talking then, whether you want to or not.",
    "I'm sat outside in the car and I'm not going anywhere till you come out and talk.",
    "I'm on my way to yours now.",
    'Heading over to your place right now, we’re sorting this tonight',
    "I'll be waiting on your doorstep when you get home.",
    'I booked a train to see you tomorrow, we need to talk face to face.',
    "Be there in 20, we're talking whether you like it or not",
    "I'll sleep in my car outside your flat if I have to.",
    "I'll just turn up at yours then.",
    'Coming round now.',
    'Flying out Friday to see you, we need to fix this in person.',
    "I'm in the car outside your mum's.",
    "I'll be outside your office at 5.",
    "I'm coming to your work tomorrow so we can talk properly.",
    "I'm on your doorstep.",
    'Waiting outside your gym, we need to talk.',
    'Expect me at your door tonight.',
    "I'm at the end of your road.",
    "Open the door, I know you're in there.",
    "Popping round yours in 5, don't ignore the door",
    "Mate I'm outside, open up.",
    "I've been sat in the car park at your work for an hour.",
    "I'm coming over, I don't care what you said.",
    "I'm not going anywhere until we've talked.",
    "I'll turn up at your work if you don't answer.",
    "If you won't answer I'm going to show up at your office tomorrow",
    'Im waiting downstairs, not leaving till we talk',
    "hey, I'm parked outside, come down",
    "I'm parked outside. Please come down and talk to me.",
  ],
  counterexamples: [
    'Coming over now with the pizzas, be there in 10 🍕',
    "I'm coming over straight after work to help with the flatpack, still ok?",
    "Nan, I'll pop round Sunday after church if you're up for a visit, just let me know x",
    'Outside! Blue Corsa by the bus stop 🚗',
    "I'm not going to turn up at your flat or message your friends.",
    "Whenever you feel ready to talk, I'll come round.",
    "I'm driving up tomorrow for the wedding.",
    "I'll wait at the bus stop until you get there.",
    "I'll sleep on the sofa tonight if that's ok with you",
    'Coming round now to drop off the drill.',
    "I'm in the car outside the school, where are the kids?",
    "Take as long as you need, I'm not going anywhere.",
    "I'm coming down now, meet you in the lobby.",
    'Coming over now, we need to sort the gift for mum.',
    "I don't care what you think of my haircut, I love it.",
    "Mate I'm outside, your doorbell's not working.",
    "I've been sat in the car park for an hour waiting for a space.",
    "I'll be at your place at 7 for dinner, can't wait!",
    "I'm coming to your school on Friday to pick up the kids' bags.",
    "I'm parked outside, no rush, finish your coffee",
    "I'm going to show up at the office tomorrow around 9",
  ],
});
