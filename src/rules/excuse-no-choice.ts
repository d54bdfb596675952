/**
 * excuse-no-choice (step 1, excuse)
 * The writer says the act was forced on them: "I had no choice", "what was I supposed to do?",
 * "what did you expect me to do?", "can you blame me?". It turns a choice into a situation and
 * invites the reader to agree it was unavoidable.
 *
 * Deliberately not flagged: logistics with no wrong to excuse ("no choice but to get the later
 * train"), real questions about what to do next ("what am I supposed to bring?"), and the same
 * phrases refused ("I had a choice and I made the wrong one").
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';
import { excuseRefusals, laughter } from '../lexicon/excuse';

export default defineRule({
  id: 'excuse-no-choice',
  category: 'excuse',
  message: 'Saying you had no choice asks them to agree it was unavoidable. Naming it as your choice, even a hard one, is what lets them trust you again.',
  confidence: 0.8,
  patterns: [
    // i had no other option
    {
      match: '[i (genuinely|honestly|really|literally|truly|just|simply)? (had|have|was left with) no (other)? (choice|option|options|alternative|way out)]',
      reason: 'the act presented as forced',
      rewrite: 'I felt I had no choice, but it was still my choice',
    },
    // i didn't have a choice
    {
      match: '[i (did not|didnt) (really|exactly|even)? (have|get) (a|any|much|another|an)? (choice|option|say|alternative)]',
      reason: 'the act presented as forced',
      rewrite: 'I felt I had no choice, but it was still my choice',
    },
    // what was i supposed to do
    {
      match: '[what (else)? (was|were) i (supposed|meant|expected|going) to (do|think|say|feel|believe)]',
      reason: 'a rhetorical question that makes the act the only option',
    },
    // how was i supposed to know you'd get so upset
    {
      match: '[how (was|were|am) i (supposed|meant|expected|going) to (know|guess|tell|realise|realize|predict)]',
      reason: 'the harm presented as impossible to foresee',
      confidence: 0.75,
    },
    // what did you expect me to do
    {
      match: `[what (did|would) ${YOU} (expect|want) me to (do|say|think)]`,
      reason: 'puts the reader in the writer\'s shoes to justify the act',
    },
    // what else could i have done
    {
      match: '[what (else|other choice|choice) (could|would|should) i (have|of)? (done|do|said)]',
      reason: 'a rhetorical question that makes the act the only option',
    },
    // what would you have done
    {
      match: `[what would ${YOU} (have|of) done]`,
      reason: 'asks the reader to approve the act by imagining it',
      confidence: 0.65,
    },
    // i didn't know what else to do
    {
      match: '[i (did not|didnt) know what else to (do|say)]',
      reason: 'the act presented as the only option there was',
      rewrite: 'I did not handle it well',
      confidence: 0.75,
    },
    // can you blame me for keeping quiet
    {
      match: `[(can|could) ${YOU} (really|honestly)? blame me]`,
      reason: 'a rhetorical question asking the reader to excuse the act',
    },
    // who could blame me
    {
      match: '[(who|nobody|no one) (could|would|can) (really)? blame me]',
      reason: 'claims anyone would excuse the act',
    },
    // there was simply no time to consult you
    {
      match: `[there was (simply|just|literally)? no (other way|way around it|choice|alternative)]`,
      reason: 'lack of time or options presented as the reason',
      confidence: 0.6,
    },
  ],
  unless: [
    // that's no excuse / i'm not making excuses
    // i'm not putting it on that
    // but that's not why i did it
    // i won't dress it up
    // it doesn't make it okay
    ...excuseRefusals(3),
    // can you blame me for wanting a holiday? haha
    { match: laughter(1), reason: 'a joke, not a defence', scope: 'sentence' },
    // can you blame me for wanting a holiday?
    { match: '(holiday|vacation|nap|coffee|wine|chocolate|cake|biscuit|lie-in)', reason: 'a treat, not a wrong being excused', scope: 'sentence' },
    // i didn't have a choice of seats
    { match: '(choice|option|options|say) (of|in|over) (seat|seats|colour|color|venue|date|flavour|size|music|food)', reason: 'an everyday selection, not a wrong being excused', scope: 'sentence' },
    // i had no choice but to take the bus
    { match: '(bus|train|taxi|cab|uber|flight|plane|tube|queue|detour|stairs|lift)', reason: 'everyday logistics, not a wrong being excused', scope: 'sentence' },
    // i did have a choice and i made the wrong one
    { match: '(i had a choice|i did have a choice|i made a choice|it was my choice|i chose)', reason: 'the writer owns the choice', scope: 'message' },
  ],
  examples: [
    'I had no other option.',
    'What was I supposed to do, let him walk all over me?',
    'what was i meant to think',
    'Your sister wound me up all night, what did you expect me to do',
    'So can you blame me for keeping quiet?',
    "i didnt have a choice ok",
    'What else could I have done?',
  ],
  counterexamples: [
    'No choice but to get the later train, the 5:40 got cancelled.',
    'What am I supposed to bring to the party?',
    'We had no choice but to wait for the next bus.',
    'I had a choice and I made the wrong one. I had no excuse.',
  ],
});
