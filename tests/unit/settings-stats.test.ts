import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WEEKS_KEPT, countCooldownHonoured, countFindings, sanitizeWeeklyStats, weekKey, weekOf, weeklyStats } from '../../src/settings/stats';

beforeEach(() => {
  fakeBrowser.reset();
});

const at = (iso: string) => new Date(iso).getTime();

describe('weekKey', () => {
  it.each([
    ['2026-11-23T09:00', '2026-11-23'], // Monday
    ['2026-11-29T23:59', '2026-11-23'], // Sunday night
    ['2026-11-30T00:01', '2026-11-30'], // next Monday
    ['2026-01-01T12:00', '2025-12-29'], // across a year
  ])('%s is in the week of %s', (when, monday) => {
    expect(weekKey(at(when))).toBe(monday);
  });
});

describe('weekly stats', () => {
  it('counts findings per category and cooldowns honoured in the current week', async () => {
    const now = at('2026-11-25T10:00');
    await countFindings(['blame', 'excuse', 'blame'], now);
    await countCooldownHonoured(now);
    const week = weekOf(await weeklyStats.getValue(), now);
    expect(week.findings).toMatchObject({ blame: 2, excuse: 1, demand: 0 });
    expect(week.cooldownsHonoured).toBe(1);
    // Next week starts from zero.
    expect(weekOf(await weeklyStats.getValue(), at('2026-12-01T10:00')).findings.blame).toBe(0);
  });

  it(`keeps only the last ${WEEKS_KEPT} weeks`, async () => {
    for (let i = 0; i < WEEKS_KEPT + 3; i++) await countFindings(['demand'], at('2026-01-05T10:00') + i * 7 * 86_400_000);
    const weeks = Object.keys((await weeklyStats.getValue()).weeks);
    expect(weeks).toHaveLength(WEEKS_KEPT);
    expect(weeks[0]).toBe(weekKey(at('2026-01-05T10:00') + 3 * 7 * 86_400_000));
  });

  it('drops malformed weeks and counts', () => {
    expect(
      sanitizeWeeklyStats({ weeks: { 'last week': {}, '2026-11-23': { findings: { blame: -4, excuse: 2.6, bogus: 9 }, cooldownsHonoured: 'many' } } }),
    ).toEqual({ weeks: { '2026-11-23': { findings: { excuse: 3, blame: 0, demand: 0, 'non-apology': 0, crowding: 0, pestering: 0 }, cooldownsHonoured: 0 } } });
  });
});

describe('counting from one page', () => {
  it('loses no counts when many are recorded at once', async () => {
    const now = at('2026-11-25T10:00');
    await Promise.all(Array.from({ length: 25 }, () => countFindings(['crowding'], now)));
    expect(weekOf(await weeklyStats.getValue(), now).findings.crowding).toBe(25);
  });
});
