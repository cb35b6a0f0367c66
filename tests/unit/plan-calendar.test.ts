import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ROADMAP } from '../../data/roadmap';
import { calendarWeeks, planCalendar, type PlanCalendarInput } from '../../lib/plan/plan-calendar';
import { golden, inTimeZone, snapshotWith } from './helpers';

const NOW = Date.UTC(2026, 11, 4, 12);

function input(over: Partial<PlanCalendarInput> = {}): PlanCalendarInput {
  return {
    startDate: '2026-11-30',
    totalWeeks: ROADMAP.totalWeeks,
    weeks: calendarWeeks(ROADMAP, snapshotWith({}), 1),
    studyDays: '12345',
    time: '19:00',
    minutes: 30,
    now: NOW,
    ...over,
  };
}

/** The events a calendar reads from the file. */
function events(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(file));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      summary: event.summary,
      description: event.description,
      sequence: event.sequence,
    };
  });
}

describe('the plan as a calendar file', () => {
  describe('in India (no summer time)', () => {
    inTimeZone('Asia/Kolkata');

    it('has an event on each study day at the reminder’s time, saying what the week asks', () => {
      const file = planCalendar(
        input({ weeks: calendarWeeks(ROADMAP, snapshotWith({}), 1).slice(0, 2) }),
      );
      expect(file).toBe(golden('plan.ics', file));
      const all = events(file);
      // Two weeks of five study days.
      expect(all).toHaveLength(10);
      expect(all[0]).toMatchObject({
        uid: 'week-1-day-1@ml-roadmap-companion',
        summary: 'ML roadmap · week 1 of 24 · study day 1 of 5',
      });
      // Monday 30 November 2026, 19:00 in India is 13:30 UTC; half an hour long.
      expect(all[0]!.start.toISOString()).toBe('2026-11-30T13:30:00.000Z');
      expect(all[0]!.end.getTime() - all[0]!.start.getTime()).toBe(30 * 60_000);
      // Saturday and Sunday are not study days: week 2 starts on Monday 7 December.
      expect(all[5]!.uid).toBe('week-2-day-1@ml-roadmap-companion');
      expect(all[5]!.start.toISOString()).toBe('2026-12-07T13:30:00.000Z');
      expect(all[0]!.description).toContain('Week 1 of 24 · ');
      expect(all[0]!.description).toContain('• Python tutorials 1–14 (level 1): Videos 1–4');
      expect(all[0]!.description).toContain(
        'https://www.youtube.com/playlist?list=PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0',
      );
    });

    it('keeps each event’s UID through a re-plan, with a higher SEQUENCE, so a calendar moves it', () => {
      const before = events(planCalendar(input()));
      const after = events(
        planCalendar(input({ startDate: '2026-12-14', now: NOW + 3 * 86_400_000 })),
      );
      expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
      expect(new Set(after.map((e) => e.uid)).size).toBe(after.length);
      expect(after[0]!.sequence).toBeGreaterThan(before[0]!.sequence);
      // Two weeks later, same local time.
      expect(after[0]!.start.getTime() - before[0]!.start.getTime()).toBe(14 * 86_400_000);
    });

    it('writes lines of at most 75 octets, CRLF, and text a parser reads back as written', () => {
      const tricky = 'Commas, semicolons; back\\slash and a new\nline — हिन्दी 😀'.repeat(4);
      const file = planCalendar(
        input({
          weeks: [
            {
              week: 3,
              phase: tricky,
              asks: [{ title: tricky, target: 'x', url: 'https://example.com/' }],
            },
          ],
        }),
      );
      expect(file.endsWith('\r\n')).toBe(true);
      for (const line of file.split('\r\n'))
        expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      const [first] = events(file);
      expect(first!.description).toContain(`Week 3 of 24 · ${tricky}`);
      expect(first!.description).toContain(`• ${tricky}: x`);
    });
  });

  describe('where summer time begins and ends (New York)', () => {
    inTimeZone('America/New_York');

    it('keeps the local time across the change: 19:00 is 00:00 UTC in winter, 23:00 in summer', () => {
      // Week 1 from Monday 1 March 2027 (19:00 there is 00:00 UTC the next day); clocks go
      // forward on Sunday 14 March.
      const all = events(
        planCalendar(
          input({
            startDate: '2027-03-01',
            studyDays: '1',
            weeks: calendarWeeks(ROADMAP, snapshotWith({}), 1).slice(0, 3),
          }),
        ),
      );
      expect(all.map((e) => e.start.toISOString())).toEqual([
        '2027-03-02T00:00:00.000Z',
        '2027-03-09T00:00:00.000Z',
        '2027-03-15T23:00:00.000Z',
      ]);
    });
  });
});
