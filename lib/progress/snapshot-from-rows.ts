import type { CheckRecord } from '../db/database';
import type { EarlyRows } from '../db/early-read';
import { indexFits, type ProgressIndex } from '../db/index-codec';
import { withDefaults, type Settings } from '../db/settings-defaults';
import type { ProgressSnapshot } from './snapshot';

// No Dexie here: the popup builds its first snapshot from the early read with this alone.

/** The settings and the snapshot: what the popup and the dashboard render from. */
export interface Progress {
  settings: Settings;
  snapshot: ProgressSnapshot;
}

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

/** What a page's first render needs, from the early read; null when it cannot be used. */
export function fromEarlyRows(rows: EarlyRows | null): Progress | null {
  if (!rows?.index) return null;
  const settings = withDefaults(rows.settings);
  if (!indexFits(rows.index, settings.watchedThreshold)) return null;
  return { settings, snapshot: snapshotFrom(settings, rows.index, rows.checks) };
}
