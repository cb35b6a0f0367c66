// `format` and `parse` would bring date-fns's whole formatter and parser (~35 KB) into every
// page: days are read with a pattern and named from a short list instead.
import { language } from '../i18n/i18n';
import { addDays, differenceInCalendarDays } from 'date-fns';

export { toIsoDay, type IsoDay } from './iso-day';
import type { IsoDay } from './iso-day';
import { toIsoDay } from './iso-day';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses `YYYY-MM-DD` as local midnight; null for anything else (including 2026-02-30). */
export function parseIsoDay(day: string): Date | null {
  if (!ISO_DAY.test(day)) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const parsed = new Date(year, month - 1, date);
  // Years below 100 would be read as 19xx by the Date constructor.
  parsed.setFullYear(year);
  return toIsoDay(parsed) === day ? parsed : null;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Day names in Hindi come from Intl (one formatter per style, made on first use); English uses
 * a fixed list, which costs nothing where building a formatter takes ~3 ms in a freshly
 * opened popup.
 */
const hindiDays = new Map<string, Intl.DateTimeFormat>();
function hindiDay(date: Date, style: 'short' | 'long', withYear: boolean): string {
  const key = `${style}${withYear}`;
  let format = hindiDays.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('hi-IN', {
      weekday: style,
      day: 'numeric',
      month: style,
      ...(withYear ? { year: 'numeric' } : {}),
    });
    hindiDays.set(key, format);
  }
  return format.format(date);
}

/** A `YYYY-MM-DD` day spelled short with its year ("Tue 24 Nov 2026"); itself if not a day. */
export function spellIsoDay(day: IsoDay): string {
  const date = parseIsoDay(day);
  return date ? spellDay(date, 'short', true) : day;
}

/** "Tue 24 Nov", "Tue 24 Nov 2026" or "Tuesday 24 November 2026", in the interface's language. */
export function spellDay(date: Date, style: 'short' | 'long', withYear: boolean): string {
  if (language() === 'hi') return hindiDay(date, style, withYear);
  const name = (full: string) => (style === 'short' ? full.slice(0, 3) : full);
  const day = `${name(DAYS[date.getDay()]!)} ${date.getDate()} ${name(MONTHS[date.getMonth()]!)}`;
  return withYear ? `${day} ${date.getFullYear()}` : day;
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
  return `${spellDay(a, 'short', !sameYear)} – ${spellDay(b, 'short', true)}`;
}
