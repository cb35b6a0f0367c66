import { CompanionDb } from '../../lib/db/database';
import { recordWatch } from '../../lib/db/watch-repo';
import { vid } from './helpers';

let counter = 0;

/** A fresh database per test (fake-indexeddb keeps named ones alive between tests). */
export function freshDb(): CompanionDb {
  counter += 1;
  return new CompanionDb(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Every table's rows, for comparing whole databases. */
export async function dump(db: CompanionDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** A whole watch of the 60 s video at `position` of `playlistId`, as the tracker reports it. */
export function watchWhole(db: CompanionDb, playlistId: string, position: number, now: number) {
  return recordWatch(
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
