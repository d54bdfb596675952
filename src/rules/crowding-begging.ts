/**
 * crowding-begging (step 5, crowding)
 * Pleading for contact: "please please please", "I'm begging you", "on my knees", "I'll do
 * anything", "please just let me see you", "don't shut me out". Begging asks the other person to
 * manage the writer's distress instead of having the space they need.
 *
 * Deliberately not flagged: playful pleas about small things ("please please tell me you saved
 * me some cake"), one polite "please", offers of help ("I'll do anything I can to help with the
 * move"), and a visit that is asked for with an easy way out ("can I come over, or is it too soon?"
 * is left to the showing-up rule and only fires there without one).
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';

// Stretched spellings ("pleeease", "plsss") come through the two regex words.
const PLEASE_FORMS = 'please|pls|plz|puhlease|plez|/^ple+a+s+e+$/|/^pl[sz]+$/';
const PLEASE = `(${PLEASE_FORMS})`;
const JUST = '(just|only)';

export default defineRule({
  id: 'crowding-begging',
  category: 'crowding',
  message: 'Pleading puts them in the position of soothing you. One calm, clear message gives them the room to come back when they’re ready.',
  confidence: 0.8,
  patterns: [
    // please please please
    {
      match: `^[${PLEASE} ${PLEASE}+]$`,
      reason: 'a message that is nothing but pleading',
      confidence: 0.85,
    },
    // begging you, just hear me out
    {
      match: `^[(begging|pleading with|i beg) ${YOU}]`,
      reason: 'begging',
    },
    // let me see you. please.
    {
      match: `^(just|please|pls)? [let me (see|hold|talk to|speak to|be with) (you|u)]$`,
      reason: 'pleading for access',
      confidence: 0.7,
    },
    // please please just talk to me
    {
      match: `[${PLEASE} ${PLEASE}+ ${JUST}? (talk to me|talk|answer me|answer|pick up|call me|call|ring me|ring|phone me|reply|respond|listen|let me|come back|come home|forgive me|give me|see me|open the door|open up|text me|message me|speak to me|do not leave|dont leave|do not go|dont go|do not do this|dont do this|do not hate|dont hate|do not give up|dont give up|do not ignore|dont ignore|stop|hear me out|meet me|write back|i am sorry|i am begging|i love you|i need you|i miss you|i am so sorry|baby|babe)]`,
      reason: 'repeated pleading for contact or forgiveness',
    },
    // i beg you, please talk to me
    {
      match: `[(i beg|i implore|i am begging|i am pleading with|i am literally begging|i am honestly begging) ${YOU}] (please|pls|to talk|to answer|to listen|to forgive|to let|to give|to reply|to call|to come back|to see|to hear|to reconsider|to not|not to|do not|dont|just|for|give|let|talk|answer|listen|forgive|come|call|reply|hear|see|stop|meet)`,
      reason: 'begging for contact or forgiveness',
    },
    // please i'm begging, just one call
    {
      match: `[(please|pls)? i am (literally|honestly|actually)? begging] (just|please|pls|here|now|for one|for a chance|for five)`,
      reason: 'begging for contact',
    },
    // please, i'm begging.
    {
      match: `^[(please|pls)? i am (literally|honestly|actually)? begging]$`,
      reason: 'begging, said on its own',
      confidence: 0.65,
    },
    // i'm begging you.
    {
      match: `[(i beg|i implore|i am begging|i am pleading with|i am literally begging|i am honestly begging) ${YOU}]$`,
      reason: 'begging, said on its own',
      confidence: 0.7,
    },
    // on my knees.
    {
      match: '^[(on|down on) my (hands and knees|knees|bended knee)]',
      reason: 'self-abasement to pressure them into contact',
      confidence: 0.7,
    },
    // i'm on my knees here
    {
      match: '[(i am literally|i am honestly|i am|i will get|i will go|i would get|i would go|i got|i went|i will beg) (down)? on my (hands and knees|knees|bended knee)]',
      reason: 'self-abasement to pressure them into contact',
      confidence: 0.7,
    },
    // i'll do anything. anything.
    {
      match: `^[(i will|ill|i would|id) (literally|honestly)? do (anything|whatever) (at|you|u|it)? (all|want|takes)?]$`,
      reason: 'unconditional pleading, said on its own',
      confidence: 0.7,
    },
    // ill do anything u want just please dont leave
    {
      match: `[(i will|ill|i would|id) (literally|honestly)? do (anything|whatever) (at all|you want|u want|it takes)?] (just|only|${PLEASE_FORMS}|if)`,
      reason: 'unconditional pleading tied to a plea',
      confidence: 0.7,
    },
    // please don't leave me
    {
      match: `[${PLEASE} ${JUST}? (do not|dont) (leave|give up on|walk away from|abandon|ghost|block|push away|hate|do this to|push|shut|cut) (me|us)]`,
      reason: 'pleading that they stay',
    },
    // please dont leave, answer me
    {
      match: `[${PLEASE} ${JUST}? (do not|dont) (leave && @hasComma)]`,
      reason: 'pleading that they stay, before another plea',
    },
    // babe please don't go
    {
      match: `[${PLEASE} ${JUST}? (do not|dont) (go|leave|do this)]$`,
      reason: 'pleading that they stay, said on its own',
    },
    // just don't shut me out
    {
      match: `[${JUST}? (do not|dont) (shut|push|cut|freeze) me out]`,
      reason: 'pleading against their distance',
    },
    // pleeease just talk to me
    {
      match: `[${PLEASE} just (talk to me|hear me out|listen to me|see me|give me a chance|give me one chance|let me explain|let me in|meet me|come back|come home|forgive me)]`,
      reason: 'pleading for contact or forgiveness',
      confidence: 0.7,
    },
    // please just let me see you
    {
      match: `[${PLEASE} ${JUST}? let me (come over|come round|come around|come by|come in|in|see you|see u|talk to you|talk to u|explain|hold you|hold u|be there)]`,
      reason: 'pleading for access',
    },
    // just let me see you for five minutes
    {
      match: `[${JUST} let me (come over|come round|see you|see u|in|hold you|talk to you|talk to u)] (for|even|please|pls|once)`,
      reason: 'pleading for access',
      confidence: 0.7,
    },
  ],
  unless: [
    // i'm on my knees scrubbing the floor
    { match: 'on my (knees|hands and knees) #Gerund', reason: 'literally kneeling for a task', scope: 'sentence' },
    // please lord, i'm begging you
    { match: '(lord|god|jesus|heaven|heavens|sir|madam|majesty|highness|your honour|your honor)', reason: 'a prayer or a formal plea, not a message to them', scope: 'sentence' },
    // please please tell me you saved me some cake / please please please let it be sunny
    { match: `${PLEASE} ${PLEASE}+ (tell me|say|let it|let the|let there|can we|can i|could we|could i|may i|be|no|not|stop) (you|u|there|it|be|rain|#Noun)?`, reason: 'a playful plea about something small', scope: 'sentence' },
    // i'll do anything i can to help
    { match: '(do anything|do whatever) (i can|we can) to help', reason: 'an offer of help', scope: 'sentence' },
    // don't go to any trouble
    { match: '(do not|dont) go (to|out of) (any|your)', reason: 'everyday courtesy', scope: 'sentence' },
  ],
  examples: [
    'please please please please please',
    'Please please just talk to me',
    "I'm begging you.",
    'On my knees.',
    "I'll do anything. ANYTHING.",
    "ill do anything u want just please dont leave",
    'Please don’t leave me.',
    "Just don't shut me out, I can't cope on my own",
    'Please just let me in',
    'please just let me come over, even just to sit with u',
    'Pls pls answer',
    'pleeease just talk to me',
    "I'm begging you, please just hear me out",
    "Please I'm begging, just one call",
    "Please please please, I'm sorry, talk to me",
    'Begging you, just hear me out',
    'Let me see you. Please.',
    "Please don't push me away, I can't handle it.",
    'Pls pls pls ring me',
  ],
  counterexamples: [
    'Please please please tell me you saved me a slice of that cake 😭',
    "I'll do anything I can to help with the move.",
    'Please send me the file when you can.',
    "Please don't go to any trouble for me.",
    'Please let me know if you need anything.',
    "I'm begging you to try the cheesecake, it's amazing",
    "I'm literally on my knees scrubbing the floor lol",
    'Please please please let it be sunny tomorrow',
    'Pls pls pls bring snacks',
    'Let me see your new haircut, send a pic!',
  ],
});
