import type { CompanionDb } from './database';
import type { ProgressSnapshot } from '../progress/snapshot';
import { snapshotFrom } from '../progress/snapshot-from-rows';
import { getSettings } from './settings-repo';
import { indexTables, readIndex, rebuildIndex, repairLater } from './progress-index';

export { isVideoWatched } from './progress-index';

/**
 * Reads everything item progress needs, in one read-only transaction: the settings, the
 * ticks and the progress index (a few rows, however long the history).
 */
export async function readSnapshot(db: CompanionDb): Promise<ProgressSnapshot> {
  return db.transaction('r', [...indexTables(db), db.checks], async () => {
    const [settings, index, checks] = await Promise.all([
      getSettings(db),
      readIndex(db, repairLater),
      db.checks.toArray(),
    ]);
    return snapshotFrom(settings, index, checks);
  });
}

/** Clears all progress but keeps the settings (start date, language). */
export async function resetProgress(db: CompanionDb): Promise<void> {
  await db.transaction('rw', [...indexTables(db), db.videoParts, db.checks, db.daily], async () => {
    await Promise.all([
      db.videos.clear(),
      db.videoParts.clear(),
      db.playlistVideos.clear(),
      db.playlists.clear(),
      db.checks.clear(),
      db.pages.clear(),
      db.daily.clear(),
    ]);
    await rebuildIndex(db);
  });
}
