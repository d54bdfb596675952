/**
 * non-apology-sorry-but (step 4, non-apology)
 * "Sorry, but…" followed by a turn against them or a defence of the writer: "I'm sorry, but you
 * overreacted", "sorry but u started it", "I'm sorry, but honestly you're being dramatic",
 * "I'm sorry you're upset, but I stand by what I said". The "but" takes the apology back.
 *
 * Deliberately not flagged: polite "sorry, but" in everyday talk ("sorry, but I can't make
 * Thursday", "sorry but could you resend the file?"), and apologies that go on to own the act
 * ("I'm sorry, but more than that I'm ashamed").
 */
import { defineRule } from '../analyzer/types';
import { anyOf, SORRY } from '../lexicon/apology';

// Optional groups never backtrack in compromise, so no intro may start with a word that can follow it ("you know", "i mean").
const INTRO = '(to be fair|in fairness|lets be honest|let us be honest|lets be real|let us be real|come on|if we are honest|if i am honest|at the end of the day)';
const FRANKLY = '(honestly|frankly|seriously|tbh|tbf|like|really|look|ngl|fr|srsly|still|literally|clearly|obviously|basically|technically|actually|also|kinda|totally|surely)';
const SOFT = '(a|bit|abit|little|so|way|really|kinda|totally|completely|quite|pretty|very|just|too|being|acting)';
const OVERREACTING =
  '(dramatic|ridiculous|unreasonable|rude|mean|nasty|horrible|awful|cruel|aggressive|out of order|out of line|disrespectful|condescending|controlling|impossible|sensitive|oversensitive|petty|childish|silly|paranoid|crazy|hysterical|irrational|difficult|unfair|hypocritical|selfish|jealous|insecure|extra|precious|touchy|uptight|overreacting|overdramatic|overly sensitive|over sensitive|drama queen|much|over the top|worse|the worst|the one who|no angel|not innocent|not perfect|as bad|no better|flirting|nagging|shouting|yelling|screaming|ignoring me|provoking me|winding me up|asking for it)';
const YOU_DID =
  '(provoke me|push me|start it|start this|need to understand|have to understand|must understand|gotta understand|should understand|should know|need to realise|need to realize|have to realise|have to realize|know i|know that|knew i|knew that|overreacted|overreact|started it|started this|started all this|started the argument|started the fight|started the row|started everything|started the whole thing|provoked me|pushed me|asked for it|made me|know how|knew how|always|never|did it first|did the same|do the same|do this|did this|should have told|should have said|should have known|should have asked|should have listened|should not have|shouldnt have|have to admit|gotta admit|need to calm down|need to chill|need to relax|need to get over it|cannot expect|can not expect|can not blame|cannot blame|cant blame|brought it up|brought this up|took it|take things|wound me up|wind me up|keep bringing|keep pushing|keep nagging|keep going on|kept pushing|kept nagging|blew it|blow things)';
const I_STAND_BY = anyOf(
  '(stand by|still stand by|meant|still think|still believe|maintain|will not apologise|will not apologize|do not regret|dont regret|did nothing|did not do anything|didnt do anything|was right|was not wrong|wasnt wrong|have nothing to apologise|have nothing to apologize)',
  'am not (the only one|the bad guy|the one|sorry|apologising|apologizing|wrong|taking the blame|taking all the blame|taking it back|going to apologise|going to apologize)',
);
const NOT_MY_FAULT = '(is not like i|has not like i|was not like i|is not like we|isnt like i|wasnt like i|was not my fault|is not my fault|wasnt my fault|isnt my fault|was your fault|is your fault|was your own fault|was not that bad|was not that big a deal|was not a big deal|is not a big deal|was no big deal|is no big deal|was nothing|got blown out of proportion|was blown out of proportion)';

/** "I'm sorry, but you overreacted." → "I'm sorry": the apology, without the turn. */
const apologyAlone = (matched: string) => matched.match(/^[\p{L}']+/u)?.[0];

export default defineRule({
  id: 'non-apology-sorry-but',
  category: 'non-apology',
  message: 'The "but" after sorry takes the apology back: what follows tells them they were wrong, so the sorry stops counting.',
  confidence: 0.85,
  patterns: [
    // i'm sorry, but you overreacted
    {
      match: `[${SORRY} .{0,5} but ${INTRO}? ${FRANKLY}? (you|u|ya) ${FRANKLY}? (did|do)? ${YOU_DID} .*?]$`,
      reason: 'the apology turns into a charge against them',
      rewrite: apologyAlone,
    },
    // i'm sorry but honestly you're being a bit dramatic
    {
      match: `[${SORRY} .{0,5} but ${INTRO}? ${FRANKLY}? (you|u|ya|ur|youre|ure) (are|were|r|was)? ${SOFT}? ${SOFT}? ${SOFT}? ${OVERREACTING} .*?]$`,
      reason: 'the apology turns into a judgement of their reaction',
      confidence: 0.9,
      rewrite: apologyAlone,
    },
    // i'm sorry you're upset, but i stand by what i said
    {
      match: `[${SORRY} .{0,4} but ${INTRO}? ${FRANKLY}? i ${I_STAND_BY} .*?]$`,
      reason: 'the apology is withdrawn in the same breath',
      confidence: 0.9,
      rewrite: apologyAlone,
    },
    // i'm sorry, but if you hadn't gone through my phone
    {
      match: `[${SORRY} .{0,4} but ${INTRO}? ${FRANKLY}? if (you|u|ya) (had|hadnt|did|didnt|would|wouldnt|were|werent|was|wasnt|just|only|never|could|hadn) .*?]$`,
      reason: 'the apology turns into what they should have done',
      rewrite: apologyAlone,
    },
    // i'm sorry, but what did you expect?
    {
      match: `[${SORRY} .{0,4} but ${INTRO}? ${FRANKLY}? what (did|do|else did|else do) (you|u|ya) (expect|think)]`,
      reason: 'the apology turns into a charge against them',
      rewrite: apologyAlone,
    },
    // sorry, but i really don't think i did anything wrong
    {
      match: `[${SORRY} .{0,4} but ${INTRO}? ${FRANKLY}? i (really|honestly|genuinely|still|just)? (do not|dont) (think|believe|feel|see) (that)? (i|what i) .{0,4} (wrong|bad) .*?]$`,
      reason: 'the apology is withdrawn in the same breath',
      confidence: 0.85,
      rewrite: apologyAlone,
    },
    // i apologise, but it wasn't my fault
    {
      match: `[${SORRY} .{0,4} but ${INTRO}? ${FRANKLY}? (it|its|this|that|the whole thing) ${NOT_MY_FAULT} .*?]$`,
      reason: 'the apology is followed by a denial of fault',
      rewrite: apologyAlone,
    },
  ],
  unless: [
    // i'm not saying sorry but you overreacted, i'm saying sorry
    { match: `not (saying|going to say) ${SORRY} but`, reason: 'names the move in order to refuse it', scope: 'sentence' },
  ],
  examples: [
    "I'm sorry, but you overreacted.",
    "I'm sorry but you started it",
    "I'm sorry, but honestly you're being a bit dramatic about it.",
    "I'm sorry you're upset, but I stand by what I said.",
    'sorry but u were flirting with him all night',
    "I'm sorry, but you KNOW how my dad gets.",
    'Soz but ur being so extra about this',
    "I apologise, but it wasn't my fault.",
    "I'm sorry but if you hadn't gone through my phone none of this would have happened.",
    'Sorry, but what did you expect?',
    "I'm sorry, but you did provoke me.",
    "I'm sorry for my part in it, but you were worse.",
    'im sorry but u literally started it',
    "Sorry, but I really don't think I did anything wrong.",
    "I'm sorry, but I'm not the only one who messed up here.",
    "I'm sorry but it's not like I cheated.",
  ],
  counterexamples: [
    "Sorry, but I can't make Thursday after all, can we do Friday?",
    'Sorry but could you resend the file? It won’t open.',
    "I'm sorry, but more than that I'm ashamed of what I did.",
    "Sorry but you'll need to bring your passport on the day.",
  ],
});
