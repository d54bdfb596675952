/**
 * pestering-chasing-a-reply (step 6, pestering)
 * Pressing them to answer: "why aren't you answering?", "why haven't you replied??", "why the
 * silence?", "stop ignoring my calls", "are you ever going to reply?", "did you even read my
 * message?", "answer me". Their silence is theirs to keep; chasing it turns the apology into a
 * demand for attention.
 *
 * Deliberately not flagged: questions about things ("why aren't the lights on?"), checks on
 * safety ("did u get home safe?"), relaxed work follow-ups ("did you get a chance to look at the
 * slides? no worries if not"), and a nudge taken back in the same message ("oh wait, you're on
 * the plane, ignore me").
 */
import { defineRule } from '../analyzer/types';
import { MY_MESSAGES, REPLIED_FORMS, REPLY_FORMS, REPLYING, YOU_ARE } from '../lexicon/pestering';
import { YOU } from '../lexicon/pronouns';

export default defineRule({
  id: 'pestering-chasing-a-reply',
  category: 'pestering',
  message: 'Chasing a reply turns your apology into a demand for their attention. Their silence is theirs to keep; let them answer when they’re ready.',
  confidence: 0.85,
  patterns: [
    // why aren't you answering me?
    {
      match: `[why (are|r) (not|nt)? ${YOU} (still)? (not)? ${REPLYING}]`,
      reason: 'their silence questioned',
      rewrite: 'Whenever you’re ready, I’m here',
    },
    // why haven't you replied??
    {
      match: `[why (have|has|did|do|does|havent|hasnt|didnt|dont|doesnt) (not)? ${YOU} (still)? (not)? (${REPLIED_FORMS}|reply|answer|respond|text back|call back|call me back|text me back|get back to me)]`,
      reason: 'their silence questioned',
      rewrite: 'Whenever you’re ready, I’m here',
    },
    // why won't you just tell me where we stand?
    {
      match: `[why (will|would|can|do) not ${YOU} (just)? (answer|reply|respond|talk to me|speak to me|pick up|text me back|call me back|tell me|look at me|see me|let me explain)]`,
      reason: 'their silence questioned',
      rewrite: 'Whenever you’re ready, I’m here',
    },
    // why the silence?
    {
      match: '[why the (silence|silent treatment|cold shoulder|radio silence|ghosting)]',
      reason: 'their silence questioned',
    },
    // are you ignoring me?
    {
      match: `[(are|r|why are|why r) ${YOU} (still|just)? (ignoring|avoiding|ghosting|blanking|dodging) (me|my calls|my texts|my messages|my emails|my msgs|my letters)]`,
      reason: 'their silence cast as a slight',
    },
    // don't ignore me
    {
      match: '^(please|pls|just|so)? [(do not|dont) (ignore|avoid|ghost|blank|block) me]',
      reason: 'an order not to keep their distance',
      confidence: 0.75,
    },
    // how long are you going to keep ignoring me?
    {
      match: `[(how long|when) (are|r) ${YOU} (going to|gonna) (keep|carry on|go on)? (ignoring me|ignore me|ignoring|avoiding me|punishing me|punish me|do this|doing this|make me wait|leave me hanging|reply|answer|talk to me|speak to me|respond|forgive me|decide)]`,
      reason: 'pressing on when their silence will end',
    },
    // just give me an answer
    {
      match: `[(please|pls|just|can you just|could you just|will you just) (just)? give me (an|a|your|some|one) (straight)? (answer|reply|response)]`,
      reason: 'demanding any reply',
    },
    // can you please just respond?
    {
      match: `[(can|could|will|would) ${YOU} (please)? just (${REPLY_FORMS})]`,
      reason: 'pleading for any reply',
      confidence: 0.75,
    },
    // have you read my message or not?
    {
      match: `[(have|did) ${YOU} (even)? (read|seen|see|got|get|opened|open|checked|check|heard) my (last|latest)? ${MY_MESSAGES}] (or not|yet|at all)`,
      reason: 'pressing on whether they read it, to make them answer',
    },
    // so you're ignoring me now?
    {
      match: `[${YOU_ARE} (still|just|really|actually|literally)? (ignoring|avoiding|ghosting|blanking|dodging) (me|my calls|my texts|my messages|my emails|my msgs)]`,
      reason: 'their silence cast as a slight',
    },
    // answer your phone!
    {
      match: `^(please|pls|just|so|now|god|ffs)? [(answer|pick up|check) (your|ur|the) (phone|phone then|messages|texts|calls)]`,
      reason: 'an order to answer',
    },
    // reply already.
    {
      match: `^(please|pls|just|so|now|ffs)? [(reply|respond|answer|text back|text me back|write back|get back to me|pick up)] (already|now|then|ffs|please|pls|for once|asap)$`,
      reason: 'an order to reply',
      rewrite: 'Reply whenever you’re ready',
    },
    // please just text me back
    {
      match: `[(please|pls|plz) just (reply|respond|text me back|text back|write back|answer me|answer|get back to me|say something)]$`,
      reason: 'pleading for any reply',
    },
    // are you going to answer me or what?
    {
      match: `[(are|r) ${YOU} (going to|gonna) (answer me|reply to me|talk to me|reply|answer|respond|text me back|get back to me|say anything|say something)] (or what|or not|ever|at all|today|tonight)`,
      reason: 'pressing on whether they will answer',
    },
    // still waiting for a reply.
    {
      match: `[still waiting (for|on) (a|an|your|any)? (reply|answer|response|text|call|decision|word)]`,
      reason: 'their silence counted against them',
    },
    // i'm still waiting to hear from you
    {
      match: `[still waiting to hear (from you|from u|back|anything)]`,
      reason: 'their silence counted against them',
    },
    // are you just not going to reply ever?
    {
      match: `[(are|r) ${YOU} (just|really|seriously|honestly)? (not|never) (going to|gonna) (${REPLY_FORMS})]`,
      reason: 'their silence narrated back at them',
    },
    // answer my calls.
    {
      match: '^(please|pls|just|so)? [(answer|return|pick up|reply to|respond to) my (calls|texts|messages|phone calls|emails|msgs)]',
      reason: 'an order to reply',
    },
    // why do you keep ignoring me?
    {
      match: `[why (do|does|did|will|would) ${YOU} (keep|always|still)? (ignoring|ignore|avoiding|avoid|ghosting|ghost|blanking|blank|dodging|dodge) (me|my)]`,
      reason: 'their silence cast as a slight',
    },
    // did you not get my messages?
    {
      match: `[(did you not|did u not|didnt you|didnt u) (get|see|read|receive|hear) my ${MY_MESSAGES}]`,
      reason: 'checking they received it, to draw a reply',
      confidence: 0.75,
    },
    // when will you get back to me?
    {
      match: `[when (will|are|r|do|can|would) ${YOU} (going to|gonna)? (get back to me|reply|answer me|answer|respond|text me back|call me back|talk to me|let me know|reply to me|forgive me|decide)]`,
      reason: 'pressing on when they will answer',
    },
    // i have yet to receive a reply
    {
      match: '[i (have yet to|still have not|have not yet|still havent|havent yet|am yet to) (receive|received|had|got|get|hear|heard) (a|any|an)? (reply|response|answer|word|anything back)]',
      reason: 'their silence counted against them',
      confidence: 0.8,
    },
    // could you please confirm whether you have received my letter?
    {
      match: `[confirm (whether|if|that) ${YOU} (have|did)? (received|got|get|receive|read|seen|see) my ${MY_MESSAGES}]`,
      reason: 'checking they received it, to draw a reply',
      confidence: 0.75,
    },
    // i'd appreciate it if you could respond soon
    {
      match: `[appreciate it if ${YOU} (could|would|can)? (respond|reply|answer|get back to me|let me know|call me|text me|write back)]`,
      reason: 'a reply requested on the writer’s schedule',
      confidence: 0.7,
    },
    // any chance of a reply?
    {
      match: '[any chance (of|for) (a|an)? (reply|response|answer|word|call back|callback)]',
      reason: 'a prod for a reply',
      confidence: 0.75,
    },
    // ur being so childish not replying
    {
      match: '[(childish|rude|immature|cruel|petty|pathetic|unfair|mean|cold|selfish|disrespectful|cowardly) (of you)? (not|by not|to not|to ignore|ignoring) (replying|answering|responding|me|texting|picking|talking|reply|answer|respond)]',
      reason: 'their silence judged',
    },
    // not replying is so childish
    {
      match: '[(not|never) (replying|answering|responding|texting back|picking up|talking to me) (is|was) (so|really|just|pretty)? (childish|rude|immature|cruel|petty|pathetic|unfair|mean|cold|selfish|disrespectful|cowardly)]',
      reason: 'their silence judged',
    },
    // i've been waiting for days for your reply
    {
      match: `[i have been waiting (for|on) (days|hours|weeks|ages|forever|all day|all night|so long)? (for|on)? (your|ur|a|an) (reply|answer|response|decision|text|call)]`,
      reason: 'their silence counted against them',
      confidence: 0.75,
    },
    // just reply.
    {
      match: '^(just|please|pls|so|now) [(reply|answer|respond|answer me|reply to me|text back|text me back)]$',
      reason: 'an order to reply',
      confidence: 0.75,
    },
    // say something.
    {
      match: '^(just|please|pls|so)? [say (something|anything)]$',
      reason: 'a prod for any reply',
      confidence: 0.7,
    },
    // i know you're reading these
    {
      match: `[i know ${YOU_ARE} (reading|seeing|getting|opening|ignoring|checking) (these|this|them|my|it)]`,
      reason: 'their reading without answering held against them',
      confidence: 0.8,
    },
    // what's taking you so long to reply?
    {
      match: `[what is taking ${YOU} so long]`,
      reason: 'their pace cast as too slow',
      confidence: 0.75,
    },
    // you can't even be bothered to reply?
    {
      match: '[(can not|cannot|cant|could not|couldnt) even be bothered to (reply|answer|respond|text|call|pick up|text back|write back)]',
      reason: 'their silence judged',
    },
    // oi. answer.
    {
      match: '^[(answer|reply|respond|answer me|reply to me)]$',
      reason: 'an order to reply',
      confidence: 0.7,
    },
    // you've gone quiet on me
    {
      match: `[${YOU} (have|had)? (gone|been|went) (quiet|silent|awol|dark|cold|mia|missing) on me]`,
      reason: 'their silence named as a grievance',
    },
    // you could at least reply
    {
      match: `[${YOU} (could|can|might|should) at least (reply|answer|respond|text|text back|let me know|say something|acknowledge|call|reply to me|answer me)]`,
      reason: 'a reply demanded as the least they can do',
    },
    // the least you can do is answer me
    {
      match: `[the least ${YOU} (could|can) do is (reply|answer|respond|text|let me know|tell me|say something|talk to me|pick up|call)]`,
      reason: 'a reply demanded as the least they can do',
    },
    // is it too much to ask for a reply?
    {
      match: '[(is it|it is|is that) too much to ask (for)? (a|an|you to|for you to)? (reply|answer|response|text|call|respond|answer me|reply to me)]',
      reason: 'their silence framed as unreasonable',
    },
    // are you going to say anything?
    {
      match: `[(are|r) ${YOU} (going to|gonna) (say anything|say something|answer me|reply|respond|answer|text me back|reply to me|talk to me)]$`,
      reason: 'pressing on whether they will answer',
      confidence: 0.75,
    },
    // i'm waiting for your answer
    {
      match: `[i am (still|just)? waiting (for|on) (your|an|a|any) (answer|reply|response|decision)]`,
      reason: 'their reply awaited out loud',
      confidence: 0.75,
    },
    // i'll be waiting for your reply tonight
    {
      match: `[(i will|ill) be waiting (for|on) (your|an|a) (answer|reply|response|decision)]`,
      reason: 'their reply awaited out loud',
      confidence: 0.7,
    },
    // how much longer do i have to wait?
    {
      match: `[how (much longer|long) (do|will|am|must) i (have to|going to|got to|supposed to|gonna)? wait]`,
      reason: 'their pace cast as too slow',
    },
    // i deserve an answer
    {
      match: `[i (deserve|am owed|think i deserve|at least deserve) (an|a|some|your) (answer|reply|response|decision)]`,
      reason: 'a reply claimed as owed',
    },
    // stop ignoring my calls
    {
      match: '[(stop|quit|enough) (ignoring|avoiding|ghosting|blanking|dodging) (me|my)]',
      reason: 'an order to stop keeping their distance',
    },
    // u cant just ignore me forever
    {
      match: `[${YOU} (can not|cannot|cant) (just)? (keep ignoring|keep avoiding|keep ghosting|ignore|avoid|ghost|blank) me (forever|for ever|like this)?]`,
      reason: 'their silence ruled out',
    },
    // ignoring me isn't going to make this go away
    {
      match: '[(ignoring|avoiding|ghosting) me (is not|will not|will|does not|won\'t) (going to|gonna)? (make|fix|solve|help|change|work)]',
      reason: 'their silence called futile',
    },
    // are you ever going to reply?
    {
      match: `[(are|r) ${YOU} (ever|even|actually) (going to|gonna) (talk to me again|${REPLY_FORMS})]`,
      reason: 'pressing on whether they will answer',
    },
    // ok so ur just not gonna answer
    {
      match: `[${YOU_ARE} (just|really|seriously|actually|honestly)? (not going to|not gonna|never going to|going to just|gonna just) (ignore me|leave me|${REPLY_FORMS})]`,
      reason: 'their silence narrated back at them',
    },
    // so you're just going to ignore me now?
    {
      match: `[${YOU_ARE} (just)? (going to|gonna) (just)? (ignore me|keep ignoring me|leave me on read|pretend|act like|blank me|ghost me)]`,
      reason: 'their silence narrated back at them',
    },
    // did you even read my message?
    {
      match: `[(did|have) ${YOU} (even|actually|ever) (read|open|opened|see|seen|look at|looked at|listen to|listened to|get|got|check|checked|watch|watched) (my|it|them|this|that)]`,
      reason: 'doubting they read it, to make them answer',
    },
    // did you get my voicemail?
    {
      match: `[did ${YOU} (get|see|read|receive|hear|listen to) my (last|latest|other)? ${MY_MESSAGES}]$`,
      reason: 'checking they received it, to draw a reply',
      confidence: 0.6,
    },
    // answer me
    {
      match: `^(just|please|pls|plz|now|so|seriously|hey|oi|babe|well)? [(answer|reply to|respond to|talk to|speak to) me] (please|pls|plz|already|now|damn|for|then|ffs)? (it|once)?$`,
      reason: 'an order to reply',
      rewrite: 'Reply whenever you’re ready',
    },
    // ill do anything, just please dont leave, answer me pls
    {
      match: '[(answer|reply to|respond to|talk to) me] (please|pls|plz|now|already)$',
      reason: 'an order to reply, closing a message',
      confidence: 0.75,
    },
    // pls just reply even if its one word
    {
      match: `[(please|pls|plz|just) (just)? (reply|answer|respond|text back|text me back|write back|say something|say anything)] (even|already|to me|for once|anything)`,
      reason: 'pleading for any reply',
    },
    // can you at least let me know
    {
      match: `[(can|could|would|will) ${YOU} (at least|please at least|at the very least) (reply|answer|respond|text me|call me|get back to me|answer me|reply to me|tell me if we|tell me whether we|let me know if we|let me know whether we|tell me if you|let me know if you)]`,
      reason: 'a reply demanded as the least they can do',
    },
    // can you call me tonight?
    {
      match: `[(can|could) ${YOU} (please)? (call|ring|text|phone|message|facetime) me (back)? (tonight|today|right now|now|asap|as soon as you can)]`,
      reason: 'a reply asked for on the writer’s timetable',
      confidence: 0.55,
    },
    // i've asked three times
    {
      match: `[i have asked (you|u)? (#Value times|three times|twice|again and again|over and over|so many times)]`,
      reason: 'counting unanswered messages at them',
      confidence: 0.6,
    },
    // u gonna reply or nah
    {
      match: `[${YOU} (going to|gonna) (reply|answer|respond|talk|speak|text)] (to me|me|back)? or (what|not|nah|no|never)`,
      reason: 'pressing on whether they will answer',
    },
    // why are you doing this to me, just reply
    {
      match: '!(i|will|would|to|should|can|could|we|and) [just (reply|answer|respond)] (me|already|please|pls)?$',
      reason: 'an order to reply',
      confidence: 0.7,
    },
    // are you still mad at me or what
    {
      match: `[(are|r) ${YOU} still (mad|angry|upset|pissed|annoyed|cross|furious|ignoring me)] (at me|with me)? or (what|not|nah)`,
      reason: 'pressing for the all-clear',
      confidence: 0.75,
    },
    // you keep ignoring me
    {
      match: `[${YOU} (keep|kept|have been|are) (ignoring|avoiding|ghosting|blanking|dodging) (me|my)]`,
      reason: 'their silence cast as a slight',
    },
    // are you still not talking to me?
    {
      match: `[(are|r) ${YOU} still not ${REPLYING}]`,
      reason: 'their silence questioned',
      confidence: 0.75,
    },
    // did you even read what i wrote?
    {
      match: `[did ${YOU} even (read|see|open|listen to|look at) (what|my)]`,
      reason: 'pressing on whether they read it, to make them answer',
      confidence: 0.75,
    },
  ],
  unless: [
    // answer the phone if it rings, i'm expecting a courier
    { match: '(if it rings|if someone calls|if anyone calls|expecting a|courier|delivery)', reason: 'an errand about the phone', scope: 'sentence' },
    // oh wait, you said you're on the plane, ignore me
    { match: '(oh wait|never mind|nevermind|nvm|scratch that|wrong chat|wrong person|disregard)', reason: 'the nudge is taken back', scope: 'message' },
    // no worries if not
    { match: 'no (worries|rush|pressure|hurry|stress)', reason: 'a relaxed check-in', scope: 'message' },
    // whenever you can; in your own time
    { match: '(whenever you can|when you get a chance|in your own good time|totally fine if not|no problem if not|all good if not)', reason: 'a relaxed check-in', scope: 'message' },
  ],
  examples: [
    "Are you still not talking to me?",
    "Did you even read what I wrote?",
    "You keep ignoring me and it's not fair",
    'u gonna reply or nah',
    'Why are you doing this to me, just reply',
    'are you still mad or what',
    'Why aren’t you answering me?',
    "I'm sorry, but you KNOW how my dad gets. Why haven't you replied?? It's been hours",
    "Why won't you just tell me where we stand?",
    "I can see you've read it. Why the silence?",
    'are u ignoring me',
    'Now stop ignoring my calls, this is getting silly.',
    'u cant just ignore me forever, its been 5 days',
    "Ignoring me isn't going to make this go away, you know",
    "It's been 3 days. Are you ever going to reply or should I just give up?",
    'ok so ur just not gonna answer. cool. really mature',
    'Did you even open my letter?',
    'Did you get my voicemail?',
    'answer me',
    'answer me pls',
    'i cant stop crying, please dont leave, answer me pls',
    'hey did u see my msgs?? pls just reply even if its one word',
    'Could you at least reply so I know you got it?',
    'why havent u replied yet',
    "Don't ignore me.",
    "You can't keep ignoring me.",
    "So you're just going to ignore me now?",
    'Have you read my message or not?',
    'Please just give me an answer.',
    'How long are you going to keep ignoring me?',
    'When are you going to reply?',
    'Can you please just respond?',
    'So you’re ignoring me now? Great.',
    'Answer your phone!',
    'Pick up the phone.',
    'Reply already.',
    'Please just text me back',
    'Are you going to answer me or what?',
    'Still waiting for a reply.',
    "Why haven't you called me back?",
    "You're really not going to answer me?",
    'Seriously, answer me.',
    "I'm still waiting to hear from you.",
    'Answer.',
    "You've gone quiet on me.",
    'You could at least reply.',
    'The least you can do is answer me.',
    'Is it too much to ask for a reply?',
    'Are you going to say anything?',
    "I'm waiting for your answer.",
    "I'll be waiting for your reply tonight.",
    'How much longer do I have to wait?',
    'I deserve an answer.',
    'Are you just not going to reply ever?',
    'Answer my calls.',
    'Why do you keep ignoring me?',
    'Did you not get my messages?',
    'When will you get back to me?',
    'Dear Mark, I have yet to receive a reply to my last three emails.',
    'Could you please confirm whether you have received my letter?',
    "I'd appreciate it if you could respond soon.",
    'Any chance of a reply?',
    'ur being so childish not replying',
    'Have you even read it?',
    "I've been waiting for days for your reply.",
    'Why are you being like this? Just reply.',
    "It's been a fortnight. Say something.",
    "I know you're reading these.",
    "What's taking you so long to reply?",
    "You can't even be bothered to reply?",
    'Can you call me tonight?',
    "I need to know today, I've asked three times.",
  ],
  counterexamples: [
    "Did you even read the instructions?",
    "answer the phone if it rings, I'm expecting a courier",
    'You keep forgetting your keys',
    'Are you still mad about the referee or what lol',
    "I'll just reply to the group.",
    "Why aren't the lights on in the garage? Did the fuse go again?",
    'did u get home safe? x',
    "Hi Mark, did you get a chance to look at the slides? No worries if not, the deadline's next week.",
    "Why aren't you answering?? Oh wait, you said you're on the plane, ignore me 😂 safe flight x",
    'Did you read that article about the heatwave? Mad stuff.',
    'Did you get my email about the invoice? No rush.',
    'Why did you not tell me you were ill? I would have brought soup!',
    "Answer the door, I'm outside with the shopping!",
    'Still waiting for the plumber to show up.',
    "I'm still waiting to hear from the university.",
    'Are you going to the match on Saturday?',
    'Why are you ignoring my advice about the car? 😂',
    "You've gone quiet in the group chat, all good?",
    'The least you can do is let me pay for dinner!',
    'Are you going to say anything at the wedding?',
    "I'm waiting for your answer about the holiday dates, no rush.",
    'How much longer is the film?',
    'Answer my question from earlier when you get a sec.',
    'Why do you keep leaving the lights on?',
    'Did you not get the memo about casual Friday?',
    'When will you get back from your trip?',
    'Could you please confirm whether you have received my invoice?',
    'Any chance of a lift on Saturday?',
    "Have you even read the book yet? It's so good.",
    "I've been waiting for days for the parcel.",
    'Can you give me an answer today about the car?',
    "Could you at least tell me what time you're arriving?",
    "What's taking the bus so long?",
  ],
});
