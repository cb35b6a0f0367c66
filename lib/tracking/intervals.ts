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

/**
 * What of `a` is not in `b` (both normalized): the parts a report still has to deliver.
 * Index loops, for the page (see normalizeIntervals).
 */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    let start = a[i]![0];
    const end = a[i]![1];
    while (j < b.length && b[j]![1] <= start) j++;
    let k = j;
    while (k < b.length && b[k]![0] < end) {
      if (b[k]![0] > start) out.push([start, b[k]![0]]);
      start = Math.max(start, b[k]![1]);
      if (b[k]![1] > end) break;
      k++;
    }
    if (end > start) out.push([start, end]);
  }
  return out;
}

/**
 * The union of stored and newly reported parts, in at most `limit` parts. No gap is ever
 * bridged (that would count what did not play): past the limit, every part that extends a
 * stored one is kept, and of the new islands the longest that fit.
 */
export function boundedUnion(
  stored: readonly Interval[],
  added: readonly Interval[],
  limit: number,
  bound = Infinity,
): Interval[] {
  const union = normalizeIntervals([...stored, ...added], bound);
  if (union.length <= limit) return union;
  const base = normalizeIntervals(stored, bound);
  const anchored: Interval[] = [];
  const islands: Interval[] = [];
  let j = 0;
  for (const part of union) {
    while (j < base.length && base[j]![1] < part[0]) j++;
    const touches = j < base.length && base[j]![0] <= part[1];
    (touches ? anchored : islands).push(part);
  }
  islands.sort((x, y) => y[1] - y[0] - (x[1] - x[0]));
  const room = Math.max(0, limit - anchored.length);
  return normalizeIntervals([...anchored, ...islands.slice(0, room)], bound);
}
