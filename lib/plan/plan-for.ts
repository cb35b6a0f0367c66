import type { Roadmap } from '../../data/roadmap-types';
import { weekStatus, weekToShow, type WeekStatus } from './calendar';
import { carriedOver, weekChecklist, type ChecklistEntry } from './checklist';
import { nextStep, type NextStep } from './next-step';
import { itemsLeft } from './pace';
import type { ProgressSnapshot } from '../progress/snapshot';

export interface PlanNow {
  status: WeekStatus;
  week: number;
  snapshot: ProgressSnapshot;
  /** Carried-over items first, then this week's. */
  entries: ChecklistEntry[];
  next: NextStep | null;
  itemsLeft: number;
}

/** Where the learner stands today, from storage: what the badge, Continue and the popup show. */
export function planFor(
  roadmap: Roadmap,
  startDate: string,
  today: Date,
  snapshot: ProgressSnapshot,
): PlanNow {
  const status = weekStatus(startDate, today, roadmap.totalWeeks);
  const week = weekToShow(status, roadmap.totalWeeks);
  const entries = [
    ...carriedOver(roadmap, week, snapshot),
    ...weekChecklist(roadmap, week, snapshot),
  ];
  return {
    status,
    week,
    snapshot,
    entries,
    next: nextStep(roadmap, week, snapshot),
    itemsLeft: itemsLeft(entries),
  };
}
