/**
 * pestering-unanswered (step 6, pestering)
 * Their unanswered state held up to them: "you still haven't answered my question", "you
 * seriously haven't replied in 3 days", "I haven't heard back from you about us", "you owe me a
 * reply", "I deserve an answer", "just checking you saw my message", "waiting for your
 * answer...", "read 2h ago". It keeps score of their silence instead of leaving it to them.
 *
 * Deliberately not flagged: unanswered things that aren't about the two of them ("you still
 * haven't answered the survey", "just checking you saw my message about the pickup time"),
 * reassurance ("no worries that you haven't replied"), and catch-ups ("haven't heard from you in
 * ages, how are you?").
 */
import { defineRule } from '../analyzer/types';
import { MY_MESSAGES, REPLIED_FORMS } from '../lexicon/pestering';
import { YOU } from '../lexicon/pronouns';

const STILL = '(still|seriously|really|honestly|literally|actually|even|just)';
const ANSWER_WORD = '(answer|reply|response|explanation|decision|word|call|text)';

export default defineRule({
  id: 'pestering-unanswered',
  category: 'pestering',
  message: 'Pointing at what they haven’t answered keeps score of their silence. They owe you nothing on your clock; your words will still be there when they’re ready.',
  confidence: 0.8,
  patterns: [
    // you still haven't answered my question
    {
      match: `[${YOU} ${STILL}? (have not|did not|has not|never) ${STILL}? (answered|replied to|responded to|acknowledged|returned|reacted to|answer|reply to|respond to|acknowledge|return|react to|said anything about|say anything about) (my|me|a|one)]`,
      reason: 'their unanswered messages held up to them',
    },
    // you seriously haven't replied in 3 days
    {
      match: `[${YOU} ${STILL}? (have not|did not) ${STILL}? (${REPLIED_FORMS})] (in|for|since|yet|at|all|once|even|today|this)`,
      reason: 'their unanswered messages held up to them',
    },
    // you still haven't replied.
    {
      match: `[${YOU} ${STILL} (have not|did not) (${REPLIED_FORMS})]$`,
      reason: 'their unanswered messages held up to them',
      confidence: 0.75,
    },
    // u still havent replied
    {
      match: `[${YOU} ${STILL}? (havent|didnt|hasnt) ${STILL}? (${REPLIED_FORMS}|answered|acknowledged|answer|reply|respond)] (in|for|since|yet|at|all|once|even|today|this|my|me)?$`,
      reason: 'their unanswered messages held up to them',
      confidence: 0.75,
    },
    // it's been two days and you haven't said a word
    {
      match: `[${YOU} ${STILL}? (have not|did not|never|havent|didnt) ${STILL}? (said|sent|written|texted) (a word|a thing|a single word|one word|me a word)]`,
      reason: 'their silence counted against them',
      confidence: 0.8,
    },
    // i'd appreciate a reply
    {
      match: `[i would (really)? appreciate (a|an|your|any|some) (reply|response|answer|word)]$`,
      reason: 'a reply requested on the writer’s schedule',
      confidence: 0.7,
    },
    // kindly let me know whether you have considered my apology
    {
      match: `[(let me know|tell me|inform me|advise) (whether|if) ${YOU} (have|had)? (considered|read|received|accepted|thought about|reflected on|had time to consider|had a chance to consider) my (apology|letter|words|message|note|email)]`,
      reason: 'pressing for news of their response',
      confidence: 0.8,
    },
    // i haven't heard back from you about us
    {
      match: `[i (still)? (have not|havent) heard (back)? (from)? ${YOU} (back)?] (about|on|regarding|re) (us|me|this|what|whether|if|my|forgiving|where|the apology)`,
      reason: 'their silence counted against them',
      confidence: 0.75,
    },
    // i haven't heard back from you, and it's been four days
    {
      match: `[i (still)? (have not|havent) heard (back|anything|a word|a thing)? (from)? ${YOU}] .{0,5} (it has been|its been|it is been|been) (#Value|a|two|three|four|five|days|weeks|ages|over)`,
      reason: 'their silence counted against them',
      confidence: 0.75,
    },
    // you owe me a reply at least
    {
      match: `[${YOU} (owe|owes) me (at least|at the very least)? (a|an|one|some|your)? ${ANSWER_WORD}]`,
      reason: 'a reply claimed as a debt',
      confidence: 0.85,
    },
    // after everything, i deserve a response
    {
      match: `[i (deserve|am owed|am entitled to) (at least|at the very least)? (a|an|one|some|your)? (proper|honest|real|straight)? ${ANSWER_WORD}]`,
      reason: 'a reply claimed as owed',
      confidence: 0.8,
    },
    // just checking you saw my message from last night
    {
      match: `[(just|only)? (checking|making sure|wanted to check|wanted to make sure|want to check|seeing if|checking that|checking if|checking whether) (that)? ${YOU} (have|did)? (saw|got|seen|received|read|get) my (last|latest|earlier|previous)? ${MY_MESSAGES}]`,
      reason: 'checking they received it, to draw a reply',
      confidence: 0.7,
    },
    // waiting for your answer...
    {
      match: `^(i am)? (still|just)? [waiting (for|on) (your|ur|an|a|any) (answer|reply|response|decision|verdict)] (then|here|still|from you|from u|please|pls)?$`,
      reason: 'their silence counted against them',
      confidence: 0.75,
    },
    // read 2h ago. cool.
    {
      match: '^[(read|seen|opened|delivered) #Value . ago]',
      reason: 'their read receipt held up to them',
      confidence: 0.75,
    },
    // just say something please
    {
      match: '^(just|please|pls|plz|so|can you|could you|will you)? [(just)? say (something|anything)] (please|pls|plz|already|for once|to me|at least|back|anything)+$',
      reason: 'a prod for any reply',
      confidence: 0.75,
    },
    // you've had days to reply
    {
      match: `[${YOU} have had (#Value|days|weeks|hours|ages|plenty of time|a week|a month|enough time|all day|all week|a day|long enough) to (reply|answer|respond|get|think|decide|call|text|write)]`,
      reason: 'their time to answer counted against them',
      confidence: 0.8,
    },
    // how long does it take to answer a text?
    {
      match: `[how long does it take to (answer|reply|respond|send|write|text|return)] (a|to|back|me|my)`,
      reason: 'their silence mocked to force a reply',
      confidence: 0.8,
    },
    // i'm still here waiting for an answer
    {
      match: `[i am still (here)? waiting (for|on) (your|ur|an|a|any) (answer|reply|response|decision)] (from you)?$`,
      reason: 'their silence counted against them',
      confidence: 0.75,
    },
    // please reply, it's been forever
    {
      match: `^(please|pls|plz|just)? [(reply|answer|respond|answer me|text me back)] .{0,1} (it has been|its been) (forever|ages|days|weeks|so long|hours)`,
      reason: 'an order to reply, with the wait counted',
    },
    // can i at least get a reply?
    {
      match: `[(can|could|may) i (at least|even|just)? (get|have) (a|an|one|some|your)? (reply|answer|response|word)]`,
      reason: 'pleading for any reply',
      confidence: 0.7,
    },
    // so we're just not talking now?
    {
      match: `[so (we are|were) (just)? not (talking|speaking)] (now|anymore|then)?`,
      reason: 'their silence narrated back at them',
      confidence: 0.75,
    },
    // so where are we with all this?
    {
      match: `[where are we (with|on) (all this|us|everything|all of this)]`,
      reason: 'pressing for a verdict',
      confidence: 0.7,
    },
  ],
  unless: [
    // no worries that you haven't replied
    { match: '(no worries|no worry|do not worry|dont worry|it is ok|its ok|it is fine|its fine|that is ok|thats ok|totally fine|no pressure|no rush|no need|understand|understandable|makes sense)', reason: 'reassurance, not a prod', scope: 'sentence' },
    // just checking you saw my message about the pickup time
    { match: 'my #Noun (about|re|regarding) (the|your|a|tomorrow|tonight|dinner|pickup|work|lunch|friday|monday|saturday|sunday)', reason: 'a message about an errand', scope: 'sentence' },
    // you never answered me about saturday, are you coming?
    { match: '(answered|replied to|answer|reply to) me (about|re|regarding) (#Date|the|tomorrow|tonight|dinner|lunch|work|next)', reason: 'a question about plans', scope: 'sentence' },
    // you still haven't answered the survey
    { match: '(from the|from my|council|bank|landlord|plumber|doctor|vet|company|refund|survey|form|invoice|email about|poll|rsvp|invite|invitation|group chat|application|quiz)', reason: 'an everyday unanswered item', scope: 'sentence' },
  ],
  examples: [
    "you haven't replied to a single message",
    "You've had days to reply.",
    'How long does it take to answer a text?',
    "I'm still here waiting for an answer.",
    "Please reply, it's been forever",
    'Can I at least get a reply?',
    "So we're just not talking now?",
    'so where are we with all this?',
    'You never answered my question about us.',
    "it's been two days and you haven't said a word",
    "I hope you got my email from Friday. I'd appreciate a reply.",
    'Kindly let me know whether you have considered my apology.',
    "You still haven't answered my question.",
    'you seriously haven’t replied in 3 days',
    "I haven't heard back from you about us, and it's been four days.",
    'You owe me a reply at least',
    'Just checking you saw my message from last night',
    'Waiting for your answer...',
    'read 2h ago. cool.',
    'just say something please',
    'u still havent replied',
    "You didn't even acknowledge my apology.",
    "I think I deserve an explanation.",
  ],
  counterexamples: [
    "You've had days to finish the report.",
    'How long does it take to boil an egg?',
    'Can I at least get a refund?',
    'where are we with the kitchen quote?',
    "So we're just not going to the beach now?",
    'you never answered me about Saturday, are you coming to the bbq?',
    'Kindly let me know whether you have considered the revised quote.',
    "You still haven't answered the survey, it closes Friday",
    'just checking you saw my message about the pickup time',
    "No worries that you haven't replied, I know you're busy.",
    "I haven't heard from you in ages, how are you?",
    'Waiting for your answer on the venue, no rush',
    'just say something nice at the toast, you’ll be fine',
    'I deserve a holiday after this week.',
  ],
});
