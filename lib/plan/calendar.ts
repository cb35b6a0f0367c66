import { addDays, differenceInCalendarDays, format, isValid, parse } from 'date-fns';

/** A local calendar day as `YYYY-MM-DD`: weeks are counted in days, never in milliseconds. */
export type IsoDay = string;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function toIsoDay(date: Date): IsoDay {
  return format(date, 'yyyy-MM-dd');
}

/** Parses `YYYY-MM-DD` as local midnight; null for anything else (including 2026-02-30). */
export function parseIsoDay(day: string): Date | null {
  if (!ISO_DAY.test(day)) return null;
  const date = parse(day, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) && toIsoDay(date) === day ? date : null;
}

export type WeekStatus =
  | { state: 'not-started'; daysUntilStart: number }
  | { state: 'active'; week: number; dayOfWeek: number }
  | { state: 'finished'; daysSinceEnd: number };

/**
 * Where the learner is in the plan. Calendar-day arithmetic keeps a DST change or a trip
 * across time zones from skipping or repeating a week.
 */
export function weekStatus(startDay: IsoDay, today: Date, totalWeeks: number): WeekStatus {
  const start = parseIsoDay(startDay);
  if (!start) throw new Error(`Invalid start date: ${startDay}`);
  const days = differenceInCalendarDays(today, start);
  if (days < 0) return { state: 'not-started', daysUntilStart: -days };
  const week = Math.floor(days / 7) + 1;
  if (week > totalWeeks) return { state: 'finished', daysSinceEnd: days - totalWeeks * 7 + 1 };
  return { state: 'active', week, dayOfWeek: (days % 7) + 1 };
}

/** The week the popup opens on: the active week, week 1 before the start, the last one after. */
export function weekToShow(status: WeekStatus, totalWeeks: number): number {
  if (status.state === 'active') return status.week;
  return status.state === 'not-started' ? 1 : totalWeeks;
}

export function weekDates(startDay: IsoDay, week: number): { first: IsoDay; last: IsoDay } {
  const start = parseIsoDay(startDay);
  if (!start) throw new Error(`Invalid start date: ${startDay}`);
  const first = addDays(start, (week - 1) * 7);
  return { first: toIsoDay(first), last: toIsoDay(addDays(first, 6)) };
}

/** The start date that makes `today` the first day of `week` ("I'm on week N"). */
export function startDayForWeek(today: Date, week: number): IsoDay {
  return toIsoDay(addDays(today, -(week - 1) * 7));
}

export function formatDayRange(first: IsoDay, last: IsoDay): string {
  const a = parseIsoDay(first);
  const b = parseIsoDay(last);
  if (!a || !b) return `${first} – ${last}`;
  const sameYear = a.getFullYear() === b.getFullYear();
  return `${format(a, sameYear ? 'EEE d MMM' : 'EEE d MMM yyyy')} – ${format(b, 'EEE d MMM yyyy')}`;
}
