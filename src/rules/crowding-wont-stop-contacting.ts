/**
 * crowding-wont-stop-contacting (step 5, crowding)
 * Promising, or confessing, a stream of contact they didn't ask for: "I'll keep calling until you
 * pick up", "I'm going to call every hour", "I'll just keep writing, every day", "left flowers on
 * your doorstep again", "I've messaged you like 30 times today". Volume and persistence leave no
 * quiet for them to think in.
 *
 * Deliberately not flagged: persistence aimed at someone else ("I'll keep calling the council
 * until they fix the light"), promises to hold back ("I won't keep texting you"), and
 * ordinary drop-offs ("I left your keys on the desk").
 */
import { defineRule } from '../analyzer/types';
import { CONTACT, CONTACT_FORMS, CONTACTING, I_WILL } from '../lexicon/crowding';
import { YOU } from '../lexicon/pronouns';

export default defineRule({
  id: 'crowding-wont-stop-contacting',
  category: 'crowding',
  message: 'A stream of calls, messages or visits leaves them no quiet to think in. One message, then waiting, says more than many.',
  confidence: 0.85,
  patterns: [
    // ill keep ringing till u do
    {
      match: `[${I_WILL} (just)? keep (on)? ${CONTACTING}] ${YOU}? (until|till|til|every|and|forever|no)`,
      reason: 'contact promised until they give in',
      rewrite: 'I won’t keep contacting you',
    },
    // i'll just keep writing.
    {
      match: `[${I_WILL} (just)? keep (on)? ${CONTACTING} ${YOU}?]$`,
      reason: 'contact promised with no end',
      rewrite: 'I won’t keep contacting you',
      confidence: 0.75,
    },
    // i'm going to call every hour until you pick up
    {
      match: `[${I_WILL} ${CONTACT} (to)? ${YOU}? every (hour|minute|five|ten|half|single|#Value)]`,
      reason: 'contact scheduled at them',
      rewrite: 'I won’t keep contacting you',
    },
    // i won't stop until you forgive me
    {
      match: `[i (will not|wont|am not going to|refuse to) (stop|give up|quit|rest|leave you alone|back off|go away) (until|till|til|unless) ${YOU}]`,
      reason: 'persistence promised until they give in',
    },
    // expect a call from me every hour
    {
      match: '[expect (a|my|more|another)? (call|calls|text|texts|message|messages|visit|visits|letter|letters|email|emails) (from me)? (every|each|all)]',
      reason: 'contact scheduled at them',
    },
    // every day. forever if i have to.
    {
      match: '[(every day|every night|every hour|forever|for ever) (if i have to|until you|till you|as long as it takes)]',
      reason: 'open-ended persistence',
      confidence: 0.75,
    },
    // until you pick up
    {
      match: `[(until|till|til|unless) ${YOU} (pick up|answer|reply|respond|talk to me|speak to me|let me in|open the door|agree to|call me back|text me back|unblock)]`,
      reason: 'contact that only stops when they give in',
      confidence: 0.6,
    },
    // left flowers on your doorstep again
    {
      match: '[(left|dropped|put|posted|leaving|sent) .{0,4} (on|at|through|outside|under|to) (your|ur) (doorstep|door|step|letterbox|windscreen|car|desk|work|office|porch|mailbox)] again',
      reason: 'repeated deliveries they didn’t ask for',
      confidence: 0.8,
    },
    // i've messaged you like 30 times today
    {
      match: `[i have (messaged|texted|called|rung|phoned|emailed|written to|tried) ${YOU}? (like|about|over|nearly|almost|maybe)? #Value times]`,
      reason: 'a flood of messages, owned but continued',
      confidence: 0.7,
    },
    // i rang you 15 times last night
    {
      match: `[i (rang|rung|called|phoned|texted|messaged|emailed|tried|dialled|dialed|buzzed) ${YOU} (like|about|over|nearly|almost|maybe|at least)? #Value times]`,
      reason: 'a flood of calls, counted',
      confidence: 0.7,
    },
    // i've been calling non stop
    {
      match: `[i have been (calling|ringing|texting|messaging|trying|phoning|emailing) (you|u)? (non stop|nonstop|constantly|all day|all night|for hours|over and over)]`,
      reason: 'a flood of calls, owned but continued',
      confidence: 0.7,
    },
    // i'll keep ringing your landline until someone picks up
    {
      match: `[${I_WILL} (just)? keep (on)? ${CONTACTING} (your|ur) (phone|landline|mobile|number|work|office|door|doorbell|line|cell|buzzer)]`,
      reason: 'contact promised with no end',
      confidence: 0.8,
    },
    // i've sent you five messages
    {
      match: `[i have (sent|left) (you|u)? (like|about|over|nearly|almost|around|maybe|probably)? (#Value|so many|loads of|dozens of|a dozen|hundreds of|a hundred) (messages|texts|emails|voicemails|msgs|letters|voice notes|missed calls|calls)]`,
      reason: 'a flood of messages, counted',
      confidence: 0.7,
    },
    // that's letter number twelve
    {
      match: '[(letter|message|text|email|voicemail|note) number #Value]',
      reason: 'counting out a stream of messages',
      confidence: 0.7,
    },
    // i'm going to keep calling, i don't care
    {
      match: `[${I_WILL} (just)? keep (on)? ${CONTACTING}] (you|u)? .{0,1} (i do not care|whether you like it|no matter what|like it or not)`,
      reason: 'contact promised against their wishes',
    },
    // i'll send flowers to your work every day this week
    {
      match: `[${I_WILL} (send|bring|leave|drop|post) (you)? (flowers|letters|gifts|cards|notes|something|a letter|a card|a note) .{0,4} (every|each) (day|morning|night|week)]`,
      reason: 'repeated deliveries they didn’t ask for',
      confidence: 0.75,
    },
  ],
  unless: [
    // i won't keep texting you
    { match: `(i will not|i wont|i am not going to|i promise not to|i will stop|i am going to stop|i will never|i am done) (keep|keep on|be|just)? (${CONTACT_FORMS}|keep|bother)`, reason: 'a promise to hold back', scope: 'sentence' },
    // i'll keep calling the council until they fix it
    { match: `keep ${CONTACTING} (the|them|him|her|their|it|my|his)`, reason: 'persistence aimed at someone else', scope: 'sentence' },
    // i'll text every hour with updates from the hospital
    { match: '(with the score|the scores|with updates|with an update|with news|to update you|to keep you posted|to keep you updated|to check on you|to check in on you|let you know how)', reason: 'keeping them informed, which they asked for', scope: 'sentence' },
  ],
  examples: [
    "I'm going to keep calling, I don't care",
    "I'll send flowers to your work every day this week",
    "I rang you 15 times last night and you didn't pick up once",
    "I've been calling non stop since this morning",
    "I'll keep ringing your landline until someone picks up",
    'please please pick up, ill keep ringing till u do',
    "If you won't answer me, I'll just keep writing.",
    'I’m going to call every hour until you pick up.',
    'Every day. Forever if I have to.',
    'Left flowers on your doorstep again.',
    "Babe I know I've messaged you like 30 times today, I just can't stop",
    "That's letter number twelve.",
    "I'll keep texting you until you answer",
    'Expect a call from me every hour',
    "I'll write to you every single day",
    "I've sent you five messages.",
    "I realise I've left you about fifteen voicemails now.",
    "I won't stop until you forgive me.",
  ],
  counterexamples: [
    "I'll text you every five minutes with the score",
    "I'll send flowers to your work for your birthday",
    'I rang the bank 15 times and they never picked up',
    "I've been calling the airline non stop since this morning",
    "I'll keep calling the council until they fix the streetlight, it's been out for weeks",
    "I won't keep texting you, I promise.",
    'I left your keys on your desk.',
    'Keep trying until you get it right!',
    "I'll call you every Sunday like we agreed.",
    "I'll text every hour with updates from the hospital",
  ],
});
