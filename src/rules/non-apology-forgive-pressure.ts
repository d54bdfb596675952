/**
 * non-apology-forgive-pressure (step 4, non-apology)
 * Pressing them to forgive, or to close the subject, on the writer's timetable: "just forgive
 * me already", "can't you just forgive me?", "can we just move past it?", "let's pretend it
 * never happened", "apology accepted?", "friends forgive each other", "stop punishing me".
 *
 * Deliberately not flagged: leaving forgiveness to them ("I'm not asking you to forgive me",
 * "you don't have to forgive me"), hoping for it someday ("I hope one day you can forgive me"),
 * and everyday moving on ("can we move on to the next item?", "let's forget the cinema").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { anyOf, CLOSE_THE_SUBJECT } from '../lexicon/apology';

const PLEASE = '(please|pls|plz|just|now|all|maybe)';
const IT_HAPPENED = anyOf(
  '(it|this|that|the whole thing|any of it|any of this|all of this|all of it|anything|nothing) (never|did not|didnt|never even) (happen|happened)',
  '(nothing|none of (it|this|that)) (ever)? happened',
  '(it|this|that|the whole thing) (ever|never) happened',
);

export default defineRule({
  id: 'non-apology-forgive-pressure',
  category: 'non-apology',
  message: 'Forgiveness, and when to stop talking about it, is theirs to give. Asking them to hurry it along makes the apology about your relief.',
  confidence: 0.85,
  patterns: [
    // ugh just forgive me already
    {
      match: `[just forgive me] (already|now|ok|okay|please|pls|and move on|and let it go)?`,
      reason: 'forgiveness asked for as if it were owed now',
      confidence: 0.9,
    },
    // forgive me already
    {
      match: `[forgive me (already|yet)]`,
      reason: 'impatience for forgiveness',
      confidence: 0.9,
    },
    // can't you just forgive me?
    {
      match: `[(why|can|cant|wont|will|could|would) not? ${YOU} (just)? (forgive me|let it go|let this go|let that go|get over it|move on|drop it|forget it|forget about it|accept my apology)]`,
      reason: 'a question that presses them to forgive',
      confidence: 0.8,
    },
    // you might as well just forgive me now
    {
      match: `[${YOU} (should|need to|have to|must|gotta|got to|ought to|might as well|may as well|could at least) (just)? forgive me]`,
      reason: 'forgiveness framed as their duty',
      confidence: 0.9,
    },
    // can we please just move on now?
    {
      match: `[(can|could|shall|cant|why cant) we ${PLEASE}? ${PLEASE}? ${CLOSE_THE_SUBJECT}]`,
      reason: 'asks to close the subject before they are ready',
      confidence: 0.8,
    },
    // let's just forget it ever happened
    {
      match: `[(let us|lets) ${PLEASE}? ${PLEASE}? ${CLOSE_THE_SUBJECT}]`,
      reason: 'proposes closing the subject on the writer\'s terms',
      confidence: 0.75,
    },
    // let's not dwell on it
    {
      match: `[(lets|let us) (just)? not (dwell on|go on about|bring up|make a big deal of|make a thing of|fight about|go over|discuss|rehash|drag up) (it|this|that|it again|this again)]`,
      reason: 'proposes closing the subject on the writer\'s terms',
      confidence: 0.7,
    },
    // i'd like us to just forget about it
    {
      match: `[(i would like|i want|i need|i just want|i really want) (us|you|u) to (just)? ${CLOSE_THE_SUBJECT}]`,
      reason: 'asks to close the subject before they are ready',
      confidence: 0.75,
    },
    // aren't you going to forgive me?
    {
      match: `[(are not|arent|when are|when will|why will not|why wont|why do not|why dont|why are not|why arent) ${YOU} (going to|gonna|ever)? forgive me]`,
      reason: 'a question that presses them to forgive',
      confidence: 0.8,
    },
    // is my apology accepted or not?
    {
      match: `[(is|was) my (apology|apologies) accepted]`,
      reason: 'asks for acceptance instead of leaving it to them',
      confidence: 0.8,
    },
    // let's just pretend the whole thing never happened
    {
      match: `[(pretend|act like|act as if|act as though|agree|say) ${IT_HAPPENED}]`,
      reason: 'asks them to erase what happened',
      confidence: 0.85,
    },
    // apology accepted? 😇
    {
      match: `^[(so|is my|is the)? (apology|apologies) @hasQuestionMark]`,
      reason: 'asks for acceptance instead of leaving it to them',
      confidence: 0.85,
    },
    // do you accept my apology?
    {
      match: `[(do|will|wont|can|would) ${YOU} (just)? accept my (apology|apologies)]`,
      reason: 'asks for acceptance instead of leaving it to them',
      confidence: 0.65,
    },
    // friends forgive each other, that's what friendship is
    {
      match: `[(friends|couples|families|family|real friends|true friends|good friends|best friends|mates|siblings|partners|people who love each other) (forgive|forgives) (each other|one another|eachother)?]`,
      reason: 'a rule about relationships used to oblige forgiveness',
      confidence: 0.8,
    },
    // a real friend would forgive me
    {
      match: `[(a real|a true|a good|any real|any good) (friend|partner|girlfriend|boyfriend|wife|husband|sister|brother|mate) would (forgive|let it go|let this go|get over it|move on|understand)]`,
      reason: 'a rule about relationships used to oblige forgiveness',
      confidence: 0.85,
    },
    // forgive and forget, yeah?
    {
      match: `^(so|just|lets|let|ok|okay|come|time)? (us|on|to)? [forgive and forget]`,
      reason: 'proposes closing the subject on the writer\'s terms',
      confidence: 0.7,
    },
    // stop punishing me
    {
      match: `[stop (punishing|torturing|freezing out|icing|shutting out) me]`,
      reason: 'casts their hurt as a punishment to be ended',
      confidence: 0.8,
    },
    // how long are you going to punish me
    {
      match: `[how long (are|r) ${YOU} (going to|gonna) (punish|keep punishing|be mad|be angry|stay mad|stay angry|hold this|keep this up|ignore me|make me pay)]`,
      reason: 'casts their hurt as a punishment to be ended',
      confidence: 0.8,
    },
  ],
  unless: [
    // i'm not asking you to forgive me
    {
      match: '(not|never|no|won\'t|wont) (asking|ask|going to ask|expecting|expect|need) (you|u) to',
      reason: 'the writer explicitly leaves forgiveness to them',
      scope: 'sentence',
    },
    // i'm not going to pretend it didn't happen
    { match: '(not|never|wont|cannot|cant) (going to|gonna|ask you to|asking you to)? (pretend|act like)', reason: 'the writer refuses to erase it', scope: 'sentence' },
    // you don't have to forgive me
    { match: `${YOU} (do not|dont|don't|never) (have to|need to|owe me)`, reason: 'the writer releases them', scope: 'sentence' },
    // can we move on to the next item
    { match: '(move|moving) on to', reason: 'everyday agenda talk', scope: 'sentence' },
    // could we drop it off at yours
    { match: 'drop (it|this|that) (off|round|over|at|in|by|down)', reason: 'dropping something off', scope: 'sentence' },
  ],
  examples: [
    'ugh just forgive me already 😩 i said sorry',
    "Can't you just forgive me and move on?",
    'Can we just move past it? I said sorry.',
    'Can we please just move on now?',
    "Let's just pretend the whole thing never happened and have a nice weekend 🙂",
    "Let's forget about it and have a good weekend 😊",
    'Apology accepted? 😇 pleeease',
    'Friends forgive each other, that’s what friendship is.',
    'so you might as well just forgive me now 😅',
    'What I need now is for you to stop punishing me.',
    'A real friend would let it go.',
    'how long are u gonna be mad at me for',
    'Can we please not make this a big thing?',
    'forgive and forget, yeah?',
    'Can we just kiss and make up?',
    "Let's just call it even.",
    "Let's not dwell on it.",
    "Let's not go on about it.",
    "I'd like us to just forget about it.",
    "Aren't you going to forgive me?",
    'Is my apology accepted or not?',
    "Let's just agree it never happened.",
  ],
  counterexamples: [
    "Let's not talk about that right now, we're at dinner.",
    "I'm not going to ask you to forgive me. That's yours to give or not.",
    'Jake, you don’t have to forgive me.',
    'I hope one day you can forgive me.',
    'Can we move on to the budget now?',
    "Could we drop it off at yours on Sunday?",
    "I'm not going to ask you to pretend it didn't happen.",
    "Let's forget the cinema, it's too late now.",
  ],
});
