import { parsePageRequest } from '../../lib/protocol/schema';
import { handlePageRequest } from '../../lib/service/page-requests';
import { getSettings, updateSettings } from '../../lib/db/settings-repo';
import { readHistory } from '../../lib/plan/replan';
import { dump, freshDb } from './db-helpers';
import { syncNeverChosen } from '../../lib/db/settings-defaults';

const NOW = new Date(2026, 10, 24, 20).getTime();

describe('start, re-plan and undo are written by the background (issue 29)', () => {
  it('reads only exact requests of the extension’s pages', () => {
    expect(
      parsePageRequest({ type: 'ui:start', startDate: '2026-11-02', sync: false, track: 'hi' }),
    ).toEqual({
      type: 'ui:start',
      startDate: '2026-11-02',
      sync: false,
      track: 'hi',
    });
    expect(parsePageRequest({ type: 'ui:replan', kind: 'shift', weeks: 3 })).not.toBeNull();
    expect(parsePageRequest({ type: 'ui:undo' })).toEqual({ type: 'ui:undo' });
    expect(parsePageRequest({ type: 'ui:tick', key: 'dsa', done: true })).not.toBeNull();
    for (const bad of [
      { type: 'ui:start', startDate: '2026-13-02', sync: false, track: 'en' },
      { type: 'ui:start', startDate: '2026-11-02', sync: 'yes', track: 'en' },
      { type: 'ui:start', startDate: '2026-11-02', sync: false, track: 'fr' },
      { type: 'ui:replan', kind: 'shift', weeks: 1000 },
      { type: 'ui:replan', kind: 'erase', weeks: 1 },
      { type: 'ui:undo', extra: true },
      { type: 'yt:progress' },
      null,
    ])
      expect(parsePageRequest(bad)).toBeNull();
  });

  it('starts the plan, moves it, undoes the move; a request that no longer fits changes nothing', async () => {
    const db = freshDb();
    expect(
      await handlePageRequest(
        db,
        { type: 'ui:start', startDate: '2026-09-07', sync: true, track: 'hi' },
        NOW,
      ),
    ).toBe(true);
    expect(await getSettings(db)).toMatchObject({
      startDate: '2026-09-07',
      language: 'hi',
      syncEnabled: true,
      syncConsentAt: NOW,
    });
    // Answered at the first run: never offered again.
    expect(syncNeverChosen(await getSettings(db))).toBe(false);
    expect(await handlePageRequest(db, { type: 'ui:replan', kind: 'shift', weeks: 2 }, NOW)).toBe(
      true,
    );
    const moved = await getSettings(db);
    expect(moved.startDate).toBe('2026-09-21');
    expect(readHistory(moved.planHistory)).toHaveLength(1);
    expect(await handlePageRequest(db, { type: 'ui:undo' }, NOW + 1000)).toBe(true);
    expect((await getSettings(db)).startDate).toBe('2026-09-07');
    const before = await dump(db);
    expect(await handlePageRequest(db, { type: 'ui:undo' }, NOW + 2000)).toBe(false);
    expect(await dump(db)).toEqual(before);
  });

  it('a start that declines sync records the answer; turning sync on from the offer gives consent', async () => {
    const db = freshDb();
    await handlePageRequest(
      db,
      { type: 'ui:start', startDate: '2026-09-07', sync: false, track: 'en' },
      NOW,
    );
    expect(syncNeverChosen(await getSettings(db))).toBe(false);
    expect((await getSettings(db)).syncEnabled).toBe(false);
    await handlePageRequest(db, { type: 'ui:sync', on: true }, NOW + 1);
    expect(await getSettings(db)).toMatchObject({ syncEnabled: true, syncConsentAt: NOW + 1 });
    expect(parsePageRequest({ type: 'ui:sync', on: 'yes' })).toBeNull();
  });

  it('a re-plan without a plan changes nothing', async () => {
    const db = freshDb();
    await updateSettings(db, { dailyGoalMinutes: 20 }, NOW);
    const before = await dump(db);
    expect(
      await handlePageRequest(db, { type: 'ui:replan', kind: 'catch-up', weeks: 1 }, NOW),
    ).toBe(false);
    expect(await dump(db)).toEqual(before);
  });
});

describe('a video marked by hand from Today’s tick boxes (issue 31)', () => {
  it('reads only a real video id and a yes or no', () => {
    expect(parsePageRequest({ type: 'ui:mark', videoId: 'abcdefghijk', watched: true })).toEqual({
      type: 'ui:mark',
      videoId: 'abcdefghijk',
      watched: true,
    });
    for (const bad of [
      { type: 'ui:mark', videoId: 'short', watched: true },
      { type: 'ui:mark', videoId: 'abcdefghijk', watched: 'yes' },
      { type: 'ui:mark', videoId: 'abcdefghijk' },
      { type: 'ui:mark', videoId: 'abcdefghijk', watched: true, extra: 1 },
    ])
      expect(parsePageRequest(bad)).toBeNull();
  });

  it('keeps a hand mark only where it differs from tracking, and never loses what was played', async () => {
    const { getVideo } = await import('../../lib/db/video-store');
    const { watchWhole, recordPlay } = await import('./db-helpers');
    const { PY, vid } = await import('./helpers');
    const db = freshDb();
    // Never played: ticked watched by hand, then unticked: back to what tracking measured.
    const fresh = vid(PY, 3);
    await handlePageRequest(db, { type: 'ui:mark', videoId: fresh, watched: true }, NOW);
    expect((await getVideo(db, fresh))?.manual).toBe(true);
    await handlePageRequest(db, { type: 'ui:mark', videoId: fresh, watched: false }, NOW + 1);
    expect((await getVideo(db, fresh))?.manual).toBeUndefined();
    // Watched by tracking: unticking is a hand "not watched"; ticking again removes it.
    await watchWhole(db, PY, 1, NOW);
    const whole = vid(PY, 1);
    await handlePageRequest(db, { type: 'ui:mark', videoId: whole, watched: false }, NOW + 2);
    expect(await getVideo(db, whole)).toMatchObject({ manual: false, coveredSeconds: 60 });
    await handlePageRequest(db, { type: 'ui:mark', videoId: whole, watched: true }, NOW + 3);
    const back = await getVideo(db, whole);
    expect(back?.manual).toBeUndefined();
    expect(back?.intervals).toEqual([[0, 60]]);
    // Half played: a hand tick keeps the played parts under it.
    await recordPlay(
      db,
      { videoId: vid(PY, 2), duration: 100, intervals: [[0, 30]], currentTime: 30 },
      { now: NOW, threshold: 0.9 },
    );
    await handlePageRequest(db, { type: 'ui:mark', videoId: vid(PY, 2), watched: true }, NOW + 4);
    expect(await getVideo(db, vid(PY, 2))).toMatchObject({ manual: true, coveredSeconds: 30 });
  });
});
