import { ROADMAP } from '../../data/roadmap';
import { getVideo } from '../../lib/db/video-store';
import { learnPlaylist } from '../../lib/db/playlist-repo';
import { handleMessage, type HandlerDeps } from '../../lib/service/message-handler';
import {
  boundedUnion,
  normalizeIntervals,
  subtractIntervals,
  type Interval,
} from '../../lib/tracking/intervals';
import { PlaybackFollow, SILENCE_LIMIT_MS } from '../../lib/tracking/playback-follow';
import { shareByDay, StudyLedger } from '../../lib/tracking/study-time';
import { freshDb } from './db-helpers';
import { inTimeZone, PY, seededRandom as random, vid } from './helpers';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const sender = (videoId: string) => {
  const url = `https://www.youtube.com/watch?v=${videoId}&list=${PY}`;
  return { id: EXT, url, tab: { id: 3, url } };
};

function covered(parts: readonly Interval[]): number {
  return normalizeIntervals(parts).reduce((sum, [s, e]) => sum + e - s, 0);
}

function inside(parts: readonly Interval[], whole: readonly Interval[]): boolean {
  return subtractIntervals(normalizeIntervals(parts), normalizeIntervals(whole)).every(
    ([s, e]) => e - s < 1e-9,
  );
}

const progress = (payload: Record<string, unknown>) => ({
  type: 'yt:progress',
  payload: { playlistId: PY, ...payload },
});

function deps(clock: { now: number }): HandlerDeps {
  return {
    db: freshDb(),
    roadmap: ROADMAP,
    extensionId: EXT,
    ledger: new StudyLedger(),
    now: () => new Date(clock.now),
  };
}

describe('honest watching: what is stored is what the page played', () => {
  it('a 600 s video with 30 s played, whose stop report never arrives, stays 30 s covered and unwatched', async () => {
    const clock = { now: new Date(2026, 10, 24, 20, 0).getTime() };
    const d = deps(clock);
    const id = vid(PY, 1);
    const playback = new PlaybackFollow();
    await handleMessage(
      d,
      progress({ videoId: id, duration: 600, intervals: [], currentTime: 0, playbackRate: 1 }),
      sender(id),
      playback,
    );
    clock.now += 30_000;
    await handleMessage(
      d,
      progress({
        videoId: id,
        duration: 600,
        intervals: [[0, 30]],
        currentTime: 30,
        playbackRate: 1,
      }),
      sender(id),
      playback,
    );
    // Skimmed by seeking: the stop report carries 1001 parts and is refused.
    const skimmed = Array.from({ length: 1001 }, (_, i) => [31 + i * 0.5, 31.2 + i * 0.5]);
    clock.now += 10 * 60_000;
    expect(
      await handleMessage(
        d,
        progress({ videoId: id, duration: 600, intervals: skimmed, currentTime: 599 }),
        sender(id),
        playback,
      ),
    ).toBeUndefined();
    expect(playback.following).toBe(false);
    const video = await getVideo(d.db, id);
    expect(video).toMatchObject({ coveredSeconds: 30, watchedAt: null });
    expect((await d.db.daily.toArray()).reduce((sum, r) => sum + r.studyMs, 0)).toBe(30_000);
  });

  it('a late stop report credits no more than the playhead moved, and its `played` replaces any guess', async () => {
    const clock = { now: new Date(2026, 10, 24, 20, 0).getTime() };
    const d = deps(clock);
    const id = vid(PY, 2);
    const playback = new PlaybackFollow();
    const send = (payload: Record<string, unknown>) =>
      handleMessage(d, progress({ videoId: id, duration: 600, ...payload }), sender(id), playback);
    await send({ intervals: [], currentTime: 100, playbackRate: 1 });
    // 50 s of wall time; the page paused at 110 (a pause event that came late).
    clock.now += 50_000;
    await send({ intervals: [[100, 110]], currentTime: 110 });
    expect(await getVideo(d.db, id)).toMatchObject({ coveredSeconds: 10 });
    expect(await d.db.daily.toArray()).toEqual([{ day: '2026-11-24', studyMs: 10_000 }]);
  });

  it('a media error with no pause after it: the next report stops the credit where the playhead stood', async () => {
    const clock = { now: new Date(2026, 10, 24, 20, 0).getTime() };
    const d = deps(clock);
    const id = vid(PY, 3);
    const playback = new PlaybackFollow();
    const send = (payload: Record<string, unknown>) =>
      handleMessage(d, progress({ videoId: id, duration: 600, ...payload }), sender(id), playback);
    await send({ intervals: [], currentTime: 0, playbackRate: 1 });
    clock.now += 20_000;
    // The `error` event's report: no rate (the element has an error), played up to 20.
    await send({ intervals: [[0, 20]], currentTime: 20 });
    expect(playback.following).toBe(false);
    // However long one waits, nothing more is credited or covered.
    clock.now += 3_600_000;
    await send({ intervals: [[0, 20]], currentTime: 20 });
    expect(await getVideo(d.db, id)).toMatchObject({ coveredSeconds: 20, watchedAt: null });
    expect(await d.db.daily.toArray()).toEqual([{ day: '2026-11-24', studyMs: 20_000 }]);
  });

  it('two tabs playing at the same moment count that moment once', async () => {
    const clock = { now: new Date(2026, 10, 24, 20, 0).getTime() };
    const d = deps(clock);
    const [a, b] = [vid(PY, 1), vid(PY, 2)];
    const tabA = new PlaybackFollow();
    const tabB = new PlaybackFollow();
    const send = (id: string, playback: PlaybackFollow, currentTime: number) =>
      handleMessage(
        d,
        progress({ videoId: id, duration: 600, intervals: [], currentTime, playbackRate: 1 }),
        sender(id),
        playback,
      );
    await send(a, tabA, 0);
    clock.now += 10_000;
    await send(b, tabB, 0);
    clock.now += 30_000;
    await send(a, tabA, 40);
    clock.now += 10_000;
    await send(b, tabB, 40);
    // Playing from 0 to 50 s of wall time, in one tab or two.
    expect(await d.db.daily.toArray()).toEqual([{ day: '2026-11-24', studyMs: 50_000 }]);
  });

  it('a computer that slept an hour between two reports counts nothing for the sleep', async () => {
    const clock = { now: new Date(2026, 10, 24, 20, 0).getTime() };
    const d = deps(clock);
    const id = vid(PY, 1);
    const playback = new PlaybackFollow();
    const send = (currentTime: number) =>
      handleMessage(
        d,
        progress({ videoId: id, duration: 600, intervals: [], currentTime, playbackRate: 1 }),
        sender(id),
        playback,
      );
    await send(0);
    clock.now += 3_600_000;
    await send(20);
    expect(await d.db.daily.count()).toBe(0);
  });

  it('a crafted `list=…&index=3` link for an unrelated video moves no known video from its place', async () => {
    const clock = { now: new Date(2026, 10, 24, 20, 0).getTime() };
    const d = deps(clock);
    await learnPlaylist(
      d.db,
      { playlistId: PY, items: [1, 2, 3].map((n) => ({ videoId: vid(PY, n), position: n })) },
      1,
    );
    const stranger = 'zzzzzzzzzzz';
    const url = `https://www.youtube.com/watch?v=${stranger}&list=${PY}&index=3`;
    const from = { id: EXT, url, tab: { id: 3, url } };
    expect(
      await handleMessage(
        d,
        { type: 'yt:classify', payload: { videoId: stranger, playlistId: PY, index: 3 } },
        from,
      ),
    ).toMatchObject({ tracked: true, playlistId: PY });
    await handleMessage(
      d,
      progress({
        videoId: stranger,
        playlistId: PY,
        position: 3,
        duration: 100,
        intervals: [[0, 100]],
        currentTime: 100,
      }),
      from,
    );
    const rows = await d.db.playlistVideos.where('playlistId').equals(PY).sortBy('position');
    expect(rows.map((r) => [r.position, r.videoId])).toEqual([
      [1, vid(PY, 1)],
      [2, vid(PY, 2)],
      [3, vid(PY, 3)],
    ]);
  });

  it('for many generated sessions: coverage ⊆ what was reported, study ≤ wall time played, once', async () => {
    const rand = random(17);
    let studied = 0;
    let stored = 0;
    for (let run = 0; run < 25; run++) {
      const start = new Date(2026, 10, 24, 23, 50).getTime();
      const clock = { now: start };
      const d = deps(clock);
      const ids = [vid(PY, 1), vid(PY, 2)];
      const tabs = [new PlaybackFollow(), new PlaybackFollow()];
      const reported = new Map<string, Interval[]>();
      /** Wall spans during which some tab really played, as the pages would know them. */
      const playing: Interval[] = [];
      const heads = [0, 0];
      const rates = [1, 1];
      const since: (number | null)[] = [null, null];
      for (let step = 0; step < 30; step++) {
        const t = Math.floor(rand() * 2);
        const id = ids[t]!;
        clock.now += Math.floor(rand() * 90_000);
        const was = since[t] ?? null;
        if (was !== null) {
          // The page really played since its report: maybe less (an unreported stall).
          const wall = clock.now - was;
          const playedWall = rand() < 0.3 ? wall * rand() : wall;
          playing.push([was, was + playedWall]);
          const from = heads[t]!;
          heads[t] = Math.min(600, from + (playedWall / 1000) * rates[t]!);
          const part: Interval = [from, heads[t]!];
          if (part[1] > part[0]) reported.set(id, [...(reported.get(id) ?? []), part]);
        }
        if (rand() < 0.2) heads[t] = Math.floor(rand() * 600);
        const advancing = rand() < 0.7 && heads[t]! < 600;
        rates[t] = [0.5, 1, 2, 4][Math.floor(rand() * 4)]!;
        const lost = rand() < 0.15;
        since[t] = advancing ? clock.now : null;
        if (lost) continue;
        await handleMessage(
          d,
          progress({
            videoId: id,
            duration: 600,
            intervals: normalizeIntervals(reported.get(id) ?? []),
            currentTime: heads[t],
            ...(advancing ? { playbackRate: rates[t] } : {}),
          }),
          sender(id),
          tabs[t],
        );
      }
      for (const id of ids) {
        const video = await getVideo(d.db, id);
        if (video) expect(inside(video.intervals, reported.get(id) ?? [])).toBe(true);
        stored += video?.coveredSeconds ?? 0;
      }
      const study = (await d.db.daily.toArray()).reduce((sum, r) => sum + r.studyMs, 0);
      expect(study).toBeLessThanOrEqual(covered(playing) + 1);
      studied += study;
    }
    // The cases are not empty: they did store coverage and credit study time.
    expect(stored).toBeGreaterThan(0);
    expect(studied).toBeGreaterThan(0);
  });
});

describe('the study ledger', () => {
  it('gives each moment of wall time once, whichever page claims it', () => {
    const ledger = new StudyLedger();
    expect(ledger.claim({ from: 0, to: 10 })).toEqual([{ from: 0, to: 10 }]);
    expect(ledger.claim({ from: 5, to: 20 })).toEqual([{ from: 10, to: 20 }]);
    expect(ledger.claim({ from: 30, to: 40 })).toEqual([{ from: 30, to: 40 }]);
    expect(ledger.claim({ from: 0, to: 50 })).toEqual([
      { from: 20, to: 30 },
      { from: 40, to: 50 },
    ]);
    expect(ledger.claim({ from: 0, to: 50 })).toEqual([]);
    expect(ledger.claim({ from: 60, to: 60 })).toEqual([]);
  });

  it('never gives more than the union of the claimed spans (generated)', () => {
    const rand = random(5);
    const ledger = new StudyLedger();
    const spans: Interval[] = [];
    let given = 0;
    for (let i = 0; i < 500; i++) {
      const from = Math.floor(rand() * 100_000);
      const to = from + Math.floor(rand() * 60_000);
      spans.push([from, to]);
      given += ledger.claim({ from, to }).reduce((sum, s) => sum + s.to - s.from, 0);
    }
    expect(given).toBe(covered(spans));
  });

  describe('split by local day', () => {
    inTimeZone('Europe/Berlin');
    it('books each part on the day it happened, DST days included', () => {
      const before = new Date(2026, 9, 24, 23, 50).getTime();
      expect(shareByDay([{ from: before, to: before + 20 * 60_000 }])).toEqual([
        { day: '2026-10-24', ms: 10 * 60_000 },
        { day: '2026-10-25', ms: 10 * 60_000 },
      ]);
      // 25 October 2026 has 25 hours in Berlin: a span over the whole day gets all 25.
      const day = new Date(2026, 9, 25).getTime();
      const next = new Date(2026, 9, 26).getTime();
      expect(shareByDay([{ from: day, to: next }])).toEqual([
        { day: '2026-10-25', ms: 25 * 3_600_000 },
      ]);
    });
  });
});

describe('intervals for reports and storage', () => {
  it('subtracts what was delivered from what played', () => {
    expect(
      subtractIntervals(
        [
          [0, 10],
          [20, 30],
        ],
        [
          [2, 4],
          [8, 22],
          [25, 26],
        ],
      ),
    ).toEqual([
      [0, 2],
      [4, 8],
      [22, 25],
      [26, 30],
    ]);
    expect(subtractIntervals([[0, 10]], [])).toEqual([[0, 10]]);
    expect(subtractIntervals([[0, 10]], [[0, 10]])).toEqual([]);
  });

  it('stores at most the limit of parts, never bridging a gap, keeping what extends stored parts', () => {
    const stored: Interval[] = [
      [0, 10],
      [100, 110],
    ];
    const added: Interval[] = [
      [10, 20],
      [50, 51],
      [60, 65],
      [200, 230],
    ];
    const kept = boundedUnion(stored, added, 3);
    expect(kept).toEqual([
      [0, 20],
      [100, 110],
      [200, 230],
    ]);
    expect(inside(kept, [...stored, ...added])).toBe(true);
  });
});

describe('learning a playlist', () => {
  it('learns a playlist in one pass: as many reads for 1000 videos as for 10', async () => {
    const reads = async (size: number) => {
      const db = freshDb();
      const items = Array.from({ length: size }, (_, i) => ({
        videoId: `v${String(i).padStart(10, '0')}`,
        position: i + 1,
      }));
      await learnPlaylist(db, { playlistId: PY, items }, 1);
      const where = vi.spyOn(db.playlistVideos, 'where');
      const get = vi.spyOn(db.playlistVideos, 'get');
      // Reordered: the last video moved to the front, everything shifted by one.
      const moved = [items[size - 1]!, ...items.slice(0, size - 1)].map((item, i) => ({
        ...item,
        position: i + 1,
      }));
      await learnPlaylist(db, { playlistId: PY, items: moved }, 2);
      const calls = where.mock.calls.length + get.mock.calls.length;
      where.mockRestore();
      const rows = await db.playlistVideos.where('playlistId').equals(PY).sortBy('position');
      expect(rows.map((r) => r.videoId)).toEqual(moved.map((m) => m.videoId));
      return calls;
    };
    const small = await reads(10);
    expect(await reads(1000)).toBe(small);
    expect(small).toBeLessThanOrEqual(2);
  });

  it('a video shown at a stored position displaces the one there; titles are kept', async () => {
    const db = freshDb();
    await learnPlaylist(
      db,
      {
        playlistId: PY,
        items: [
          { videoId: vid(PY, 1), position: 1, title: 'One' },
          { videoId: vid(PY, 2), position: 2, title: 'Two' },
        ],
      },
      1,
    );
    await learnPlaylist(
      db,
      {
        playlistId: PY,
        items: [
          { videoId: vid(PY, 1), position: 2 },
          { videoId: vid(PY, 9), position: 1 },
        ],
      },
      2,
    );
    const rows = await db.playlistVideos.where('playlistId').equals(PY).sortBy('position');
    expect(rows.map((r) => [r.position, r.videoId, r.title])).toEqual([
      [1, vid(PY, 9), undefined],
      [2, vid(PY, 1), 'One'],
    ]);
  });
});

it('keeps the silence limit within what the issue allows', () => {
  expect(SILENCE_LIMIT_MS).toBeLessThanOrEqual(60_000);
});
