import { inTimeZone } from './helpers';
import {
  formatDayRange,
  parseIsoDay,
  startDayForWeek,
  toIsoDay,
  weekDates,
  weekStatus,
  weekToShow,
} from '../../lib/plan/calendar';

describe('local calendar days', () => {
  it('parses only real YYYY-MM-DD days', () => {
    expect(parseIsoDay('2026-11-24')?.getDate()).toBe(24);
    expect(parseIsoDay('2026-02-30')).toBeNull();
    expect(parseIsoDay('24/11/2026')).toBeNull();
    expect(parseIsoDay('')).toBeNull();
    expect(parseIsoDay('2026-13-01')).toBeNull();
    expect(parseIsoDay('2028-02-29')?.getMonth()).toBe(1);
    expect(parseIsoDay('0099-01-01')?.getFullYear()).toBe(99);
    const midnight = parseIsoDay('2026-03-29')!;
    expect([midnight.getHours(), midnight.getMinutes()]).toEqual([0, 0]);
    expect(toIsoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('which week it is', () => {
  it.each([
    ['2026-11-24', new Date(2026, 10, 24, 0, 1), { state: 'active', week: 1, dayOfWeek: 1 }],
    ['2026-11-24', new Date(2026, 10, 30, 23, 59), { state: 'active', week: 1, dayOfWeek: 7 }],
    ['2026-11-24', new Date(2026, 11, 1, 0, 0), { state: 'active', week: 2, dayOfWeek: 1 }],
    ['2026-11-24', new Date(2026, 10, 20), { state: 'not-started', daysUntilStart: 4 }],
    ['2026-01-01', new Date(2026, 5, 17), { state: 'active', week: 24, dayOfWeek: 7 }],
    ['2026-01-01', new Date(2026, 5, 18), { state: 'finished', daysSinceEnd: 1 }],
  ] as const)('start %s, today %s', (start, today, expected) => {
    expect(weekStatus(start, today, 24)).toEqual(expected);
  });

  it('refuses a broken start date', () => {
    expect(() => weekStatus('soon', new Date(), 24)).toThrow(/Invalid start date/);
  });

  it('opens on week 1 before the start and on the last week after the end', () => {
    expect(weekToShow({ state: 'not-started', daysUntilStart: 3 }, 24)).toBe(1);
    expect(weekToShow({ state: 'finished', daysSinceEnd: 3 }, 24)).toBe(24);
    expect(weekToShow({ state: 'active', week: 7, dayOfWeek: 2 }, 24)).toBe(7);
  });

  it('gives each week its seven dates and moves the start for "I am on week N"', () => {
    expect(weekDates('2026-11-24', 2)).toEqual({ first: '2026-12-01', last: '2026-12-07' });
    expect(startDayForWeek(new Date(2026, 10, 24), 3)).toBe('2026-11-10');
    expect(formatDayRange('2026-12-29', '2027-01-04')).toBe('Tue 29 Dec 2026 – Mon 4 Jan 2027');
    expect(formatDayRange('2026-11-23', '2026-11-29')).toBe('Mon 23 Nov – Sun 29 Nov 2026');
  });
});

describe.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe'])(
  'across DST in %s',
  (zone) => {
    inTimeZone(zone);

    it('never skips or repeats a week over 24 weeks of days', () => {
      const start = '2026-01-05';
      const weeks: number[] = [];
      for (let day = 0; day < 24 * 7; day++) {
        // Late evening, the time a DST shift would push over a day boundary in ms arithmetic.
        const today = new Date(2026, 0, 5 + day, 23, 30);
        const status = weekStatus(start, today, 24);
        expect(status.state).toBe('active');
        if (status.state === 'active') weeks.push(status.week);
      }
      for (let w = 1; w <= 24; w++) expect(weeks.filter((x) => x === w)).toHaveLength(7);
    });
  },
);
