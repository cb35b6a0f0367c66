import { learnPlaylist } from '../../lib/db/playlist-repo';
import { addActiveTime, recordListed, recordVisit } from '../../lib/db/pages-repo';
import { buildIndex, INDEX_KEY } from '../../lib/db/progress-index';
import { decodeIndex } from '../../lib/db/index-codec';
import { DEFAULT_SETTINGS, updateSettings } from '../../lib/db/settings-repo';
import { readSnapshot, resetProgress } from '../../lib/db/snapshot-repo';
import { setManualWatched } from '../../lib/db/watch-repo';
import { exportBackup, importBackup } from '../../lib/backup/backup-repo';
import { applySummary } from '../../lib/sync/local-summary';
import { emptySummary } from '../../lib/sync/summary';
import type { CompanionDb } from '../../lib/db/database';
import { freshDb, recordPlay } from './db-helpers';
import { PY, vid } from './helpers';

const v = (n: number) => vid(PY, n);

const day = '2026-11-24';

/** The stored index must always equal the one computed from the tables. */
async function expectInStep(db: CompanionDb, after: string) {
  const stored = await db.derived.get(INDEX_KEY);
  expect(stored && decodeIndex(stored), after).toEqual(await buildIndex(db));
}

type Step = [string, (db: CompanionDb, n: number) => Promise<unknown>];

const OTHER = 'PLPbgcxheSpE1DJKfdko58_AIZRIT0TjpO';
const khanPage = (n: number) => ({
  resourceId: 'khan-cs-principles',
  key: `lesson-${n % 4}`,
  category: 'lesson',
  group: 'computers-101',
});

/** Every writer of the tables the index is derived from, with varying arguments. */
const STEPS: Step[] = [
  [
    'a partial watch in a playlist',
    (db, n) =>
      recordPlay(
        db,
        {
          videoId: v(n % 5),
          playlistId: PY,
          position: (n % 5) + 1,
          duration: 100,
          intervals: [[0, 10 + (n % 3) * 40]],
          playedMs: 1000,
          currentTime: 10 + (n % 3) * 40,
        },
        { now: n, day, threshold: 0.9 },
      ),
  ],
  [
    'a whole watch outside a playlist',
    (db, n) =>
      recordPlay(
        db,
        {
          videoId: v(10 + (n % 3)),
          duration: 60,
          intervals: [[0, 60]],
          playedMs: 60_000,
          currentTime: 60,
        },
        { now: n, day, threshold: 0.9 },
      ),
  ],
  [
    'a video moved to another position (the old one is displaced)',
    (db, n) =>
      recordPlay(
        db,
        {
          videoId: v(20 + (n % 2)),
          playlistId: PY,
          position: 1 + (n % 3),
          duration: 100,
          intervals: [[0, 3]],
          playedMs: 1,
          currentTime: 3,
        },
        { now: n, day, threshold: 0.9 },
      ),
  ],
  [
    'a playlist page learned',
    (db, n) =>
      learnPlaylist(
        db,
        {
          playlistId: n % 2 ? PY : OTHER,
          title: 'Playlist',
          ...(n % 3 ? { total: 7 } : {}),
          items: Array.from({ length: 4 }, (_, i) => ({
            videoId: v(i + (n % 4)),
            position: i + 1,
            title: `Video ${i} seen at ${n}`,
          })),
        },
        n,
      ),
  ],
  [
    'a video marked by hand',
    (db, n) => setManualWatched(db, v(n % 6), [true, false, undefined][n % 3], n),
  ],
  ['a lesson opened', (db, n) => recordVisit(db, khanPage(n), n)],
  [
    'lessons seen listed',
    (db, n) => recordListed(db, [khanPage(n + 1), khanPage(n + 2), khanPage(n + 7)]),
  ],
  ['active time on a lesson', (db, n) => addActiveTime(db, khanPage(n), 5000, [{ day, ms: 5000 }])],
  [
    'the watched threshold changed',
    (db, n) => updateSettings(db, { watchedThreshold: n % 2 ? 0.5 : 0.9 }, n),
  ],
  ['the language changed', (db, n) => updateSettings(db, { language: n % 2 ? 'hi' : 'en' }, n)],
  [
    'a sync summary applied',
    (db, n) =>
      applySummary(
        db,
        {
          ...emptySummary(),
          watched: { [PY]: [`${(n % 6) + 1}:${v(30 + (n % 6))}`] },
          singles: [v(40 + (n % 2))],
          pages: { 'khan-cs-principles': [`computers-101|lesson|lesson-${(n % 5) + 4}`] },
        },
        n,
      ),
  ],
  [
    'a sync summary with newer settings applied',
    (db, n) =>
      applySummary(
        db,
        {
          ...emptySummary(),
          settings: { watchedThreshold: { value: n % 2 ? 0.6 : 0.9, at: n * 1000 } },
        },
        n,
      ),
  ],
  [
    'a backup merged',
    async (db, n) => {
      const other = freshDb();
      await recordPlay(
        other,
        {
          videoId: v(50 + (n % 3)),
          playlistId: OTHER,
          position: 2,
          duration: 80,
          intervals: [[0, 80]],
          playedMs: 80_000,
          currentTime: 80,
        },
        { now: n, day, threshold: 0.9 },
      );
      await importBackup(db, await exportBackup(other, n), 'merge');
    },
  ],
  [
    'a backup restored in place of everything',
    async (db, n) => importBackup(db, await exportBackup(db, n), 'replace'),
  ],
  ['progress reset', (db, n) => resetProgress(db, n)],
];

describe('progress index', () => {
  it.each(STEPS)('stays in step after %s', async (_name, step) => {
    const db = freshDb();
    for (let n = 1; n <= 6; n++) {
      await STEPS[0]![1](db, n);
      await STEPS[3]![1](db, n);
      await step(db, n);
      await expectInStep(db, `${_name} #${n}`);
    }
  });

  it('stays in step through a long random mix of every writer', async () => {
    const db = freshDb();
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 1; n <= 150; n++) {
      const [name, step] = STEPS[Math.floor(random() * STEPS.length)]!;
      await step(db, n);
      await expectInStep(db, `${name} at step ${n}`);
    }
  });

  it('gives the same snapshot as the tables when the row is missing', async () => {
    const db = freshDb();
    for (let n = 1; n <= 4; n++) for (const [, step] of STEPS.slice(0, 7)) await step(db, n);
    const withIndex = await readSnapshot(db);
    await db.derived.clear();
    expect(await readSnapshot(db)).toEqual(withIndex);
    // The read repairs it once it is done.
    await vi.waitFor(async () => expect(await db.derived.get(INDEX_KEY)).toBeDefined());
    await expectInStep(db, 'a read after the index was lost');
    expect(await readSnapshot(db)).toEqual(withIndex);
  });

  it('is recounted when the stored one was made with another threshold', async () => {
    const db = freshDb();
    await STEPS[0]![1](db, 1); // 50 of 100 seconds
    expect((await readSnapshot(db)).watchedVideos.has(v(1))).toBe(false);
    // Written past the repository, as an older version of the extension would have.
    await db.settings.put({
      ...DEFAULT_SETTINGS,
      key: 'settings',
      updatedAt: 1,
      watchedThreshold: 0.5,
    });
    expect((await readSnapshot(db)).watchedVideos.has(v(1))).toBe(true);
  });

  it('keeps where to resume a half-watched video and the seconds left after it', async () => {
    const db = freshDb();
    await recordPlay(
      db,
      { videoId: v(3), duration: 300, intervals: [[0, 61]], currentTime: 61.4 },
      { now: 1, threshold: 0.9 },
    );
    const snapshot = await readSnapshot(db);
    expect(snapshot.resumeAt.get(v(3))).toBe(61);
    expect(snapshot.resumeLeft?.get(v(3))).toBe(239);
    await expectInStep(db, 'a half-watched video');
  });
});
