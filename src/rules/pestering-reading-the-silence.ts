/**
 * pestering-reading-the-silence (step 6, pestering)
 * Their silence read aloud back to them, or its cost made a point of: "I'll take that as a no
 * then", "silence it is then", "guess you're not talking to me", "I asked you a question",
 * "would it kill you to reply?", "how hard is it to send a text back?", "any reply would be
 * nice", "I sent you a message hours ago and nothing". It turns their quiet into an answer they
 * never gave, to force a real one.
 *
 * Deliberately not flagged: questions about chores or other people ("would it kill you to put
 * the bins out?", "I asked you a question about the rota, any thoughts?"), and replies that
 * are arranged or about work ("a reply to the client by Friday would be good").
 */
import { defineRule } from '../analyzer/types';
import { YOU_ARE } from '../lexicon/pestering';
import { YOU } from '../lexicon/pronouns';

export default defineRule({
  id: 'pestering-reading-the-silence',
  category: 'pestering',
  message: 'Reading their silence back to them pushes for an answer they haven’t chosen to give. Quiet can just mean they need time.',
  confidence: 0.8,
  patterns: [
    // i'll take that as a no then
    {
      match: `[(i will|ill|i am going to|i am gonna|guess i will) take (that|this|your silence|the silence|it|ur silence) as a (no|yes|sign|answer)]`,
      reason: 'their silence turned into an answer',
    },
    // silence it is then
    {
      match: '^(ok|okay|fine|right|well|so)? [(silence|nothing|radio silence|the silent treatment) it is] then?',
      reason: 'their silence narrated back at them',
    },
    // guess you're not talking to me then
    {
      match: `[(guess|so|i guess|i take it|i see|clearly|obviously) ${YOU_ARE} (not|never) (talking|speaking|answering|replying|responding) (to)? (me)?]`,
      reason: 'their silence narrated back at them',
      confidence: 0.75,
    },
    // hello? i asked you a question.
    {
      match: `^(hello|hi|hey|um|erm|so|excuse me)? [i (asked|have asked) ${YOU} a (simple)? question]$`,
      reason: 'an unanswered question held up to them',
      confidence: 0.75,
    },
    // i asked you a question and you just ignored it
    {
      match: `[i (asked|have asked) ${YOU} a (simple)? question] (and|but) (you|u) (just|still|simply)? (ignored|never|did|have|didnt|havent)`,
      reason: 'an unanswered question held up to them',
    },
    // would it kill you to reply?
    {
      match: `[(would it kill you|would it kill u|how hard is it|is it that hard|is it so hard|how difficult is it|would it hurt) to (reply|answer|text|respond|call|send|pick up|write|say)]`,
      reason: 'their silence mocked to force a reply',
      confidence: 0.85,
    },
    // any reply would be nice
    {
      match: `^(honestly|just|even|so)? [(any|a|even a|just a) (reply|answer|response|word|text|emoji|one word|one-word answer|one word answer|thumbs up) (would|will) (be)? (nice|good|great|fine|enough|do|appreciated|something|lovely)]`,
      reason: 'pleading for any reply',
      confidence: 0.75,
    },
    // i sent you a message hours ago and nothing
    {
      match: `[i (sent|texted|messaged|emailed|called|rang|wrote) ${YOU} .{0,4} (ago|yesterday|night|morning|week)] (and|but) (still)? (nothing|no|not|silence|crickets)`,
      reason: 'their silence counted against them',
      confidence: 0.75,
    },
  ],
  unless: [
    // a reply to the client by friday would be good
    { match: '(client|customer|team|the form|the survey|photos|attachment|the link|invoice|order|booking|quote|file)', reason: 'a work or errand reply', scope: 'sentence' },
  ],
  examples: [
    'no answer, I’ll take that as a no then',
    'silence it is then',
    "guess you're not talking to me then",
    'Hello? I asked you a question.',
    'I asked you a question and you just ignored it',
    'would it kill you to reply?',
    'How hard is it to send a text back?',
    'any reply would be nice',
    'even a one-word answer would do',
    'I sent you a message hours ago and nothing',
  ],
  counterexamples: [
    'Would it kill you to put the bins out?',
    'I asked you a question about the rota yesterday, any thoughts?',
    'any reply to the client would be good by Friday',
    'I sent you the photos hours ago, did they come through?',
    'I take it you are not coming to the party then?',
  ],
});
