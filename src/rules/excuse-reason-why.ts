/**
 * excuse-reason-why (step 1, excuse)
 * The writer hands over the reason as the explanation of the act: a state followed by "that's
 * why I…", a necessity with its threatened outcome ("I had to say something, otherwise they'd
 * have…"), hiding it "because I didn't want to upset you", "I was only protecting myself", "I
 * was all over the place when I wrote that", "I said it because I was hurt".
 *
 * Deliberately not flagged: the same reasons refused ("that's no excuse", "that's on me"), a
 * wrong named as the cause of an apology ("I was wrong, that's why I'm writing"), and
 * everyday reasons with no wrong to excuse ("that's why I love you").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { BECAUSE, DID_NOT, DRUNK, excuseRefusals, laughter, WORN_OUT } from '../lexicon/excuse';

export default defineRule({
  id: 'excuse-reason-why',
  category: 'excuse',
  message: 'Giving the reason straight after the act asks them to weigh your side before they have heard you own it. The why can come later, if they want it.',
  confidence: 0.65,
  patterns: [
    // i was going through a rough patch, that's why i stopped replying
    {
      match: `[i (was|have been|had been) .{1,8} (that is|which is|thats|and that is|and thats) (why|the reason) i] #Verb`,
      reason: 'a state of the writer set up as the cause of the act',
    },
    // i've been going through a lot, so i pulled away
    {
      match: `[i (was|have been|had been) going through (a|so|some|stuff|things|hell|it) .{0,4}] (so|and|which|thats|that) i? .{0,2} #Verb`,
      reason: 'a hard stretch set up as the cause of the act',
    },
    // i had to say something, otherwise they would have thought you were lying
    {
      match: `[i had to (say|tell|do|lie|read|check|go|look|hide|delete|cancel|keep) .{0,4}] (otherwise|or) .{0,3} (would|wouldve|would of|could|might)`,
      reason: 'the act told as a necessity with a worse outcome avoided',
    },
    // if i hadn't said something she would have gone to hr
    {
      match: `[if i (had not|hadnt|did not|didnt) (said|say|told|tell|done|do|stepped|acted|lied|lie)? .{0,5}] would (have|of)`,
      reason: 'the act defended by the worse outcome it prevented',
    },
    // i kept it from you because i didn't want to ruin your weekend
    {
      match: `[${BECAUSE} i ${DID_NOT} want (to|you|u) (to)? (ruin|upset|hurt|worry|stress|spoil|burden|wreck|scare|lose|disappoint|lose|make)]`,
      reason: 'hiding or the act justified by sparing them',
    },
    // i didn't tell u so you wouldn't worry
    {
      match: `i (${DID_NOT} tell|never told|kept|hid) .{0,4} [so (you|u) (would not|wouldnt|did not|didnt) (worry|stress|get upset|be upset|panic|freak out|get hurt|be hurt)]`,
      reason: 'concealment justified by sparing them',
    },
    // i was only protecting myself
    {
      match: `[i was (just|only|simply|merely)? (protecting|defending|looking after|guarding) (myself|me|us|you|u|my #Noun|our #Noun)]`,
      reason: 'self-protection offered as the reason',
    },
    // i was all over the place when i wrote that
    {
      match: `[i was .{0,2} (all over the place|a mess|a wreck|in pieces|sleep deprived|running on no sleep|so out of it|out of sorts|in a state|spiralling|spiraling)] (when|and|so|that) .{0,3} (said|wrote|sent|did|texted|typed|replied|snapped|told|made|agreed|forgot|missed|messaged|dont|do|did|didnt)`,
      reason: 'a scattered state set up as the cause of the act',
    },
    // i was exhausted after the night shift and didn't read it properly
    {
      match: `[i was (so|really|just|completely|totally|absolutely|very|super|that)? ${WORN_OUT}] .{0,6} and (did not|didnt|forgot|missed|never|could not|couldnt|snapped|lost)`,
      reason: 'a worn-out state set right before the act, as its cause',
    },
    // i was so sleep deprived i dont even remember saying it
    {
      match: `[i was (so|soo|sooo|that|too) ${WORN_OUT}] i .{0,2} (do|dont|did|didnt|could|couldnt|forgot|barely|cannot|cant|can)`,
      reason: 'a worn-out state given as the cause of the act',
    },
    // i said it because i was hurt
    {
      match: `[i (said|did|wrote|sent|told|posted|lied|shouted|texted) (it|that|this|those things|what i said|what i did|you that)? ${BECAUSE} i was]`,
      reason: 'the act explained by the writer\'s feeling at the time',
    },
    // it only got out because kim told everyone
    {
      match: `[it (only|just)? (got out|came out|leaked|got around|got back to you|spread) ${BECAUSE}] (#Person|he|she|they|someone|somebody|you|u|#Actor)`,
      reason: 'the harm put down to someone else passing it on',
      confidence: 0.6,
    },
    // with everything going on at work, it slipped my mind
    {
      match: `[(with|what with) (everything|all|so much|all that|all this|all the stuff) (going on|happening|that was going on|on my plate)]`,
      reason: 'a busy stretch offered as the cause of the act',
      confidence: 0.6,
    },
    // sorry, but i've had a crazy week with the kids
    {
      match: `[i have had (a|such a|the|one) (crazy|mad|hectic|rough|hard|awful|nightmare|insane|manic|horrible|terrible|stressful|mental) (week|day|month|few days|few weeks|time|year|couple of weeks)]`,
      reason: 'a hard stretch offered as the reason',
      confidence: 0.6,
    },
    // i had family stuff going on
    {
      match: `[i (had|have had|have) (family|personal|work|some|so much|a lot of|loads of|health) (stuff|things|issues|problems|drama|shit|crap) going on]`,
      reason: 'a busy stretch offered as the reason',
      confidence: 0.6,
    },
    // but my anxiety was through the roof that day
    {
      match: `but [my (anxiety|depression|mental health|stress|adhd|head|mood|hormones) (was|has been|had been|were|have been)]`,
      reason: 'a state offered after admitting the act',
      confidence: 0.6,
    },
    // it kind of just happened
    {
      match: `[it (kind of|kinda|sort of|sorta)? just happened]$`,
      reason: 'the act told as something that happened to the writer',
      confidence: 0.6,
    },
    // i would've told you but i knew you'd overreact
    {
      match: `[i (would have|wouldve|would of) told ${YOU} but] .{0,3} (knew|know|thought|figured)`,
      reason: 'holding back justified by how they would react',
      confidence: 0.6,
    },
    // i was dealing with a lot of stuff rn
    {
      match: `[i (was|have been|had been|am) (dealing|coping|struggling) with (a lot|so much|loads|stuff|some stuff|things|some things|a family|family|personal|my own|some personal|health|a crisis|an emergency|a bereavement)]`,
      reason: 'a hard stretch offered as the reason',
      confidence: 0.6,
    },
    // i was half drunk when i sent that
    {
      match: `[i was (half|kinda|kind of|sort of|a little|slightly|quite|pretty|tipsy and) ${DRUNK}]`,
      reason: 'drink offered as the reason',
      confidence: 0.6,
    },
    // i'd had a terrible day and i took it out on you
    {
      match: `[i had (had|just had) (a|such a|the|one) (terrible|bad|awful|rough|long|hard|horrible|shit|crap|crappy|stressful|nightmare|horrendous) (day|week|night|shift|morning)]`,
      reason: 'a hard day offered as the reason',
      confidence: 0.6,
    },
    // i was running on about 3 hours sleep
    {
      match: `[i was (running|going) on .{0,3} (sleep|fumes|caffeine|coffee|empty)]`,
      reason: 'exhaustion offered as the reason',
      confidence: 0.65,
    },
    // i didn't have time to check, so i just sent it
    {
      match: `[i (did not|didnt) (have|get) (time|the time|a chance|the chance) to #Verb .{0,3}] so i`,
      reason: 'lack of time offered as the reason for the act',
      confidence: 0.6,
    },
    // there was no way round it
    {
      match: `[there was no (way round|way around|way out of|other way|getting out of|avoiding|getting around|getting round) it]`,
      reason: 'the act presented as unavoidable',
      confidence: 0.7,
    },
    // i was only doing what i thought was best
    {
      match: `[i was (only|just)? doing what i (thought|felt|believed|figured) was (best|right|the right thing|fair|needed)]`,
      reason: 'good intentions offered as the reason',
      confidence: 0.7,
    },
    // i'd barely slept all week
    {
      match: `[i had (barely|hardly|not really|only just) (slept|eaten|sat down|stopped)]`,
      reason: 'exhaustion offered as the reason',
      confidence: 0.6,
    },
    // if i'd told you the truth you would have left
    {
      match: `[if i had (told|said|shown|admitted) .{0,5}] would (have|of)`,
      reason: 'hiding it defended by the reaction it would have caused',
      confidence: 0.65,
    },
    // sorry for shouting, it's the stress talking
    {
      match: `[(it is|its|that is|thats|that was|it was) (just|only)? the (stress|drink|alcohol|wine|beer|tiredness|exhaustion|anger|pain|meds|medication|hormones|grief|jet lag) talking]`,
      reason: 'the words put down to a state rather than the writer',
      confidence: 0.75,
    },
    // i've just had so much on lately
    {
      match: `[i have (just|really)? had (so much|a lot|loads|too much|tons) on]`,
      reason: 'a busy stretch offered as the reason',
      confidence: 0.6,
    },
    // the reason i didn't call is that i was still upset
    {
      match: `[the (only)? reason i (did not|didnt|never|was|forgot|missed|said|lied|left|went|ignored) .{0,4} (is|was) (that|because|cause|cos|bc)? i]`,
      reason: 'the writer\'s state given as the reason for the act',
      confidence: 0.65,
    },
    // but the traffic was a nightmare
    {
      match: `but [the (traffic|trains|train|bus|buses|roads|tube|queue|queues|wifi|signal) (was|were|had been) (a nightmare|awful|terrible|horrendous|mental|insane|crazy|so bad|really bad|chaos|a joke)]`,
      reason: 'a mishap offered after admitting the act',
      confidence: 0.6,
    },
    // i've been swamped at work
    {
      match: `[i have been (so|really|absolutely|completely|totally|just)? (swamped|snowed under|slammed|run off my feet|rushed off my feet|flat out|drowning|buried|up to my eyes)]`,
      reason: 'a busy stretch offered as the reason',
      confidence: 0.6,
    },
    // it wasn't meant to sound like that
    {
      match: `[(it|that|this) (honestly|really|just)? (was not|wasnt|was never) meant (to sound|to come across|to come out|that way|like that|to be taken)]`,
      reason: 'the effect set aside by what was meant',
      confidence: 0.65,
    },
    // i haven't been myself lately
    {
      match: `[i (have not|havent|had not|hadnt) been (myself|thinking straight|thinking clearly|sleeping|in a good place|great|well|coping)]`,
      reason: 'a state offered as the reason',
      confidence: 0.6,
    },
    // i was having a panic attack
    {
      match: `[i was having (a|an|such a) (panic attack|breakdown|meltdown|bad day|episode|rough day|hard time|anxiety attack|rough time|tough time|really bad day|shit day)]`,
      reason: 'a state offered as the reason',
      confidence: 0.6,
    },
    // i couldn't think straight
    {
      match: `[i (could not|couldnt) think (straight|clearly|properly)]`,
      reason: 'a clouded mind offered as the reason',
      confidence: 0.65,
    },
    // i was kind of out of it after the meds
    {
      match: `[i was (kind of|kinda|a bit|so|completely|totally|pretty|really|still) (out of it|not with it|spaced out|zoned out|out of my depth)]`,
      reason: 'a clouded state offered as the reason',
      confidence: 0.6,
    },
    // owing to an unusually heavy workload, the report was delayed
    {
      match: `[(owing to|due to|because of|given) (a|an|my|the)? (unusually|very|extremely|particularly|exceptionally)? (heavy|high|excessive|increased|unexpected|significant) (workload|volume|demands|caseload)]`,
      reason: 'workload offered as the reason, in formal dress',
      confidence: 0.6,
    },
  ],
  unless: [
    // that's no excuse / i'm not making excuses
    // i'm not putting it on that
    // but that's not why i did it
    // i won't dress it up
    // it doesn't make it okay
    ...excuseRefusals(5),
    // if i hadn't gone to that party i would never have met you
    { match: 'would (never|not) have (met|known|found|seen|had|got|gotten)', reason: 'a happy chance looked back on, not a defence', scope: 'sentence' },
    // if i didn't know any better, i would have thought
    { match: 'know (any)? better', reason: 'a figure of speech, not a defence', scope: 'sentence' },
    // i was drunk and that's on me
    { match: '(that is|thats|its|it is|which is) (all|entirely)? on me', reason: 'the writer owns it', scope: 'message' },
    // i was wrong, that's why i'm writing
    { match: 'i was (wrong|selfish|mistaken|out of order|an idiot|a coward|unfair|cruel|awful|horrible)', reason: 'the writer names their wrong, not a reason for it', scope: 'sentence' },
    // that's why i love you
    { match: '(that is|thats|which is) why i (love|adore|like|married|chose|trust|appreciate|miss)', reason: 'affection, not a defence', scope: 'sentence' },
    // i hid the presents so you wouldn't find them
    { match: '(present|presents|gift|gifts|surprise|party|cake|birthday)', reason: 'a kind surprise, not a wrong', scope: 'sentence' },
    // i was all over the place this morning lol
    { match: laughter(6), reason: 'a light story, not a defence', scope: 'sentence' },
  ],
  examples: [
    'I know I was late again but the traffic was a nightmare.',
    "Sorry I didn't reply, I've been swamped at work.",
    "It honestly wasn't meant to sound like that.",
    "Things have been tough with my mum and I haven't been myself.",
    'I was having a panic attack, I couldn\'t think straight.',
    'Dear Mr Hale, my apologies; owing to an unusually heavy workload, the report was delayed.',
    'I had to say something, otherwise they would have thought you were lying.',
    "I was going through a rough patch, that's why I stopped replying.",
    "I kept it from you because I didn't want to ruin your weekend.",
    'i hid it bc i didnt want to stress u out before ur exam',
    'I was only protecting myself, surely you can see that.',
    'It only got out because Kim told everyone.',
    'sorry, i was all over the place when i wrote that',
    "I said it because I was hurt, ok? I didn't plan it.",
    'With everything going on at work, it slipped my mind.',
    'i know i ghosted u but i was dealing with a lot of stuff rn',
    "Sorry for shouting, it's the stress talking.",
    "I'd had a terrible day and I took it out on you.",
    'To be fair I was running on about 3 hours sleep.',
    "If I'd told you the truth you would have left, so I didn't.",
    "I needed to say it, if I hadn't they'd have walked all over us.",
  ],
  counterexamples: [
    "The traffic was a nightmare, I'll be ten minutes late!",
    "I was wrong, and that's why I'm writing to you.",
    "I was drunk and that's on me, not on the drink.",
    "I hid the presents in the garage so you wouldn't find them.",
    "I was going through a rough patch last year, but therapy really helped.",
    "That's why I love you, you always know what to say.",
    "I didn't have time to check the menu, do they have veggie options?",
    "If I hadn't gone to that party I would never have met you.",
  ],
});
