/**
 * non-apology-grudging (step 4, non-apology)
 * An apology said through gritted teeth or with sarcasm: "my bad I guess", "fine, I'm sorry,
 * okay?", "there, I said it. Happy now?", "sorry for existing", "sorry that my existence is
 * such a problem for you". The tone tells them the writer doesn't mean it.
 *
 * Deliberately not flagged: a plain "my bad" over something small ("my bad, wrong chat"),
 * "I guess I'm sorry I missed it" about a trivial thing, and being happy ("I'm so happy now").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { anyOf, plainApology, SORRY } from '../lexicon/apology';

// "sorry for existing" is sarcastic when it ends the sentence; "sorry for existing in your inbox again" is a joke.
const SARCASTIC_FAULT = '(existing|breathing|living|caring|trying|being alive|having feelings|having an opinion|being human|being honest|being me|giving a damn)';
const SHRUG = '(i guess|i suppose|or whatever|whatever|or something|i dunno|idk|apparently|if you say so|then)';

export default defineRule({
  id: 'non-apology-grudging',
  category: 'non-apology',
  message: 'This sorry sounds grudging or sarcastic, so it reads as the opposite of an apology. A plain sorry for what you did lands better.',
  confidence: 0.8,
  patterns: [
    // my bad i guess
    {
      match: `[${anyOf('my bad', SORRY)} ${SHRUG}]$`,
      reason: 'the apology shrugged off as it is made',
      rewrite: "I'm sorry",
    },
    // i guess i'm sorry
    {
      match: `^(well|ok|okay|fine|so)? [(i guess|i suppose|guess) (i am|im|i) ${SORRY}]$`,
      reason: 'the apology made as a reluctant concession',
      confidence: 0.7,
      rewrite: "I'm sorry",
    },
    // fine, i'm sorry, okay?
    {
      match: `^[(fine|ok|okay|alright|jeez|jesus|god|ugh|whatever)? (fine|ok|okay|alright)? (i am|im|i) ${SORRY} (ok|okay|alright|jeez|jesus|geez|god|already)] @hasQuestionMark?$`,
      reason: 'an exasperated apology thrown at them',
      confidence: 0.7,
    },
    // there, i said it
    {
      match: `^[there ,? (i have|ive|i) (said it|said sorry|apologised|apologized|said i am sorry|said im sorry)] (ok|okay|again|now|sorry|then)?$`,
      reason: 'the apology presented as something extracted from the writer',
      confidence: 0.85,
    },
    // ok i'm sorry, happy now?
    {
      match: `[${SORRY} (ok|okay|alright|there|then)? (are you|r u|you|u)? (happy|satisfied) now]$`,
      reason: 'sarcasm tacked onto the apology',
      rewrite: plainApology,
    },
    // sorry, satisfied?
    {
      match: `[${SORRY} (ok|okay|alright|there|then)? (are you|r u|you|u)? (happy|satisfied)]$`,
      reason: 'sarcasm tacked onto the apology',
      rewrite: plainApology,
    },
    // sorry, jeez
    {
      match: `^(ok|okay|alright|fine|well)? [(i am|im)? ${SORRY} (jeez|geez|sheesh|jeesh|gawd|ffs|whatever|god|gosh) (then|already|ok|okay)?]$`,
      reason: 'the apology tossed off with a sigh',
      rewrite: plainApology,
    },
    // sorry, geez, calm down
    {
      match: `[${SORRY} (jeez|geez|sheesh|god|gosh|ffs|man|dude|ok|okay)? (calm down|chill out|chill|relax|get a grip|take a breath|breathe)]`,
      reason: 'the apology turned into telling them to calm down',
      rewrite: plainApology,
    },
    // fine, i'm sorry.
    {
      match: `^(ugh|ok|okay|well|oh|yeah)? [(fine|ok fine|okay fine|alright fine|fine then|fine fine) (i am|im|i)? ${SORRY}] (then|already|ok|okay)?$`,
      reason: 'the apology conceded with a "fine"',
      confidence: 0.7,
      rewrite: plainApology,
    },
    // whatever. sorry
    {
      match: `^[(whatever|fine whatever|ok whatever|okay whatever|yeah whatever) (i am|im)? ${SORRY}]`,
      reason: 'the apology shrugged off as it is made',
      rewrite: plainApology,
    },
    // happy now?
    {
      match: `^[(happy|satisfied) @hasQuestionMark]$`,
      reason: 'sarcasm after an apology',
      confidence: 0.8,
    },
    // happy?
    {
      match: `^[(well|so|ok|okay)? (happy && @hasQuestionMark)]$`,
      reason: 'sarcasm after an apology',
      confidence: 0.75,
    },
    // i hope you're happy now
    {
      match: `[i hope ${anyOf(`${YOU} (are|r)`, '(ur|youre)')} (happy|satisfied) now]$`,
      reason: 'sarcasm after an apology',
      confidence: 0.8,
    },
    // sorry for being such a terrible person i guess
    {
      match: `[${SORRY} for being (such|so) (a|an)? (terrible|awful|horrible|bad|monster|disappointment|nightmare|villain|terrible person|awful person|horrible person|bad person|bad guy|the bad guy|evil|selfish)]`,
      reason: 'a sarcastic apology that casts the writer as the victim',
      confidence: 0.75,
    },
    // happy now?
    {
      match: `^[${anyOf(`are ${YOU}`, 'r u', YOU)}? (happy|satisfied) now]$`,
      reason: 'sarcasm after an apology',
      confidence: 0.7,
    },
    // sorry for existing
    {
      match: `[${SORRY} for ${SARCASTIC_FAULT}]$`,
      reason: 'a sarcastic apology that turns the hurt back on them',
      confidence: 0.75,
    },
    // sorry for caring then
    {
      match: `[${SORRY} for ${SARCASTIC_FAULT}] (then|apparently|jeez|geez|i guess|lol|much)$`,
      reason: 'a sarcastic apology that turns the hurt back on them',
      confidence: 0.8,
    },
    // excuse me for caring
    {
      match: `[(well)? excuse me for (existing|breathing|living|caring|trying|having feelings|having an opinion|being human|being honest|wanting)]`,
      reason: 'a sarcastic apology that turns the hurt back on them',
      confidence: 0.85,
    },
    // sorry that my existence is such a problem for you
    {
      match: `[${SORRY} (that)? (my|i am|im|i) .{0,3} (such|so) (a|an)? (problem|inconvenience|burden|terrible|awful|horrible|monster|disappointment|nightmare|annoying|embarrassing) .{0,2} (for|to) ${YOU}]`,
      reason: 'a sarcastic apology that casts the writer as the victim',
      confidence: 0.8,
    },
    // sorry you can't take a joke
    {
      match: `[${SORRY} (that)? ${YOU} (can not|cannot|cant|could not|couldnt) (take a joke|handle the truth|handle honesty|handle it|take it)]`,
      reason: 'a sarcastic apology that blames them',
      confidence: 0.85,
    },
    // sorry ur so sensitive
    {
      match: `[${SORRY} (that)? ${anyOf(`${YOU} (are|r)`, '(ur|youre)')} (so|too|such a|this)? (sensitive|oversensitive|dramatic|touchy|fragile|easily offended|precious|uptight|delicate|thin skinned|snowflake)]`,
      reason: 'a sarcastic apology that blames their sensitivity',
      confidence: 0.85,
    },
    // sorry i'm not perfect
    {
      match: `[${SORRY} (that|if)? (i am|im) not (perfect|a saint|a mind reader|good enough|the perfect|perfect enough|enough for you)]`,
      reason: 'a sarcastic apology that turns the hurt back on them',
      confidence: 0.8,
    },
  ],
  unless: [
    // he said "happy now?" and walked off
    { match: '(he|she|they|#Person) (said|says|asked|goes|texted)', reason: 'someone else\'s words, reported', scope: 'sentence' },
  ],
  examples: [
    "Ok I'm sorry, happy now?",
    'Fine, Im sorry. Whatever.',
    'sorry, jeez',
    'Sorry, geez, calm down.',
    'ok ok SORRY, satisfied???',
    'whatever, sorry',
    'My bad I guess.',
    'sorry or whatever',
    'OK I guess I’m sorry.',
    "Fine, I'm sorry, okay?",
    "I'm sorry ok??",
    'There, I said it.',
    'Happy now?',
    'Happy?',
    'I hope you’re happy now.',
    'Sorry for being such a terrible person I guess.',
    'are you happy now',
    'Well sorry for caring.',
    'sorry for trying then',
    'ok sorry that my existence is such a problem for you',
    'Excuse me for having feelings!',
    "Sorry I'm not perfect.",
    "sorry u cant take a joke",
    'sorry ur so sensitive',
    "I'm sorry if I'm not the perfect partner you wanted.",
    'Okay okay I’m sorry, jeez',
  ],
  counterexamples: [
    'There, I said it: pineapple belongs on pizza.',
    "Sorry, jeez, I didn't see you there! You made me jump haha",
    'Sorry, happy birthday for yesterday!',
    'my bad, wrong chat 🙈',
    "I'm so happy now that the move is done!",
    'Happy now that exams are over?',
    "I'm sorry, okay is not good enough, I know.",
    "He asked if I was happy now, and I said yes.",
  ],
});
