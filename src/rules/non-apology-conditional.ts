/**
 * non-apology-conditional (step 4, non-apology)
 * An apology made conditional, so the harm stays hypothetical: "I'm sorry if you were hurt",
 * "sorry if i crossed a line", "if I upset you, then I'm sorry", "I apologise if anything I
 * said caused offence", "I'll say sorry if it makes you feel better". The "if" apologises for a
 * possibility, or for their reaction, rather than for what the writer did.
 *
 * Deliberately not flagged: polite prefaces ("sorry if this is a bad time", "sorry if I wasn't
 * clear"), everyday slips ("sorry if I woke you"), plain apologies ("I'm sorry I hurt you"),
 * and someone else's words reported ("she said sorry if I was offended").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { anyOf, saidApology, CAME_ACROSS_AS, HARMED, HYPOTHETICAL_FAULT, ownedApology, SORRY, THEIR_REACTION } from '../lexicon/apology';

const SOFTENER = '(so|a bit|a little|at all|really|kind of|kinda|slightly|in any way|somehow|very)';
// Single-word groups keep the pattern short: "you were", "u might have been", "anyone felt", "you ended up feeling".
const THEY_REACTED =
  '(you|u|ya|ur|youre|anyone|anybody|someone|somebody|people) (were|was|got|felt|feel|are|r|is|became|have|had|might|may|ended)? (been|have|feel|felt|up)? (been|felt|feeling)?';
const YOU_OR_ANYONE = anyOf(YOU, 'anyone', 'anybody', 'your feelings');
/** How a remark landed, as the writer puts it: "came across as HURTFUL". */
const LANDED_BADLY =
  '(as)? (a|bit|little|too|so|quite|rather|kind|of|kinda){0,2} (hurtful|offensive|insensitive|harsh|rude|mean|cold|aggressive|blunt|dismissive|condescending|patronising|patronizing|snappy|short|abrupt|defensive|hostile|unkind|cruel|judgmental|judgemental|critical|sarcastic|snarky|upsetting|disrespectful|personal|wrong|badly|wrongly|negatively|poorly)';
const I_MAYBE = anyOf('i', 'i have', 'ive', 'i (may|might) have');
const WHAT_I_SAID = anyOf('i', 'i have', 'ive', '(anything|something|what) i (said|did|wrote)', 'my');

export default defineRule({
  id: 'non-apology-conditional',
  category: 'non-apology',
  message: 'The "if" makes the hurt sound hypothetical, so this apologises for a possibility, or for how they took it, rather than for what you did.',
  confidence: 0.85,
  patterns: [
    // sorry if my message might have been a bit much
    {
      match: `[${SORRY} if (anything|something|what|my|the|that|this|it|any of) .{0,5} (may|might|could) have (been|seemed|sounded|felt) ${LANDED_BADLY}]`,
      reason: 'the hurt kept as a maybe',
      rewrite: saidApology,
    },
    // sorry if anything i said might have upset you
    {
      match: `[${SORRY} if (anything|something|what|my|the|that|this|it|any of) .{0,5} (may|might|could) have ${HARMED}]`,
      reason: 'the hurt kept as a maybe',
      rewrite: saidApology,
    },
    // i apologise to the extent my remarks caused any distress
    {
      match: `[${SORRY} (to the extent|insofar as|in so far as|in case) .{0,6} (caused|causes|upset|hurt|offended|distressed|embarrassed|bothered)]`,
      reason: 'the hurt apologised for only as far as it exists',
      rewrite: saidApology,
    },
    // i'm sorry if you were hurt
    {
      match: `[${SORRY} if ${THEY_REACTED} ${SOFTENER}? ${THEIR_REACTION}]`,
      reason: 'conditional on their reaction',
      confidence: 0.9,
      rewrite: ownedApology,
    },
    // sorry if what i said upset you
    {
      match: `[${SORRY} if .{1,7} ${HARMED} ${YOU_OR_ANYONE}]`,
      reason: 'the harm done to them, made hypothetical',
      confidence: 0.9,
      rewrite: ownedApology,
    },
    // sorry if i made you feel bad
    {
      match: `[${SORRY} if .{1,6} made ${YOU} (feel bad|feel small|feel stupid|feel awful|feel uncomfortable|feel unwanted|feel like|feel|cry|upset|angry|sad|mad|uncomfortable)]`,
      reason: 'the harm done to them, made hypothetical',
      rewrite: (m) => `${m.match(/^[\p{L}']+/u)?.[0] ?? 'sorry'} for what I did`,
    },
    // sorry if i ruined your night
    {
      match: `[${SORRY} if .{1,6} (ruined|spoiled|spoilt|wrecked) (your|ur|the|our)]`,
      reason: 'the harm done to them, made hypothetical',
      confidence: 0.8,
    },
    // i'm sorry if you think i've been unfair
    {
      match: `[${SORRY} if ${YOU} (think|thought|feel|felt|believe|feel like|felt like) (that)? (i|im|my) .*?]$`,
      reason: 'the writer\'s act appears only as their perception of it',
      rewrite: (m) => m.replace(/\s+if\s+(you|u|ya|yu)\s+(think|thought|feel|felt|believe)\s+((like|that)\s+)?/i, ' '),
    },
    // i apologise if anything i said at the reunion caused offence
    {
      match: `[${SORRY} if .{1,8} (caused|causes|gave) (you|u)? (any|some)? (offence|offense|hurt|upset|pain|distress|harm|embarrassment)]`,
      reason: 'harm caused, made hypothetical',
      rewrite: (m) => `${m.match(/^[\p{L}']+/u)?.[0] ?? 'sorry'} for what I did`,
    },
    // im sorry if i crossed a line
    {
      match: `[${SORRY} if ${I_MAYBE} ${HYPOTHETICAL_FAULT}]`,
      reason: 'the writer\'s own fault, named only as a possibility',
      rewrite: (m) => m.replace(/\s+if\s+(i|i have|i've|ive|i may have|i might have)\s+/i, ' I '),
    },
    // sorry if my honesty was too much for you
    {
      match: `[${SORRY} if ${anyOf('i', 'my (honesty|words|tone|comment|comments|reaction|joke|jokes|message|text|behaviour|behavior|attitude|opinion)')} (was|were|is|are) ${SOFTENER}? ${CAME_ACROSS_AS}]`,
      reason: 'apologises for how the writer\'s manner landed, as a possibility',
      rewrite: (m) => `${m.match(/^[\p{L}']+/u)?.[0] ?? 'sorry'} for what I said`,
    },
    // if i hurt you, then i'm sorry
    {
      match: `[if ${WHAT_I_SAID} .{0,5} (hurt|upset|offended|embarrassed|insulted|disrespected|humiliated|overstepped|crossed) .{0,5} ${SORRY}]`,
      reason: 'the apology hangs on an "if" about what the writer did',
      rewrite: (m) => ownedApology(`sorry ${m}`).replace(/^sorry/, "I'm sorry"),
    },
    // if i did something wrong im sorry
    {
      match: `[if ${I_MAYBE} (did|said|done) (anything|something) (wrong|hurtful|bad) .{0,4} ${SORRY}]`,
      reason: 'the fault itself left as an open question',
      rewrite: "I'm sorry for what I did",
    },
    // i'll say sorry if it makes you feel better
    {
      match: `[(i will|ill|i can|fine) (say|apologise|apologize) ${SORRY}? if (it|that) (makes|will make|would make|helps) ${anyOf(YOU, 'things')}? (feel better|happy|happier|better)?]`,
      reason: 'an apology offered only to soothe them, not because the writer means it',
      confidence: 0.9,
      rewrite: "I'm sorry",
    },
    // if it makes you feel better, i'm sorry
    {
      match: `[if it (makes|will make|would make) ${YOU} (feel better|happy|happier) .{0,3} ${SORRY}]`,
      reason: 'an apology offered only to soothe them, not because the writer means it',
      confidence: 0.9,
      rewrite: "I'm sorry",
    },
    // i regret any offence my remarks may have caused
    {
      match: `[(regret|regrets) any (offence|offense|hurt|upset|misunderstanding|distress|pain|harm|embarrassment|hurt feelings)]`,
      reason: '"any" leaves it open whether there was harm at all',
      confidence: 0.75,
    },
    // please accept my apologies for any offence caused
    {
      match: `[${anyOf(SORRY, 'regret')} for any (offence|offense|hurt|upset|misunderstanding|distress|pain|harm|embarrassment|hurt feelings)] (that|this|it|i)? (may have|might have)? (caused|cause|felt)?`,
      reason: '"any" leaves it open whether there was harm at all',
      confidence: 0.75,
    },
  ],
  unless: [
    // she said sorry if i was offended
    {
      match: `(he|she|they|#Person) (said|says|told me|texted|wrote|messaged|goes) .{0,3} ${SORRY} if`,
      reason: 'someone else\'s apology, reported',
      scope: 'sentence',
    },
  ],
  examples: [
    'Apologies if my email might have been a bit blunt.',
    'I apologise to the extent my remarks caused any distress.',
    "I'm sorry if you were offended.",
    'sorry if u got upset',
    "I'm sorry if it hurt you.",
    'Sorry if anything I said upset you last night',
    'I apologise if anything I said at dinner caused offence.',
    'im sorry if i crossed a line',
    'if i did something wrong im sorry',
    'sorry if my tone was too much for you',
    "If I hurt you, then I'm sorry.",
    'if i upset u im sorry',
    "Fine, I'll say sorry if it makes you feel better.",
    'Please accept my apologies for any offence caused.',
    'Sorry if you felt left out on Saturday.',
    "Look, I'm sorry if I made you feel bad.",
    'Sorry if I ruined your night.',
    "I'm sorry if you think I've been unfair to you.",
    'I apologise if my behaviour on Saturday caused you any distress.',
  ],
  counterexamples: [
    'Sorry if this came across as a lot of info, just wanted to be thorough!',
    "I'm sorry you're going through this.",
    "I'm sorry I hurt you.",
    'Sorry if this is a bad time, but could we talk?',
    "Sorry if I wasn't clear in my last email.",
    'sorry if i woke you, couldnt sleep',
    'She said sorry if I was offended, which was big of her.',
    "Sorry if you've been waiting long, the bus broke down.",
    'Sorry if that was too much detail lol',
    'Apologies for any inconvenience caused by the delay.',
  ],
});
