import { addDays, differenceInCalendarDays, startOfWeek } from 'date-fns';
import { parseIsoDay, toIsoDay, type IsoDay } from '../plan/calendar';

/** Minutes studied per local day. */
export type DailyMinutes = ReadonlyMap<IsoDay, number>;

export function toDailyMinutes(
  rows: readonly { day: IsoDay; studyMs: number }[],
): Map<IsoDay, number> {
  return new Map(rows.map((r) => [r.day, Math.floor(r.studyMs / 60_000)]));
}

export interface Streaks {
  /** Days in a row reaching the goal, up to today (or yesterday while today is still open). */
  current: number;
  longest: number;
  /** Whether today already reached the goal. */
  todayDone: boolean;
}

/** Streaks of days whose study time reaches the daily goal, on local calendar days. */
/**
 * Days in a row up to today with the goal reached (yesterday's run while today is still open):
 * it reads only that run's days, whatever the length of the history, for pages that show it alone.
 */
export function currentStreak(
  minutes: DailyMinutes,
  today: Date,
  goalMinutes: number,
): { current: number; todayDone: boolean } {
  const met = (day: Date) => (minutes.get(toIsoDay(day)) ?? 0) >= Math.max(1, goalMinutes);
  const todayDone = met(today);
  let current = 0;
  for (let day = todayDone ? today : addDays(today, -1); met(day); day = addDays(day, -1))
    current++;
  return { current, todayDone };
}

export function streaks(minutes: DailyMinutes, today: Date, goalMinutes: number): Streaks {
  const met = (day: Date) => (minutes.get(toIsoDay(day)) ?? 0) >= Math.max(1, goalMinutes);
  const { current, todayDone } = currentStreak(minutes, today, goalMinutes);

  const days = [...minutes.keys()].map(parseIsoDay).filter((d): d is Date => d !== null);
  days.sort((a, b) => a.getTime() - b.getTime());
  let longest = 0;
  let run = 0;
  let previous: Date | null = null;
  for (const day of days) {
    if (!met(day)) {
      run = 0;
      previous = null;
      continue;
    }
    run = previous && differenceInCalendarDays(day, previous) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  return { current, longest: Math.max(longest, current), todayDone };
}

export interface HeatmapDay {
  day: IsoDay;
  minutes: number;
  /** 0 = nothing, 1–4 = quarters of the daily goal and above. */
  level: 0 | 1 | 2 | 3 | 4;
  /** Later than today: drawn empty. */
  future: boolean;
}

/**
 * The last `weeks` calendar weeks (Monday first) up to today's week, column by column, as
 * local calendar days: a DST change or a zone change never duplicates or drops a day.
 */
export function heatmapDays(
  minutes: DailyMinutes,
  today: Date,
  goalMinutes: number,
  weeks = 26,
): HeatmapDay[] {
  const first = addDays(startOfWeek(today, { weekStartsOn: 1 }), -(weeks - 1) * 7);
  const goal = Math.max(1, goalMinutes);
  return Array.from({ length: weeks * 7 }, (_, i) => {
    const date = addDays(first, i);
    const day = toIsoDay(date);
    const value = minutes.get(day) ?? 0;
    const level =
      value <= 0
        ? 0
        : value >= goal
          ? 4
          : (Math.min(3, Math.floor((value / goal) * 4) + 1) as 1 | 2 | 3);
    return { day, minutes: value, level, future: differenceInCalendarDays(date, today) > 0 };
  });
}

/** Minutes studied over the seven days starting at `firstDay`. */
export function minutesInWeek(minutes: DailyMinutes, firstDay: IsoDay): number {
  const start = parseIsoDay(firstDay);
  if (!start) return 0;
  let total = 0;
  for (let i = 0; i < 7; i++) total += minutes.get(toIsoDay(addDays(start, i))) ?? 0;
  return total;
}

/** The heatmap's widest span: a year of columns still fits a dashboard's width. */
export const HEATMAP_MAX_WEEKS = 53;

/**
 * How many calendar weeks (Monday first) the heatmap shows: from the plan's start to today,
 * at most a year (then `fromStart` is false: the first weeks fall off the left).
 */
export function heatmapWeeksSince(
  startDay: IsoDay,
  today: Date,
): { weeks: number; fromStart: boolean } {
  const start = parseIsoDay(startDay);
  if (!start || start > today) return { weeks: 1, fromStart: false };
  const weeks =
    differenceInCalendarDays(
      startOfWeek(today, { weekStartsOn: 1 }),
      startOfWeek(start, { weekStartsOn: 1 }),
    ) /
      7 +
    1;
  return weeks > HEATMAP_MAX_WEEKS
    ? { weeks: HEATMAP_MAX_WEEKS, fromStart: false }
    : { weeks: Math.round(weeks), fromStart: true };
}
