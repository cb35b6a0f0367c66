/**
 * The plan as a calendar file (iCalendar, RFC 5545) the learner imports into any calendar: an
 * event on each study day of the plan's weeks, at the reminder's time for the daily goal's
 * length, saying what that week asks. A local file made here: nothing is sent anywhere.
 *
 * Re-planning only moves dates, so an event's UID names its place in the plan (week, and which
 * study day of that week), never a date: importing the file again after a re-plan moves the same
 * events instead of adding copies, and SEQUENCE grows with each file so that calendars take the
 * newer one.
 */
import { addDays } from 'date-fns';
import type { Roadmap } from '../../data/roadmap-types';
import { t } from '../i18n/i18n';
import { phaseTitle, titleOf } from '../i18n/roadmap-words';
import type { ProgressSnapshot } from '../progress/snapshot';
import { parseIsoDay, type IsoDay } from './calendar';
import { itemUrl, weekChecklist } from './checklist';
import { phaseOfWeek } from './roadmap-index';
import { isStudyDay } from './today';

export interface CalendarWeek {
  week: number;
  phase: string;
  /** What the week asks, item by item, in the learner's words. */
  asks: { title: string; target: string; url: string }[];
}

export interface PlanCalendarInput {
  startDate: IsoDay;
  totalWeeks: number;
  weeks: CalendarWeek[];
  /** ISO weekday digits, "12345" for Monday to Friday. */
  studyDays: string;
  /** Local time of day, HH:MM. */
  time: string;
  minutes: number;
  /** When the file is made (ms): its DTSTAMP and SEQUENCE. */
  now: number;
}

const DOMAIN = 'ml-roadmap-companion';
/** Minutes since 2026: a SEQUENCE that grows with every file made later. */
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** A UTC date-time, `20261204T133000Z`. */
function utc(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const octets = (char: string) => {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** Lines of at most 75 octets, continued on lines that start with a space (RFC 5545 3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let part = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    // The first line holds 75 octets; a continuation's leading space takes one of its 75.
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(part);
      part = '';
      size = 0;
    }
    part += char;
    size += n;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

export function planCalendar(input: PlanCalendarInput): string {
  const start = parseIsoDay(input.startDate);
  if (!start) throw new Error(`Invalid start date: ${input.startDate}`);
  const [hours, minutes] = input.time.split(':').map(Number) as [number, number];
  const stamp = utc(new Date(input.now));
  const sequence = Math.max(0, Math.floor((input.now - SEQUENCE_EPOCH) / 60_000));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${DOMAIN}//plan//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(t('calendarName'))}`,
  ];
  for (const week of input.weeks) {
    const description = [
      `${t('weekOfTotal', { week: week.week, total: input.totalWeeks })} · ${week.phase}`,
      '',
      ...week.asks.flatMap((ask) => [`• ${ask.title}: ${ask.target}`, `  ${ask.url}`]),
    ].join('\n');
    const days = Array.from({ length: 7 }, (_, i) => addDays(start, (week.week - 1) * 7 + i));
    const studied = days.filter((day) => isStudyDay(day, input.studyDays));
    studied.forEach((day, i) => {
      // Local time on that day, written in UTC: the calendar shows it at the same local time,
      // summer time or not (the date's own offset is used).
      const begins = new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
      const ends = new Date(begins.getTime() + input.minutes * 60_000);
      lines.push(
        'BEGIN:VEVENT',
        `UID:week-${week.week}-day-${i + 1}@${DOMAIN}`,
        `DTSTAMP:${stamp}`,
        `SEQUENCE:${sequence}`,
        `DTSTART:${utc(begins)}`,
        `DTEND:${utc(ends)}`,
        `SUMMARY:${text(
          t('calendarEvent', {
            week: week.week,
            total: input.totalWeeks,
            day: i + 1,
            days: studied.length,
          }),
        )}`,
        `DESCRIPTION:${text(description)}`,
        ...(week.asks[0] ? [`URL:${week.asks[0].url}`] : []),
        'TRANSP:OPAQUE',
        'END:VEVENT',
      );
    });
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The weeks from `fromWeek` to the plan's end, each with what it asks as the checklist says it. */
export function calendarWeeks(
  roadmap: Roadmap,
  snapshot: ProgressSnapshot,
  fromWeek: number,
): CalendarWeek[] {
  const weeks: CalendarWeek[] = [];
  for (let week = Math.max(1, fromWeek); week <= roadmap.totalWeeks; week++) {
    const phase = phaseOfWeek(roadmap, week);
    weeks.push({
      week,
      phase: phase ? phaseTitle(phase) : '',
      asks: weekChecklist(roadmap, week, snapshot)
        // Optional items, and items with nothing in this week, ask nothing of its days.
        .filter(
          (entry) =>
            !entry.resource.optional && !(entry.share && entry.share.to < entry.share.from),
        )
        .map((entry) => ({
          title: titleOf(entry.resource),
          target: entry.target,
          url: itemUrl(entry.resource, snapshot),
        })),
    });
  }
  return weeks;
}
