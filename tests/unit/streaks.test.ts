import { addDays, lightFormat } from 'date-fns';
import { inTimeZone, seededRandom } from './helpers';
import {
  currentStreak,
  heatmapDays,
  minutesInWeek,
  streaks,
  toDailyMinutes,
} from '../../lib/habits/streaks';
import { toIsoDay } from '../../lib/plan/calendar';

const days = (entries: [string, number][]) => new Map(entries);

describe('streaks', () => {
  it('counts today once it reaches the goal, else up to yesterday', () => {
    const m = days([
      ['2026-11-21', 30],
      ['2026-11-22', 45],
      ['2026-11-23', 31],
      ['2026-11-24', 10],
    ]);
    expect(streaks(m, new Date(2026, 10, 24, 21), 30)).toEqual({
      current: 3,
      longest: 3,
      todayDone: false,
    });
    expect(streaks(m, new Date(2026, 10, 24, 21), 10)).toEqual({
      current: 4,
      longest: 4,
      todayDone: true,
    });
  });

  it('breaks on a day below the goal and keeps the longest run', () => {
    const m = days([
      ['2026-11-01', 60],
      ['2026-11-02', 60],
      ['2026-11-03', 60],
      ['2026-11-04', 5],
      ['2026-11-23', 60],
    ]);
    expect(streaks(m, new Date(2026, 10, 24), 30)).toEqual({
      current: 1,
      longest: 3,
      todayDone: false,
    });
    expect(streaks(new Map(), new Date(2026, 10, 24), 30)).toEqual({
      current: 0,
      longest: 0,
      todayDone: false,
    });
  });

  it('reads study milliseconds as whole minutes', () => {
    expect(toDailyMinutes([{ day: '2026-11-24', studyMs: 125_000 }]).get('2026-11-24')).toBe(2);
  });
});

describe.each(['Europe/Berlin', 'America/Sao_Paulo', 'Australia/Sydney'])(
  'heatmap and streaks across DST in %s',
  (zone) => {
    inTimeZone(zone);

    it('has 26 weeks of distinct consecutive days, Monday first, ending in today’s week', () => {
      for (const today of [
        new Date(2026, 2, 30, 0, 30),
        new Date(2026, 9, 26, 23, 30),
        new Date(2026, 3, 5, 12),
      ]) {
        const cells = heatmapDays(new Map(), today, 30);
        expect(cells).toHaveLength(182);
        expect(new Set(cells.map((c) => c.day)).size).toBe(182);
        expect(new Date(`${cells[0]!.day}T12:00:00`).getDay()).toBe(1);
        const todayCell = cells.findIndex(
          (c) => !c.future && cells[cells.indexOf(c) + 1]?.future !== false,
        );
        expect(todayCell).toBeGreaterThanOrEqual(175);
      }
    });

    it('keeps a streak running through the DST change', () => {
      // 2026 DST changes: Europe 29 Mar / 25 Oct, Sydney 5 Apr / 4 Oct, São Paulo has none.
      const m = new Map<string, number>();
      for (let d = 20; d <= 31; d++) m.set(`2026-03-${d}`, 40);
      for (let d = 1; d <= 8; d++) m.set(`2026-04-0${d}`, 40);
      expect(streaks(m, new Date(2026, 3, 8, 22), 30).current).toBe(20);
    });
  },
);

describe('heatmap levels and week totals', () => {
  it('buckets minutes by quarters of the goal', () => {
    const today = new Date(2026, 10, 24);
    const m = days([
      ['2026-11-24', 0],
      ['2026-11-23', 5],
      ['2026-11-22', 15],
      ['2026-11-21', 29],
      ['2026-11-20', 30],
      ['2026-11-19', 500],
    ]);
    const byDay = new Map(heatmapDays(m, today, 30).map((c) => [c.day, c.level]));
    expect(
      ['2026-11-24', '2026-11-23', '2026-11-22', '2026-11-21', '2026-11-20', '2026-11-19'].map(
        (d) => byDay.get(d),
      ),
    ).toEqual([0, 1, 3, 4 - 1, 4, 4]);
    expect(
      heatmapDays(m, today, 30)
        .filter((c) => c.future)
        .map((c) => c.day),
    ).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(minutesInWeek(m, '2026-11-19')).toBe(579);
  });
});

describe('the current streak alone (what the popup shows)', () => {
  it('equals the full count’s current streak for many generated histories, reading only its run', () => {
    const random = seededRandom(7);
    const today = new Date(2026, 11, 4);
    for (let round = 0; round < 300; round++) {
      const studied: [string, number][] = [];
      for (let d = 0; d < 400; d++)
        if (random() < 0.8) studied.push([toIsoDay(addDays(today, -d)), Math.floor(random() * 60)]);
      const minutes = toDailyMinutes(studied.map(([day, m]) => ({ day, studyMs: m * 60_000 })));
      const goal = 1 + Math.floor(random() * 45);
      const full = streaks(minutes, today, goal);
      expect(currentStreak(minutes, today, goal)).toEqual({
        current: full.current,
        todayDone: full.todayDone,
      });
    }
  });
});

describe('local days written by hand', () => {
  inTimeZone('America/Sao_Paulo');

  it('match date-fns’s formatting for every day of ten years, around clock changes too', () => {
    for (let day = new Date(2020, 0, 1); day.getFullYear() < 2030; day = addDays(day, 1))
      expect(toIsoDay(day)).toBe(lightFormat(day, 'yyyy-MM-dd'));
  });
});
