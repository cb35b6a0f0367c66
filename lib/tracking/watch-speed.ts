/**
 * The learner's usual playback speed, measured from their own playing: the media time played
 * over the wall time it took, for what reports confirmed. Kept short-memoried (the last hours
 * of watching weigh most) so a new habit shows within a few days.
 */
/** Where the tally is kept (the extension's local storage). */
export const WATCH_SPEED_KEY = 'watchSpeed';

export interface SpeedTally {
  /** Wall time watched (ms) and the media time it played (ms). */
  ms: number;
  mediaMs: number;
}

/** Watching remembered: older watching is scaled down past this much. */
export const SPEED_MEMORY_MS = 10 * 3600_000;
/** A speed is said only after this much watching. */
export const SPEED_MIN_MS = 10 * 60_000;

export function addWatching(tally: SpeedTally | undefined, ms: number, rate: number): SpeedTally {
  const base = isTally(tally) ? tally : { ms: 0, mediaMs: 0 };
  if (!(ms > 0) || !(rate > 0) || !Number.isFinite(ms) || !Number.isFinite(rate)) return base;
  let next = { ms: base.ms + ms, mediaMs: base.mediaMs + ms * rate };
  if (next.ms > SPEED_MEMORY_MS) {
    const keep = SPEED_MEMORY_MS / next.ms;
    next = { ms: next.ms * keep, mediaMs: next.mediaMs * keep };
  }
  return next;
}

/** The usual speed (1 = normal), or null until enough was watched. */
export function usualSpeed(tally: unknown): number | null {
  if (!isTally(tally) || tally.ms < SPEED_MIN_MS) return null;
  const speed = tally.mediaMs / tally.ms;
  return Number.isFinite(speed) ? Math.min(4, Math.max(0.25, speed)) : null;
}

function isTally(value: unknown): value is SpeedTally {
  const t = value as SpeedTally | undefined;
  return !!t && Number.isFinite(t.ms) && Number.isFinite(t.mediaMs) && t.ms >= 0 && t.mediaMs >= 0;
}
