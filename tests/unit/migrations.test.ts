import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { CompanionDb } from '../../lib/db/database';
import { readSnapshot } from '../../lib/db/snapshot-repo';
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

async function v1Database(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  await old.open();
  for (const [table, rows] of Object.entries(V1)) await old.table(table).bulkPut(rows);
  old.close();
}

describe('schema upgrades', () => {
  it('1 → 2: ticks become statuses, every other record unchanged', async () => {
    const name = `migrate-${Math.random()}`;
    await v1Database(name);
    const db = new CompanionDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.checks.toArray()).toEqual([
      { key: 'dsa', status: 'done', at: 1790000000000 },
      { key: 'numpy', status: 'open', at: 1790000000001 },
      { key: 'statistics-book#step-2', status: 'done', at: 1790000000002 },
    ]);
    for (const table of ['settings', 'videos', 'playlistVideos', 'playlists', 'pages', 'daily']) {
      expect(await db.table(table).toArray(), table).toEqual(V1[table]);
    }
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
