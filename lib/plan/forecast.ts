/**
 * When the learner would finish at their own pace: the work left divided by what they did per
 * week lately, as a range of dates (never one day: a pace is a guess), or nothing when there is
 * too little to go on.
 */
import { addDays, differenceInCalendarDays } from 'date-fns';
import type { Roadmap } from '../../data/roadmap-types';
import { itemProgress } from '../progress/item-progress';
import type { ProgressSnapshot } from '../progress/snapshot';
import { allItems } from './roadmap-index';
import { parseIsoDay, toIsoDay, type IsoDay } from './calendar';

/** Weeks looked back on (at most). */
export const FORECAST_WEEKS = 4;

export interface Forecast {
  /** Earliest and latest finish, as local days. */
  from: IsoDay;
  to: IsoDay;
  /** Units done per week lately, and the weeks looked at. */
  perWeek: number;
  weeks: number;
  left: number;
}

/**
 * Work left: of every required item whose size is known, the units not done; and how many
 * unfinished required items have no known size yet (a playlist not opened), which the units
 * leave out: a forecast from them is the earliest, never a likely date.
 */
export function workLeft(
  roadmap: Roadmap,
  snapshot: ProgressSnapshot,
): { left: number; unknown: number } {
  let left = 0;
  let unknown = 0;
  for (const { resource } of allItems(roadmap)) {
    if (resource.optional) continue;
    const progress = itemProgress(resource, snapshot);
    if (progress.complete || progress.skipped) continue;
    if (progress.total === null) unknown += 1;
    else left += Math.max(0, progress.total - progress.done);
  }
  return { left, unknown };
}

/**
 * `done`: when each unit of work was done (a video watched, a page first opened, a step
 * ticked), in ms. Looks at the last full weeks since the start (up to four); none before a
 * whole week of the plan has passed, and none when nothing was done lately. The range is the
 * weekly pace ± half of it, narrowed by the square root of the weeks looked at.
 */
export function forecast(
  done: readonly number[],
  left: number,
  startDate: IsoDay,
  today: Date,
): Forecast | null {
  const start = parseIsoDay(startDate);
  if (!start || left <= 0) return null;
  const daysIn = differenceInCalendarDays(today, start);
  const weeks = Math.min(FORECAST_WEEKS, Math.floor(daysIn / 7));
  if (weeks < 1) return null;
  const since = addDays(
    new Date(today.getFullYear(), today.getMonth(), today.getDate()),
    -7 * weeks,
  );
  const recent = done.filter((at) => at >= since.getTime() && at <= today.getTime()).length;
  const perWeek = recent / weeks;
  if (perWeek <= 0) return null;
  const spread = 0.5 / Math.sqrt(weeks);
  const fastest = perWeek * (1 + spread);
  const slowest = perWeek * (1 - spread);
  const finish = (rate: number) => toIsoDay(addDays(today, Math.ceil((left / rate) * 7)));
  return { from: finish(fastest), to: finish(slowest), perWeek, weeks, left };
}
