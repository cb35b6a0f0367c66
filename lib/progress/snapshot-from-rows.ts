import type { CheckRecord } from '../db/database';
import type { EarlyRows } from '../db/early-read';
import { indexFits, type ProgressIndex } from '../db/index-codec';
import { withDefaults, type Settings } from '../db/settings-defaults';
import type { ProgressSnapshot } from './snapshot';
import { activeSpread, readHistory } from '../plan/replan';

// No Dexie here: the popup builds its first snapshot from the early read with this alone.

/** The settings and the snapshot: what the popup and the dashboard render from. */
export interface Progress {
  settings: Settings;
  snapshot: ProgressSnapshot;
}

/**
 * Titles looked up in the playlists' own maps rather than copied into one: a page opens often
 * and needs one or two titles (the next video's) of the thousands two years of history hold.
 */
class TitleLookup {
  constructor(readonly maps: readonly ReadonlyMap<string, string>[]) {}

  get(videoId: string): string | undefined {
    // The last playlist in id order wins, as when they were copied into one map.
    for (let i = this.maps.length - 1; i >= 0; i--) {
      const title = this.maps[i]!.get(videoId);
      if (title !== undefined) return title;
    }
    return undefined;
  }
}

/** The snapshot made of the settings, the ticks and the progress index. */
export function snapshotFrom(
  settings: Settings,
  index: ProgressIndex,
  checks: CheckRecord[],
): ProgressSnapshot {
  const playlistPositions = new Map<string, ReadonlyMap<number, string>>();
  const playlistTotals = new Map<string, number>();
  const titleMaps: ReadonlyMap<string, string>[] = [];
  for (const playlistId of [...index.playlists.keys()].sort()) {
    const entry = index.playlists.get(playlistId)!;
    if (entry.byPosition.size > 0) playlistPositions.set(playlistId, entry.byPosition);
    if (entry.total !== undefined) playlistTotals.set(playlistId, entry.total);
    if (entry.titles.size > 0) titleMaps.push(entry.titles);
  }
  // Decoded pages come in key order already; an index built from the tables may not.
  const keys = [...index.pages.keys()];
  if (keys.some((key, i) => i > 0 && keys[i - 1]! > key)) keys.sort();
  return {
    language: settings.language,
    watchedVideos: index.watched,
    videoTitles: new TitleLookup(titleMaps),
    resumeAt: index.resumeAt,
    resumeLeft: index.resumeLeft,
    playlistPositions,
    playlistTotals,
    checks: new Map(checks.map((c) => [c.key, c.status === 'done'])),
    skipped: new Set(checks.filter((c) => c.status === 'skipped').map((c) => c.key)),
    pages: keys.map((key) => index.pages.get(key)!),
    ...spreadOf(settings),
    ...(index.recent
      ? {
          recent:
            index.recent.kind === 'video'
              ? { videoId: index.recent.id }
              : { resourceId: index.recent.id.split('\n')[0]! },
        }
      : {}),
  };
}

/** What a page's first render needs, from the early read; null when it cannot be used. */
export function fromEarlyRows(rows: EarlyRows | null): Progress | null {
  if (!rows?.index) return null;
  const settings = withDefaults(rows.settings);
  if (!indexFits(rows.index, settings.watchedThreshold)) return null;
  return { settings, snapshot: snapshotFrom(settings, rows.index, rows.checks) };
}

function spreadOf(settings: Settings): { spread?: NonNullable<ProgressSnapshot['spread']> } {
  const spread = activeSpread(readHistory(settings.planHistory));
  return spread ? { spread } : {};
}
