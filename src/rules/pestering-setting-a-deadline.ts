/**
 * pestering-setting-a-deadline (step 6, pestering)
 * Putting their answer on the writer's clock: "I need to know by tonight", "I need your answer
 * by Friday", "I'm giving you till Sunday to decide", "let me know by the weekend whether I'm
 * still best man", "it's been four days since I apologised", "you said you'd let me know after
 * the weekend and it's Wednesday", formal chasers ("following up again on my messages", "I'd
 * appreciate a response at your earliest convenience").
 *
 * Deliberately not flagged: logistics with a real deadline and nothing about the two of them
 * ("we need your section by Thursday", "let me know by tomorrow so I can book the pitch"), and
 * an open clock ("no rush, whenever suits").
 */
import { defineRule } from '../analyzer/types';
import { TIME_UNITS } from '../lexicon/pestering';
import { YOU } from '../lexicon/pronouns';

const SOON = '(tonight|today|now|right now|asap|tomorrow|this week|this weekend|the weekend|the end of|end of|#Date|midnight|noon)';
const ANSWER = '(answer|answers|decision|reply|response|verdict|yes or no)';

export default defineRule({
  id: 'pestering-setting-a-deadline',
  category: 'pestering',
  message: 'A deadline puts their answer on your clock. Forgiveness runs on theirs; let them reply when they’re ready.',
  confidence: 0.85,
  patterns: [
    // i need to know by tonight
    {
      match: `[i (just|really)? need to (know|hear it|hear from you|hear back|hear) (from you)? (by|before)? ${SOON}]`,
      reason: 'their answer put on the writer’s clock',
      rewrite: 'I’d like to know when you’re ready',
    },
    // i need your answer about the wedding by friday
    {
      match: `[i (just|really)? (need|want|expect) (your|an|a|my) ${ANSWER} .{0,5} (by|before|today|tonight|asap|now)]`,
      reason: 'their answer put on the writer’s clock',
      rewrite: 'I’d like your answer when you’re ready',
    },
    // i need an answer.
    {
      match: `[i (just|really)? need (an|your|a) (answer|decision|reply|response|yes or no)] from? (you|now|today|tonight|asap|please|already)?$`,
      reason: 'their answer demanded now',
      rewrite: 'I’d like your answer when you’re ready',
      confidence: 0.75,
    },
    // decide by the weekend or i'm moving out
    {
      match: `[(decide|answer|answer me|reply|reply to me|respond|choose|tell me|let me know|get back to me) (by|before) .{1,3}] or (i|we|else|it|its|i am|this|do|dont|never|forget|you|u|that|we are)`,
      reason: 'a deadline with a threat attached',
      confidence: 0.9,
    },
    // you've got 24 hours to decide
    {
      match: `[${YOU} (have got|have|got) (#Value|one|two|three|a few|a couple of|until|till|til) .{0,2} to (decide|answer|reply|respond|make up|let me know|choose|get back to me|tell me|make a decision)]`,
      reason: 'a deadline for their decision',
    },
    // let me know by tonight.
    {
      match: `^(just|please|so|ok|okay)? [(let me know|tell me|answer me|reply|decide|get back to me) (by|before) (tonight|today|tomorrow|midnight|noon|#Date|this evening|the end of the day|the weekend|end of day)]$`,
      reason: 'their answer put on the writer’s clock',
      confidence: 0.7,
    },
    // a whole week and nothing from you
    {
      match: `[(a whole|a full|an entire|whole|#Value|two|three|four|five|six|seven) ${TIME_UNITS} (and|of|now)? (still)? (nothing|silence)] (from|at|now|still)?`,
      reason: 'counting the time of their silence at them',
    },
    // still no reply then.
    {
      match: `^(so|and)? [still (no|nothing)] (reply|answer|response|word|text|call|message|news)? (then|huh|yet|back)?$`,
      reason: 'counting their silence against them',
      confidence: 0.7,
    },
    // i need you to decide today
    {
      match: `[i (just|really)? need (you|u) to (decide|make up your mind|make a decision|choose|answer|reply|tell me|let me know|get back to me) (by|before|today|tonight|now|asap|soon|this)]`,
      reason: 'their decision put on the writer’s clock',
      rewrite: 'I’d like to know when you’re ready',
    },
    // please let me know today either way
    {
      match: `[(let me know|tell me|answer me|get back to me) (today|tonight|now|asap|soon)? either way]`,
      reason: 'pressing for an answer, any answer',
      confidence: 0.7,
    },
    // it's been 3 days of you ignoring me
    {
      match: `[${TIME_UNITS} of (you|u) (ignoring|avoiding|ghosting|blanking|not answering|not replying|not talking|giving me the silent treatment)]`,
      reason: 'counting the time of their silence at them',
    },
    // two weeks of silence
    {
      match: `[(#Value|a few|a couple of|two|three|four|five|six|seven)? ${TIME_UNITS} of (silence|nothing|radio silence|being ignored|ignoring me|no reply|no replies|the silent treatment)]`,
      reason: 'counting the time of their silence at them',
    },
    // i'm giving you till sunday to decide
    {
      match: `[(i am giving|i will give|giving|i give|you have) ${YOU} (until|till|til|to|one more|another|#Value) .{0,3} to (decide|answer|reply|respond|make up|think|get back|let me know|choose|sort)]`,
      reason: 'a deadline for their decision',
    },
    // you have until friday to decide
    {
      match: `[${YOU} have (until|till|til) .{1,3} to (decide|answer|reply|respond|make up|get back|let me know|choose)]`,
      reason: 'a deadline for their decision',
    },
    // let me know by the weekend whether i'm still best man
    {
      match: `[(let me know|tell me|need to know|decision|answer|confirm|advise|inform me) .{0,6} (whether|if) .{1,4} still]`,
      reason: 'their verdict on the relationship asked for on a timetable',
      confidence: 0.8,
    },
    // you said you'd tell me by monday
    {
      match: `[${YOU} said ${YOU} (would|will) (tell me|let me know|get back to me|reply|answer|decide|call|text|be in touch) (by|before) (#Date|tonight|today|the weekend|now|the end)]`,
      reason: 'their promised deadline held against them',
      confidence: 0.8,
    },
    // i'd really appreciate a response at your earliest convenience
    {
      match: `[(appreciate|be grateful for|grateful for|like|love|need) (a|an|your) (prompt|quick|swift)? ${ANSWER} (at your earliest|as soon as|asap|by|before|today|tonight|soon)]`,
      reason: 'a reply requested on the writer’s schedule',
      confidence: 0.75,
    },
    // following up again on my messages from monday and wednesday
    {
      match: '[(following|follow|chasing|chase|checking) up (again|once more|for the #Ordinal time)]',
      reason: 'chasing earlier unanswered messages',
      confidence: 0.8,
    },
    // i'm writing to follow up on my last three emails
    {
      match: '[(following|follow|chasing|chase|checking) up on my (last|previous|earlier|other)? #Value? (messages|emails|texts|calls|voicemails|letters)]',
      reason: 'chasing several unanswered messages',
      confidence: 0.8,
    },
    // just checking in again since i haven't heard back
    {
      match: '[(checking in|chasing this|chasing you|nudging you|bumping this|pinging you|messaging) (again|once more|one more time)]',
      reason: 'chasing earlier unanswered messages',
      confidence: 0.75,
    },
    // since i haven't heard back
    {
      match: '[(since|as|because|cos|seeing as) i (have not|havent|still have not|still havent) heard (back|anything|from you|a thing|a word)]',
      reason: 'their silence given as the reason to chase',
      confidence: 0.7,
    },
    // three days and not a single reply
    {
      match: `[(#Value|a few|a couple of|two|three|four|five|six|seven)? ${TIME_UNITS} (and|later|now|of)? (still)? (not a single|not one|not a|no|without a|without any) (single)? (reply|word|text|message|answer|response|peep)]`,
      reason: 'counting the time of their silence at them',
    },
    // it's been four days since i apologised
    {
      match: `[(it|its) (has|is)? been (a|an)? (few|couple|#Value|two|three|four|five)? of? ${TIME_UNITS} since i (apologised|apologized|said sorry|reached out|last heard|messaged you|messaged u|texted you|texted u|called you|called u|rang you|emailed you|wrote to you|wrote you|sent it|sent that|sent my|asked you|asked u|first asked|last asked)]`,
      reason: 'counting the days of their silence at them',
    },
    // its been 5 days. / it's been hours
    {
      match: `^[(it|its) (has|is)? been (#Value|a|a few|two|three|four|five|like)? ${TIME_UNITS} (now|already)?]$`,
      reason: 'counting the time of their silence at them',
      confidence: 0.6,
    },
    // you said you'd let me know after the weekend and it's wednesday
    {
      match: `[${YOU} said ${YOU} (would|will) (let me know|get back to me|think about it|reply|call|text|answer|tell me|decide|be in touch)] .{0,6} (and|but|now) .{0,2} #Date`,
      reason: 'their promised reply held against them, with the day it is now',
    },
    // you said you'd get back to me and still nothing
    {
      match: `[${YOU} said ${YOU} (would|will) (let me know|get back to me|think about it|reply|call|text|answer|tell me|decide|be in touch)] .{0,6} (still|nothing|already|yet)`,
      reason: 'their promised reply held against them',
    },
  ],
  unless: [
    // no rush at all, whenever suits
    { match: '(whenever suits|whenever you are ready|whenever youre ready|in your own time|take all the time|take ur time|take your time)', reason: 'an open clock', scope: 'message' },
    // no rush
    { match: 'no (rush|pressure|hurry|stress|deadline)', reason: 'an open clock', scope: 'message' },
    // take your time
    { match: 'take (as much|all the) time', reason: 'an open clock', scope: 'message' },
    // whether the room is still available
    { match: 'still (available|open|in stock|free|valid|running|happening|going ahead|booked|for sale|on sale|there)', reason: 'a practical question', scope: 'sentence' },
    // so i can book the pitch / the invoice
    { match: '(so i can|so we can|from the|from a|from my|from our|from his|from her|from their|to book|invoice|report|section|form|rota|pitch|tickets|slides|deadline for|the meeting|rsvp|numbers for|quote|order|delivery|parcel|payment|contract)', reason: 'a practical deadline', scope: 'sentence' },
    // it's been a week since i called the plumber
    { match: '(plumber|doctor|council|landlord|bank|dentist|garage|mechanic|agency|company|support)', reason: 'chasing someone else', scope: 'sentence' },
  ],
  examples: [
    "I need to know by tonight whether we're still moving in together.",
    "You've had two weeks. That's more than enough time. I need your answer about the wedding by Friday or I'm booking Lisbon without you.",
    "I'm giving you till Sunday to decide whether you're in or out.",
    "Anyway, let me know by the weekend whether I'm still best man, as I need to sort a suit.",
    "Just following up again on my messages from Monday and Wednesday about what happened at the conference.",
    "I'd really appreciate a response at your earliest convenience.",
    "I'd be grateful for a decision about whether you'll still be my bridesmaid by the end of the month.",
    "it's been four days since I apologised, you alive?",
    "You said you'd let me know after the weekend and it's Wednesday.",
    'its been 5 days.',
    'Three days and not a single reply.',
    'I need an answer.',
    'I need an answer from you by 6pm.',
    "Decide by the weekend or I'm moving out.",
    "Answer me by tonight or don't bother.",
    "You've got 24 hours to decide.",
    'Two weeks of silence. Really?',
    'Let me know by tonight.',
    'I need you to decide today.',
    'Please advise by Friday whether we are still friends.',
    "You said you'd tell me by Monday. It's Tuesday.",
    'Please let me know today either way.',
    "It's been 3 days of you ignoring me.",
    'A whole week and nothing from you.',
    'Still no reply then.',
    "Just checking in again since I haven't heard back.",
    "I need to know today, I've asked three times.",
  ],
  counterexamples: [
    'Reminder: the grant application closes Friday at 5pm, so we need your section by Thursday please.',
    'Just let me know yes or no for five-a-side on Thursday by tomorrow so I can book the pitch ⚽',
    'No rush at all on the invoice, whenever suits 👍',
    "It's been a week since I called the plumber and still nothing.",
    "It's been two days since I wrote the essay and I still love it.",
    'Let me know by Friday if you can still make dinner, so I can book a table.',
    'I need your answer on the quote by Friday so we can order the parts.',
    'Decide by the weekend which colour you want for the kitchen.',
    "You've got 24 hours to enter the competition!",
    'I need an answer on whether the venue has parking.',
    'I need a reply from the supplier by the end of the day.',
    "Don't you have to decide who your best man is?",
    'Let me know by tonight if you want a ticket.',
    'A whole week of rain, ugh.',
    'Still no word from the landlord about the boiler.',
    'Still nothing on TV tonight huh',
    'Please let me know today either way about dinner so I can book.',
    'Please advise by Friday whether the room is still available.',
    'You said you’d bring dessert, is that still happening?',
  ],
});
