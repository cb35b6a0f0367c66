import { t } from '../i18n/i18n';
import type {
  CompanionDb,
  CheckRecord,
  DailyRecord,
  NoteRecord,
  PageRecordRow,
  PlaylistRecord,
  PlaylistVideoRecord,
  ReviewRecord,
  SettingsRecord,
  VideoRecord,
} from '../db/database';
import { boundedUnion, coveredSeconds, normalizeIntervals } from '../tracking/intervals';
import { LIMITS } from '../protocol/messages';
import { mergeFileSettings, replaceWithFileSettings } from '../sync/choices';
import { seeStamps, stampAfter } from '../db/stamps';
import { allVideos, getVideos, putVideos } from '../db/video-store';
import { rebuildIndex } from '../db/progress-index';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-schema';
import { mergeNote } from '../notes/notes-repo';
import { mergeReview } from '../notes/spaced-review';

export type ImportMode = 'merge' | 'replace';

/** The tables a replace erases that hold the learner's progress (not derived, not settings). */
const PROGRESS_TABLES = (db: CompanionDb) => [db.videos, db.checks, db.pages, db.daily];

/** Everything the learner has: progress, history and settings, in one versioned object. */
export async function exportBackup(db: CompanionDb, now: number): Promise<Backup> {
  return db.transaction('r', db.tables, async () => {
    const [settings, videos, playlistVideos, playlists, pages, checks, daily, notes, reviews] =
      await Promise.all([
        db.settings.get('settings'),
        allVideos(db),
        db.playlistVideos.toArray(),
        db.playlists.toArray(),
        db.pages.toArray(),
        db.checks.toArray(),
        db.daily.toArray(),
        db.notes.toArray(),
        db.reviews.toArray(),
      ]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      data: {
        settings: settings ?? null,
        videos,
        playlistVideos,
        playlists,
        pages,
        checks,
        daily,
        notes,
        reviews,
      },
      // Stored records have exactly the backup's shapes (the round-trip test checks it).
    } as unknown as Backup;
  });
}

/**
 * One video from both sides, losing nothing either has: every played part (whatever each
 * side's duration: 0 marks a video known only from sync or a hand tick), the earliest marks,
 * the newer hand override (or the only one).
 */
function mergeVideo(a: VideoRecord, b: VideoRecord): VideoRecord {
  const [older, newer] = b.updatedAt > a.updatedAt ? [a, b] : [b, a];
  const duration = newer.duration > 0 ? newer.duration : older.duration;
  const intervals = boundedUnion(
    a.intervals,
    b.intervals,
    LIMITS.maxStoredIntervals,
    LIMITS.maxDurationSeconds,
  );
  const earliest = (...times: (number | null | undefined)[]) => {
    const known = times.filter((at): at is number => typeof at === 'number');
    return known.length ? Math.min(...known) : undefined;
  };
  const watchedElsewhereAt = earliest(a.watchedElsewhereAt, b.watchedElsewhereAt);
  const manual = newer.manual ?? older.manual;
  const { manual: _m, watchedElsewhereAt: _w, ...rest } = newer;
  return {
    ...rest,
    duration,
    intervals,
    coveredSeconds: duration > 0 ? coveredSeconds(normalizeIntervals(intervals, duration)) : 0,
    watchedAt: earliest(a.watchedAt, b.watchedAt) ?? null,
    ...(manual !== undefined ? { manual } : {}),
    ...(watchedElsewhereAt !== undefined ? { watchedElsewhereAt } : {}),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
}

function mergePage(a: PageRecordRow, b: PageRecordRow): PageRecordRow {
  const first = [a.firstVisitAt, b.firstVisitAt].filter((at): at is number => at !== undefined);
  const last = [a.lastVisitAt, b.lastVisitAt].filter((at): at is number => at !== undefined);
  return {
    ...a,
    visited: a.visited || b.visited,
    activeMs: Math.max(a.activeMs, b.activeMs),
    ...(first.length ? { firstVisitAt: Math.min(...first) } : {}),
    ...(last.length ? { lastVisitAt: Math.max(...last) } : {}),
  };
}

/** Merges rows by key: existing rows are combined with `combine`, new ones added. */
async function mergeRows<T, K>(
  table: { bulkGet(keys: K[]): Promise<(T | undefined)[]>; bulkPut(rows: T[]): Promise<unknown> },
  rows: T[],
  keyOf: (row: T) => K,
  combine: (existing: T, incoming: T) => T,
): Promise<void> {
  if (rows.length === 0) return;
  const existing = await table.bulkGet(rows.map(keyOf));
  await table.bulkPut(rows.map((row, i) => (existing[i] ? combine(existing[i]!, row) : row)));
}

/**
 * Every note of both sides (the later edit of one note wins), within the number of notes the
 * extension keeps: past it, the file's notes that are new here are refused all together,
 * before anything is written, so the import never drops some of them silently.
 */
async function mergeNotes(db: CompanionDb, incoming: NoteRecord[]): Promise<void> {
  if (incoming.length === 0) return;
  const existing = await db.notes.bulkGet(incoming.map((n) => n.id));
  const added = existing.filter((n) => !n).length;
  if ((await db.notes.count()) + added > LIMITS.maxNotes)
    throw new Error(t('backupTooManyNotes', { max: String(LIMITS.maxNotes) }));
  await db.notes.bulkPut(incoming.map((n, i) => (existing[i] ? mergeNote(existing[i]!, n) : n)));
}

/** The change stamps a file brings (and this browser had): later changes here come after them. */
function fileStamps(backup: Backup, local: SettingsRecord | undefined): number[] {
  const settings = backup.data.settings as SettingsRecord | null | undefined;
  return [
    local?.seenStamp ?? 0,
    settings?.seenStamp ?? 0,
    ...Object.values(settings?.chosenAt ?? {}).map((at) => at ?? 0),
    ...(backup.data.checks as unknown as CheckRecord[]).map((c) => c.at),
  ];
}

/**
 * A file's ticks, stamped no earlier than this browser's reset moment: the learner brought
 * them back on purpose, and sync drops every tick stamped before a reset (see sinceEpoch).
 */
function afterReset(checks: CheckRecord[], resetAt: number | undefined): CheckRecord[] {
  if (!resetAt) return checks;
  return checks.map((c) => (c.at < resetAt ? { ...c, at: resetAt } : c));
}

/**
 * Restores a validated backup in one transaction: either all of it lands or nothing does.
 * Merging never loses anything: watched parts are a union, a tick is the latest one, a day's
 * study time the larger of the two (importing the same file twice changes nothing).
 */
export async function importBackup(
  db: CompanionDb,
  backup: Backup,
  mode: ImportMode,
  now = Date.now(),
): Promise<void> {
  const data = backup.data;
  await db.transaction('rw', db.tables, async () => {
    if (mode === 'replace') {
      const mine = await db.settings.get('settings');
      const erasing = (await Promise.all(PROGRESS_TABLES(db).map((table) => table.count()))).some(
        (n) => n > 0,
      );
      // A file from before notes (or their reviews) existed says nothing about them: this
      // browser's stay.
      await Promise.all(
        db.tables
          .filter((table) => data.notes || table.name !== db.notes.name)
          .filter((table) => data.reviews || table.name !== db.reviews.name)
          .map((table) => table.clear()),
      );
      // The file's settings, but this browser's sync choice; and when progress is erased,
      // sync learns of it (see reset-epoch), so no browser merges the replaced progress back.
      if (data.settings || mine)
        await db.settings.put(
          replaceWithFileSettings(
            mine,
            data.settings as SettingsRecord | null,
            erasing ? stampAfter(mine?.seenStamp, now) : undefined,
          ),
        );
      await putVideos(db, data.videos as unknown as VideoRecord[]);
      await db.playlistVideos.bulkPut(data.playlistVideos as PlaylistVideoRecord[]);
      await db.playlists.bulkPut(data.playlists as PlaylistRecord[]);
      await db.pages.bulkPut(data.pages as PageRecordRow[]);
      const resetAt = (await db.settings.get('settings'))?.progressResetAt;
      await db.checks.bulkPut(afterReset(data.checks as unknown as CheckRecord[], resetAt));
      await db.daily.bulkPut(data.daily as DailyRecord[]);
      if (data.notes) await db.notes.bulkPut(data.notes as NoteRecord[]);
      if (data.reviews) await db.reviews.bulkPut(data.reviews as ReviewRecord[]);
      await seeStamps(db, fileStamps(backup, mine));
      await rebuildIndex(db);
      return;
    }
    const local = await db.settings.get('settings');
    if (data.settings)
      await db.settings.put(mergeFileSettings(local, data.settings as SettingsRecord));
    const incoming = data.videos as unknown as VideoRecord[];
    const localVideos = await getVideos(
      db,
      incoming.map((v) => v.videoId),
    );
    await putVideos(
      db,
      incoming.map((v, i) => (localVideos[i] ? mergeVideo(localVideos[i]!, v) : v)),
    );
    await mergeRows(
      db.playlistVideos,
      data.playlistVideos as PlaylistVideoRecord[],
      (r) => [r.playlistId, r.videoId] as [string, string],
      (a, b) => (b.updatedAt > a.updatedAt ? b : a),
    );
    await mergeRows(
      db.playlists,
      data.playlists as PlaylistRecord[],
      (r) => r.playlistId,
      (a, b) => (b.updatedAt > a.updatedAt ? { ...a, ...b } : { ...b, ...a }),
    );
    await mergeRows(
      db.pages,
      data.pages as PageRecordRow[],
      (r) => [r.resourceId, r.key] as [string, string],
      mergePage,
    );
    await mergeRows(
      db.checks,
      afterReset(data.checks as unknown as CheckRecord[], local?.progressResetAt),
      (r) => r.key,
      (a, b) => (b.at > a.at ? b : a),
    );
    await mergeRows(
      db.daily,
      data.daily as DailyRecord[],
      (r) => r.day,
      (a, b) => (b.studyMs > a.studyMs ? b : a),
    );
    await mergeNotes(db, (data.notes ?? []) as NoteRecord[]);
    await mergeRows(
      db.reviews,
      (data.reviews ?? []) as ReviewRecord[],
      (r) => r.noteId,
      mergeReview,
    );
    await seeStamps(db, fileStamps(backup, local));
    await rebuildIndex(db);
  });
}
