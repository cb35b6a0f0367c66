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
import { rangeSize } from './share';

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
  /**
   * Last week's planned units (its shares of videos, sections, pages…; an item of unknown
   * size or a task counts one) and how many of them are done by now.
   */
  unitsPlanned: number;
  unitsDone: number;
  /** unitsDone / unitsPlanned, in whole percent (100 when nothing was planned). */
  percent: number;
  days: ReviewDay[];
  totalMinutes: number;
  /** Days of last week that reached the daily goal. */
  goalDays: number;
  streak: number;
  /** Items carried over into this week, each with what is left of it ("8 videos left"). */
  carried: string[];
  carriedDetail: { title: string; target: string }[];
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
  let unitsPlanned = 0;
  let unitsDone = 0;
  for (const e of required) {
    if (e.share === null || e.dueByWeekEnd === null) {
      unitsPlanned += 1;
      if (shareDone.includes(e)) unitsDone += 1;
      continue;
    }
    const size = rangeSize(e.share);
    const before = e.dueByWeekEnd - size;
    unitsPlanned += size;
    unitsDone += isSettled(e.progress)
      ? size
      : Math.min(size, Math.max(0, e.progress.done - before));
  }
  const carried = carriedOver(roadmap, week, snapshot);
  return {
    lastWeek,
    planned: required.length,
    done: shareDone.length,
    unitsPlanned,
    unitsDone,
    percent: unitsPlanned > 0 ? Math.floor((unitsDone / unitsPlanned) * 100) : 100,
    open: required.filter((e) => !shareDone.includes(e)).map((e) => titleOf(e.resource)),
    days,
    totalMinutes: days.reduce((sum, d) => sum + d.minutes, 0),
    goalDays: days.filter((d) => d.minutes >= goal).length,
    streak: streaks(minutes, today, goalMinutes).current,
    carried: carried.map((e) => titleOf(e.resource)),
    carriedDetail: carried.map((e) => ({ title: titleOf(e.resource), target: e.target })),
    thisWeek: weekChecklist(roadmap, week, snapshot)
      .filter((e) => !e.resource.optional)
      .map((e) => ({ title: titleOf(e.resource), target: e.target })),
  };
}
