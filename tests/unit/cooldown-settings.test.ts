import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cooldownSettings, DEFAULT_COOLDOWN_SETTINGS, sanitizeCooldownSettings } from '../../src/cooldown/settings';

describe('cooldown settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults: 20-minute heat, 3 sends in 15 minutes, morning at 8, no holds', async () => {
    const s = await cooldownSettings.getValue();
    expect(s).toMatchObject({ heatMinutes: 20, burstCount: 3, burstWindowMinutes: 15, morningHour: 8 });
    expect(Object.values(s.holdCategories).some(Boolean)).toBe(false);
  });

  it('keeps valid changes and clamps or drops bad ones', async () => {
    await fakeBrowser.storage.local.set({
      cooldownSettings: { heatMinutes: 30.4, burstCount: 999, morningHour: 'nine', holdCategories: { blame: true, demand: 'yes' }, extra: 1 },
    });
    const s = await cooldownSettings.getValue();
    expect(s.heatMinutes).toBe(30);
    expect(s.burstCount).toBe(20);
    expect(s.morningHour).toBe(8);
    expect(s.holdCategories.blame).toBe(true);
    expect(s.holdCategories.demand).toBe(false);
    expect(s).not.toHaveProperty('extra');
  });

  it('falls back to defaults for a value of the wrong type', async () => {
    await fakeBrowser.storage.local.set({ cooldownSettings: 'corrupt' });
    expect(await cooldownSettings.getValue()).toEqual(DEFAULT_COOLDOWN_SETTINGS);
    expect(sanitizeCooldownSettings([1, 2])).toEqual(DEFAULT_COOLDOWN_SETTINGS);
  });

  it('round-trips what the options page writes', async () => {
    const wanted = { ...DEFAULT_COOLDOWN_SETTINGS, heatMinutes: 45, holdCategories: { ...DEFAULT_COOLDOWN_SETTINGS.holdCategories, pestering: true } };
    await cooldownSettings.setValue(wanted);
    expect(await cooldownSettings.getValue()).toEqual(wanted);
  });
});
