/**
 * demand-need-you-to (step 3, demand)
 * The writer's wish for closure turned into something the other person must supply: "I need you
 * to let this go", "I need u to just forget it happened", "I need you to trust me again", "you
 * have to forgive me so we can move on", "I want my old life back with you".
 *
 * Deliberately not flagged: errands ("I need you to let the dog out", "I want my old bike back"),
 * the writer's own work ("I need to let this go"), and saying they don't have to ("you don't
 * need to forgive me").
 */
import { defineRule } from '../analyzer/types';
import { anyOf } from '../lexicon/apology';
import { YOU_MUST } from '../lexicon/demand';
import { YOU } from '../lexicon/pronouns';

/** Closure or forgiveness, as something the other person hands over. */
const GIVE_CLOSURE = anyOf(
  '(let|drop|forget|leave) (it|this|that|this one) (go|be|behind)?',
  'forget (about it|about this|it happened|this happened|what happened|everything|the whole thing)',
  '(get|move) (over|past) (it|this|that)',
  'move on',
  'stop (bringing it up|bringing this up|bringing that up|being upset|being angry|being mad|being cold|being so cold|being distant|being so distant|being like this|being so angry|being so upset|punishing me|ignoring me|sulking|holding it against me|holding this against me)',
  // forgiving, trusting again and taking back are demand-second-chance's (shared phrases fire once).
  'be (okay|ok|fine|alright|cool) (with this|with it|with that|again|with me again)',
  'make (that|this|it) happen',
  'be over (it|this|that)',
  'put (it|this|that|this all|all this) behind (you|us)',
  'accept my apology',
);

export default defineRule({
  id: 'demand-need-you-to',
  category: 'demand',
  message: 'This turns your need for things to be settled into a job for them. What they do next is theirs to choose, in their own time.',
  confidence: 0.8,
  patterns: [
    // i need you to let this go
    {
      match: `[(i|we) (really|just|honestly)? (need|want|expect|require) ${YOU} to (just|please|finally|now)? ${GIVE_CLOSURE}]`,
      reason: "the writer's need made the other person's job",
    },
    // you need to forgive me so we can move on
    {
      match: `[${YOU_MUST} (just)? (forgive me|accept my apology|let it go|let this go|drop it|drop this|be okay with this|be ok with this|get past this|move past this|get past it|move past it|put this behind you)] (so|and|now|already|then)`,
      reason: 'forgiveness ordered',
      confidence: 0.85,
    },
    // i want my old life back with you
    {
      match: `[(i|we) (want|need|deserve|expect) (my|our) (old life|life|family|marriage|relationship|wife|husband|partner|girlfriend|boyfriend|best friend) back] (with you|now|already|by|before|today|tonight|asap|!)?`,
      reason: 'the relationship claimed back as owed',
      confidence: 0.7,
    },
  ],
  unless: [
    // you don't need to forgive me
    { match: `${YOU} (do not|dont|never|will not|wont) (have to|need to|owe)`, reason: 'the writer releases them', scope: 'sentence' },
    // i know i can't expect you to forgive me
    { match: '(can not|cant|cannot|could not|do not|dont|never|not) (expect|ask|need|want) (you|u)', reason: 'the writer disclaims the demand', scope: 'sentence' },
    // i hope one day you can trust me again
    { match: '(hope|hoping|whenever you are ready|when you are ready|in your own time|if you can|if you want|if you ever)', reason: 'a hope, not a demand', scope: 'sentence' },
  ],
  examples: [
    'I need you to let this go.',
    'I need u to drop this now pls',
    'i need u to just forget it happened',
    'I need you to accept my apology and move on.',
    'Honestly I need you to stop bringing it up.',
    'I need you to be okay with this.',
    'you need to get past this so we can be happy again',
    'I need you to stop being so cold with me.',
    'I need you to be over this by the time we see my family.',
    'You need to forgive me so we can move on.',
    'u have to forgive me so we can get on with our lives',
    'I want my old life back with you.',
    'I just want things to be how they were, and I need you to make that happen.',
    'I need you to get over this by the time my mum arrives.',
  ],
  counterexamples: [
    'I need you to let the dog out at lunch.',
    'I want my old bike back, can you bring it Saturday?',
    "You don't need to forgive me, I just wanted you to know I'm sorry.",
    "I can't expect you to forgive me.",
    'I need to let this go and focus on work.',
    'I hope one day you can trust me again.',
    'You need to forgive yourself, it was not your fault.',
  ],
});
