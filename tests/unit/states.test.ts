import { ROADMAP } from '../../data/roadmap';
import { setCheck, setStatus } from '../../lib/db/checks-repo';
import { readSnapshot } from '../../lib/db/snapshot-repo';
import { setManualWatched } from '../../lib/db/watch-repo';
import { learnPlaylist } from '../../lib/db/playlist-repo';
import { getVideo } from '../../lib/db/video-store';
import { itemsLeft } from '../../lib/plan/pace';
import { overallProgress, weekChecklist } from '../../lib/plan/checklist';
import { nextStep } from '../../lib/plan/next-step';
import { findItem } from '../../lib/plan/roadmap-index';
import { itemProgress, itemState } from '../../lib/progress/item-progress';
import { freshDb, recordPlay } from './db-helpers';
import { PY, vid } from './helpers';

const python = findItem(ROADMAP, 'python-level-1')!.resource;
const dsa = findItem(ROADMAP, 'dsa')!.resource;

describe('item states', () => {
  it('goes not started → in progress → done, and skipped by choice', async () => {
    const db = freshDb();
    await learnPlaylist(
      db,
      { playlistId: PY, items: [1, 2].map((n) => ({ videoId: vid(PY, n), position: n })) },
      1,
    );
    expect(itemState(itemProgress(python, await readSnapshot(db)))).toBe('not-started');
    await recordPlay(
      db,
      {
        videoId: vid(PY, 1),
        playlistId: PY,
        position: 1,
        duration: 10,
        intervals: [[0, 10]],
        playedMs: 0,
        currentTime: 10,
      },
      { now: 2, day: '2026-11-24', threshold: 0.9 },
    );
    expect(itemState(itemProgress(python, await readSnapshot(db)))).toBe('in-progress');
    await setCheck(db, 'python-level-1', true, 3);
    expect(itemState(itemProgress(python, await readSnapshot(db)))).toBe('done');

    await setStatus(db, 'dsa', 'skipped', 4);
    const snap = await readSnapshot(db);
    expect(itemState(itemProgress(dsa, snap))).toBe('skipped');
    // Skipped: not due, not next, not counted in the roadmap's total.
    const week1 = weekChecklist(ROADMAP, 1, snap);
    expect(itemsLeft(week1.filter((e) => e.resource.id === 'dsa'))).toBe(0);
    expect(nextStep(ROADMAP, 1, snap)?.resource.id).not.toBe('dsa');
    const before = overallProgress(ROADMAP, await readSnapshot(freshDb())).total;
    expect(overallProgress(ROADMAP, snap).total).toBe(before - 1);
    // Undo the skip.
    await setStatus(db, 'dsa', 'open', 5);
    expect(itemState(itemProgress(dsa, await readSnapshot(db)))).toBe('not-started');
  });

  it('marks a video watched or unwatched by hand, and undoes it without losing what was played', async () => {
    const db = freshDb();
    await recordPlay(
      db,
      { videoId: vid(PY, 1), duration: 100, intervals: [[0, 40]], playedMs: 0, currentTime: 40 },
      { now: 1, day: '2026-11-24', threshold: 0.9 },
    );
    await setManualWatched(db, vid(PY, 1), true, 2);
    expect((await readSnapshot(db)).watchedVideos.has(vid(PY, 1))).toBe(true);
    await setManualWatched(db, vid(PY, 1), undefined, 3);
    expect((await readSnapshot(db)).watchedVideos.has(vid(PY, 1))).toBe(false);
    expect((await getVideo(db, vid(PY, 1)))!.intervals).toEqual([[0, 40]]);
    // A video never played here, marked by hand, then played: its real duration is taken.
    await setManualWatched(db, vid(PY, 2), true, 4);
    const played = await recordPlay(
      db,
      { videoId: vid(PY, 2), duration: 50, intervals: [[0, 10]], playedMs: 0, currentTime: 10 },
      { now: 5, day: '2026-11-24', threshold: 0.9 },
    );
    expect(played).toMatchObject({ duration: 50, coveredSeconds: 10, manual: true });
  });
});
