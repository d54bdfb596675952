import { describe, expect, it } from 'vitest';
import { DEFAULT_COOLDOWN_SETTINGS } from '../../src/cooldown/defaults';
import { canHoldOn, heldCategories, holdEnabled } from '../../src/send/hold';
import { SEND_SITES } from '../../src/send/sites';

const holding = (...categories: string[]) => ({
  holdCategories: { ...DEFAULT_COOLDOWN_SETTINGS.holdCategories, ...Object.fromEntries(categories.map((c) => [c, true])) },
});

describe('hold before send', () => {
  it('is off unless the user opts in to a category', () => {
    expect(holdEnabled(DEFAULT_COOLDOWN_SETTINGS)).toBe(false);
    expect(holdEnabled(holding('blame'))).toBe(true);
  });

  it('holds only for the chosen categories found in the message, each once, in step order', () => {
    const findings = [{ category: 'pestering' }, { category: 'blame' }, { category: 'blame' }, { category: 'excuse' }] as const;
    expect(heldCategories(findings, holding('pestering', 'blame'))).toEqual(['blame', 'pestering']);
    expect(heldCategories(findings, holding('demand'))).toEqual([]);
    expect(heldCategories([], holding('blame'))).toEqual([]);
  });

  it('never holds where Amends could not send again afterwards', () => {
    expect(canHoldOn(undefined)).toBe(false);
    expect(canHoldOn({ id: 'x', matches: () => true, sendKeys: ['enter'] })).toBe(false);
    expect(canHoldOn({ id: 'x', matches: () => true, sendKeys: ['enter'], resend: 'button' })).toBe(false);
    expect(canHoldOn({ id: 'x', matches: () => true, sendKeys: [], resend: 'key' })).toBe(false);
    for (const site of SEND_SITES) expect(canHoldOn(site), site.id).toBe(true);
  });
});
