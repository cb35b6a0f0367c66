/** Played parts of a video, in media seconds: sorted, disjoint, half-open [start, end). */
export type Interval = readonly [start: number, end: number];

/** Joins parts closer than this: a frame boundary or rounding must not split an interval. */
const JOIN_GAP = 0.05;

const byStart = (a: Interval, b: Interval) => a[0] - b[0];

/**
 * Sorts, clips to [0, duration], drops empty parts and merges overlapping or touching ones.
 * Plain index loops: this also runs in the page at every report (through `addPlayed`), where
 * code runs cold and each callback, iterator or spread costs.
 */
export function normalizeIntervals(
  intervals: readonly Interval[],
  duration = Infinity,
): Interval[] {
  const parts: [number, number][] = [];
  for (let i = 0; i < intervals.length; i++) {
    const s = Math.max(0, intervals[i]![0]);
    const e = Math.min(duration, intervals[i]![1]);
    // Also drops NaN and infinite ends.
    if (e > s && e < Infinity) parts.push([s, e]);
  }
  parts.sort(byStart);
  const merged: [number, number][] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const last = merged[merged.length - 1];
    if (last && part[0] <= last[1] + JOIN_GAP) last[1] = Math.max(last[1], part[1]);
    else merged.push(part);
  }
  return merged;
}

/** What a media element's `played` is: ranges read by index. */
export interface PlayedRanges {
  readonly length: number;
  start(index: number): number;
  end(index: number): number;
}

/** Intervals plus what `played` holds, normalized. */
export function addPlayed(
  intervals: readonly Interval[],
  played: PlayedRanges,
  duration: number,
): Interval[] {
  const all = intervals.slice();
  for (let j = 0; j < played.length; j++) all.push([played.start(j), played.end(j)]);
  return normalizeIntervals(all, duration);
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
