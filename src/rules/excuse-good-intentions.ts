/**
 * excuse-good-intentions (step 1, excuse)
 * The writer defends the motive behind what they did: "I was only trying to help", "I only read
 * your texts because I was worried", "I was protecting you", "it was never my intention".
 * A kind motive may be true; offered next to the hurt, it asks them to weigh the intention
 * instead of what happened.
 *
 * Deliberately not flagged: someone else's motive ("she was only trying to help"), ordinary
 * effort ("I was trying to fix the sink"), a motive named in order to refuse it ("that's no
 * excuse", "that's not why I did it").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { BECAUSE, DID_NOT, excuseRefusals, KIND_AIMS, ONLY } from '../lexicon/excuse';

const MINIMISERS = /\b(only|just|simply|merely|ever)\s+/gi;

/** "but I was only trying to help" → "I was trying to help, and I got it wrong". */
function ownTheAim(matched: string): string {
  const aim = matched.replace(/^but\s+/i, '').replace(MINIMISERS, '');
  return `${aim}, and I got it wrong`;
}

export default defineRule({
  id: 'excuse-good-intentions',
  category: 'excuse',
  message: 'Your reason may be kind, but leading with it asks them to judge your intentions instead of what happened to them.',
  confidence: 0.8,
  patterns: [
    // but i was only trying to help
    {
      match: `[but? i was (literally|honestly|really|genuinely)? ${ONLY} ever? trying to ${KIND_AIMS}] (you|u|him|her|them|us)?$`,
      reason: 'a kind aim shrunk with only/just, ending the clause',
      confidence: 0.9,
      rewrite: ownTheAim,
    },
    // i was only ever trying to make things easier for both of us
    {
      match: `[i was (literally|honestly|really|genuinely)? ${ONLY} ever? trying to ${KIND_AIMS}]`,
      reason: 'a kind aim shrunk with only/just',
      confidence: 0.85,
      rewrite: (m) => m.replace(MINIMISERS, ''),
    },
    // but i was only trying to make a point
    {
      match: `[but i was (literally|honestly|really|genuinely)? ${ONLY} ever? trying to #Verb]`,
      reason: 'a motive shrunk with only/just and set against the hurt with but',
      confidence: 0.75,
      rewrite: (m) => m.replace(/^but\s+/i, '').replace(MINIMISERS, ''),
    },
    // i was only trying to make you jealous
    {
      match: `[i was (literally|honestly|really|genuinely)? ${ONLY} ever? trying to #Verb .{0,2} (you|u|your|ur|us|everyone|everybody|things)]`,
      reason: 'a motive aimed at them, shrunk with only/just',
      confidence: 0.75,
      rewrite: (m) => m.replace(MINIMISERS, ''),
    },
    // i was trying to stick up for you
    {
      match: `[i was trying to (stick up for|look out for|protect|help|save|spare|support|defend|surprise|comfort|please|impress|cheer) ${YOU}]`,
      reason: 'the act presented as done for them',
      confidence: 0.65,
    },
    // i was trying to make you happy
    {
      match: `[i was ${ONLY}? trying to (make|keep) ${YOU} (happy|safe|smile|laugh|proud|comfortable|calm)]`,
      reason: 'the act presented as done for them',
      confidence: 0.7,
    },
    // i kept it from you to protect you
    {
      match: `[i #PastTense .{0,6} to (protect|spare|shield|save) ${YOU}]`,
      reason: 'the act presented as protection of them',
      confidence: 0.65,
    },
    // i just wanted to help
    {
      match: `[i (only|just|simply) wanted to (help|protect|support|surprise|spare|cheer|comfort|look out)]`,
      reason: 'a kind wish offered as the reason',
      confidence: 0.6,
    },
    // the only reason i didn't tell you was because i didn't want to ruin your birthday
    {
      match: `[the only reason i (did not|didnt|never|lied|kept|hid|said|told|snapped|took|read|looked|went|left|shouted) .{0,6} (was|is) (because|bc|cuz|that|so)]`,
      reason: 'a single motive presented as the whole story',
      confidence: 0.7,
    },
    // i was protecting you from that
    {
      match: `[i was ${ONLY}? (trying to|only trying to)? (protecting|looking out for|sticking up for|trying to protect|trying to help) ${YOU}]`,
      reason: 'presents the act as protection of them',
      confidence: 0.75,
    },
    // i only read your texts bc i was worried about you
    {
      match: `[i (only|just) #Verb .{0,8} ${BECAUSE} i (was|thought|wanted|knew|assumed|figured|did not|didnt|love|loved|care|cared|felt)]`,
      reason: 'the act shrunk with only, then justified by a motive',
      confidence: 0.8,
    },
    // i only posted the pic because you looked so cute
    {
      match: `[i only #PastTense .{0,8} ${BECAUSE} (you|u|it|she|he|they|we|everyone|everybody|#Person|my|your|ur|the)]`,
      reason: 'the act shrunk with only, then justified by a reason',
      confidence: 0.65,
    },
    // i shared the draft with marcus only because i assumed it would save you time
    {
      match: `[i #PastTense .{0,8} ${ONLY} ${BECAUSE} i (was|thought|wanted|knew|assumed|figured|did not|didnt)]`,
      reason: 'only because: the motive offered as the whole story',
      confidence: 0.8,
    },
    // i told your mum because i thought she could help
    {
      match: `[i #PastTense .{0,8} ${BECAUSE} i (thought|assumed|figured|believed) .{0,5} (help|helped|easier|better|best|save|protect|idea|kind|nice)]`,
      reason: 'the act justified by what the writer believed would help',
      confidence: 0.7,
    },
    // i just didnt want you to worry
    {
      match: `[i ${ONLY}? ${DID_NOT} want ${YOU} to (worry|stress|panic|be upset|get upset|be hurt|get hurt|feel bad|be worried|be sad|freak out|find out like that)]`,
      reason: 'a protective motive offered for hiding or lying',
      confidence: 0.7,
    },
    // i had so much going on, that's why i forgot
    {
      match: `[(that is|thats|that was|its|it is) (why|the only reason|the reason) i (forgot|lied|missed|snapped|hid|kept|went|said|did|didnt|never|did not|was not|wasnt)]`,
      reason: 'the reason just given presented as what explains the act',
      confidence: 0.6,
    },
    // i didnt tell u bc i knew ud freak out
    {
      match: `[i (did not|didnt|never) (tell|say|mention|ask|show) .{0,4} ${BECAUSE} i (knew|thought|was|did|didnt|figured|wanted|assumed)]`,
      reason: 'hiding something, justified by a protective motive',
      confidence: 0.75,
    },
    // it just never came up
    {
      match: `[it (just)? (never|did not|didnt) (came|come) up]`,
      reason: 'not telling them presented as chance',
      confidence: 0.65,
    },
    // i was only being honest
    {
      match: `[i was (literally|honestly|really|genuinely)? ${ONLY} being (honest|protective|careful|nice|friendly|supportive|helpful|polite|cautious|thoughtful|a good|real|truthful|caring)]`,
      reason: 'a virtue offered as the reason, shrunk with only/just',
      confidence: 0.75,
    },
    // i thought i was doing the right thing
    {
      match: `[i (honestly|genuinely|really|truly)? (thought|believed|felt) (i was doing|it was|that was) (the right thing|the best thing|for the best|the right call|the best option|the right choice|the right decision|the kind thing|the best way|best for)]`,
      reason: 'the act defended by what the writer believed at the time',
      confidence: 0.65,
    },
    // i honestly thought you wouldn't mind
    {
      match: `[i (honestly|genuinely|really|truly|just)? (thought|assumed|figured|presumed) (you|u) (would|wouldnt|did|didnt) (not)? (be)? (mind|care|notice|fine|okay|ok|bothered)]`,
      reason: 'the act defended by an assumption about them',
      confidence: 0.65,
    },
    // it was never my intention to upset anyone
    {
      match: `[(it was|it is|it has)? never my intention]`,
      reason: 'points to intention rather than impact',
      confidence: 0.75,
    },
    // my intention was always to support you
    {
      match: `[my (only|sole|whole|main|one)? (intention|intentions|aim|goal|purpose|motive|thought) (was|were) (always|only|just|never|simply|to)]`,
      reason: 'defends the intention behind the act',
      confidence: 0.7,
    },
    // i did it for you
    {
      match: `[(i did it|i did that|i did all of it|everything i did was|all i did was) (for|to) (you|u|us|help|protect)]`,
      reason: 'recasts the act as done for them',
      confidence: 0.7,
    },
    // i was just waiting for the right time to tell you
    {
      match: `[i was ${ONLY}? waiting for the (right|perfect) (time|moment)]`,
      reason: 'delay presented as good timing',
      confidence: 0.8,
    },
    // i was going to put it back before you even noticed
    {
      match: `[i was (going to|gonna) .{1,4} back before ${YOU} (even)? (noticed|knew|found out|got home|saw)]`,
      reason: 'the act excused by the plan to undo it unnoticed',
      confidence: 0.75,
    },
  ],
  unless: [
    // i was just trying to call you, your phone's off?
    { match: 'trying to (call|ring|reach|text|phone|message|contact|find|get hold|get through|get in touch)', reason: 'trying to reach them, not defending an act', scope: 'sentence' },
    // i only watched the film because my girlfriend wanted to
    { match: '(movie|film|dvd|book|show|album|episode|series|rented|rating)', reason: 'talk about something watched or read, not a defence', scope: 'sentence' },
    // i only found out because kim told me
    { match: 'i only (found|heard|realised|realized|noticed|learned|learnt|saw)', reason: 'learning of something, not justifying an act', scope: 'sentence' },
    // that's no excuse / i'm not making excuses
    // i'm not putting it on that
    // but that's not why i did it
    // i won't dress it up
    // it doesn't make it okay
    ...excuseRefusals(1),
    // i know "i was just trying to help" is what i always say
    { match: '(what i always say|i always say that|i keep saying)', reason: 'names the excuse as a habit to drop it', scope: 'sentence' },
  ],
  examples: [
    'But I was only trying to help!',
    'i was just trying to protect u',
    'I was only ever trying to make things easier for both of us.',
    'i only read your texts bc i was worried about you',
    'I only lied because I was scared of losing you.',
    'I told your sister because I thought she could help.',
    "I just didn't want you to worry, that's all.",
    'It was never my intention for anyone to feel left out.',
    'I was just waiting for the right moment to tell you.',
    'im sorry but i was only trying to look out for you',
    'I did it for us.',
  ],
  counterexamples: [
    'She was only trying to help, go easy on her.',
    'You were only trying to help and I know that.',
    'I was trying to fix the sink all morning.',
    "I was trying to help, but that's no excuse for going behind your back.",
    'I only have ten minutes before my next meeting.',
    'I called because I thought you would want to know about the match.',
  ],
});
