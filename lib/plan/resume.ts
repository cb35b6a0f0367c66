/**
 * Coming back after falling behind (or past the plan's last week with work left): where the
 * learner really is, and the one move that makes this week the week of their earliest
 * unfinished work. Only the dates change, never progress; the move is kept for undo like any
 * change of plan (see replan.ts).
 */
import { addDays, differenceInCalendarDays } from 'date-fns';
import type { Roadmap } from '../../data/roadmap-types';
import type { ProgressSnapshot } from '../progress/snapshot';
import { isSettled } from '../progress/item-progress';
import { allItems } from './roadmap-index';
import { checklistEntry } from './checklist';
import { parseIsoDay, toIsoDay, weekDates, type IsoDay } from './calendar';

/** Behind by this many weeks or more, the popup offers to resume where the work is. */
export const RESUME_AFTER_WEEKS = 2;
/** Away this long (no study recorded), the popup welcomes the learner back. */
export const AWAY_DAYS = 7;

/**
 * The earliest week, up to `week`, whose share of some required item is not done: for an
 * item of known size, the first of its weeks whose cumulative share is not reached; for one
 * of unknown size, its first week. Null when everything due so far is done.
 */
export function earliestUnfinishedWeek(
  roadmap: Roadmap,
  week: number,
  snapshot: ProgressSnapshot,
): number | null {
  let earliest: number | null = null;
  for (const item of allItems(roadmap)) {
    if (item.resource.optional || item.weeks.from > week) continue;
    if (earliest !== null && item.weeks.from >= earliest) continue;
    const last = Math.min(item.weeks.to, week);
    for (let w = item.weeks.from; w <= last; w++) {
      const entry = checklistEntry(item, w, snapshot);
      if (isSettled(entry.progress)) break;
      const due = entry.dueByWeekEnd;
      if (due === null || entry.progress.done < due) {
        if (earliest === null || w < earliest) earliest = w;
        break;
      }
    }
  }
  return earliest;
}

/** The plan's week today, counting past its last week (week 27 of a 24-week plan). */
export function weeksSinceStart(startDate: IsoDay, today: Date): number | null {
  const start = parseIsoDay(startDate);
  if (!start) return null;
  const days = differenceInCalendarDays(today, start);
  return days < 0 ? null : Math.floor(days / 7) + 1;
}

export interface ResumePreview {
  /** The plan's week today, and the week it becomes (the earliest unfinished work's). */
  weekNow: number;
  weekAfter: number;
  /** Weeks the rest of the plan moves out. */
  weeks: number;
  startDate: IsoDay;
  /** This week's dates after the move, and the plan's last day before and after. */
  first: IsoDay;
  last: IsoDay;
  endBefore: IsoDay;
  endAfter: IsoDay;
  /** The plan's last week is behind the learner (an extension, not a catch-up). */
  pastEnd: boolean;
}

/**
 * The move that makes this week the week of the earliest unfinished work, when the learner
 * is `RESUME_AFTER_WEEKS` or more behind it, or past the plan's end with work left.
 */
export function previewResume(
  roadmap: Roadmap,
  startDate: IsoDay,
  today: Date,
  snapshot: ProgressSnapshot,
): ResumePreview | null {
  const weekNow = weeksSinceStart(startDate, today);
  const start = parseIsoDay(startDate);
  if (weekNow === null || !start) return null;
  const total = roadmap.totalWeeks;
  const target = earliestUnfinishedWeek(roadmap, Math.min(weekNow, total), snapshot);
  if (target === null) return null;
  const pastEnd = weekNow > total;
  if (!pastEnd && weekNow - target < RESUME_AFTER_WEEKS) return null;
  const weeks = weekNow - target;
  if (weeks < 1) return null;
  const next = toIsoDay(addDays(start, weeks * 7));
  const dates = weekDates(next, target);
  return {
    weekNow,
    weekAfter: target,
    weeks,
    startDate: next,
    first: dates.first,
    last: dates.last,
    endBefore: weekDates(startDate, total).last,
    endAfter: weekDates(next, total).last,
    pastEnd,
  };
}

/** Whole weeks since the learner last studied (by the days with study time), or null. */
export function weeksAway(studyDays: Iterable<IsoDay>, today: Date): number | null {
  let latest: IsoDay | null = null;
  for (const day of studyDays) if (latest === null || day > latest) latest = day;
  if (latest === null) return null;
  const last = parseIsoDay(latest);
  if (!last) return null;
  const days = differenceInCalendarDays(today, last);
  return days >= AWAY_DAYS ? Math.floor(days / 7) : 0;
}
