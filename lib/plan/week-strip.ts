import type { Roadmap } from '../../data/roadmap-types';
import { allItems, itemsOfWeek } from './roadmap-index';
import { checklistEntry } from './checklist';
import { isSettled, itemProgress } from '../progress/item-progress';
import type { ProgressSnapshot } from '../progress/snapshot';
import type { WeekStatus } from './calendar';

/** A past week is done when all its required work due by its end is done (or settled). */
export type StripState = 'done' | 'partial' | 'current' | 'ahead';

export interface StripWeek {
  week: number;
  phaseId: string;
  state: StripState;
}

/** The plan's week today: 0 before it starts, one past the last week after it ends. */
export function currentPlanWeek(status: WeekStatus, totalWeeks: number): number {
  return status.state === 'active' ? status.week : status.state === 'finished' ? totalWeeks + 1 : 0;
}

/** Whether a past week left required work it asked for undone. */
export function weekLeftWork(roadmap: Roadmap, week: number, snapshot: ProgressSnapshot): boolean {
  return itemsOfWeek(roadmap, week).some((item) => {
    if (item.resource.optional) return false;
    const entry = checklistEntry(item, week, snapshot);
    if (isSettled(entry.progress)) return false;
    // An item of unknown size asks for something every week it spans: only its end settles it.
    if (entry.dueByWeekEnd === null) return true;
    return entry.progress.done < entry.dueByWeekEnd;
  });
}

/**
 * The plan's weeks, each with its state, for the dashboard's strip. `currentWeek` is the plan's
 * week today: 0 before the start, totalWeeks + 1 after the end.
 */
export function weekStrip(
  roadmap: Roadmap,
  currentWeek: number,
  snapshot: ProgressSnapshot,
): StripWeek[] {
  return roadmap.phases.flatMap((phase) =>
    Array.from({ length: phase.weeks.to - phase.weeks.from + 1 }, (_, i) => {
      const week = phase.weeks.from + i;
      const state: StripState =
        week === currentWeek
          ? 'current'
          : week > currentWeek
            ? 'ahead'
            : weekLeftWork(roadmap, week, snapshot)
              ? 'partial'
              : 'done';
      return { week, phaseId: phase.id, state };
    }),
  );
}

/**
 * How much of the required work is done, 0–1: each required item counts once, by the part of
 * it done (an item of unknown size counts only when complete). Skipped items are left out, as
 * in the item count. Computed from what was recorded, never stored.
 */
export function workShare(roadmap: Roadmap, snapshot: ProgressSnapshot): number {
  const parts = allItems(roadmap)
    .filter(({ resource }) => !resource.optional)
    .map(({ resource }) => itemProgress(resource, snapshot))
    .filter((progress) => !progress.skipped)
    .map((progress) =>
      progress.complete
        ? 1
        : progress.total
          ? Math.min(1, Math.max(0, progress.done / progress.total))
          : 0,
    );
  return parts.length === 0 ? 0 : parts.reduce((a, b) => a + b, 0) / parts.length;
}
