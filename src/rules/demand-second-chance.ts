/**
 * demand-second-chance (step 3, demand)
 * A second chance, or a way back in, demanded rather than hoped for: "you have to give me another
 * chance", "I need you to give us another shot", "give me one more chance", "you need to let me
 * come home", "you have to take me back".
 *
 * Deliberately not flagged: hoping with no claim on it ("I would love another chance someday,
 * but I know I haven't earned it"), chances that aren't about the relationship ("give the new
 * ramen place another chance"), and "you need to let me know".
 */
import { defineRule } from '../analyzer/types';
import { anyOf } from '../lexicon/apology';
import { A_CHANCE, HOPING, YOU_MUST } from '../lexicon/demand';
import { YOU } from '../lexicon/pronouns';

const LET_ME_BACK = anyOf(
  'let me (come home|come back home|move back in|move back home|back in|back into your life|back in your life|come back into your life|see the kids|make it up to you|prove (it|myself|that|i have changed|ive changed|i am different))',
);

export default defineRule({
  id: 'demand-second-chance',
  category: 'demand',
  message: 'A second chance is theirs to offer. Asking for it as something they must give puts your need ahead of their decision.',
  confidence: 0.85,
  patterns: [
    // you have to give me another chance
    {
      match: `[${YOU_MUST} (give|let) (me|us) ${A_CHANCE}]`,
      reason: 'the chance framed as their obligation',
      confidence: 0.9,
      rewrite: (m) => `I hope one day you'll give ${/\bus\b/i.test(m) ? 'us' : 'me'} a chance, if you want to`,
    },
    // i need you to give us another shot
    {
      match: `[(i|we) (need|want|expect) ${YOU} to (give|let) (me|us) ${A_CHANCE}]`,
      reason: 'the writer\'s need presented as their task',
      confidence: 0.9,
      rewrite: "I'd love another chance, if you ever want to give one",
    },
    // i need you to take me back
    {
      match: `[(i|we) (need|want|expect) ${YOU} to (take me back|forgive me|trust me again|try again|come back|come home)]`,
      reason: 'reconciliation asked for as the writer\'s due',
      confidence: 0.8,
    },
    // give me one more chance
    {
      match: `^(just|please|pls|now|so|come)? (on)? [give (me|us) (another|one more|one last|a second|a last) (chance|shot|try|go)]`,
      reason: 'an order for a second chance',
      confidence: 0.7,
    },
    // all i ask is that you forgive me
    {
      match: `[all (i|we) (ask|want|need|am asking) (is|for)? (that|for)? ${YOU} (to)? (forgive|take|give|let|come|try|meet)]`,
      reason: 'a demand presented as small',
      confidence: 0.75,
    },
    // you're going to give me another chance, right?
    {
      match: `[${anyOf(`${YOU} (are|r|will) (going to|gonna)?`, '(ur|youre) (going to|gonna)')} (give|let) (me|us) ${A_CHANCE}]`,
      reason: 'the chance assumed as already given',
      confidence: 0.8,
    },
    // you need to let me come home
    {
      match: `[${YOU_MUST} ${LET_ME_BACK}]`,
      reason: 'a way back in, framed as their obligation',
      confidence: 0.85,
    },
    // stop punishing me and let me move back in
    {
      match: `[(and|just|now|so) let me (move back in|come home|come back home|back in)]`,
      reason: 'a way back in, told rather than asked',
      confidence: 0.75,
    },
    // you have to take me back
    {
      match: `[${YOU_MUST} (take me back|forgive me|trust me again|give this another go|give it another go|give us another go)]`,
      reason: 'reconciliation framed as their obligation',
      confidence: 0.85,
    },
  ],
  unless: [
    // i hope one day you'll give me another chance
    { match: HOPING, reason: 'a hope, not a demand', scope: 'sentence' },
    // i'm not asking you to give me another chance
    { match: '(not|never) (asking|going to ask|expecting|expect)', reason: 'the writer refuses to ask', scope: 'sentence' },
  ],
  examples: [
    'You have to give me another chance.',
    "I've said sorry, now I need you to give us another shot.",
    'Give me one more chance. Just one.',
    'u need to let me come home',
    'At some point you have to let me back in.',
    'And you have to give me the chance to prove I’ve changed.',
    'What I need now is for you to stop punishing me and let me move back in.',
    "you've got to take me back",
    'You need to trust me again.',
    "You're going to give me another chance, right?",
    "All I ask is that you forgive me, that's not too much.",
  ],
  counterexamples: [
    "I would love another chance someday, but I know I haven't earned it, and I'm not asking for one now.",
    'You have to give the new ramen place another chance, it’s better now.',
    'You need to let me know by Friday if you want the tickets.',
    "I'm not going to ask you to give me another chance.",
  ],
});
