import { vi } from 'vitest';
import { ROADMAP } from '../../data/roadmap';
import type { Roadmap } from '../../data/roadmap-types';
import { exportBackup, importBackup } from '../../lib/backup/backup-repo';
import { parseBackup } from '../../lib/backup/backup-schema';
import {
  backupBeforeUpgrade,
  listAutoBackups,
  maybeDailyBackup,
  readAutoBackup,
  KEEP_BACKUPS,
  type KeyValueStore,
} from '../../lib/backup/auto-backup';
import { setCheck } from '../../lib/db/checks-repo';
import { learnPlaylist } from '../../lib/db/playlist-repo';
import { recordVisit } from '../../lib/db/pages-repo';
import { updateSettings } from '../../lib/db/settings-repo';
import { readSnapshot } from '../../lib/db/snapshot-repo';
import { findItem } from '../../lib/plan/roadmap-index';
import { itemProgress } from '../../lib/progress/item-progress';
import { dump, freshDb, recordPlay } from './db-helpers';
import { getVideo } from '../../lib/db/video-store';
import { recordWatch, setManualWatched } from '../../lib/db/watch-repo';
import { PY, vid } from './helpers';

const NOW = Date.UTC(2026, 10, 24, 20);
const ctx = { now: NOW, day: '2026-11-24', threshold: 0.9 };

async function filledDb() {
  const db = freshDb();
  await updateSettings(db, { startDate: '2026-10-18', language: 'hi' }, NOW - 1000);
  // A change of plan (kept for undo) and a range counted by position: both must round-trip.
  await updateSettings(
    db,
    {
      startDate: '2026-11-01',
      planHistory: JSON.stringify([
        { kind: 'shift', weeks: 2, from: '2026-10-18', to: '2026-11-01', at: NOW },
      ]),
    },
    NOW,
  );
  await setCheck(db, 'python-level-1#count-by-position', true, NOW);
  await learnPlaylist(
    db,
    {
      playlistId: PY,
      title: 'Python',
      total: 30,
      items: [1, 2, 3].map((n) => ({ videoId: vid(PY, n), position: n, title: `T${n}` })),
    },
    NOW,
  );
  await recordPlay(
    db,
    {
      videoId: vid(PY, 1),
      playlistId: PY,
      position: 1,
      duration: 100,
      intervals: [[0, 95]],
      playedMs: 60_000,
      currentTime: 95,
    },
    ctx,
  );
  await recordPlay(
    db,
    {
      videoId: vid(PY, 2),
      playlistId: PY,
      position: 2,
      duration: 100,
      intervals: [
        [10, 20],
        [50, 60],
      ],
      playedMs: 5_000,
      currentTime: 60,
    },
    ctx,
  );
  await setCheck(db, 'dsa', true, NOW);
  await setCheck(db, 'statistics-book#step-2', true, NOW);
  await recordVisit(db, { resourceId: 'kaggle-eda', key: 'a/b', category: 'notebook' }, NOW);
  // A note about a whole item, a link of the learner's own, and a note reviewed once.
  await db.notes.bulkPut([
    {
      id: 'item-note',
      itemId: 'kaggle-eda',
      week: 4,
      text: 'describe() first',
      createdAt: NOW - 9000,
      updatedAt: NOW - 9000,
    },
    {
      id: 'own-link',
      itemId: 'kaggle-eda',
      week: 4,
      text: 'Seaborn gallery',
      url: 'https://seaborn.pydata.org/examples/index.html',
      createdAt: NOW - 8000,
      updatedAt: NOW - 8000,
    },
  ]);
  await db.reviews.put({
    noteId: 'item-note',
    step: 1,
    dueDay: '2026-12-01',
    at: NOW - 7000,
    log: [NOW - 7000],
  });
  return db;
}

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) =>
      Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
    remove: async (keys) => keys.forEach((k) => data.delete(k)),
  };
}

describe('export and import', () => {
  it('refuses a note’s link that is not a web address and a review without its day, row by row', async () => {
    const db = await filledDb();
    const file = (await exportBackup(db, NOW)) as unknown as {
      data: { notes: Record<string, unknown>[]; reviews: Record<string, unknown>[] };
    };
    file.data.notes.push(
      { ...file.data.notes[1]!, id: 'evil', url: 'javascript:alert(1)' },
      { ...file.data.notes[0]!, id: 'half', videoId: vid(PY, 1) },
    );
    file.data.reviews.push({ noteId: 'x', step: 0, at: NOW, log: [] });
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.skipped.map((s) => s.where)).toEqual([
      'data.notes.2.url',
      'data.notes.3',
      'data.reviews.1',
    ]);
    expect(parsed.backup.data.notes).toHaveLength(2);
  });

  it('reads a version 3 file, and a replace from one keeps this browser’s reviews', async () => {
    const db = await filledDb();
    const { reviews: _reviews, ...data } = (await exportBackup(db, NOW)).data;
    const parsed = parseBackup(
      JSON.stringify({ ...(await exportBackup(db, NOW)), version: 3, data }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await importBackup(db, parsed.backup, 'replace');
    expect(await db.reviews.get('item-note')).toMatchObject({ step: 1, dueDay: '2026-12-01' });
  });

  it('gives exactly the same state in a fresh profile', async () => {
    const db = await filledDb();
    const json = JSON.stringify(await exportBackup(db, NOW));
    const parsed = parseBackup(json);
    expect(parsed.ok).toBe(true);
    const fresh = freshDb();
    if (parsed.ok) await importBackup(fresh, parsed.backup, 'replace');
    expect(await dump(fresh)).toEqual(await dump(db));
  });

  it('merges without losing anything, and a second merge changes nothing', async () => {
    const db = await filledDb();
    const backup = await exportBackup(db, NOW);
    const other = freshDb();
    await recordPlay(
      other,
      {
        videoId: vid(PY, 2),
        duration: 100,
        intervals: [[15, 55]],
        playedMs: 1000,
        currentTime: 55,
      },
      ctx,
    );
    await setCheck(other, 'dsa', false, NOW - 1000);
    await setCheck(other, 'numpy', true, NOW);
    await importBackup(other, backup, 'merge');
    const merged = await dump(other);
    await importBackup(other, backup, 'merge');
    expect(await dump(other)).toEqual(merged);
    expect((await getVideo(other, vid(PY, 2)))!.intervals).toEqual([[10, 60]]);
    expect((await other.checks.get('dsa'))!.status).toBe('done');
    expect((await other.checks.get('numpy'))!.status).toBe('done');
    expect((await other.daily.get('2026-11-24'))!.studyMs).toBe(65_000);
  });

  const valid = async () =>
    (await exportBackup(await filledDb(), NOW)) as unknown as Record<string, any>;
  it.each([
    ['not JSON', async () => 'hello', /not valid JSON/],
    ['truncated', async () => JSON.stringify(await valid()).slice(0, 200), /not valid JSON/],
    [
      'another format',
      async () => JSON.stringify({ format: 'other' }),
      /not an ML Roadmap Companion backup/,
    ],
    [
      'a newer version',
      async () => JSON.stringify({ ...(await valid()), version: 99 }),
      /format version 99/,
    ],
    ['huge', async () => 'x'.repeat(21 * 1024 * 1024), /too large/],
    [
      'nested a million levels deep',
      async () => `{"format":"ml-roadmap-companion-backup","a":${'['.repeat(1_000_000)}`,
      /nests more than 16 levels/,
    ],
  ])('refuses %s with a clear message and changes nothing', async (_, make, message) => {
    const result = parseBackup(await make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  // One damaged row costs that row only: it is reported, and the rest of the file restores.
  it.each([
    [
      'a negative duration',
      async () => {
        const b = await valid();
        b.data.videos[0].duration = -5;
        return JSON.stringify(b);
      },
      /damaged at data\.videos\.0\.duration/,
    ],
    [
      'an absurd date',
      async () => {
        const b = await valid();
        b.data.checks[0].at = 8.64e15;
        return JSON.stringify(b);
      },
      /damaged at data\.checks\.0\.at/,
    ],
    [
      // Parts past the duration are kept (a corrected duration may be shorter, see
      // recordWatch); a part that ends before it starts, or past any video, is not a part.
      'an interval that ends before it starts',
      async () => {
        const b = await valid();
        b.data.videos[0].intervals = [[50, 20]];
        return JSON.stringify(b);
      },
      /damaged at data\.videos\.0/,
    ],
    [
      'an interval past any video',
      async () => {
        const b = await valid();
        b.data.videos[0].intervals = [[0, 50_000]];
        return JSON.stringify(b);
      },
      /damaged at data\.videos\.0\.intervals/,
    ],
    [
      'a malformed id',
      async () => {
        const b = await valid();
        b.data.checks[0].key = '<img onerror=x>';
        return JSON.stringify(b);
      },
      /not an item id/,
    ],
    [
      'a 10 MB string',
      async () => {
        const b = await valid();
        b.data.playlists[0].title = 'x'.repeat(10 * 1024 * 1024);
        return JSON.stringify(b);
      },
      /damaged at data\.playlists\.0\.title/,
    ],
    [
      'an unknown field',
      async () => {
        const b = await valid();
        b.data.videos[0].evil = true;
        return JSON.stringify(b);
      },
      /damaged at data\.videos\.0/,
    ],
    [
      'a bad day',
      async () => {
        const b = await valid();
        b.data.daily[0].day = '2026-13-45';
        return JSON.stringify(b);
      },
      /not a YYYY-MM-DD date/,
    ],
  ])('restores the rest of a file with %s, and reports that row', async (_, make, message) => {
    const result = parseBackup(await make());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.skipped).toHaveLength(1);
    expect(`damaged at ${result.skipped[0]!.where}: ${result.skipped[0]!.problem}`).toMatch(
      message,
    );
    const whole = (await valid()).data as Record<string, unknown[]>;
    const kept = result.backup.data as unknown as Record<string, unknown[]>;
    const lengths = (d: Record<string, unknown[]>) =>
      ['videos', 'playlistVideos', 'playlists', 'pages', 'checks', 'daily'].reduce(
        (n, t) => n + d[t]!.length,
        0,
      );
    expect(lengths(kept)).toBe(lengths(whole) - 1);
  });

  it('writes all or nothing when the browser fails mid-import', async () => {
    const db = await filledDb();
    const backup = await exportBackup(db, NOW);
    const target = freshDb();
    await setCheck(target, 'numpy', true, NOW);
    const before = await dump(target);
    const spy = vi.spyOn(target.daily, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(importBackup(target, backup, 'replace')).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await dump(target)).toEqual(before);
  });
});

describe('one set of limits for what is stored and what is restored', () => {
  it('a merge keeps the played parts of a video stored with duration 0 (ticked by hand)', async () => {
    const db = freshDb();
    const id = vid(PY, 7);
    await setManualWatched(db, id, true, NOW);
    const other = freshDb();
    await recordPlay(
      other,
      { videoId: id, duration: 100, intervals: [[0, 40]], currentTime: 40 },
      ctx,
    );
    await importBackup(db, await exportBackup(other, NOW), 'merge');
    expect(await getVideo(db, id)).toMatchObject({
      duration: 100,
      intervals: [[0, 40]],
      coveredSeconds: 40,
      manual: true,
    });
    // And the other way round: the hand mark survives a merge into the played video.
    await importBackup(other, await exportBackup(db, NOW), 'merge');
    expect(await getVideo(other, id)).toMatchObject({ intervals: [[0, 40]], manual: true });
  });

  it('whatever the background stores, its backup restores: 5000 played parts, a full day of study', async () => {
    const db = freshDb();
    const id = vid(PY, 8);
    const parts = Array.from({ length: 5000 }, (_, i) => [i * 2, i * 2 + 1] as [number, number]);
    for (let i = 0; i < parts.length; i += 1000)
      await recordPlay(
        db,
        { videoId: id, duration: 12_000, intervals: parts.slice(i, i + 1000), currentTime: 1 },
        ctx,
      );
    for (let hour = 0; hour < 30; hour++)
      await recordWatch(
        db,
        { videoId: id, duration: 12_000, intervals: [], currentTime: 1 },
        { now: NOW, threshold: 0.9, study: [{ day: '2026-11-24', ms: 3_600_000 }] },
      );
    expect((await getVideo(db, id))!.intervals).toHaveLength(5000);
    expect((await db.daily.get('2026-11-24'))!.studyMs).toBe(24 * 3_600_000);
    const parsed = parseBackup(JSON.stringify(await exportBackup(db, NOW)));
    expect(parsed.ok).toBe(true);
    const fresh = freshDb();
    if (parsed.ok) await importBackup(fresh, parsed.backup, 'replace');
    expect(await dump(fresh)).toEqual(await dump(db));
  });
});

describe('automatic local backups', () => {
  it('keeps one a day, the last five, restorable', async () => {
    const db = await filledDb();
    const store = memoryStore();
    expect(await maybeDailyBackup(store, db, NOW)).toBe(true);
    expect(await maybeDailyBackup(store, db, NOW + 3600_000)).toBe(false);
    for (let d = 1; d <= 6; d++)
      expect(await maybeDailyBackup(store, db, NOW + d * 86_400_000)).toBe(true);
    const list = await listAutoBackups(store);
    expect(list).toHaveLength(KEEP_BACKUPS);
    expect([...store.data.keys()].filter((k) => k.startsWith('autoBackup:'))).toHaveLength(
      KEEP_BACKUPS,
    );
    const parsed = parseBackup((await readAutoBackup(store, list.at(-1)!.id))!);
    expect(parsed.ok).toBe(true);
  });

  it('takes none of an empty database', async () => {
    expect(await maybeDailyBackup(memoryStore(), freshDb(), NOW)).toBe(false);
  });

  it('copies the raw stores before a schema upgrade, and not otherwise', async () => {
    const db = await filledDb();
    await db.open();
    db.close();
    const store = memoryStore();
    expect(await backupBeforeUpgrade(store, indexedDB, db.name, db.verno * 10, NOW)).toBe(false);
    expect(await backupBeforeUpgrade(store, indexedDB, db.name, (db.verno + 1) * 10, NOW)).toBe(
      true,
    );
    const [info] = await listAutoBackups(store);
    expect(info!.reason).toBe('before-upgrade');
    const raw = JSON.parse((await readAutoBackup(store, info!.id))!);
    expect(raw.data.videos).toHaveLength(2);
    expect(await backupBeforeUpgrade(store, indexedDB, 'never-created-db', 20, NOW)).toBe(false);
    // A week of daily copies afterwards never pushes the raw copy out.
    await db.open();
    for (let d = 1; d <= 10; d++) await maybeDailyBackup(store, db, NOW + d * 86_400_000);
    const after = await listAutoBackups(store);
    expect(after.filter((b) => b.reason === 'before-upgrade').map((b) => b.id)).toEqual([info!.id]);
    expect(after.filter((b) => b.reason === 'daily')).toHaveLength(KEEP_BACKUPS);
    expect(await readAutoBackup(store, info!.id)).not.toBeNull();
  });
});

describe('stable identity across roadmap edits', () => {
  function edited(change: (r: Roadmap) => void): Roadmap {
    const copy = structuredClone(ROADMAP);
    change(copy);
    return copy;
  }

  it('keeps watched videos and ticks when a range grows, an item is renamed or moved, or removed', async () => {
    const db = await filledDb();
    const snapshot = await readSnapshot(db);
    const roadmaps = [
      edited((r) => {
        const c = r.phases[0]!.resources.find((x) => x.id === 'python-level-1')!.completion;
        if (c.type === 'videos') c.variants[0]!.range.to = 20;
      }),
      edited(
        (r) =>
          (r.phases[0]!.resources.find((x) => x.id === 'python-level-1')!.title = 'Python basics'),
      ),
      edited((r) => {
        const [moved] = r.phases[0]!.resources.splice(
          r.phases[0]!.resources.findIndex((x) => x.id === 'dsa'),
          1,
        );
        r.phases[1]!.resources.push(moved!);
      }),
    ];
    for (const roadmap of roadmaps) {
      expect(itemProgress(findItem(roadmap, 'python-level-1')!.resource, snapshot).done).toBe(1);
      expect(itemProgress(findItem(roadmap, 'dsa')!.resource, snapshot).complete).toBe(true);
    }
    // A removed item: its history stays in storage and in backups.
    const without = edited(
      (r) => (r.phases[0]!.resources = r.phases[0]!.resources.filter((x) => x.id !== 'dsa')),
    );
    expect(findItem(without, 'dsa')).toBeUndefined();
    expect((await exportBackup(db, NOW)).data.checks.map((c) => c.key)).toContain('dsa');
  });
});
