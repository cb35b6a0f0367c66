/**
 * The background's picture of one page's playback between two of its reports.
 *
 * A page reports on events (play, pause, seek, stall, rate change, end, error, an ad, leaving)
 * and when the background asks, never on a timer of its own: a timer in the page costs the
 * learner's YouTube tab about a millisecond per wakeup, cold, for hours. While the last report
 * said the playhead advances, the background expects the next one: it asks the page to confirm
 * once `CONFIRM_AFTER_MS` passed without a report, and stops following a page that stays silent
 * for `SILENCE_LIMIT_MS`.
 *
 * Nothing is stored from the estimate: coverage comes only from what a report's `played` said,
 * and study time is credited only for what a report confirms (the playhead moved from the
 * previous report's point at its rate, no longer than the wall time between the two). A page
 * that went silent (crashed, frozen, a refused report) may lose up to the silence limit of real
 * watching, and can never gain anything.
 */

/** How often the background's clock looks at the pages it follows (the worker's own cost). */
export const FOLLOW_TICK_MS = 5_000;
/**
 * A page playing this long without a report is asked to report: about one wakeup of the
 * YouTube tab a minute, which is what the watching budget allows (each costs about a
 * millisecond cold); asked again a tick later if no report came.
 */
export const CONFIRM_AFTER_MS = 50_000;
/** A page playing this long without a report stops being followed and credited. */
export const SILENCE_LIMIT_MS = 60_000;
/**
 * A page dropped for its silence is still asked, once per `CONFIRM_AFTER_MS`, for this long:
 * a laptop that slept or a clock that jumped leaves a page that plays on but has no event to
 * report, and its answer is what lets the following resume (the gap itself is never
 * credited). A page silent this long after being dropped is left until it reports by itself.
 */
export const LOST_ASK_MS = 30 * 60_000;

/** A span of wall time (ms since the epoch), [from, to). */
export interface WallSpan {
  from: number;
  to: number;
  /** The playback rate the span was played at, when a report confirmed it. */
  rate?: number;
}

/** What a progress report says about the playhead. */
export interface PlayheadReport {
  videoId: string;
  duration: number;
  currentTime: number;
  /** Present while the playhead advances. */
  playbackRate?: number;
}

interface Follow {
  videoId: string;
  /** The playhead when the page last reported, and that report's wall time. */
  from: number;
  at: number;
  rate: number;
  /** When the page was last asked to confirm (-Infinity: not since its report). */
  askedAt: number;
}

export type FollowDue = 'ask' | 'dropped' | null;

/** A page dropped for its silence, still asked to report so that following can resume. */
interface Lost {
  since: number;
  askedAt: number;
}

export class PlaybackFollow {
  #follow: Follow | null = null;
  #lost: Lost | null = null;

  get following(): boolean {
    return this.#follow !== null;
  }

  /** Whether the background's clock is needed: the page is followed, or dropped and asked. */
  get awaited(): boolean {
    return this.#follow !== null || this.#lost !== null;
  }

  /**
   * A report arrived from the page (accepted by the background). Returns the wall time it
   * confirms the playhead advanced since the previous report, if that one said it played;
   * then follows from this report if it says the playhead advances.
   */
  confirm(report: PlayheadReport, now: number): WallSpan | null {
    const previous = this.#follow;
    this.#follow = null;
    // A dropped page's answer credits nothing (the gap is unknown) and starts following anew.
    this.#lost = null;
    let span: WallSpan | null = null;
    if (previous && previous.videoId === report.videoId) {
      const elapsed = now - previous.at;
      const advanced = report.currentTime - previous.from;
      // A silent page is no longer credited (see SILENCE_LIMIT_MS); a clock that went back,
      // a seek backwards or a playhead that stood still confirms nothing.
      if (elapsed > 0 && elapsed <= SILENCE_LIMIT_MS && advanced > 0) {
        const ms = Math.min(elapsed, (advanced / previous.rate) * 1000);
        span = { from: now - ms, to: now, rate: previous.rate };
      }
    }
    const rate = report.playbackRate;
    if (rate !== undefined && rate > 0 && report.currentTime < report.duration) {
      this.#follow = {
        videoId: report.videoId,
        from: report.currentTime,
        at: now,
        rate,
        askedAt: -Infinity,
      };
    }
    return span;
  }

  /** The page's report was refused, or the page went away: nothing since its last report counts. */
  stop(): void {
    this.#follow = null;
    this.#lost = null;
  }

  /**
   * Called on the background's clock: whether to ask the page to confirm now, or whether the
   * page was silent too long (or the clock jumped back) and is no longer followed. A dropped
   * page is to be asked at once, then once per `CONFIRM_AFTER_MS` for `LOST_ASK_MS`: its next
   * report resumes the following, without crediting the silence.
   */
  due(now: number): FollowDue {
    const lost = this.#lost;
    if (lost) {
      if (now - lost.since > LOST_ASK_MS || now < lost.since) {
        // Given up; a clock gone back starts the asking again from now.
        this.#lost = now < lost.since ? { since: now, askedAt: now } : null;
        return this.#lost ? 'ask' : null;
      }
      if (now - lost.askedAt >= CONFIRM_AFTER_MS) {
        lost.askedAt = now;
        return 'ask';
      }
      return null;
    }
    const follow = this.#follow;
    if (!follow) return null;
    const silent = now - follow.at;
    if (silent > SILENCE_LIMIT_MS || silent < 0) {
      this.#follow = null;
      this.#lost = { since: now, askedAt: now };
      return 'dropped';
    }
    if (silent >= CONFIRM_AFTER_MS && now - follow.askedAt >= FOLLOW_TICK_MS) {
      follow.askedAt = now;
      return 'ask';
    }
    return null;
  }
}
