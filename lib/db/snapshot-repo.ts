import type { CheckRecord, CompanionDb } from './database';
import type { ProgressIndex } from './index-codec';
import type { ProgressSnapshot } from '../progress/snapshot';
import type { EarlyRows } from './early-read';
import { getSettings, withDefaults, type Settings } from './settings-repo';
import { indexTables, readIndex, rebuildIndex, repairLater } from './progress-index';

export { isVideoWatched } from './progress-index';

/** The snapshot made of the settings, the ticks and the progress index. */
export function snapshotFrom(
  settings: Settings,
  index: ProgressIndex,
  checks: CheckRecord[],
): ProgressSnapshot {
  const playlistPositions = new Map<string, ReadonlyMap<number, string>>();
  const playlistTotals = new Map<string, number>();
  const videoTitles = new Map<string, string>();
  for (const playlistId of [...index.playlists.keys()].sort()) {
    const entry = index.playlists.get(playlistId)!;
    if (entry.byPosition.size > 0) playlistPositions.set(playlistId, entry.byPosition);
    if (entry.total !== undefined) playlistTotals.set(playlistId, entry.total);
    for (const [videoId, title] of entry.titles) videoTitles.set(videoId, title);
  }
  return {
    language: settings.language,
    watchedVideos: index.watched,
    videoTitles,
    resumeAt: index.resumeAt,
    playlistPositions,
    playlistTotals,
    checks: new Map(checks.map((c) => [c.key, c.status === 'done'])),
    skipped: new Set(checks.filter((c) => c.status === 'skipped').map((c) => c.key)),
    // In key order, whatever order the writes came in.
    pages: [...index.pages.keys()].sort().map((key) => index.pages.get(key)!),
  };
}

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

/** What a page's first render needs, from the early read; null when it cannot be used. */
export function fromEarlyRows(
  rows: EarlyRows | null,
): { settings: Settings; snapshot: ProgressSnapshot } | null {
  if (!rows?.index) return null;
  const settings = withDefaults(rows.settings);
  if (rows.index.threshold !== settings.watchedThreshold) return null;
  return { settings, snapshot: snapshotFrom(settings, rows.index, rows.checks) };
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
