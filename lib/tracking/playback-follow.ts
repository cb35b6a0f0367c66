/**
 * The background's picture of one page's playback between two of its reports.
 *
 * A page reports only on events (play, pause, seek, stall, rate change, end, an ad, leaving),
 * never on a timer: a timer in the page costs the learner's YouTube tab about a millisecond
 * per wakeup, cold, for hours. While a report says the playhead advances, the media clock is
 * exact (it moves `rate` media seconds per wall second until an event says otherwise), so the
 * background extends what is known played on its own clock and stores it each tick: the popup
 * stays live and a crash loses at most one tick. The page's next report brings `played`, the
 * truth, which the store unites with the estimate.
 */
import type { Interval } from './intervals';

/** How often an estimate is stored while a page plays: what a crash can lose, at most. */
export const FOLLOW_TICK_MS = 10_000;
/**
 * The longest wall-time step one credit may take. A longer gap (the computer slept, the
 * worker was frozen) counts as one step: the media stood still meanwhile too, and the
 * following goes on from where it was.
 */
export const MAX_STEP_MS = FOLLOW_TICK_MS * 1.5;

/** The tracked video a report was about, as the background resolved it. */
export interface FollowedVideo {
  videoId: string;
  playlistId?: string;
  position?: number;
  duration: number;
}

/** An estimated report, shaped like the store's: parts played, playing time, playhead. */
export interface EstimatedWatch extends FollowedVideo {
  intervals: Interval[];
  playedMs: number;
  currentTime: number;
}

interface Follow {
  video: FollowedVideo;
  /** Where the playhead was when the page last reported, and where it is estimated now. */
  from: number;
  reached: number;
  rate: number;
  /** Wall time (ms) up to which playing time has been credited. */
  at: number;
}

export class PlaybackFollow {
  #follow: Follow | null = null;

  get following(): boolean {
    return this.#follow !== null;
  }

  /**
   * Follows the playhead from a report's point if the report says it advances (`rate`);
   * otherwise stops following. Call `settle` first: what was followed before ends here.
   */
  follow(video: FollowedVideo, currentTime: number, rate: number | undefined, now: number): void {
    this.#follow =
      rate !== undefined && rate > 0 && currentTime < video.duration
        ? { video, from: currentTime, reached: currentTime, rate, at: now }
        : null;
  }

  /** The estimate to store now (the part since the page's report), or null if none advanced. */
  tick(now: number): EstimatedWatch | null {
    const follow = this.#follow;
    if (!follow) return null;
    const playedMs = this.#step(follow, now);
    if (playedMs <= 0) return null;
    return {
      ...follow.video,
      intervals: [[follow.from, follow.reached]],
      playedMs,
      currentTime: follow.reached,
    };
  }

  /**
   * Ends the following at `now` (the page reported, or went away): what played since the last
   * tick is still only estimated, and `played` may no longer hold it (a new source empties it).
   */
  settle(now: number): EstimatedWatch | null {
    const last = this.tick(now);
    this.#follow = null;
    return last;
  }

  /** Moves the estimate to `now`; returns the wall time during which the playhead advanced. */
  #step(follow: Follow, now: number): number {
    const elapsed = Math.min(Math.max(0, now - follow.at), MAX_STEP_MS);
    follow.at = now;
    const reached = Math.min(
      follow.video.duration,
      follow.reached + (elapsed / 1000) * follow.rate,
    );
    const advancedMs = ((reached - follow.reached) / follow.rate) * 1000;
    follow.reached = reached;
    return Math.round(advancedMs);
  }
}
