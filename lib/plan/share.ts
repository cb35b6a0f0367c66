/** An inclusive 1-based range of an item's units; empty when `to < from`. */
export interface UnitRange {
  from: number;
  to: number;
}

/**
 * The part of `total` units due in week `weekIndex` (0-based) of a phase of `weekCount`
 * weeks. Cumulative targets are rounded, so the shares differ by at most one and always add
 * up to the total: 14 videos over 4 weeks give 1–4, 5–7, 8–11, 12–14.
 */
export function weekShare(total: number, weekCount: number, weekIndex: number): UnitRange {
  if (weekCount < 1 || weekIndex < 0 || weekIndex >= weekCount) {
    throw new RangeError(`week ${weekIndex} is outside a phase of ${weekCount} weeks`);
  }
  return {
    from: cumulativeTarget(total, weekCount, weekIndex) + 1,
    to: cumulativeTarget(total, weekCount, weekIndex + 1),
  };
}

/** How many units should be done after `weeksDone` weeks of the phase. */
export function cumulativeTarget(total: number, weekCount: number, weeksDone: number): number {
  // Halves round up, so a single unit over several weeks is due in the first half.
  return Math.min(total, Math.floor((total * weeksDone) / weekCount + 0.5));
}

export function rangeSize(range: UnitRange): number {
  return Math.max(0, range.to - range.from + 1);
}
