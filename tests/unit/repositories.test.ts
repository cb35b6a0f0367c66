import { setCheck } from '../../lib/db/checks-repo';
import { learnPlaylist } from '../../lib/db/playlist-repo';
import { getSettings, updateSettings } from '../../lib/db/settings-repo';
import { readSnapshot, resetProgress } from '../../lib/db/snapshot-repo';
import { dump, freshDb, recordPlay } from './db-helpers';
import { PY, vid } from './helpers';

const ctx = { now: 1_000, day: '2026-11-24', threshold: 0.9 };

describe('settings', () => {
  it('has defaults until the learner chooses', async () => {
    const db = freshDb();
    expect(await getSettings(db)).toEqual({
      language: 'en',
      watchedThreshold: 0.9,
      companionPanel: true,
      // Sync sends data to the browser's account: off until chosen.
      syncEnabled: false,
      dailyGoalMinutes: 30,
      reminderEnabled: false,
      reminderTime: '19:00',
      // Every day is a study day until the learner says otherwise.
      studyDays: '1234567',
      forecastEnabled: false,
      focusMode: 'off',
      uiLanguage: 'auto',
      // Notes come back for review until the learner turns it off.
      reviewEnabled: true,
    });
    await updateSettings(db, { startDate: '2026-11-24' }, 5);
    await updateSettings(db, { language: 'hi' }, 6);
    expect(await getSettings(db)).toEqual({
      language: 'hi',
      watchedThreshold: 0.9,
      companionPanel: true,
      syncEnabled: false,
      dailyGoalMinutes: 30,
      reminderEnabled: false,
      reminderTime: '19:00',
      studyDays: '1234567',
      forecastEnabled: false,
      focusMode: 'off',
      uiLanguage: 'auto',
      reviewEnabled: true,
      startDate: '2026-11-24',
      // Only what was chosen, and when: sync never lets a default win over a choice.
      chosenAt: { startDate: 5, language: 6 },
      // The latest change stamp seen here (hybrid logical time, lib/db/stamps.ts).
      seenStamp: 6,
    });
  });
});

describe('recording watching', () => {
  it('merges played parts and marks a video watched at 90 %', async () => {
    const db = freshDb();
    const id = vid(PY, 1);
    const report = {
      videoId: id,
      playlistId: PY,
      position: 1,
      duration: 100,
      intervals: [[0, 50]] as [number, number][],
      playedMs: 5000,
      currentTime: 50,
    };
    let record = await recordPlay(db, report, ctx);
    expect(record).toMatchObject({ coveredSeconds: 50, watchedAt: null });
    record = await recordPlay(
      db,
      { ...report, intervals: [[40, 95]], playedMs: 3000, currentTime: 95 },
      { ...ctx, now: 2000 },
    );
    expect(record).toMatchObject({ intervals: [[0, 95]], coveredSeconds: 95, watchedAt: 2000 });
    expect(await db.daily.get('2026-11-24')).toEqual({ day: '2026-11-24', studyMs: 8000 });
    expect(await db.playlistVideos.get([PY, id])).toMatchObject({ position: 1 });
    const snap = await readSnapshot(db);
    expect(snap.watchedVideos.has(id)).toBe(true);
    expect(snap.playlistPositions.get(PY)?.get(1)).toBe(id);
  });

  it('changes nothing when the same report arrives twice', async () => {
    const db = freshDb();
    const report = {
      videoId: vid(PY, 2),
      duration: 100,
      intervals: [[0, 30]] as [number, number][],
      playedMs: 0,
      currentTime: 30,
    };
    await recordPlay(db, report, ctx);
    const before = await dump(db);
    await recordPlay(db, report, { ...ctx, now: 9999 });
    expect(await dump(db)).toEqual(before);
  });

  it('takes the latest duration: a pre-roll’s length read first is corrected, and so is the mark', async () => {
    const db = freshDb();
    const id = vid(PY, 3);
    // A 15 s pre-roll's length taken for the video's, with 14 s played: "watched" for now.
    let record = await recordPlay(
      db,
      { videoId: id, duration: 15, intervals: [[0, 14]], currentTime: 14 },
      ctx,
    );
    expect(record.watchedAt).toBe(ctx.now);
    // The video's own report: 600 s long; coverage and the mark follow, no part is lost.
    record = await recordPlay(
      db,
      { videoId: id, duration: 600, intervals: [[20, 30]], currentTime: 30 },
      ctx,
    );
    expect(record).toMatchObject({
      duration: 600,
      intervals: [
        [0, 14],
        [20, 30],
      ],
      coveredSeconds: 24,
      watchedAt: null,
    });
    // A shorter duration later (an ad again) clips coverage, not the stored parts.
    record = await recordPlay(
      db,
      { videoId: id, duration: 100, intervals: [[550, 560]], currentTime: 100 },
      ctx,
    );
    expect(record.intervals).toEqual([
      [0, 14],
      [20, 30],
      [550, 560],
    ]);
    expect(record.coveredSeconds).toBe(24);
    record = await recordPlay(
      db,
      { videoId: id, duration: 600, intervals: [], currentTime: 560 },
      ctx,
    );
    expect(record.coveredSeconds).toBe(34);
  });

  it('never unsets watched', async () => {
    const db = freshDb();
    const id = vid(PY, 4);
    await recordPlay(
      db,
      { videoId: id, duration: 10, intervals: [[0, 10]], playedMs: 0, currentTime: 10 },
      ctx,
    );
    const record = await recordPlay(
      db,
      { videoId: id, duration: 10, intervals: [[0, 1]], playedMs: 0, currentTime: 1 },
      { ...ctx, now: 5000 },
    );
    expect(record.watchedAt).toBe(1000);
  });
});

describe('learning playlists', () => {
  it('stores positions, title and total, and moves a video that changed place', async () => {
    const db = freshDb();
    await learnPlaylist(
      db,
      {
        playlistId: PY,
        title: 'Python',
        total: 40,
        items: [
          { videoId: vid(PY, 1), position: 1, title: 'One' },
          { videoId: vid(PY, 2), position: 2 },
        ],
      },
      1,
    );
    await learnPlaylist(db, { playlistId: PY, items: [{ videoId: vid(PY, 9), position: 2 }] }, 2);
    const snap = await readSnapshot(db);
    expect(snap.playlistTotals.get(PY)).toBe(40);
    expect([...snap.playlistPositions.get(PY)!]).toEqual([
      [1, vid(PY, 1)],
      [2, vid(PY, 9)],
    ]);
    expect(await db.playlists.get(PY)).toMatchObject({ title: 'Python', total: 40 });
    expect(await db.playlistVideos.get([PY, vid(PY, 1)])).toMatchObject({ title: 'One' });
  });
});

describe('ticks and reset', () => {
  it('ticks, unticks and resets progress but keeps settings', async () => {
    const db = freshDb();
    await updateSettings(db, { startDate: '2026-11-24' }, 1);
    await setCheck(db, 'dsa', true, 1);
    expect((await readSnapshot(db)).checks.get('dsa')).toBe(true);
    await setCheck(db, 'dsa', false, 2);
    expect((await readSnapshot(db)).checks.get('dsa')).toBe(false);
    await recordPlay(
      db,
      { videoId: vid(PY, 1), duration: 10, intervals: [[0, 10]], playedMs: 100, currentTime: 10 },
      ctx,
    );
    await resetProgress(db, 2000);
    const all = await dump(db);
    expect(all.videos).toEqual([]);
    expect(all.checks).toEqual([]);
    expect(all.daily).toEqual([]);
    expect((await getSettings(db)).startDate).toBe('2026-11-24');
  });
});
