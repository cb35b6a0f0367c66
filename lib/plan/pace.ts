import type { ChecklistEntry } from './checklist';
import { rangeSize } from './share';
import { unitName } from '../progress/units';
import { isSettled, type ProgressUnit } from '../progress/item-progress';

export interface Pace {
  state: 'behind' | 'on-pace' | 'ahead';
  /** Units behind (or ahead), per unit, in the roadmap's own units. */
  gaps: { unit: ProgressUnit; count: number }[];
  text: string;
}

function describe(gaps: Pace['gaps']): string {
  const parts = gaps.map(({ unit, count }) => `${count} ${unitName(unit, count)}`);
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
    : (parts[0] ?? '');
}

/**
 * Whether the learner keeps up with this week's plan on day `dayOfWeek` (1–7): by then the
 * work due at the end of last week plus the same share of this week's should be done.
 */
export function paceOf(entries: ChecklistEntry[], dayOfWeek: number): Pace {
  const behind = new Map<ProgressUnit, number>();
  const ahead = new Map<ProgressUnit, number>();
  for (const entry of entries) {
    const { share, dueByWeekEnd, progress } = entry;
    if (
      entry.resource.optional ||
      entry.progress.skipped ||
      share === null ||
      dueByWeekEnd === null ||
      progress.total === null
    )
      continue;
    if (progress.unit === 'task' || progress.unit === 'video') continue;
    const dueBefore = dueByWeekEnd - rangeSize(share);
    const expected = dueBefore + Math.round((rangeSize(share) * dayOfWeek) / 7);
    const gap = progress.done - expected;
    if (gap < 0) behind.set(progress.unit, (behind.get(progress.unit) ?? 0) - gap);
    else if (progress.done > expected)
      ahead.set(progress.unit, (ahead.get(progress.unit) ?? 0) + gap);
  }
  const list = (map: Map<ProgressUnit, number>) =>
    [...map].map(([unit, count]) => ({ unit, count }));
  if (behind.size > 0) {
    const gaps = list(behind);
    return { state: 'behind', gaps, text: `${describe(gaps)} behind this week’s plan` };
  }
  if (ahead.size > 0) {
    const gaps = list(ahead);
    return { state: 'ahead', gaps, text: `${describe(gaps)} ahead of this week’s plan` };
  }
  return { state: 'on-pace', gaps: [], text: 'On pace with this week’s plan' };
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
