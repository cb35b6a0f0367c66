import {
  CONFIRM_AFTER_MS,
  FOLLOW_TICK_MS,
  PlaybackFollow,
  LOST_ASK_MS,
  SILENCE_LIMIT_MS,
} from '../../lib/tracking/playback-follow';
import { StudyLedger } from '../../lib/tracking/study-time';
import { playbackFollower, type FollowerDeps } from '../../lib/service/playback-follower';

const video = { videoId: 'aaaaaaaaaaa', duration: 100 };
const at = (currentTime: number, playbackRate?: number) => ({
  ...video,
  currentTime,
  ...(playbackRate ? { playbackRate } : {}),
});

describe('following a playing video between two reports', () => {
  it('credits the wall time the next report confirms: the playhead moved at the reported rate', () => {
    const follow = new PlaybackFollow();
    expect(follow.confirm(at(20, 2), 0)).toBeNull();
    expect(follow.following).toBe(true);
    // 10 s later the playhead is at 40: 10 s of wall time at 2×.
    expect(follow.confirm(at(40, 2), 10_000)).toEqual({ from: 0, to: 10_000, rate: 2 });
    // It stalled half the time without saying so: only what the playhead shows is credited.
    expect(follow.confirm(at(50), 20_000)).toEqual({ from: 15_000, to: 20_000, rate: 2 });
    expect(follow.following).toBe(false);
    // Nothing followed: a report credits nothing.
    expect(follow.confirm(at(60), 30_000)).toBeNull();
  });

  it('never credits more than the wall time between the reports, however far the playhead went', () => {
    const follow = new PlaybackFollow();
    follow.confirm(at(0, 1), 0);
    // A seek ahead reported with its new position: 5 s of wall time, not 90.
    expect(follow.confirm(at(90, 1), 5000)).toEqual({ from: 0, to: 5000, rate: 1 });
  });

  it('credits nothing for a playhead that went back or stood still, nor for another video', () => {
    const follow = new PlaybackFollow();
    follow.confirm(at(50, 1), 0);
    expect(follow.confirm(at(10, 1), 5000)).toBeNull();
    expect(follow.confirm(at(10, 1), 9000)).toBeNull();
    expect(follow.confirm({ ...at(30, 1), videoId: 'bbbbbbbbbbb' }, 15_000)).toBeNull();
  });

  it('credits nothing for a silence past the limit (a sleep, a frozen page) nor a clock gone back', () => {
    const follow = new PlaybackFollow();
    follow.confirm(at(0, 1), 0);
    expect(follow.confirm(at(61, 1), SILENCE_LIMIT_MS + 1000)).toBeNull();
    expect(follow.confirm(at(62, 1), SILENCE_LIMIT_MS - 5000)).toBeNull();
  });

  it('does not follow a report that is not advancing, nor one at the very end', () => {
    const follow = new PlaybackFollow();
    follow.confirm(at(10), 0);
    expect(follow.following).toBe(false);
    follow.confirm(at(100, 1), 0);
    expect(follow.following).toBe(false);
  });

  it('asks for a confirmation after a quiet while, and drops a page silent past the limit', () => {
    const follow = new PlaybackFollow();
    follow.confirm(at(0, 1), 0);
    expect(follow.due(CONFIRM_AFTER_MS - 1)).toBeNull();
    expect(follow.due(CONFIRM_AFTER_MS)).toBe('ask');
    // Not asked again on every tick.
    expect(follow.due(CONFIRM_AFTER_MS + 1)).toBeNull();
    expect(follow.due(CONFIRM_AFTER_MS + FOLLOW_TICK_MS)).toBe('ask');
    expect(follow.due(SILENCE_LIMIT_MS + 1)).toBe('dropped');
    expect(follow.following).toBe(false);
    // The late report is stored by the caller (its `played` is the truth) but credits nothing.
    expect(follow.confirm(at(70, 1), SILENCE_LIMIT_MS + 2000)).toBeNull();
  });

  it('stops on a refused report or a page gone: nothing after the last report counts', () => {
    const follow = new PlaybackFollow();
    follow.confirm(at(0, 1), 0);
    follow.stop();
    expect(follow.following).toBe(false);
    expect(follow.confirm(at(10, 1), 10_000)).toBeNull();
  });
});

function clockedFollower() {
  let now = 0;
  let timer: (() => void) | null = null;
  let keptAlive = 0;
  const deps: FollowerDeps = {
    keepAlive: () => void keptAlive++,
    now: () => now,
    setInterval: (fn) => ((timer = fn), 'timer'),
    clearInterval: () => void (timer = null),
  };
  const follower = playbackFollower(deps);
  const tick = () => {
    now += FOLLOW_TICK_MS;
    timer?.();
  };
  return {
    follower,
    tick,
    running: () => timer !== null,
    keptAlive: () => keptAlive,
    now: () => now,
  };
}

describe('the background’s clock for followed pages', () => {
  it('runs only while a page plays, asks it to confirm each tick from 50 s of silence, keeps the worker up', () => {
    const f = clockedFollower();
    let asked = 0;
    const page = f.follower.add(() => void asked++);
    f.follower.update();
    expect(f.running()).toBe(false);
    page.playback.confirm(at(0, 1), 0);
    f.follower.update();
    expect(f.running()).toBe(true);
    // Ticks every 5 s: the first request at 50 s of silence.
    for (let i = 0; i < 10; i++) f.tick();
    expect(asked).toBe(1);
    expect(f.keptAlive()).toBe(10);
    // The page answers: the silence starts again.
    page.playback.confirm(at(50, 1), f.now());
    for (let i = 0; i < 9; i++) f.tick();
    expect(asked).toBe(1);
    // It never answers again (asked at 50, 55 and 60 s): dropped past the limit and asked at
    // once, then once per 50 s while it may still answer (was: the clock stopped at the drop,
    // and a page that played on after a sleep was never asked again: issue 29).
    for (let i = 0; i < 4; i++) f.tick();
    expect(asked).toBe(5);
    expect(page.playback.following).toBe(false);
    expect(f.running()).toBe(true);
    const droppedAt = f.now();
    while (f.now() - droppedAt <= LOST_ASK_MS + FOLLOW_TICK_MS) f.tick();
    expect(asked).toBe(5 + Math.floor(LOST_ASK_MS / CONFIRM_AFTER_MS));
    expect(f.running()).toBe(false);
  });

  it('credits nothing for a page that went away without a last report (closed, crashed)', () => {
    const f = clockedFollower();
    const page = f.follower.add(() => undefined);
    page.playback.confirm(at(0, 1), 0);
    f.follower.update();
    f.tick();
    f.follower.remove(page);
    expect(page.playback.following).toBe(false);
    expect(f.running()).toBe(false);
  });
});

/**
 * A page as the content script behaves: it reports on its own events only, and when asked.
 * The wall clock the background reads may differ from real time (`clockOffset`), and the
 * background's timer does not run while the computer sleeps.
 */
function simulate(steps: ({ sleepMs: number } | { playMs: number } | { clockJumpMs: number })[]): {
  creditedMs: number;
  playedMs: number;
} {
  let real = Date.UTC(2026, 11, 3, 20);
  let clockOffset = 0;
  let playhead = 0;
  let timer = null as (() => void) | null;
  const ledger = new StudyLedger(() => clockOffset);
  let creditedMs = 0;
  let playedMs = 0;
  const report = () => {
    const now = real + clockOffset;
    const span = page.playback.confirm(
      { videoId: 'aaaaaaaaaaa', duration: 36_000, currentTime: playhead, playbackRate: 1 },
      now,
    );
    if (span) for (const part of ledger.claim(span)) creditedMs += part.to - part.from;
    follower.update();
  };
  const follower = playbackFollower({
    keepAlive: () => undefined,
    now: () => real + clockOffset,
    setInterval: (fn) => ((timer = fn), 'timer'),
    clearInterval: () => void (timer = null),
  });
  const page = follower.add(() => report());
  report(); // play
  for (const step of steps) {
    if ('sleepMs' in step) {
      // Nothing plays and no timer fires; the page says nothing when the computer wakes.
      real += step.sleepMs;
    } else if ('clockJumpMs' in step) {
      clockOffset += step.clockJumpMs;
    } else {
      for (let t = 0; t < step.playMs; t += FOLLOW_TICK_MS) {
        real += FOLLOW_TICK_MS;
        playhead += FOLLOW_TICK_MS / 1000;
        playedMs += FOLLOW_TICK_MS;
        timer?.();
      }
    }
  }
  report(); // pause
  return { creditedMs, playedMs };
}

describe('minutes after a sleep or a clock change (issue 29)', () => {
  const MIN = 60_000;
  it('a laptop that sleeps 10 minutes mid-video: the 20 minutes played after it count, less at most 60 s', () => {
    const { creditedMs, playedMs } = simulate([
      { playMs: 5 * MIN },
      { sleepMs: 10 * MIN },
      { playMs: 20 * MIN },
    ]);
    expect(playedMs).toBe(25 * MIN);
    expect(creditedMs).toBeLessThanOrEqual(playedMs);
    expect(creditedMs).toBeGreaterThanOrEqual(playedMs - SILENCE_LIMIT_MS);
  });

  it('a clock set back 5 minutes, or forward an hour, mid-video loses at most 60 s and gains nothing', () => {
    for (const jump of [-5 * MIN, 60 * MIN]) {
      const { creditedMs, playedMs } = simulate([
        { playMs: 12 * MIN },
        { clockJumpMs: jump },
        { playMs: 20 * MIN },
      ]);
      expect(creditedMs).toBeLessThanOrEqual(playedMs);
      expect(creditedMs).toBeGreaterThanOrEqual(playedMs - SILENCE_LIMIT_MS);
    }
  });

  it('many sleeps and jumps, seeded: never more than played, never more than 60 s lost per interruption', () => {
    let seed = 29;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 40; run++) {
      const steps: Parameters<typeof simulate>[0] = [];
      let interruptions = 0;
      for (let i = 0; i < 6; i++) {
        steps.push({ playMs: Math.ceil(rand() * 10) * MIN });
        const r = rand();
        if (r < 0.4) steps.push({ sleepMs: Math.ceil(rand() * 120) * MIN });
        else if (r < 0.7) steps.push({ clockJumpMs: Math.round((rand() - 0.5) * 20) * MIN });
        else continue;
        interruptions++;
      }
      steps.push({ playMs: 2 * MIN });
      const { creditedMs, playedMs } = simulate(steps);
      expect(creditedMs).toBeLessThanOrEqual(playedMs);
      expect(creditedMs).toBeGreaterThanOrEqual(playedMs - interruptions * SILENCE_LIMIT_MS);
    }
  });
});
