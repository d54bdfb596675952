/**
 * Word lists for the crowding rules (step 5: give them space), as compromise alternations.
 * compromise expands "I'll", "I'm", "gonna" itself; texting spellings it keeps as written
 * ("ill", "ima") are listed here. No nested parentheses: compromise matches one level only.
 */

/** "I will" / "I'm going to" as people type it; the bare list joins larger alternations. */
export const I_WILL_FORMS = 'i will|ill|i am going to|imma';
export const I_WILL = `(${I_WILL_FORMS})`;

/** Ways of getting in touch, in the forms that follow "keep" ("I'll keep calling"). */
// Single words only, so patterns using it are not copied once per alternative (see expand.ts).
export const CONTACTING = '(calling|ringing|phoning|texting|messaging|writing|emailing|knocking|trying|buzzing|dming|snapping|coming|visiting)';

/** The same, as a bare verb ("I'm going to call every hour"); the bare list joins larger alternations. */
export const CONTACT_FORMS = 'call|ring|phone|text|message|write|email|knock|buzz|dm|msg|contact|bother';
export const CONTACT = `(${CONTACT_FORMS})`;

/** Their people and places, reached round them instead of directly. */
export const THEIR_PEOPLE = '(sister|brother|mum|mom|mam|mother|dad|father|parents|family|friends|friend|mate|mates|bestie|flatmate|roommate|housemate|boss|manager|colleagues|coworkers|cousin|nan|gran|grandma|aunt|uncle|sis|bro)';
export const THEIR_PLACES = '(house|place|flat|apartment|building|door|doorstep|window|work|office|workplace|job|school|gym|parents|mums|moms|mum|mom|mam|dad|dads|nans|car|street|road|uni|dorm|hotel)';

/** The feelings of someone coming apart ("I'm falling apart without you"). */
export const COMING_APART = '(falling apart|a mess|a wreck|lost|nothing|empty|broken|dying|miserable|drowning|shattered|destroyed|incomplete|useless|hopeless)';

/** What the writer says they cannot do on their own. */
export const CANNOT_DO = '(live|cope|function|breathe|sleep|eat|go on|survive|manage|carry on|exist|think|be happy|do anything|do this|do life|get through|keep going|move on|be without)';

/** Reassurance the writer insists on ("tell me we're okay", "say you still love me"). */
export const REASSURANCE = '(we are|we will be|it is going to be|it will be|things will be|everything will be|everything is|you still|you love|you forgive|you are not|you will not|you will never|we are going to be|you are still|it is|things are)';
export const REASSURED = '(care|want me|want us|miss me|ok|okay|alright|all right|fine|good|going to be|gonna be|love me|forgive me|leaving|going anywhere|still|mine|together|with me|not over)';
