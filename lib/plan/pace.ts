import { t } from '../i18n/i18n';
import type { ChecklistEntry } from './checklist';
import { rangeSize } from './share';
import { unitName } from '../progress/units';
import { isSettled, type ProgressUnit } from '../progress/item-progress';

export interface Gap {
  unit: ProgressUnit;
  count: number;
}

export interface Pace {
  /** `to-do`: this week's share has work left; `done`: it is done; `ahead`: and more. */
  state: 'to-do' | 'done' | 'ahead';
  /** What is left of this week's share, per unit. */
  left: Gap[];
  /** Work due before this week that is not done, per unit (carried-over items included). */
  backlog: Gap[];
  ahead: Gap[];
  /** What to do next, in the learner's words: "2 more videos to stay on plan this week". */
  text: string;
  /** The earlier weeks' work, when there is some: "Also from earlier weeks: 5 videos". */
  backlogText?: string;
  /** More than a week's work is behind: a new plan may serve better than catching up. */
  farBehind: boolean;
}

function describe(gaps: Gap[], more = false): string {
  const parts = gaps.map(({ unit, count }) =>
    t(more ? 'countMoreOf' : 'countOf', { count, unit: unitName(unit, count) }),
  );
  return parts.length > 1
    ? t('listAnd', { first: parts.slice(0, -1).join(', '), last: parts.at(-1)! })
    : (parts[0] ?? '');
}

function add(map: Map<ProgressUnit, number>, unit: ProgressUnit, count: number): void {
  if (count > 0) map.set(unit, (map.get(unit) ?? 0) + count);
}

const list = (map: Map<ProgressUnit, number>): Gap[] =>
  [...map].map(([unit, count]) => ({ unit, count }));

/**
 * Where the learner stands with this week's plan, said as what to do: this week's share is
 * due at the week's end, so nothing is "behind" while the week runs; what earlier weeks left
 * undone is said apart. One-off tasks (a single video, the exercises) have no pace.
 */
export function paceOf(entries: ChecklistEntry[]): Pace {
  const left = new Map<ProgressUnit, number>();
  const backlog = new Map<ProgressUnit, number>();
  const ahead = new Map<ProgressUnit, number>();
  let weekShare = 0;
  for (const entry of entries) {
    const { share, dueByWeekEnd, progress } = entry;
    if (
      entry.resource.optional ||
      progress.skipped ||
      share === null ||
      dueByWeekEnd === null ||
      progress.total === null ||
      progress.unit === 'task' ||
      progress.unit === 'video'
    )
      continue;
    if (entry.carriedOverFrom !== undefined && !entry.spread) {
      add(backlog, progress.unit, progress.total - progress.done);
      continue;
    }
    const dueBefore = dueByWeekEnd - rangeSize(share);
    weekShare += rangeSize(share);
    add(backlog, progress.unit, dueBefore - progress.done);
    add(left, progress.unit, dueByWeekEnd - Math.max(progress.done, dueBefore));
    add(ahead, progress.unit, progress.done - dueByWeekEnd);
  }
  const backlogGaps = list(backlog);
  const behindBy = backlogGaps.reduce((sum, g) => sum + g.count, 0);
  const common = {
    backlog: backlogGaps,
    ...(behindBy > 0 ? { backlogText: t('paceBacklog', { what: describe(backlogGaps) }) } : {}),
    farBehind: behindBy >= 3 && behindBy > weekShare,
  };
  if (left.size > 0) {
    const gaps = list(left);
    return {
      ...common,
      state: 'to-do',
      left: gaps,
      ahead: [],
      text: t('paceToDo', { what: describe(gaps, true) }),
    };
  }
  const aheadGaps = list(ahead);
  return {
    ...common,
    state: aheadGaps.length > 0 ? 'ahead' : 'done',
    left: [],
    ahead: aheadGaps,
    text: aheadGaps.length > 0 ? t('paceDoneAhead', { what: describe(aheadGaps) }) : t('paceDone'),
  };
}

/** Items of the week (carried over ones included) whose share is not done yet: the badge. */
export function itemsLeft(entries: ChecklistEntry[]): number {
  return entries.filter(
    (e) =>
      !e.resource.optional &&
      !isSettled(e.progress) &&
      (e.dueByWeekEnd === null || e.progress.done < e.dueByWeekEnd),
  ).length;
}
