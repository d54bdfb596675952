/**
 * pestering-following-up (step 6, pestering)
 * The polite nudge aimed at the repair itself: "following up on my last email about what
 * happened between us", "circling back on my note from Monday, I hope you can forgive me",
 * "just a gentle reminder that I'm still waiting to hear whether you'll meet me", "any news on
 * whether you'll forgive me?". Formal wording, same pressure: it puts their forgiveness on a
 * schedule.
 *
 * Deliberately not flagged: ordinary work follow-ups ("following up on my last email about the
 * invoice", "circling back on the Q3 roadmap"), since this only fires when the nudge is tied to
 * the two of them (us, forgiving, what happened, talking).
 */
import { defineRule } from '../analyzer/types';
import { YOU } from '../lexicon/pronouns';

// Single words only, so patterns are not copied once per alternative (see expand.ts).
const NUDGE = '(following|follow|circling|circle|checking|check|coming|chasing|bumping|nudging|pinging|resending|bump|nudge) (up|back|in)?';
const MY_EARLIER = '(my|our) (last|previous|earlier|recent|other|first)? (email|e-mail|note|message|letter|text|mail|apology|msg|voicemail|conversation|chat)';
const ABOUT_US = '(us|forgive|forgiving|forgiveness|apology|apologise|apologize|sorry|happened|between|hurt|friendship|relationship|marriage|talk|talking|meet|reconcile|mend|repair|chance)';

export default defineRule({
  id: 'pestering-following-up',
  category: 'pestering',
  message: 'A follow-up puts their forgiveness on a schedule, however politely it’s worded. Your first message is enough; let them come back to it in their own time.',
  confidence: 0.75,
  patterns: [
    // following up on my last email about what happened between us
    {
      match: `[${NUDGE} (on|about|regarding|re|to)? ${MY_EARLIER}] .{0,10} ${ABOUT_US}`,
      reason: 'a follow-up nudge on the repair',
    },
    // just wanted to bump my message from last week about us
    {
      match: `[${NUDGE} (this|it) (up)?] .{0,6} (about|re|regarding) (us|me|forgiving|what|my)`,
      reason: 'a follow-up nudge on the repair',
      confidence: 0.7,
    },
    // just a gentle reminder that i'm still waiting to hear whether you'll meet me
    {
      match: `[(still)? waiting to hear (back)? (whether|if|what|about|from you about|from you on) .{0,3} ${YOU} (will|would|are going to|can|could|want|might)? (meet|forgive|see|talk|give|take|want|come|still)]`,
      reason: 'their decision counted as overdue',
      confidence: 0.8,
    },
    // any news on whether you'll forgive me?
    {
      match: `[any (news|update|updates|word|thoughts|progress|luck) (on|about|re|regarding) (whether|if) .{0,4} (forgive|together|meet|talk|try|give|take|want|friends|work|fix|okay|ok)]`,
      reason: 'pressing for news of their decision',
      confidence: 0.8,
    },
    // i am writing once more to ask if you have had time to consider my letter
    {
      match: `[(writing|messaging|emailing|texting|reaching) (out)? (again|once more|one more time) to (ask|see|check|find out)] .{0,12} ${ABOUT_US}`,
      reason: 'a follow-up nudge on the repair',
    },
    // about what happened: please get back to me as soon as possible
    {
      match: `${ABOUT_US} .{0,8} [(please|kindly)? (get back to me|reply|respond|let me know|answer) (as soon as possible|asap|at your earliest convenience|as soon as you can)]`,
      reason: 'a reply requested on the writer’s schedule',
      confidence: 0.7,
    },
    // a gentle reminder about us
    {
      match: `[(a|just a|quick|gentle|friendly|little) (gentle|friendly|quick)? reminder (that|about|re|regarding)] .{0,8} ${ABOUT_US}`,
      reason: 'a reminder put on the repair',
      confidence: 0.7,
    },
  ],
  unless: [
    // following up on my last email about the invoice, and happy to talk on a call
    { match: '(invoice|roadmap|report|proposal|project|deck|slides|budget|contract|quote|order|ticket|application|interview|draft|payment|deadline|client|agenda|document|spreadsheet|meeting notes|rota|booking|delivery|candidate|role|position|quarter|q1|q2|q3|q4|sprint|release)', reason: 'an ordinary work follow-up', scope: 'sentence' },
  ],
  examples: [
    'I am writing once more to ask if you have had time to consider my letter about us.',
    'Regarding what happened, please get back to me as soon as possible.',
    "Dear Anna, I'm following up on my last email about what happened between us. I'd really like to talk.",
    'Hi Tom, circling back on my note from Monday — I hope you can forgive me.',
    'Just wanted to bump my message from last week about us.',
    "Just a gentle reminder that I'm still waiting to hear whether you'll meet me.",
    'Hi, any news on whether you’ll forgive me?',
    'Just checking in on my previous message, I really hope we can talk soon.',
    'bumping my last text about us',
  ],
  counterexamples: [
    'Please get back to me as soon as possible regarding the contract.',
    'Hi Mark, following up on my last email about the invoice.',
    'Circling back on my note from Monday re: the Q3 roadmap.',
    'Any news on whether the house sale went through?',
    'Just a gentle reminder that the library books are due Friday.',
    'Following up on my last email — could you send the signed contract when you can?',
  ],
});
