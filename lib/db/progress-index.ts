import { Dexie, type Table } from 'dexie';
import type {
  CompanionDb,
  PageRecordRow,
  PlaylistRecord,
  PlaylistVideoRecord,
  SettingsRecord,
  VideoSummary,
} from './database';
import type { PageRecord } from '../progress/snapshot';
import {
  decodeIndex,
  encodeIndex,
  indexFits,
  isCurrentRow,
  INDEX_KEY,
  pageKey,
  stampedIndex,
  type IndexRow,
  type PlaylistIndexEntry,
  type ProgressIndex,
} from './index-codec';
import { getSettings } from './settings-repo';
import { withDefaults } from './settings-defaults';

/**
 * The progress index: everything item progress needs about videos, playlists and pages, kept
 * in one row. Chromium's IndexedDB pays per row read (3300 small rows take ~100 ms, one row
 * holding the same data ~5 ms), so the popup and the dashboard read this row instead of the
 * tables. It is derived data: every writer of those tables updates it in the same transaction
 * (so it is never behind), and it can always be rebuilt from them.
 */

export { INDEX_KEY };

/** Tables a writer must include in its transaction to keep the index in step. */
export const indexTables = (db: CompanionDb) => [
  db.derived,
  db.settings,
  db.videos,
  db.playlists,
  db.playlistVideos,
  db.pages,
];

/** The database, or the transaction of a schema upgrade (which cannot use the tables' names). */
interface Source {
  table(name: string): Table;
}

export function isVideoWatched(video: VideoSummary, threshold: number): boolean {
  if (video.manual !== undefined) return video.manual;
  return (
    video.watchedAt !== null ||
    video.watchedElsewhereAt !== undefined ||
    (video.duration > 0 && video.coveredSeconds / video.duration >= threshold)
  );
}

function pageEntry({ resourceId, category, key, group, visited }: PageRecordRow): PageRecord {
  return { resourceId, category, key, visited, ...(group !== undefined ? { group } : {}) };
}

/** Keeps the latest activity; equal times are ordered by kind and id, so any order of notes agrees. */
function noteRecent(
  index: ProgressIndex,
  kind: 'video' | 'page',
  id: string,
  at: number | undefined,
): void {
  if (at === undefined || !Number.isFinite(at)) return;
  const current = index.recent;
  if (
    !current ||
    at > current.at ||
    (at === current.at && `${kind}\n${id}` > `${current.kind}\n${current.id}`)
  )
    index.recent = { kind, id, at };
}

function emptyIndex(threshold: number): ProgressIndex {
  return {
    threshold,
    watched: new Set(),
    resumeAt: new Map(),
    resumeLeft: new Map(),
    playlists: new Map(),
    pages: new Map(),
  };
}

function indexVideo(index: ProgressIndex, video: VideoSummary | undefined, id: string) {
  index.watched.delete(id);
  index.resumeAt.delete(id);
  index.resumeLeft.delete(id);
  if (!video) return;
  if (isVideoWatched(video, index.threshold)) index.watched.add(id);
  else if (video.currentTime > 5 && video.currentTime < video.duration - 5) {
    index.resumeAt.set(id, Math.floor(video.currentTime));
    index.resumeLeft.set(id, Math.ceil(video.duration - video.currentTime));
  }
}

/** A video's titles, as the playlists that hold it show them. */
async function indexTitles(db: CompanionDb, index: ProgressIndex, videoId: string) {
  for (const entry of index.playlists.values()) entry.titles.delete(videoId);
  const placed = await db.playlistVideos.where('videoId').equals(videoId).toArray();
  for (const row of placed) {
    if (row.title) index.playlists.get(row.playlistId)?.titles.set(videoId, row.title);
  }
}

/** A playlist's entry from its row and placements. */
function playlistEntry(
  index: ProgressIndex,
  playlist: PlaylistRecord | undefined,
  placed: PlaylistVideoRecord[],
): PlaylistIndexEntry {
  const entry: PlaylistIndexEntry = {
    byPosition: new Map(),
    titles: new Map(),
    ...(playlist?.total !== undefined ? { total: playlist.total } : {}),
  };
  for (const row of placed) {
    entry.byPosition.set(row.position, row.videoId);
    if (row.title) entry.titles.set(row.videoId, row.title);
  }
  return entry;
}

async function indexPlaylist(db: CompanionDb, index: ProgressIndex, playlistId: string) {
  const [playlist, placed] = await Promise.all([
    db.playlists.get(playlistId),
    db.playlistVideos.where('playlistId').equals(playlistId).toArray(),
  ]);
  if (!playlist && placed.length === 0) {
    index.playlists.delete(playlistId);
    return;
  }
  index.playlists.set(playlistId, playlistEntry(index, playlist, placed));
}

/** The index computed from the tables alone. */
export async function buildIndex(source: Source): Promise<ProgressIndex> {
  const [settings, videos, playlists, placed, pages] = await Promise.all([
    source.table('settings').get('settings') as Promise<SettingsRecord | undefined>,
    source.table('videos').toArray() as Promise<VideoSummary[]>,
    source.table('playlists').toArray() as Promise<PlaylistRecord[]>,
    source.table('playlistVideos').toArray() as Promise<PlaylistVideoRecord[]>,
    source.table('pages').toArray() as Promise<PageRecordRow[]>,
  ]);
  const index = emptyIndex(withDefaults(settings).watchedThreshold);
  for (const video of videos) {
    indexVideo(index, video, video.videoId);
    noteRecent(index, 'video', video.videoId, video.updatedAt);
  }
  const rows = new Map<string, PlaylistVideoRecord[]>();
  for (const row of placed) {
    const list = rows.get(row.playlistId);
    if (list) list.push(row);
    else rows.set(row.playlistId, [row]);
  }
  const byId = new Map(playlists.map((p) => [p.playlistId, p]));
  for (const id of new Set([...byId.keys(), ...rows.keys()])) {
    index.playlists.set(id, playlistEntry(index, byId.get(id), rows.get(id) ?? []));
  }
  for (const page of pages) {
    const key = pageKey(page.resourceId, page.key);
    index.pages.set(key, pageEntry(page));
    noteRecent(index, 'page', key, page.lastVisitAt);
  }
  return index;
}

/** Recomputes the whole index (after an import, a reset, a sync, a threshold change). */
export async function rebuildIndex(db: CompanionDb): Promise<void> {
  await putIndex(db.table('derived'), encodeIndex(await buildIndex(db)));
}

/** Every write of the index goes through here: with its stamp (see index-codec's STAMP_KEY). */
export async function putIndex(derived: Table, row: IndexRow): Promise<void> {
  await derived.bulkPut(stampedIndex(row));
}

async function storedIndex(db: CompanionDb, threshold: number) {
  const stored = await db.derived.get(INDEX_KEY);
  return isCurrentRow(stored) && indexFits(stored, threshold) ? decodeIndex(stored) : undefined;
}

/**
 * The stored index, or one computed from the tables when it is missing or out of date (tables
 * written by an older version, or by hand). `repair` is then called so the next read is fast.
 * `threshold` is the current setting, which the caller has read already.
 */
export async function readIndex(
  db: CompanionDb,
  threshold: number,
  repair: (db: CompanionDb) => void = () => {},
): Promise<ProgressIndex> {
  const stored = await storedIndex(db, threshold);
  if (stored) return stored;
  repair(db);
  return buildIndex(db);
}

/** Stores a fresh index unless one in step is already there. */
export async function ensureIndex(db: CompanionDb): Promise<void> {
  await db.transaction('rw', indexTables(db), async () => {
    const { watchedThreshold } = await getSettings(db);
    if (!(await storedIndex(db, watchedThreshold))) await rebuildIndex(db);
  });
}

/** For readers inside a read-only transaction or a live query: repairs once they are done. */
export function repairLater(db: CompanionDb): void {
  setTimeout(() => {
    Dexie.ignoreTransaction(() => ensureIndex(db)).catch(() => {
      // Another context may be closing the database; the next reader tries again.
    });
  }, 0);
}

export interface IndexChanges {
  videos?: Iterable<string>;
  playlists?: Iterable<string>;
  pages?: Iterable<readonly [resourceId: string, key: string]>;
}

/**
 * Brings the index in step with rows a writer just changed. Call it inside the writer's
 * transaction, which must include `indexTables(db)` and the changed tables.
 */
export async function updateIndex(db: CompanionDb, changes: IndexChanges): Promise<void> {
  const videoIds = [...new Set(changes.videos ?? [])];
  const playlistIds = [...new Set(changes.playlists ?? [])];
  const pageKeys = [...(changes.pages ?? [])].map(([r, k]) => [r, k] as [string, string]);
  if (videoIds.length + playlistIds.length + pageKeys.length === 0) return;
  const index = await readIndex(db, (await getSettings(db)).watchedThreshold);
  const summaries = await db.videos.bulkGet(videoIds);
  videoIds.forEach((id, i) => {
    indexVideo(index, summaries[i], id);
    noteRecent(index, 'video', id, summaries[i]?.updatedAt);
  });
  for (const id of videoIds) await indexTitles(db, index, id);
  for (const playlistId of playlistIds) await indexPlaylist(db, index, playlistId);
  const pages = await db.pages.bulkGet(pageKeys);
  pageKeys.forEach(([resourceId, key], i) => {
    const row = pages[i];
    if (row) {
      index.pages.set(pageKey(resourceId, key), pageEntry(row));
      noteRecent(index, 'page', pageKey(resourceId, key), row.lastVisitAt);
    } else index.pages.delete(pageKey(resourceId, key));
  });
  await putIndex(db.table('derived'), encodeIndex(index));
}
