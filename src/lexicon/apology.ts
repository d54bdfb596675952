/**
 * Word families for the non-apology rules (step 4), as compromise alternations.
 * compromise expands "I'm"/"you're"/"can't" itself; texting forms it leaves alone ("im",
 * "ur", "soz") are listed here where it matters.
 */

/**
 * compromise alternations cannot nest, so a phrase template with nested groups, e.g.
 * "(you|u) (were|felt)? upset", is expanded into one flat alternation of whole phrases:
 * "(you were upset|you felt upset|you upset|u were upset|…)". Templates hold words only.
 */
export function anyOf(...templates: string[]): string {
  const phrases = [...new Set(templates.flatMap((t) => expand(t)))];
  // compromise takes the first alternative that matches and never backtracks into the group,
  // so "i have said" must be tried before "i": longest phrases first.
  phrases.sort((a, b) => b.split(' ').length - a.split(' ').length);
  return `(${phrases.join('|')})`;
}

/** Every phrase a template stands for. */
export function expand(template: string): string[] {
  let at = 0;
  const sequence = (): string[] => {
    let out = [''];
    while (at < template.length && template[at] !== ')' && template[at] !== '|') {
      let options: string[];
      if (template[at] === '(') {
        at++;
        options = sequence();
        while (template[at] === '|') {
          at++;
          options.push(...sequence());
        }
        at++; // ')'
        if (template[at] === '?') {
          at++;
          options.push('');
        }
      } else {
        const word = /^[^()|\s]+/.exec(template.slice(at))?.[0] ?? '';
        at += Math.max(word.length, 1);
        options = [word.trim()];
      }
      out = out.flatMap((head) => options.map((o) => `${head} ${o}`));
    }
    return out.map((s) => s.replace(/\s+/g, ' ').trim());
  };
  return sequence().filter(Boolean);
}

/** The apology word itself, formal or texted: "sorry", "I apologise", "my apologies", "soz". */
export const SORRY = '(sorry|apologise|apologize|apologies|soz|sry|srry|sorrry)';

/** Having apologised already: "I've said sorry", "I apologised", "I said I'm sorry". */
export const APOLOGISED =
  '(said sorry|said i am sorry|said i was sorry|said im sorry|apologised|apologized|said it|said that|told you i am sorry|told you i was sorry|told you sorry)';

/** What an act did to the other person, as a verb: "if it HURT you". */
export const HARMED =
  '(hurt|upset|upsets|offended|offends|embarrassed|embarrasses|insulted|disrespected|humiliated|wounded|disappointed|angered)';

/** How the other person felt or took it: "sorry if you were OFFENDED". */
export const THEIR_REACTION =
  '(hurt|offended|upset|angry|mad|pissed|bothered|insulted|disrespected|embarrassed|humiliated|betrayed|uncomfortable|annoyed|attacked|ignored|excluded|left out|let down|blindsided|violated|undermined|slighted|belittled|judged|disappointed|wronged|used|misled|lied to|cheated on|taken for granted|unappreciated|unheard|sad|triggered)';

/** Reactions that an apology "for how you feel" hangs on; sadness and illness are left out (sympathy). */
export const WRONGED =
  '(hurt|offended|upset|angry|mad|pissed|insulted|disrespected|betrayed|violated|blindsided|excluded|left out|ignored|unheard|sidelined|overlooked|dismissed|judged|criticised|criticized|unsupported|unappreciated|pressured|uncomfortable|neglected|humiliated|attacked|wronged|slighted|belittled|undermined|humiliated|let down|lied to|cheated on|taken for granted|annoyed|bothered|so upset|so hurt|so angry|so mad|so offended|so annoyed)';

/** Ways a remark lands badly, as the writer puts it: "if i came across HARSH". */
export const CAME_ACROSS_AS = anyOf(
  '(too)? (harsh|rude|mean|cold|aggressive|strong|blunt|insensitive|dismissive|condescending|patronising|patronizing|arrogant|snappy|short|abrupt|defensive|angry|hostile|unkind|cruel|judgmental|judgemental|critical|preachy|pushy|hurtful|offensive|upsetting|disrespectful|sarcastic|snarky|personal|negative|passive aggressive)',
  '(badly|wrong|much|too much|that way|the wrong way|otherwise)',
);

/** Faults the writer names only to make them hypothetical: "sorry if i CROSSED A LINE". */
export const HYPOTHETICAL_FAULT =
  '(crossed a line|crossed the line|overstepped|went too far|was out of line|was out of order|was too harsh|was harsh|was rude|was mean|was unfair|was insensitive|was a bit much|was too much|was hurtful|was short with|was snappy|was cold|did anything wrong|did something wrong|said anything wrong|said something wrong|said something hurtful|said anything hurtful|offended|hurt|upset|embarrassed|insulted|disrespected|let you down)';

/** Going over it again, as the writer presses to close it: "can we just MOVE ON". */
export const CLOSE_THE_SUBJECT = anyOf(
  'move on',
  '(move|get) past (it|this|that)',
  'get over (it|this|that)',
  '(drop|forget) (it|this|that)',
  'let (it|this|that) go',
  'forget (about (it|this|that)|the whole thing)',
  'put (it|this|that|this all|all this|it all|the whole thing) behind us',
  'draw a line under (it|this|that)',
  'stop (talking|going on) about (it|this|that)',
  'stop bringing (it|this|that) up',
  'leave it (there|at that)',
  'not make (this|it) (a big deal|a big thing|a thing|into a thing)',
  'not make a (big)? (deal|thing) (of|out of) (it|this)',
  'talk about something else',
  'forgive and forget',
  '(kiss and make up|bury the hatchet|wipe the slate clean|hug it out|call it even|call it quits)',
);

/**
 * What the writer did, owned, for a reaction they apologised "if" for: offended → "I offended
 * you". Reactions missing here get the plain "for what I did".
 */
const OWNED_ACTS: Record<string, string> = {
  hurt: 'hurt you',
  upset: 'upset you',
  offended: 'offended you',
  embarrassed: 'embarrassed you',
  insulted: 'insulted you',
  disrespected: 'disrespected you',
  humiliated: 'humiliated you',
  betrayed: 'betrayed your trust',
  'let down': 'let you down',
  angry: 'made you angry',
  mad: 'made you angry',
  disappointed: 'let you down',
  wounded: 'hurt you',
  violated: 'violated your trust',
  blindsided: 'blindsided you',
  uncomfortable: 'made you uncomfortable',
  ignored: 'ignored you',
  excluded: 'left you out',
  'left out': 'left you out',
  'lied to': 'lied to you',
  misled: 'misled you',
  belittled: 'belittled you',
  undermined: 'undermined you',
  attacked: 'attacked you',
};

/** The owned act behind the first reaction word in `text`, e.g. "I offended you". */
export function ownedAct(text: string): string | undefined {
  const lower = text.toLowerCase();
  let best: { at: number; act: string } | undefined;
  for (const [reaction, act] of Object.entries(OWNED_ACTS)) {
    const at = lower.search(new RegExp(`\\b${reaction}\\b`));
    if (at >= 0 && (!best || at < best.at)) best = { at, act };
  }
  return best && `I ${best.act}`;
}

/**
 * An owned apology in the writer's register: "sorry if u were upset" → "sorry I upset you";
 * formal words take "that": "I apologise if it offended you" → "apologise that I offended you".
 * Without a known act it falls back to "for what I did".
 */
export function ownedApology(matched: string): string {
  const word = (matched.match(/^[\p{L}']+/u)?.[0] ?? 'sorry').toLowerCase();
  const act = ownedAct(matched.replace(/^\S+\s+/, ''));
  if (/^apolog/.test(word)) return act ? `${word} that ${act}` : `${word} for what I did`;
  return act ? `${word} ${act}` : `${word} for what I did`;
}

/**
 * The apology words of a span with the sarcasm around them dropped: "Fine, I'm sorry" → "I'm
 * sorry", "sorry, happy now" → "sorry". Undefined when no apology word is in the span.
 */
export function plainApology(matched: string): string | undefined {
  const upToSorry = /^(.*?\b(sorry|apologi[sz]e|apologies|soz|sry))\b/i.exec(matched)?.[1];
  if (!upToSorry) return undefined;
  const plain = upToSorry.replace(/^((fine|ok|okay|alright|whatever|yeah|well|then|jeez|geez)\b[\s,.!]*)+/i, '');
  return plain || undefined;
}

/** "sorry if my email came across as harsh" → "sorry for what I said", keeping the writer's apology word. */
export function saidApology(matched: string): string {
  const word = (matched.match(/^[\p{L}']+/u)?.[0] ?? 'sorry');
  return `${word} for what I said`;
}
