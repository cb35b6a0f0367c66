/**
 * The weekly review: at the start of a week, how last week went (its items, the minutes of
 * each day, the streak), what carries over, and what this week holds.
 */
import { titleOf } from '../i18n/roadmap-words';
import { addDays } from 'date-fns';
import type { Roadmap } from '../../data/roadmap-types';
import { streaks, type DailyMinutes } from '../habits/streaks';
import { isSettled } from '../progress/item-progress';
import type { ProgressSnapshot } from '../progress/snapshot';
import { parseIsoDay, spellDay, toIsoDay, weekDates, type IsoDay } from './calendar';
import { carriedOver, weekChecklist } from './checklist';

export interface ReviewDay {
  day: IsoDay;
  /** "Mon 23 Nov". */
  label: string;
  minutes: number;
}

export interface WeeklyReview {
  /** The week reviewed (the one before `week`). */
  lastWeek: number;
  /** Last week's required items, and how many of them have their share done by now. */
  planned: number;
  done: number;
  /** Titles of last week's required items whose share is not done. */
  open: string[];
  days: ReviewDay[];
  totalMinutes: number;
  /** Days of last week that reached the daily goal. */
  goalDays: number;
  streak: number;
  /** Items carried over into this week. */
  carried: string[];
  /** This week's required items with their share ("Videos 5–7"). */
  thisWeek: { title: string; target: string }[];
}

/** The review shown at the start of `week` (week 2 on: week 1 has nothing to look back on). */
export function weeklyReview(
  roadmap: Roadmap,
  startDate: IsoDay,
  week: number,
  snapshot: ProgressSnapshot,
  minutes: DailyMinutes,
  goalMinutes: number,
  today: Date,
): WeeklyReview | null {
  if (week < 2 || week > roadmap.totalWeeks) return null;
  const lastWeek = week - 1;
  const required = weekChecklist(roadmap, lastWeek, snapshot).filter((e) => !e.resource.optional);
  const shareDone = required.filter(
    (e) => isSettled(e.progress) || (e.dueByWeekEnd !== null && e.progress.done >= e.dueByWeekEnd),
  );
  const first = parseIsoDay(weekDates(startDate, lastWeek).first)!;
  const days = Array.from({ length: 7 }, (_, i) => {
    const date = addDays(first, i);
    const day = toIsoDay(date);
    return { day, label: spellDay(date, 'short', false), minutes: minutes.get(day) ?? 0 };
  });
  const goal = Math.max(1, goalMinutes);
  return {
    lastWeek,
    planned: required.length,
    done: shareDone.length,
    open: required.filter((e) => !shareDone.includes(e)).map((e) => titleOf(e.resource)),
    days,
    totalMinutes: days.reduce((sum, d) => sum + d.minutes, 0),
    goalDays: days.filter((d) => d.minutes >= goal).length,
    streak: streaks(minutes, today, goalMinutes).current,
    carried: carriedOver(roadmap, week, snapshot).map((e) => titleOf(e.resource)),
    thisWeek: weekChecklist(roadmap, week, snapshot)
      .filter((e) => !e.resource.optional)
      .map((e) => ({ title: titleOf(e.resource), target: e.target })),
  };
}
