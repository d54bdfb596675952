/**
 * Word lists for the pestering rules (step 6: be patient), as compromise alternations.
 * compromise expands "you're", "haven't", "gonna" itself; spellings it keeps as written
 * ("ur", "r") are listed here. No nested parentheses: compromise matches one level only, so
 * lists that join larger alternations are also exported bare (*_FORMS).
 */

/** "you are" as people type it ("ur just not gonna answer", "r u there"). */
export const YOU_ARE = '(you are|u are|ur|u r|r u|youre|your)';

/** Replying, in the forms that follow "not" / "going to" ("why aren't you answering"). */
export const REPLYING = '(answering|replying|responding|texting back|writing back|calling back|messaging back|talking to me|speaking to me|picking up|getting back to me|returning my calls)';
export const REPLY_FORMS = 'answer me|reply to me|answer|reply|respond|text back|text me back|write back|call back|call me back|message back|talk to me|speak to me|pick up|get back to me|return my calls|say something|say anything';
export const REPLY = `(${REPLY_FORMS})`;
export const REPLIED_FORMS = 'called me back|texted me back|messaged me back|rung me back|rang me back|replied to me|responded to me|got back|answered|replied|responded|texted back|written back|called back|messaged back|talked to me|spoken to me|picked up|gotten back to me|got back to me|returned my calls|said anything|said a word';
export const REPLIED = `(${REPLIED_FORMS})`;

/** What the writer sent and now chases. */
// Single words only, so patterns using it are not copied once per alternative (see expand.ts).
export const MY_MESSAGES = '(message|messages|msg|msgs|text|texts|email|emails|voicemail|voicemails|vm|letter|letters|note|notes|card|calls|dm|dms|apology|flowers)';

/** A span of waiting, counted out ("it's been three days"). */
export const TIME_UNITS = '(minutes|hours|days|weeks|months|day|week|hour|month|mins|hrs|fortnight|fortnights)';

/** The standing of the relationship, asked for as a verdict ("are we ok or not"). */
export const OUR_STANDING = '(done|over|ok|okay|good|fine|alright|together|finished|through|cool|sorted|friends|still friends|still together|still on|a thing|still a thing)';
