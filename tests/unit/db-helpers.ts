import { CompanionDb } from '../../lib/db/database';
import { placeVideo, recordWatch, type WatchReport } from '../../lib/db/watch-repo';
import { updateIndex } from '../../lib/db/progress-index';
import { STAMP_KEY } from '../../lib/db/index-codec';
import { vid } from './helpers';

let counter = 0;

/** A fresh database per test (fake-indexeddb keeps named ones alive between tests). */
export function freshDb(): CompanionDb {
  counter += 1;
  return new CompanionDb(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/**
 * Every table's rows, for comparing whole databases. The index's stamp is new with every write
 * of the index (it tells the popup's kept first screen that the index changed): which write it
 * came from is not state, so it is compared as present, not by value.
 */
export async function dump(db: CompanionDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  out.derived = (out.derived ?? []).map((row) =>
    (row as { key?: string }).key === STAMP_KEY ? { key: STAMP_KEY, stamp: 'any' } : row,
  );
  return out;
}

/**
 * A played video as the background ends up storing it: the playlist panel placed it (when a
 * position is given) and its report confirmed `playedMs` of study time on `day`.
 */
export async function recordPlay(
  db: CompanionDb,
  report: WatchReport & { playlistId?: string; position?: number; playedMs?: number },
  context: { now: number; threshold: number; day?: string },
) {
  const { playlistId, position, playedMs, ...watch } = report;
  if (playlistId && position) {
    await db.transaction('rw', db.tables, async () => {
      await placeVideo(db, playlistId, watch.videoId, position, undefined, context.now);
      await updateIndex(db, { playlists: [playlistId] });
    });
  }
  const study = playedMs && context.day ? [{ day: context.day, ms: playedMs }] : [];
  return recordWatch(db, watch, { now: context.now, threshold: context.threshold, study });
}

/** A whole watch of the 60 s video at `position` of `playlistId`, as the tracker reports it. */
export function watchWhole(db: CompanionDb, playlistId: string, position: number, now: number) {
  return recordPlay(
    db,
    {
      videoId: vid(playlistId, position),
      playlistId,
      position,
      duration: 60,
      intervals: [[0, 60]],
      playedMs: 60_000,
      currentTime: 60,
    },
    { now, day: '2026-11-24', threshold: 0.9 },
  );
}
