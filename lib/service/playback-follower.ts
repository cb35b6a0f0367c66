import { FOLLOW_TICK_MS, PlaybackFollow, type EstimatedWatch } from '../tracking/playback-follow';

export interface FollowedPage {
  readonly playback: PlaybackFollow;
  /** Told each stored estimate's reply: the page's panel may need a push. */
  readonly stored: (watch: EstimatedWatch, reply: unknown) => void;
}

export interface FollowerDeps {
  /** Stores an estimate and returns the reply a page's report would get. Never throws. */
  store(watch: EstimatedWatch, now: number): Promise<unknown>;
  /**
   * Called on each tick: an extension API call, which keeps the worker from being stopped as
   * idle while it follows a playing video (nothing else reaches it in the meantime).
   */
  keepAlive(): void;
  now(): number;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(timer: unknown): void;
}

/**
 * The background's clock for the pages it follows (see playback-follow.ts): one timer for all
 * of them, running only while one of them plays.
 */
export function playbackFollower(deps: FollowerDeps) {
  const pages = new Set<FollowedPage>();
  let timer: unknown;

  const tick = async () => {
    deps.keepAlive();
    const now = deps.now();
    for (const page of pages) {
      const watch = page.playback.tick(now);
      if (watch) page.stored(watch, await deps.store(watch, now));
    }
    update();
  };

  /** Starts the clock when a page plays, stops it when none does. */
  const update = () => {
    const playing = [...pages].some((page) => page.playback.following);
    if (playing && timer === undefined) {
      timer = deps.setInterval(() => void tick(), FOLLOW_TICK_MS);
    } else if (!playing && timer !== undefined) {
      deps.clearInterval(timer);
      timer = undefined;
    }
  };

  return {
    /** A page connected: its reports start and stop the following (call `update` after each). */
    add(stored: FollowedPage['stored']): FollowedPage {
      const page = { playback: new PlaybackFollow(), stored };
      pages.add(page);
      return page;
    },
    update,
    /** The page went away (closed, crashed, navigated off the site): it played up to now. */
    async remove(page: FollowedPage): Promise<void> {
      pages.delete(page);
      update();
      const now = deps.now();
      const last = page.playback.settle(now);
      if (last) page.stored(last, await deps.store(last, now));
    },
  };
}
