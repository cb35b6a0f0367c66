import type { CompanionDb } from './database';
import type { ProgressSnapshot } from '../progress/snapshot';
import { snapshotFrom, type Progress } from '../progress/snapshot-from-rows';
import { getSettings } from './settings-repo';
import { indexTables, readIndex, rebuildIndex, repairLater } from './progress-index';
import { stampAfter, withSeen } from './stamps';

/**
 * The settings and everything item progress needs, in one read-only transaction: settings,
 * ticks and the progress index (a few rows, however long the history).
 */
export async function readProgress(db: CompanionDb): Promise<Progress> {
  return db.transaction('r', [...indexTables(db), db.checks], async () => {
    const [settings, checks] = await Promise.all([getSettings(db), db.checks.toArray()]);
    const index = await readIndex(db, settings.watchedThreshold, repairLater);
    return { settings, snapshot: snapshotFrom(settings, index, checks) };
  });
}

export async function readSnapshot(db: CompanionDb): Promise<ProgressSnapshot> {
  return (await readProgress(db)).snapshot;
}

/** Clears all progress but keeps the settings (start date, language). */
export async function resetProgress(db: CompanionDb, now: number): Promise<void> {
  await db.transaction('rw', [...indexTables(db), db.videoParts, db.checks, db.daily], async () => {
    // Sync carries the moment: no browser merges the erased progress back (see reset-epoch).
    const settings = await db.settings.get('settings');
    // Never back, and after every change seen here: a clock that runs behind must not let
    // older progress count again.
    const resetAt = Math.max(stampAfter(settings?.seenStamp, now), settings?.progressResetAt ?? 0);
    await db.settings.put({ ...withSeen(settings, resetAt), progressResetAt: resetAt });
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
