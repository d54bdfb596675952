/**
 * crowding-cant-live-without-you (step 5, crowding)
 * The writer makes the other person responsible for keeping them whole: "I can't live without
 * you", "I'm falling apart without you", "I don't know who I am without you", "you're all I've
 * got". However sincere, it hands them the writer's wellbeing when they asked for room.
 *
 * Deliberately not flagged: things ("can't live without my morning coffee"), thanks ("couldn't
 * have done it without you", "don't know what I'd do without you, thank you!"), team talk
 * ("can't do this without you guys"), and plain missing ("I miss you").
 */
import { defineRule } from '../analyzer/types';
import { CANNOT_DO, COMING_APART } from '../lexicon/crowding';
import { YOU } from '../lexicon/pronouns';

const WITHOUT = '(without|w/o|wo|without)';
const REALLY = '(literally|just|honestly|really|seriously|actually|genuinely|truly|simply|completely|totally|so|utterly)';

export default defineRule({
  id: 'crowding-cant-live-without-you',
  category: 'crowding',
  message: 'Telling them you can’t cope without them puts your wellbeing in their hands right when they need room. Lean on a friend for that part, and let this message be only about them.',
  confidence: 0.85,
  patterns: [
    // i can't live without you
    {
      match: `[i ${REALLY}? (can not|cannot|could not|will not be able to) ${REALLY}? ${CANNOT_DO} (anything|this|it|properly|anymore|like this|here)? ${WITHOUT} ${YOU}]`,
      reason: 'the writer’s ability to go on made to depend on them',
      rewrite: 'I miss you',
    },
    // i'm falling apart without you
    {
      match: `[i (am|would be|will be|feel|have been) ${REALLY}? ${COMING_APART} without ${YOU}]`,
      reason: 'the writer’s coming apart laid at their door',
      rewrite: 'I miss you',
    },
    // i don't know who i am without you
    {
      match: `[i ${REALLY}? (do not|dont) know (who i am|who i would be|what i would do|what i will do|what i am going to do|what to do|how to live|how to cope|how to function|how to be) without ${YOU}]`,
      reason: 'the writer’s sense of self hung on them',
      rewrite: 'I miss you',
    },
    // without you there's no point to anything anymore
    {
      match: `[without ${YOU} (there is|life is|nothing|everything|i am|i have)] .{0,3} (no|pointless|meaningless|nothing|worthless|empty|over)`,
      reason: 'life said to lose its point without them',
      rewrite: 'I miss you',
    },
    // life means nothing without you
    {
      match: `[(life|everything|nothing|my life|the world|every day) .{0,3} (meaningless|pointless|empty|nothing|worthless|grey|dark|unbearable|hell)] without ${YOU}`,
      reason: 'life said to lose its point without them',
    },
    // i cannot imagine my life without you
    {
      match: `[i ${REALLY}? (can not|cannot|could not) (imagine|picture|face|handle|bear) (my life|life|living|a life|a future|going on|being happy|me|myself|tomorrow|anything) without ${YOU}]`,
      reason: 'the writer’s future hung on them',
      confidence: 0.65,
    },
    // there's no me without you
    {
      match: `[there is no (me|life|point|future|world|tomorrow|us|happiness) without ${YOU}]`,
      reason: 'the writer’s existence hung on them',
    },
    // without you i can't cope
    {
      match: `^[without ${YOU} i (can not|cannot|will not|could not) (${CANNOT_DO.slice(1, -1)})]`,
      reason: 'the writer’s coping hung on them',
    },
    // i can't lose you
    {
      match: `[i (can not|cannot|could not) (lose|be without) ${YOU}]`,
      reason: 'losing them framed as unbearable, which leaves them no room to choose',
      rewrite: 'I don’t want to lose you',
      confidence: 0.75,
    },
    // you're all i've got
    {
      match: `[(you are|ur|youre) (all|everything|the only thing|the only person) i (have got|have left|have|got)]`,
      reason: 'they are made the writer’s only support',
      confidence: 0.75,
    },
    // if you leave i don't know what i'll do
    {
      match: `[if ${YOU} (go|leave|walk away|leave me|end this|end it|break up with me|dump me|give up on me|do not come back|dont come back)] .{0,2} i (do not|dont) know what i`,
      reason: 'their leaving framed as the writer’s undoing',
    },
    // if you don't take me back i don't know what i'll do
    {
      match: `[if ${YOU} .{1,5}] i (do not|dont) know what i (will|would|am going to|am gonna) do`,
      reason: 'their choice framed as the writer’s undoing',
      confidence: 0.8,
    },
    // if you leave me i'll fall apart
    {
      match: `[if ${YOU} (go|leave|walk away|leave me|end this|end it|break up with me|dump me|give up on me)] .{0,2} i (will|would|am going to) (die|fall apart|lose it|break|not survive|not cope|not make it|kill myself|end it|hurt myself|never recover)`,
      reason: 'their leaving framed as the writer’s ruin, which holds them in place',
      confidence: 0.9,
    },
    // you're the only thing keeping me going
    {
      match: `[(you are|ur|youre) the only (thing|person|one|reason) (keeping me going|keeping me alive|keeping me sane|holding me together|i live for|i have left|i have got left)]`,
      reason: 'they are made the writer’s only support',
      confidence: 0.75,
    },
    // you're the only one who can fix me
    {
      match: `[(you are|ur|youre) the only (one|person) (who|that) (can|could|will ever) (fix|save|help|understand|make) me]`,
      reason: 'they are made responsible for the writer',
      confidence: 0.75,
    },
    // if you go, i've got nothing left
    {
      match: `[if ${YOU} (go|leave|walk away|end this|leave me|are gone) .{0,2} i (have got|have|will have|got|am) (nothing|no|nobody)]`,
      reason: 'their leaving framed as the writer’s ruin',
    },
    // i can't cope on my own
    {
      match: `[i ${REALLY}? (can not|cannot) (cope|manage|do this|go on|function|survive|handle this|handle it|be) (on my own|alone|by myself) (anymore)?]`,
      reason: 'the writer’s coping handed to them',
      confidence: 0.7,
    },
  ],
  unless: [
    // couldn't have done it without you, thank you
    { match: '(thank|thanks|thx|grateful|lifesaver|life saver|appreciate|cheers|legend)', reason: 'gratitude, not dependence', scope: 'sentence' },
    // can't do this without you guys
    { match: `without ${YOU} (guys|all|both|two|lot|folks|team)`, reason: 'team talk to a group', scope: 'sentence' },
    // could not have done it without you
    { match: '(could not|couldnt|would not|wouldnt) have (done|made|managed) (it|this|that)? without', reason: 'credit for help, not dependence', scope: 'sentence' },
  ],
  examples: [
    'I can’t live without you.',
    'i cant function without u',
    "I'm falling apart without you, Mia.",
    'I don’t know who I am without you.',
    "Without you there's literally no point to anything anymore.",
    'I literally can’t do life without you',
    "I can't lose you.",
    "You're all I've got.",
    "You're the only thing keeping me going.",
    "You're the only one who can fix me.",
    "Honestly I'd be lost without you, you're my whole life",
    "If you leave I don't know what I'll do",
    'Life means nothing without you in it.',
    'I cant function w/o you',
    'I simply cannot imagine my life without you in it.',
    "I can't live like this without you, come home",
    "There's no me without you.",
    "Without you I can't cope.",
    "I'm completely broken without you.",
    "If you don't take me back I don't know what I'll do",
    "If you go, I've got nothing left.",
    "I can't cope on my own anymore",
    "I honestly don't know what I'd do without you.",
  ],
  counterexamples: [
    "can't live without my morning coffee ngl",
    "I couldn't have done it without you, thank you so much!",
    "Honestly don't know what I'd do without you, thanks for picking the kids up!",
    "We can't do this without you guys, see you at the match.",
    'I miss you.',
    'I can’t wait to see you on Friday.',
  ],
});
