import { describe, expect, it } from 'vitest';
import { formatEnglish, hasMessage } from '../../src/i18n';
import { CARD_STRINGS, categoryName, stepLabel, stepTitle, uiString, type CardStringKey } from '../../src/ui/strings';
import { CATEGORIES } from '../../src/analyzer/categories';

describe('card strings', () => {
  const keys = Object.keys(CARD_STRINGS) as CardStringKey[];
  const subs = ['A', 'B', 'C'];

  it.each(keys)('%s is in the English catalogue and says the same as the built-in text', (key) => {
    expect(hasMessage(key)).toBe(true);
    const fallback = CARD_STRINGS[key].replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1]);
    expect(formatEnglish(key, subs)).toBe(fallback);
    expect(uiString(key, subs)).toBe(fallback);
  });

  it('names every category and step from the catalogue', () => {
    for (const c of CATEGORIES) {
      expect(stepTitle(c.id)).toBe(c.title);
      expect(categoryName(c.id)).not.toBe('');
    }
    expect(categoryName('non-apology')).toBe('Non-apology');
    expect(stepLabel(4)).toBe('Step 4');
  });
});
