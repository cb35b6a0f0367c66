import { FOLLOW_TICK_MS, MAX_STEP_MS, PlaybackFollow } from '../../lib/tracking/playback-follow';
import { playbackFollower, type FollowerDeps } from '../../lib/service/playback-follower';
import type { EstimatedWatch } from '../../lib/tracking/playback-follow';

const video = { videoId: 'aaaaaaaaaaa', playlistId: 'PLx', position: 3, duration: 100 };

describe('following a playing video between two reports', () => {
  it('extends the played part at the reported rate, tick by tick, and counts the playing time', () => {
    const follow = new PlaybackFollow();
    follow.follow(video, 20, 2, 0);
    expect(follow.tick(FOLLOW_TICK_MS)).toEqual({
      ...video,
      intervals: [[20, 40]],
      playedMs: 10_000,
      currentTime: 40,
    });
    // Each tick gives the whole part since the report (stored as a union) and the new time.
    expect(follow.tick(2 * FOLLOW_TICK_MS)).toMatchObject({
      intervals: [[20, 60]],
      playedMs: 10_000,
    });
    expect(follow.settle(2 * FOLLOW_TICK_MS + 500)).toMatchObject({
      intervals: [[20, 61]],
      playedMs: 500,
    });
    expect(follow.following).toBe(false);
    expect(follow.tick(3 * FOLLOW_TICK_MS)).toBeNull();
  });

  it('stops at the end of the video: no part past it, no playing time after it', () => {
    const follow = new PlaybackFollow();
    follow.follow(video, 95, 1, 0);
    expect(follow.tick(FOLLOW_TICK_MS)).toMatchObject({
      intervals: [[95, 100]],
      playedMs: 5000,
      currentTime: 100,
    });
    expect(follow.tick(2 * FOLLOW_TICK_MS)).toBeNull();
  });

  it('takes a long silence (the computer slept) as one step at most', () => {
    const follow = new PlaybackFollow();
    follow.follow(video, 0, 1, 0);
    expect(follow.tick(3_600_000)).toMatchObject({
      intervals: [[0, MAX_STEP_MS / 1000]],
      playedMs: MAX_STEP_MS,
    });
    // A clock that went back gives nothing rather than a negative part.
    expect(follow.tick(1000)).toBeNull();
  });

  it('does not follow a report that is not advancing, nor one at the very end', () => {
    const follow = new PlaybackFollow();
    follow.follow(video, 10, undefined, 0);
    expect(follow.following).toBe(false);
    follow.follow(video, 100, 1, 0);
    expect(follow.following).toBe(false);
    expect(follow.settle(5000)).toBeNull();
  });
});

function clockedFollower() {
  let now = 0;
  let timer: (() => void) | null = null;
  const stored: EstimatedWatch[] = [];
  const told: unknown[] = [];
  let keptAlive = 0;
  const deps: FollowerDeps = {
    store: async (watch) => {
      stored.push(watch);
      return { stored: true, told: watch.currentTime };
    },
    keepAlive: () => void keptAlive++,
    now: () => now,
    setInterval: (fn) => ((timer = fn), 'timer'),
    clearInterval: () => void (timer = null),
  };
  const follower = playbackFollower(deps);
  const tick = async () => {
    now += FOLLOW_TICK_MS;
    timer?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return {
    follower,
    stored,
    told,
    tick,
    running: () => timer !== null,
    keptAlive: () => keptAlive,
    setNow: (ms: number) => void (now = ms),
  };
}

describe('the background’s clock for followed pages', () => {
  it('runs only while a page plays, stores each tick, tells the page, and keeps the worker up', async () => {
    const f = clockedFollower();
    const page = f.follower.add((_, reply) => f.told.push(reply));
    f.follower.update();
    expect(f.running()).toBe(false);
    page.playback.follow(video, 0, 1, 0);
    f.follower.update();
    expect(f.running()).toBe(true);
    await f.tick();
    await f.tick();
    expect(f.stored.map((w) => w.intervals)).toEqual([[[0, 10]], [[0, 20]]]);
    expect(f.told).toEqual([
      { stored: true, told: 10 },
      { stored: true, told: 20 },
    ]);
    expect(f.keptAlive()).toBe(2);
    // Paused (the page's report settled it): the clock stops.
    page.playback.settle(2 * FOLLOW_TICK_MS);
    f.follower.update();
    expect(f.running()).toBe(false);
  });

  it('stores what played up to the moment a playing page went away (closed, crashed)', async () => {
    const f = clockedFollower();
    const page = f.follower.add(() => undefined);
    page.playback.follow(video, 0, 1, 0);
    f.follower.update();
    await f.tick();
    f.setNow(FOLLOW_TICK_MS + 4000);
    await f.follower.remove(page);
    expect(f.stored.at(-1)).toMatchObject({ intervals: [[0, 14]], playedMs: 4000 });
    expect(f.running()).toBe(false);
  });
});
