import { ROADMAP } from '../../data/roadmap';
import { handleMessage } from '../../lib/service/message-handler';
import { PlaybackFollow } from '../../lib/tracking/playback-follow';
import { StudyLedger } from '../../lib/tracking/study-time';
import {
  addWatching,
  SPEED_MEMORY_MS,
  usualSpeed,
  type SpeedTally,
} from '../../lib/tracking/watch-speed';
import { freshDb } from './db-helpers';
import { PY, vid } from './helpers';

describe('the learner’s usual playback speed', () => {
  it('is the media time played over the wall time, once enough was watched', () => {
    let tally: SpeedTally | undefined;
    tally = addWatching(tally, 5 * 60_000, 1);
    expect(usualSpeed(tally)).toBeNull();
    tally = addWatching(tally, 15 * 60_000, 2);
    // 5 min at 1× and 15 min at 2×: 35 min of media in 20 min.
    expect(usualSpeed(tally)).toBeCloseTo(1.75, 5);
  });

  it('forgets old watching: a new habit shows after a few hours', () => {
    let tally = addWatching(undefined, SPEED_MEMORY_MS, 1);
    // Ten hours at 1×, then 1.5× for a day of watching: the speed is near 1.5 already.
    for (let i = 0; i < 20; i++) tally = addWatching(tally, 3600_000, 1.5);
    expect(usualSpeed(tally)).toBeGreaterThan(1.4);
    expect(tally.ms).toBeLessThanOrEqual(SPEED_MEMORY_MS + 1);
  });

  it('ignores nonsense, and reads a damaged tally as none', () => {
    const tally = addWatching(undefined, 20 * 60_000, 1);
    expect(addWatching(tally, -5, 2)).toEqual(tally);
    expect(addWatching(tally, 1000, Number.NaN)).toEqual(tally);
    expect(usualSpeed({ ms: 'x' })).toBeNull();
    expect(usualSpeed(null)).toBeNull();
  });

  it('is fed by what reports confirm, at the rate they played', async () => {
    const clock = { now: new Date(2026, 10, 24, 20).getTime() };
    const watched: [number, number][] = [];
    const deps = {
      db: freshDb(),
      roadmap: ROADMAP,
      extensionId: 'abcdefghijklmnopabcdefghijklmnop',
      ledger: new StudyLedger(),
      now: () => new Date(clock.now),
      onWatched: (ms: number, rate: number) => void watched.push([ms, rate]),
    };
    const id = vid(PY, 1);
    const url = `https://www.youtube.com/watch?v=${id}&list=${PY}`;
    const sender = { id: deps.extensionId, url, tab: { id: 1, url } };
    const playback = new PlaybackFollow();
    const report = (currentTime: number, playbackRate?: number) =>
      handleMessage(
        deps,
        {
          type: 'yt:progress',
          payload: {
            videoId: id,
            playlistId: PY,
            duration: 600,
            intervals: currentTime > 0 ? [[0, currentTime]] : [],
            currentTime,
            ...(playbackRate ? { playbackRate } : {}),
          },
        },
        sender,
        playback,
      );
    expect(await report(0, 2)).toMatchObject({ stored: true });
    clock.now += 30_000;
    await report(60);
    expect(watched).toEqual([[30_000, 2]]);
  });
});
