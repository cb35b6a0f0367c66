import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { CompanionDb, SCHEMA_VERSION } from '../../lib/db/database';
import { readSnapshot } from '../../lib/db/snapshot-repo';
import { buildIndex, INDEX_KEY } from '../../lib/db/progress-index';
import { decodeIndex } from '../../lib/db/index-codec';
import { parseBackup } from '../../lib/backup/backup-schema';

const V1 = JSON.parse(
  readFileSync(new URL('../fixtures/migrations/v1.json', import.meta.url), 'utf8'),
) as Record<string, unknown[]>;

/** The database exactly as schema 1 declared it. */
const V1_STORES = {
  settings: 'key',
  videos: 'videoId, watchedAt, updatedAt',
  playlistVideos: '[playlistId+videoId], playlistId, videoId',
  playlists: 'playlistId',
  pages: '[resourceId+key], resourceId',
  checks: 'key',
  daily: 'day',
};

/** Schema 2 declared no new stores: the same tables, ticks as statuses. */
const V2 = {
  ...V1,
  checks: V1.checks!.map((c) => {
    const { done, ...rest } = c as { done: boolean };
    return { ...rest, status: done ? 'done' : 'open' };
  }),
};

async function oldDatabase(name: string, version: 1 | 2 | 3, data: Record<string, unknown[]>) {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  if (version >= 2) old.version(2).stores({});
  if (version >= 3) old.version(3).stores({ videoParts: 'videoId' });
  await old.open();
  for (const [table, rows] of Object.entries(data)) await old.table(table).bulkPut(rows);
  old.close();
}

/** Schema 3 stored played parts apart from the light video rows. */
const V3 = {
  ...V2,
  videos: (V1.videos as { intervals: unknown }[]).map(({ intervals: _i, ...rest }) => rest),
  videoParts: (V1.videos as { videoId: string; intervals: unknown }[]).map(
    ({ videoId, intervals }) => ({ videoId, intervals }),
  ),
};

/**
 * What schema 4 holds for the fixture: light video rows, their parts apart, the rest as it was,
 * and a progress index equal to one computed from those tables.
 */
async function expectCurrentShape(db: CompanionDb) {
  const videos = V1.videos as { videoId: string; intervals: unknown }[];
  expect(await db.videos.toArray()).toEqual(videos.map(({ intervals: _i, ...rest }) => rest));
  expect(await db.videoParts.toArray()).toEqual(
    videos.map(({ videoId, intervals }) => ({ videoId, intervals })),
  );
  for (const table of ['settings', 'playlistVideos', 'playlists', 'pages', 'daily']) {
    expect(await db.table(table).toArray(), table).toEqual(V1[table]);
  }
  expect(await db.checks.toArray()).toEqual(V2.checks);
  const index = decodeIndex((await db.derived.get(INDEX_KEY))!);
  expect(index).toEqual(await buildIndex(db));
  expect(index.watched).toEqual(new Set(['py000000001']));
}

describe('schema upgrades', () => {
  it('5 → 6: every note stays as it was, and reviews start empty', async () => {
    const name = `migrate5-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    old.version(2).stores({});
    old.version(3).stores({ videoParts: 'videoId' });
    old.version(4).stores({ derived: 'key' });
    old.version(5).stores({ notes: 'id, videoId, itemId, week' });
    await old.open();
    const note = {
      id: 'n-1',
      videoId: 'py000000001',
      itemId: 'python-basics',
      week: 2,
      seconds: 42,
      text: 'loops',
      createdAt: 1790000000000,
      updatedAt: 1790000000000,
    };
    await old.table('notes').put(note);
    old.close();
    const db = new CompanionDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.notes.toArray()).toEqual([note]);
    expect(await db.reviews.count()).toBe(0);
    db.close();
  });

  it('3 → newest: the progress index is built from the tables, every record unchanged', async () => {
    const name = `migrate3-${Math.random()}`;
    await oldDatabase(name, 3, V3);
    const db = new CompanionDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    await expectCurrentShape(db);
    db.close();
  });

  it('2 → newest: played parts move to their own table, every other record unchanged', async () => {
    const name = `migrate2-${Math.random()}`;
    await oldDatabase(name, 2, V2);
    const db = new CompanionDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    await expectCurrentShape(db);
    db.close();
  });

  it('1 → newest: ticks become statuses and parts move, every other record unchanged', async () => {
    const name = `migrate-${Math.random()}`;
    await oldDatabase(name, 1, V1);
    const db = new CompanionDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.checks.toArray()).toEqual([
      { key: 'dsa', status: 'done', at: 1790000000000 },
      { key: 'numpy', status: 'open', at: 1790000000001 },
      { key: 'statistics-book#step-2', status: 'done', at: 1790000000002 },
    ]);
    await expectCurrentShape(db);
    const snapshot = await readSnapshot(db);
    expect(snapshot.checks.get('dsa')).toBe(true);
    expect(snapshot.checks.get('numpy')).toBe(false);
    expect(snapshot.watchedVideos).toEqual(new Set(['py000000001']));
    expect(snapshot.language).toBe('hi');
    db.close();
  });

  it('reads a version 1 backup file the same way', () => {
    const file = {
      format: 'ml-roadmap-companion-backup',
      version: 1,
      exportedAt: 1790000000000,
      data: { ...V1, settings: V1.settings![0] },
    };
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.backup.data.checks.map((c) => c.status)).toEqual(['done', 'open', 'done']);
  });
});
