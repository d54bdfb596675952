/**
 * pestering-pressing-for-a-decision (step 6, pestering)
 * Pushing them to rule on the relationship before they're ready: "have you decided yet?",
 * "have you made up your mind about us?", "so is it a yes or a no?", "are we done or not?",
 * "what's the verdict?", "just tell me where we stand", "are we good now?". Forgiveness can't be
 * hurried; asking for the verdict asks them to hurry it.
 *
 * Deliberately not flagged: everyday choices ("have you decided what you're having?", "have
 * you made up your mind about the sofa?", "just tell me yes or no, do you want the last
 * croissant"), care ("are you okay?"), and an open door ("whatever you decide is fine").
 */
import { defineRule } from '../analyzer/types';
import { OUR_STANDING, YOU_ARE } from '../lexicon/pestering';
import { YOU, YOUR } from '../lexicon/pronouns';

const ABOUT_US = '(about us yet|about us|about me|about this|about what i said|about what i asked|about what happened|about my apology|about my message|about my letter|about forgiving me|about giving me|about taking me back|about whether|about if|on us|on me|on what i said)';

export default defineRule({
  id: 'pestering-pressing-for-a-decision',
  category: 'pestering',
  message: 'Asking for their decision asks them to hurry something that can’t be hurried. Let them tell you when they’re ready, and make it clear you’ll wait.',
  confidence: 0.85,
  patterns: [
    // have you decided yet?
    {
      match: `[(have|did|so have|so did|so) ${YOU} (decided|decide|made a decision|reached a decision|come to a decision|had a think|had time to think|thought about it) (yet|or not|already)]`,
      reason: 'pressing for their decision',
      rewrite: 'Take whatever time you need',
    },
    // have you decided?
    {
      match: `^(so|well|and|ok|okay)? [(have|did) ${YOU} (decided|decide|made a decision)]$`,
      reason: 'pressing for their decision, asked on its own',
      rewrite: 'Take whatever time you need',
      confidence: 0.7,
    },
    // have you decided about us
    {
      match: `[(have|did) ${YOU} (decided|decide|made a decision|thought|think|had a think|had time to think|had a chance to think|had any time to think|been thinking|made up your mind|made up ur mind) ${ABOUT_US}]`,
      reason: 'pressing for their decision about the relationship',
      rewrite: 'Take whatever time you need',
    },
    // have you decided if you're coming to the graduation or not?
    {
      match: `[(have|did) ${YOU} (decided|decide|made up your mind|made up ur mind) (if|whether) .{1,10} or not]`,
      reason: 'pressing for a yes or no',
      rewrite: 'Take whatever time you need',
    },
    // have you decided whether you'll forgive me?
    {
      match: `[(have|did) ${YOU} (decided|decide|made up your mind|made up ur mind|worked out|figured out) (if|whether) .{1,5} (forgive|forgiving|together|over|done|us|relationship|marriage|back|friends|stay|staying|leave|leaving)]`,
      reason: 'pressing for their decision about the relationship',
      rewrite: 'Take whatever time you need',
    },
    // so what's it going to be?
    {
      match: '^(so|well|ok|okay|right)? [what is it (going to|gonna) be]$',
      reason: 'demanding a verdict',
      confidence: 0.75,
    },
    // have you made up your mind yet
    {
      match: `[(have|did) ${YOU} (made|make) up ${YOUR} (mind|minds)] (yet|$)`,
      reason: 'pressing for their decision',
      rewrite: 'Take whatever time you need',
    },
    // have you thought about it at all?
    {
      match: `[(have|did) ${YOU} (thought|think|had a think|had time to think|had a chance to think) (about|over|on) (it|this|us|that)] (at all|yet|already|$)`,
      reason: 'pressing for their answer',
      rewrite: 'Take whatever time you need',
      confidence: 0.7,
    },
    // have you forgiven me yet?
    {
      match: `[(have|did) ${YOU} (forgiven|forgive) me (yet|already|now)]`,
      reason: 'pressing for forgiveness on the writer’s schedule',
      rewrite: 'I hope you can forgive me one day',
    },
    // are you going to forgive me?
    {
      match: `[(are|r) ${YOU} (ever)? (going to|gonna) forgive me]`,
      reason: 'pressing for forgiveness',
      rewrite: 'I hope you can forgive me one day',
      confidence: 0.75,
    },
    // do you forgive me yet?
    {
      match: `[(do|so do) ${YOU} forgive me (yet|now|or not|already)]`,
      reason: 'pressing for forgiveness',
      rewrite: 'I hope you can forgive me one day',
    },
    // yes or no?
    {
      match: '^(so|well|ok|okay)? [(yes or no|yes/no|yes or no then)]$',
      reason: 'demanding a verdict',
      confidence: 0.7,
    },
    // where do we stand?
    {
      match: '^(so|well|ok|okay)? [where do (we|i) stand] with? (you|now|then)?$',
      reason: 'pressing for their position',
      confidence: 0.75,
    },
    // are we fixing this or not?
    {
      match: `[(are|r) (we|you|u) (fixing|sorting|working on|saving|ending|doing|trying|giving) (this|us|it|each other|another go|it a go) or (not|what)]`,
      reason: 'demanding a verdict on the relationship',
    },
    // is that a no then?
    {
      match: '^(so)? [is (that|it|this) a (no|yes)] then?$',
      reason: 'reading their silence as a verdict, to force one',
      confidence: 0.7,
    },
    // yes or no, it's that simple
    {
      match: '[(yes or no|yes/no)] .{0,3} (simple|easy|hard|difficult|all)',
      reason: 'demanding a verdict',
    },
    // so is it a yes or a no?
    {
      match: '[is it (a)? (yes|no) or (a)? (no|yes)]',
      reason: 'demanding a verdict',
    },
    // just tell me yes or no.
    {
      match: `[(just|please|pls|so)? (tell me|say|give me|answer) (now|today|right now|already)? (a)? (yes or no|no or yes|yes/no|a yes or no)]$`,
      reason: 'demanding a verdict',
    },
    // yes/no is fine, just need to know
    {
      match: '[(yes/no|yes or no|a yes or no|one word) (is fine|is all i need|will do|is enough)]',
      reason: 'a short answer demanded now',
    },
    // are we done or not?
    {
      match: `[(are|r) (we|us) (still)? ${OUR_STANDING} or (not|what)]`,
      reason: 'demanding a verdict on the relationship',
      rewrite: 'I hope we can be okay, when you’re ready',
    },
    // are you going to forgive me or not?
    {
      match: `[(are|r|will|do|can) ${YOU} (going to|gonna|ever)? (forgive|forgiving|take me back|taking me back|give me|giving me|want to be with me|want to be together|want me back|want me|want us|want this|love me|still love me|come back|coming back|stay with me|leave me|talk to me|see me|talk|speak) .{0,6} or not]`,
      reason: 'demanding a yes or no',
      rewrite: 'Take whatever time you need',
    },
    // just tell me if we're done or not
    {
      match: `[(tell me|let me know|i need to know|need to know|i just need to know) (if|whether) .{1,8} or not]`,
      reason: 'demanding a yes or no',
    },
    // just tell me whether it's over
    {
      match: `[(tell me|let me know|i need to know|need to know|i have to know) (whether|if) (it is|this is|we are|you are|things are|everything is) (over|done|finished|through|ok|okay|good|fine|alright)]`,
      reason: 'demanding a verdict on the relationship',
    },
    // is it over or not?
    {
      match: `[is (it|this|this relationship|this friendship|this marriage|everything|us) (over|done|finished|through) or (not|what)]`,
      reason: 'demanding a verdict on the relationship',
      confidence: 0.7,
    },
    // so? what's your answer?
    {
      match: `^(so|well|ok|okay)? [what is (your|ur) (answer|decision|verdict|response)] then?$`,
      reason: 'asking for their verdict',
      confidence: 0.75,
    },
    // can you just decide already?
    {
      match: `[(just|can you just|could you just|will you just|please just|pls just)? (decide|choose|make a decision|make up your mind|make your mind up|make up ur mind) (already|now|today|tonight|asap)]`,
      reason: 'pressing for their decision',
      rewrite: 'Take whatever time you need',
    },
    // make up your mind.
    {
      match: `^(just|please|so|pls)? [(make up your mind|make your mind up|make up ur mind|make ur mind up|make a decision)] then?$`,
      reason: 'an order to decide',
      rewrite: 'Take whatever time you need',
      confidence: 0.75,
    },
    // have you made your decision?
    {
      match: `[(have|did) ${YOU} (made|make|reached|come to) (your|a|ur) (decision|choice)] (yet|or|already)?$`,
      reason: 'pressing for their decision',
      rewrite: 'Take whatever time you need',
      confidence: 0.75,
    },
    // are you staying or leaving?
    {
      match: `[(are|r) ${YOU} (staying|leaving|in|out|coming back|going) or (leaving|staying|not|going|out|in)]`,
      reason: 'demanding a verdict',
      confidence: 0.75,
    },
    // are we good now?
    {
      match: `[(are|r) (we|us) (good|ok|okay|alright|cool|fine|sorted|friends again|good again|ok again|okay again) (now|yet|then)]`,
      reason: 'asking for the all-clear before they have given it',
      rewrite: 'I hope we can be okay, when you’re ready',
    },
    // so… are we good?
    {
      match: `^(so|soo|sooo|and|well|um|umm|ok so|okay so|so um)? [(are|r) (we|us) (good|ok|okay|alright|cool|fine|sorted|friends|square|even)] (or|now|yet|then|again)?$`,
      reason: 'asking for the all-clear before they have given it',
      rewrite: 'I hope we can be okay, when you’re ready',
      confidence: 0.65,
    },
    // what's the verdict?
    {
      match: '[(what is|whats) the (verdict|decision|answer|outcome|plan then)]$',
      reason: 'asking for their verdict',
      confidence: 0.75,
    },
    // where's your head at?
    {
      match: `[where is ${YOUR} head at]`,
      reason: 'pressing for their position',
      confidence: 0.7,
    },
    // just tell me where we stand
    {
      match: '[(tell me|let me know|need to know|know) where (we|i) (stand|are)]',
      reason: 'pressing for their position',
      confidence: 0.75,
    },
    // any update on us?
    {
      match: '[any (news|update|updates|word|thoughts|decision) (on|about|re) (us|me|what i said|my message|my apology|my letter|this|where we stand|where i stand|forgiving me|the two of us)]',
      reason: 'a prod for their answer about the relationship',
      confidence: 0.75,
    },
    // any news?
    {
      match: '^[any (news|update|updates|word|decision)] (yet|then)?$',
      reason: 'a prod for their answer',
      confidence: 0.6,
    },
    // i'll ask one more time: are you going to forgive me?
    {
      match: `[i (will|am going to|am gonna) ask (you)? (one more time|one last time|again|once more)]`,
      reason: 'asking again, louder',
      confidence: 0.75,
    },
  ],
  unless: [
    // i'll ask again next week when the prices drop
    { match: '(next week|next month|next time|next year|prices|price)', reason: 'an everyday question for later', scope: 'sentence' },
    // have you thought about what i asked you about the playlist?
    { match: 'what i (said|asked|asked you|wrote) about (the|your|a|our|my)', reason: 'a question about something else', scope: 'sentence' },
    // have you decided what you're having?
    { match: '(ordering|having|eat|eating|dinner|lunch|breakfast|menu|sofa|name|puppy|colour|color|holiday|film|movie|wear|flight|course|uni|restaurant|drink|croissant|five-a-side|book|booking|pizza|takeaway|orders|ordered|pitches|ticket)', reason: 'an everyday choice', scope: 'sentence' },
    // have you decided about the job offer?
    { match: '(job offer)', reason: 'an everyday choice', scope: 'sentence' },
    // whatever you decide is fine
    { match: '(whatever|whenever|no rush at all)', reason: 'the decision is left to them', scope: 'sentence' },
    // take your time
    { match: 'take (your|ur) time', reason: 'the decision is left to them', scope: 'sentence' },
    // no pressure
    { match: 'no (rush|pressure|hurry)', reason: 'the decision is left to them', scope: 'sentence' },
  ],
  examples: [
    'so… are we good?',
    'Soo r we ok?',
    'Have you decided yet?',
    "It's been a month and I've done everything you asked. Have you decided or not?",
    'Have you made up your mind about us yet',
    "Have you thought about what I said? Where's your head at?",
    "have you decided if you're coming to the graduation or not?",
    'Have you thought about it at all? Anything?',
    'so is it a yes or a no? i cant keep guessing',
    'Just tell me yes or no.',
    'Quick q - are we ok? Yes/no is fine, just need to know 🙏',
    'Just give me an answer. Any answer. Are we done or not?',
    "I'll ask one more time: are you going to forgive me or not?",
    "i cant function without u. just tell me if we're done or not",
    'Are we good now? x',
    "You said you'd think about it. It's been a week. What's the verdict?",
    'I need to know where I stand with you.',
    "Have you decided whether you'll forgive me?",
    "So what's it going to be?",
    'Tell me now, yes or no.',
    'Any update on us?',
    'Have you forgiven me yet?',
    'Well, are you going to forgive me?',
    'Yes or no?',
    'Where do we stand?',
    'Have you had time to think about us yet?',
    'So are we done or what?',
    "Just tell me whether it's over.",
    'Is it over or not?',
    "So? What's your answer?",
    'Have you made your decision?',
    'Are you staying or leaving?',
    'Do you want to be with me or not?',
    'Can you just decide already?',
    'Make up your mind.',
    "Yes or no, it's that simple.",
    'Have you had a think yet?',
    'Are we fixing this or not?',
    'Is that a no then?',
  ],
  counterexamples: [
    "I'll ask again next week when the prices drop",
    'so are we good for Saturday at 7?',
    "Have you decided what you're having? I'm starving, ordering in 5",
    'Have you made up your mind about the sofa? The sale ends Sunday',
    'have you decided on a name for the puppy yet?? 🐶',
    'Just tell me yes or no, do you want the last croissant 🥐',
    'Just let me know yes or no for five-a-side on Thursday by tomorrow so I can book the pitch ⚽',
    'Are you okay? You seemed really quiet at dinner.',
    'Whatever you end up deciding, I’ll respect it.',
    'Have you thought about it as a career?',
    'Have you forgiven your brother for eating your chips? 😂',
    'Yes or no to pizza tonight?',
    'Where do we stand on the budget for Q3?',
    'Have you had time to think about the job offer?',
    'Is the shop open or not?',
    "So? What's your answer to the riddle? 😂",
    'Is it over yet? This film is so long.',
    'Have you made your decision about the new job?',
    'Do you want to come to the cinema or not?',
    'Are you staying for dinner or leaving after the match?',
    'Have you thought about what I asked you about the wedding playlist?',
    'Make up your mind about the paint colour by Sunday please.',
    'Is that a no to the party then?',
    'Have you had a think about the holiday yet?',
  ],
});
