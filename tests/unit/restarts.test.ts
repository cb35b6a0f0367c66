import { StudyLedger } from '../../lib/tracking/study-time';
import { vi } from 'vitest';
import { ROADMAP } from '../../data/roadmap';
import { handleMessage } from '../../lib/service/message-handler';
import { ActiveClock } from '../../lib/tracking/active-time';
import { PlaybackFollow } from '../../lib/tracking/playback-follow';
import { dump, freshDb, recordPlay } from './db-helpers';
import { getVideo } from '../../lib/db/video-store';
import { PY, vid } from './helpers';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const url = `https://www.youtube.com/watch?v=${vid(PY, 1)}&list=${PY}`;
const sender = { id: EXT, url, tab: { id: 1, url } };
/** A page's report; `playing` while the playhead advances at 1×. */
const report = (intervals: [number, number][], playing = false) => ({
  type: 'yt:progress',
  payload: {
    videoId: vid(PY, 1),
    playlistId: PY,
    position: 1,
    duration: 100,
    intervals,
    currentTime: intervals.at(-1)![1],
    ...(playing ? { playbackRate: 1 } : {}),
  },
});

describe('restarts, crashes and clocks', () => {
  it('a write interrupted half-way lands not at all', async () => {
    const db = freshDb();
    await recordPlay(
      db,
      { videoId: vid(PY, 1), duration: 100, intervals: [[0, 10]], playedMs: 1000, currentTime: 10 },
      { now: 1, day: '2026-11-24', threshold: 0.9 },
    );
    const before = await dump(db);
    const spy = vi.spyOn(db.daily, 'put').mockRejectedValueOnce(new Error('browser closed'));
    await expect(
      recordPlay(
        db,
        {
          videoId: vid(PY, 1),
          duration: 100,
          intervals: [[10, 90]],
          playedMs: 5000,
          currentTime: 90,
        },
        { now: 2, day: '2026-11-24', threshold: 0.9 },
      ),
    ).rejects.toThrow('browser closed');
    spy.mockRestore();
    expect(await dump(db)).toEqual(before);
  });

  it('the clock moving back loses nothing and counts nothing twice', async () => {
    const db = freshDb();
    let now = new Date(2026, 10, 24, 21, 0, 0);
    const deps = {
      db,
      roadmap: ROADMAP,
      extensionId: EXT,
      ledger: new StudyLedger(),
      now: () => now,
    };
    const playback = new PlaybackFollow();
    await handleMessage(deps, report([[0, 50]], true), sender, playback);
    now = new Date(2026, 10, 24, 21, 0, 2);
    await handleMessage(deps, report([[0, 52]], true), sender, playback);
    // Two hours back: the time between the two reports is not negative, nor counted again.
    now = new Date(2026, 10, 24, 19, 0);
    await handleMessage(
      deps,
      report([
        [0, 52],
        [60, 95],
      ]),
      sender,
      playback,
    );
    const video = await getVideo(db, vid(PY, 1));
    expect(video).toMatchObject({
      intervals: [
        [0, 52],
        [60, 95],
      ],
      coveredSeconds: 87,
    });
    expect(await db.daily.get('2026-11-24')).toEqual({ day: '2026-11-24', studyMs: 2000 });
  });

  it('a jump of the clock adds no active time', () => {
    const clock = new ActiveClock(10_000, true);
    expect(clock.take(5_000)).toBe(0);
    expect(clock.take(12_000)).toBe(2_000);
  });

  it('a change of time zone books study time on the local day it happened', async () => {
    const saved = process.env.TZ;
    try {
      const db = freshDb();
      // 23:30 UTC is already the next day in Tokyo.
      let instant = new Date(Date.UTC(2026, 10, 24, 23, 30));
      const deps = {
        db,
        roadmap: ROADMAP,
        extensionId: EXT,
        ledger: new StudyLedger(),
        now: () => instant,
      };
      const playback = new PlaybackFollow();
      process.env.TZ = 'UTC';
      await handleMessage(deps, report([[0, 10]], true), sender, playback);
      instant = new Date(instant.getTime() + 1000);
      await handleMessage(deps, report([[0, 11]], true), sender, playback);
      process.env.TZ = 'Asia/Tokyo';
      instant = new Date(instant.getTime() + 1000);
      await handleMessage(deps, report([[0, 20]]), sender, playback);
      expect((await db.daily.toArray()).map((d) => d.day)).toEqual(['2026-11-24', '2026-11-25']);
      expect((await db.videos.get(vid(PY, 1)))!.coveredSeconds).toBe(20);
    } finally {
      process.env.TZ = saved;
    }
  });
});
