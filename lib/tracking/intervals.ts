/** Played parts of a video, in media seconds: sorted, disjoint, half-open [start, end). */
export type Interval = readonly [start: number, end: number];

/** Joins parts closer than this: a frame boundary or rounding must not split an interval. */
const JOIN_GAP = 0.05;

/** Sorts, clips to [0, duration], drops empty parts and merges overlapping or touching ones. */
export function normalizeIntervals(
  intervals: readonly Interval[],
  duration = Infinity,
): Interval[] {
  const clipped = intervals
    .map(([s, e]) => [Math.max(0, s), Math.min(duration, e)] as const)
    .filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of clipped) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1] + JOIN_GAP) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

export function unionIntervals(
  a: readonly Interval[],
  b: readonly Interval[],
  duration = Infinity,
): Interval[] {
  return normalizeIntervals([...a, ...b], duration);
}

export function coveredSeconds(intervals: readonly Interval[]): number {
  return normalizeIntervals(intervals).reduce((sum, [s, e]) => sum + (e - s), 0);
}

export function coverage(intervals: readonly Interval[], duration: number): number {
  if (!(duration > 0) || !Number.isFinite(duration)) return 0;
  return Math.min(1, coveredSeconds(normalizeIntervals(intervals, duration)) / duration);
}

/** A video counts as watched from this share of it played (trackers commonly use 90 %). */
export const WATCHED_THRESHOLD = 0.9;

export function isWatched(
  intervals: readonly Interval[],
  duration: number,
  threshold = WATCHED_THRESHOLD,
): boolean {
  return coverage(intervals, duration) >= threshold;
}

/**
 * Where to resume: the end of the first played part when it starts near the beginning
 * (the learner watched up to there), otherwise the start.
 */
export function resumePoint(intervals: readonly Interval[], duration: number): number {
  const first = normalizeIntervals(intervals, duration)[0];
  if (!first || first[0] > 5) return 0;
  return first[1] >= duration - 5 ? 0 : Math.floor(first[1]);
}

/** Equal as sets of seconds: a repeated message changes nothing. */
export function sameIntervals(a: readonly Interval[], b: readonly Interval[]): boolean {
  return a.length === b.length && a.every(([s, e], i) => s === b[i]![0] && e === b[i]![1]);
}
