import type { ChecklistEntry } from './checklist';
import type { Spread } from './replan';

export interface SpreadPreview {
  spread: Spread;
  /** Items shared out, the weeks they are shared over, and the extra units a week. */
  items: number;
  weeks: number;
  perWeek: number;
}

/**
 * Spreading what is carried over into `week` over the weeks left (this one included): every
 * carried-over item of known size, from what it has done now. Null when there is nothing to
 * spread.
 */
export function previewSpread(
  carried: ChecklistEntry[],
  week: number,
  totalWeeks: number,
): SpreadPreview | null {
  const items: Spread['items'] = {};
  const weeks = totalWeeks - week + 1;
  let perWeek = 0;
  for (const entry of carried) {
    const { total, done } = entry.progress;
    if (total === null || done >= total || entry.progress.skipped) continue;
    items[entry.resource.id] = [done, total];
    perWeek += (total - done) / weeks;
  }
  const count = Object.keys(items).length;
  if (count === 0 || weeks < 1) return null;
  return { spread: { fromWeek: week, items }, items: count, weeks, perWeek: Math.ceil(perWeek) };
}
