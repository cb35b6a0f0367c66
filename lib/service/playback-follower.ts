import { FOLLOW_TICK_MS, PlaybackFollow } from '../tracking/playback-follow';

export interface FollowedPage {
  readonly playback: PlaybackFollow;
  /** Asks the page to report now (its playback has not been confirmed for a while). */
  readonly ask: () => void;
}

export interface FollowerDeps {
  /**
   * Called on each tick: an extension API call, which keeps the worker from being stopped as
   * idle while it follows a playing video (IndexedDB work and timers do not count as activity).
   */
  keepAlive(): void;
  now(): number;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(timer: unknown): void;
}

/**
 * The background's clock for the pages it follows (see playback-follow.ts): one timer for all
 * of them, running only while one of them plays. It stores nothing: it asks a page that has
 * played a while without reporting to confirm, and stops following one that stays silent.
 */
export function playbackFollower(deps: FollowerDeps) {
  const pages = new Set<FollowedPage>();
  let timer: unknown;

  const tick = () => {
    deps.keepAlive();
    const now = deps.now();
    // A page dropped for its silence is asked at once: a sleep or a clock that jumped leaves
    // it playing with no event to report, and its answer resumes the following.
    for (const page of pages) if (page.playback.due(now) !== null) page.ask();
    update();
  };

  /** Starts the clock when a page plays, stops it when none does. */
  const update = () => {
    const playing = [...pages].some((page) => page.playback.awaited);
    if (playing && timer === undefined) {
      timer = deps.setInterval(tick, FOLLOW_TICK_MS);
    } else if (!playing && timer !== undefined) {
      deps.clearInterval(timer);
      timer = undefined;
    }
  };

  return {
    /** A page connected: its reports start and stop the following (call `update` after each). */
    add(ask: () => void): FollowedPage {
      const page = { playback: new PlaybackFollow(), ask };
      pages.add(page);
      return page;
    },
    update,
    /**
     * The page went away (closed, crashed, navigated off the site) without a last report:
     * what it played since its last report is not confirmed, so it is not counted.
     */
    remove(page: FollowedPage): void {
      pages.delete(page);
      page.playback.stop();
      update();
    },
  };
}
