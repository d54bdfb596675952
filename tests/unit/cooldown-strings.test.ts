// Every cooldown, hold, reminder and drafts string is in the browser catalogue and reads the
// same through it as the English fallback (substitutions included).
import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { formatEnglish } from '../../src/i18n';
import { COOLDOWN_STRINGS, type CooldownStringKey } from '../../src/cooldown/messages';

const keys = Object.keys(COOLDOWN_STRINGS) as CooldownStringKey[];

describe('cooldown strings', () => {
  it.each(keys)('%s is in messages.json with the same wording', (key) => {
    expect(Object.hasOwn(english, key)).toBe(true);
    const arity = new Set(COOLDOWN_STRINGS[key].match(/\$\d/g) ?? []).size;
    const subs = Array.from({ length: arity }, (_, i) => `«${i + 1}»`);
    const fallback = COOLDOWN_STRINGS[key].replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1]);
    expect(formatEnglish(key, subs)).toBe(fallback);
  });
});
