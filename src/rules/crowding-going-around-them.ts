/**
 * crowding-going-around-them (step 5, crowding)
 * Reaching them around the walls they put up: new accounts after a block, asking their family or
 * friends to plead, ringing their work, watching their stories, driving past to check on them.
 * Each one tells them the distance they asked for is not being kept.
 *
 * Deliberately not flagged: everyday errands with their people ("ask your mum for the recipe",
 * "I called your mum to wish her happy birthday"), a new account for its own sake ("made a new
 * account for work"), and promises not to go through others ("I won't go through your sister").
 */
import { defineRule } from '../analyzer/types';
import { THEIR_PEOPLE, THEIR_PLACES } from '../lexicon/crowding';
import { YOU } from '../lexicon/pronouns';

// Single words only: compromise can't follow a wildcard with a multi-word alternative.
const WATCHING = 'blocked|block|watch|watching|check|checking|stalk|stalking|follow|following|spy|spying|unblock';

export default defineRule({
  id: 'crowding-going-around-them',
  category: 'crowding',
  message: 'Reaching them through other people, other accounts or their places tells them the distance they asked for isn’t being kept. Let them choose how and when you hear from them.',
  confidence: 0.8,
  patterns: [
    // i made a new account since you blocked my old one
    {
      match: `[(made|created|set up|opened|making|creating|got) (a|another|this)? (new|fake|burner|second|different|secret|spare)? (account|insta|instagram|profile|number|page|snapchat|snap|facebook|fb|tiktok|twitter|email|sim)] .{0,6} (${WATCHING})`,
      reason: 'a way round a block, or a hidden window on them',
    },
    // since you blocked me
    {
      match: `[(since|because|cos|cuz|bc|now) ${YOU} (blocked|muted|unfollowed|unfriended) (me|my)] .{0,4} (new|another|different|other|friend|sister|brother|mum|mate)`,
      reason: 'a block being worked around',
      confidence: 0.75,
    },
    // i'm going to ask your mum too
    {
      match: `[(ask|asked|asking|beg|begged|begging|get|got|getting|told|tell|telling|convince|convinced) (your|ur) (best|older|younger|big|little|new)? ${THEIR_PEOPLE}] (to talk|to speak|to have a word|to tell you|to get|to pass|to put in|to convince|to persuade|to call you|to ring you|to text you|to message you|to check on you|to reach out|to get you|to make you|to pass on|to let me in|to let me up|to let me see you|for me|too|as well|about us|to help me)`,
      reason: 'recruiting their people to plead for the writer',
    },
    // sent another letter to your office today
    {
      match: '[(sent|sending|left|leaving|dropped|posted|wrote|writing) (you)? another (letter|card|note|gift|present|bunch|bouquet|parcel|package|email|voicemail|voice note)]',
      reason: 'one more delivery they didn’t ask for',
      confidence: 0.7,
    },
    // i got sam to message you since you won't answer me
    {
      match: `[(got|get|getting|asked|ask|asking|begged|told|tell) (#ProperNoun|your #Noun|ur #Noun) to (message|text|call|ring|talk to|speak to|reach out to|contact|check on|have a word with) ${YOU}] .{0,3} (for|since|because|cos|as|cause|bc|coz)`,
      reason: 'recruiting others to reach them',
      confidence: 0.75,
    },
    // your mum said she'd talk to you for me
    {
      match: `[(talk|speak|have a word|put in a word|put in a good word|reach out|plead) (to|with)? ${YOU}] for me`,
      reason: 'someone else sent to plead for the writer',
      confidence: 0.8,
    },
    // i set up a new email so you'd get this
    {
      match: `[(made|created|set up|opened|got|making|using) (a|another)? (new|fake|burner|second|different|secret|spare) (account|insta|instagram|profile|number|page|snapchat|snap|facebook|fb|tiktok|twitter|email|sim)] (so|to|because|since|cos) (you|u|that you|i can reach|i could reach|i can message|i could message)`,
      reason: 'a way round a block',
      confidence: 0.75,
    },
    // your brother said he'd pass on my letter
    {
      match: `[(your|ur) ${THEIR_PEOPLE} (said|says|will|would|agreed|promised|is going|offered) .{0,3} (pass|give|hand|deliver|talk|speak|put)] .{0,3} (my|me|to you|for me|word)`,
      reason: 'their people used as go-betweens',
      confidence: 0.75,
    },
    // i keep checking if you're online
    {
      match: `[i (keep|have been|been|am|kept) (checking|looking|refreshing|watching|seeing) (if|whether|to see if|to see whether) (you are|you're|ur|u are|youre|you were) (online|active|on|around|home|there|in|out|typing|awake)]`,
      reason: 'watching their status from a distance',
    },
    // ...so they'd talk to you
    {
      match: `[so (they|she|he) (would|will|can|could|might) (talk|speak|get through|reach out) to ${YOU}] (for me)?`,
      reason: 'others sent to reach them',
      confidence: 0.75,
    },
    // i'll keep ringing your mum until someone tells me
    {
      match: `[(keep|keeping|kept|been) (calling|ringing|texting|messaging|phoning|emailing|bothering|asking) (your|ur) (best|older|younger)? ${THEIR_PEOPLE}]`,
      reason: 'pressing their people for news of them',
    },
    // i messaged your best friend to ask how you are
    {
      match: `[(messaged|texted|called|rang|phoned|asked|asking|messaging|texting|calling) (your|ur) (best|older|younger)? ${THEIR_PEOPLE}] .{0,2} (how|where|whether|if|about) (you|u)`,
      reason: 'asking their people about them behind their back',
      confidence: 0.65,
    },
    // i've spoken to your manager about us
    {
      match: `[(spoken|talked|spoke|talk|speak|told|tell|telling|talking) (to|with)? (your|ur) (best|older|younger|whole|entire)? ${THEIR_PEOPLE} about (us|me|what happened|this|what i did|our)]`,
      reason: 'their people drawn into it',
      confidence: 0.7,
    },
    // your sister gave me your new number
    {
      match: `[(got|found|tracked down|managed to get|gave me|given me|found out) (your|ur) new (number|address|email|account|insta|flat|place|phone)]`,
      reason: 'finding them after they moved away from contact',
      confidence: 0.75,
    },
    // i rang your office and asked them to put me through
    {
      match: `[(rang|called|phoned|emailed|turned up at|showed up at|went to|contacted|messaged) (your|ur) (office|work|workplace|job|reception|boss|manager|school|uni)] .{0,4} (asked|ask|asking|again|times|looking|find|reach|speak|talk|see|put|begged|waited)`,
      reason: 'reaching them through their workplace',
      confidence: 0.75,
    },
    // asked them to put me through to you
    {
      match: `[put me through to ${YOU}]`,
      reason: 'getting past their gatekeepers',
      confidence: 0.75,
    },
    // made a fake insta to watch ur stories
    {
      match: `[(watching|checking|stalking|refreshing|looking at|keeping an eye on|tracking|following|tracing) (your|ur) (stories|story|profile|page|insta|instagram|location|last seen|snap map|posts|socials|status|online status)]`,
      reason: 'watching them from a distance',
      confidence: 0.75,
    },
    // i drove past your work today just to see if your car was there
    {
      match: `[i (drove|walked|went|cycled|came|have been driving|keep driving|keep walking) (past|by|round|around) (your|ur) ${THEIR_PLACES}]`,
      reason: 'checking on them at their place',
      confidence: 0.7,
    },
    // just to see if your car was there
    {
      match: `[just to see (if|whether) (your|ur|you|u) (car|light|lights|are|were|was|home|in)]`,
      reason: 'checking on them unseen',
      confidence: 0.7,
    },
    // i asked jess to get you to call me
    {
      match: `[(asked|asking|got|getting|told|telling|begged|begging|having|convinced|sent|ask|tell|get|beg) (#ProperNoun|your #Noun|ur #Noun) (to)? (tell|get|make|ask|asking|telling|getting|remind|convince|persuade|begging|beg) (you|u) to (call|ring|text|message|talk|speak|answer|reply|see|meet|forgive|unblock|give|contact|hear)]`,
      reason: 'their people sent to make them get in touch',
      confidence: 0.85,
    },
    // your brother says he'll tell you to call me
    {
      match: `[(your|ur) ${THEIR_PEOPLE} (says|said|will|promised|agreed|offered) .{0,3} (tell|get|make|ask|remind) (you|u) to (call|ring|text|message|talk|speak|answer|reply|see|meet|forgive|unblock|contact)] me?`,
      reason: 'their people sent to make them get in touch',
      confidence: 0.8,
    },
    // i've asked jess to talk some sense into you
    {
      match: `[(asked|asking|got|getting|told|begged|begging|ask|get|beg) (#ProperNoun|your #Noun|ur #Noun) to (talk|knock|speak) (some)? sense into ${YOU}]`,
      reason: 'their people sent to change their mind',
      confidence: 0.85,
    },
    // i'm begging your sister to let me talk to you
    {
      match: `[(asked|asking|begged|begging|beg|got|getting) (#ProperNoun|your #Noun|ur #Noun) to let me (talk|speak|see|call|explain)]`,
      reason: 'their people asked to open a way to them',
      confidence: 0.8,
    },
    // if you don't pick up i'll call your parents
    {
      match: `if ${YOU} (do|dont|will|wont|keep|still|never|are|refuse) (not|to)? .{1,5} [(i will|ill|i am going to|imma|i am gonna) (call|ring|phone|message|text|email|contact|tell|go to|visit|get) (your|ur) ${THEIR_PEOPLE}]`,
      reason: 'their people used as leverage to make them answer',
      confidence: 0.85,
    },
    // i'll call your mum if you don't answer
    {
      match: `[(i will|ill|i am going to|imma|i am gonna) (call|ring|phone|message|text|email|contact|tell|go to|visit) (your|ur) ${THEIR_PEOPLE}] (if|unless|until|till) ${YOU}`,
      reason: 'their people used as leverage to make them answer',
      confidence: 0.85,
    },
    // i had sarah pass on a message since you blocked me
    {
      match: `[(had|got|asked|begged|sent) (#ProperNoun|your #Noun|ur #Noun) (to)? (pass on|pass|give you|hand you|bring you|deliver|forward|read you|show you) (a|my|this|the|another)? (message|letter|note|card|apology)]`,
      reason: 'messages routed round them through someone else',
      confidence: 0.75,
    },
    // maya said she'd get you to call me
    {
      match: `[#ProperNoun (said|says|promised|agreed) (she|he|they) (would|will|can|could) (get|make|tell|ask) (you|u) to (call|ring|text|message|talk|speak|answer|reply|see|meet|contact)]`,
      reason: 'their people sent to make them get in touch',
      confidence: 0.8,
    },
    // i've asked everyone we know to tell you how sorry i am
    {
      match: `[(asked|got|begged|told|asking|getting) (everyone|everybody|all|people|our) .{0,3} to (tell|remind|ask|convince|persuade|get|beg) (you|u)]`,
      reason: 'their people sent to change their mind',
      confidence: 0.75,
    },
  ],
  unless: [
    // i won't go through your sister
    { match: '(will not|wont|would never|am not going to|did not|didnt|never) (ask|go through|contact|message|call|bother|involve)', reason: 'a promise not to go around them', scope: 'sentence' },
    // ask your mum for the recipe
    // i called your work to say you're sick
    // your sister gave me your new number, happy birthday!
    { match: '(happy birthday|congrats|congratulations|hope that is ok|hope thats ok|hope that is okay|welcome|housewarming)', reason: 'a friendly errand', scope: 'sentence' },
    // i asked your flatmate to let me in to drop off the parcel
    { match: '(to drop|to pick|to collect|parcel|package|delivery|the keys|your keys|to feed|to water)', reason: 'a practical errand', scope: 'sentence' },
    { match: '(to say you|to tell them you|to let them know|you are sick|you were sick|you are ill|off sick|sick note)', reason: 'an errand done for them', scope: 'sentence' },
    { match: '(for the|for a|for some|for her|for his|for their|if she|if he|if they|whether she|whether he) (recipe|number|address|advice|lift|help|wants|needs|is|can)', reason: 'an errand with their people', scope: 'sentence' },
  ],
  examples: [
    "Maya said she'd get you to call me tonight",
    "I've asked everyone we know to tell you how sorry I am",
    "I've asked Jess to talk some sense into you",
    "your brother says he'll tell you to call me",
    "I've got your friends asking you to call me",
    "I'm begging your sister to let me talk to you",
    'If you don’t pick up I’ll call your parents',
    'Sorry again. I had Sarah pass on a message since you blocked me.',
    "I'm going to ring your mum if you won't talk to me",
    'I made a new account since you blocked my old one.',
    'i made a fake insta to watch ur stories, i know its weird',
    "I've asked your sister to talk to you for me, and your mate Ben, and I'm going to ask your mum too.",
    'I rang your office and asked them to put me through to you.',
    'I drove past your work today just to see if your car was there.',
    "I've been checking your location all night.",
    'I got your mum to call you for me.',
    'Sent another letter to your office today.',
    "I'll keep ringing your mum until someone tells me what's going on",
    'I asked your best friend to tell you how sorry I am',
    'Told your sister to get you to call me',
    "Made another account, don't block this one",
    'I got Sam to message you since you won’t answer me',
    "Your mum said she'd talk to you for me",
    "I set up a new email so you'd get this",
    "Your brother said he'd pass on my letter.",
    'I asked your flatmate to let me in.',
    "I keep checking if you're online.",
    "I've spoken to your manager about us.",
    'Your sister gave me your new number.',
    'I found your new address.',
    "I told your whole family what happened so they'd talk to you.",
    'I messaged your best friend to ask how you are doing every day',
    'Been following your location on snap map',
  ],
  counterexamples: [
    "I've asked everyone we know to come to the party",
    'I asked your flatmate to let me in to drop off the parcel',
    'I asked Jess to help with the move on Saturday',
    "I'll call your parents to wish them happy anniversary",
    'I got Dave to pass on the keys to you.',
    'Can you ask your mum for the recipe?',
    'I made a new account for the work Slack.',
    "I didn't ask her anything else and I won't go through her.",
    "I'm not going to turn up at your flat or message your friends.",
    'Drove past your old school today, they have painted it blue!',
    "I called your work to say you're sick, hope that's ok",
    'I asked your sister if she wants to come to the party',
    'I called your office to check the delivery address for the flowers you ordered.',
    'I set up a new email for the business.',
    'I asked Tom to call you about the boiler.',
    'I asked your flatmate to let the plumber in.',
    "I've spoken to your manager about the rota, it's sorted.",
    "Your sister gave me your new number, hope that's ok! Happy birthday!",
  ],
});
