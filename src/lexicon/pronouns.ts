/**
 * Pronoun alternations with texting spellings, for interpolation into compromise patterns.
 * compromise already expands contractions ("im" → "i am", "wasnt" → "was not"), so only the
 * spellings it leaves as-is are listed here.
 */
export const YOU = '(you|u|ya|yu)';
export const YOUR = '(your|ur|yr|youre)';
export const YOURSELF = '(yourself|urself|yourselves)';
