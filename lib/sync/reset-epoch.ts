import type { CompanionDb } from '../db/database';
import { indexTables, rebuildIndex } from '../db/progress-index';
import { toIsoDay } from '../plan/calendar';
import { withSeen } from '../db/stamps';

/**
 * Another browser erased the learner's progress at `epoch` (a reset, a replacing import): this
 * browser drops what it held from before then, as that reset did, and keeps what happened
 * here since (which the next round sends on). Without this, the next round would merge the
 * erased progress back from here.
 */
export async function applyRemoteReset(db: CompanionDb, epoch: number): Promise<void> {
  await db.transaction('rw', [...indexTables(db), db.videoParts, db.checks, db.daily], async () => {
    const old = await db.videos.filter((v) => v.updatedAt < epoch).primaryKeys();
    await db.videos.bulkDelete(old);
    await db.videoParts.bulkDelete(old);
    await db.playlistVideos.filter((r) => r.updatedAt < epoch).delete();
    await db.playlists.filter((r) => r.updatedAt < epoch).delete();
    await db.checks.filter((c) => c.at < epoch).delete();
    await db.pages.filter((p) => (p.lastVisitAt ?? p.firstVisitAt ?? 0) < epoch).delete();
    // Days are not timed: the day of the reset keeps what was studied here that day.
    const day = toIsoDay(new Date(epoch));
    await db.daily.filter((d) => d.day < day).delete();
    const settings = await db.settings.get('settings');
    await db.settings.put({ ...withSeen(settings, epoch), progressResetAt: epoch });
    await rebuildIndex(db);
  });
}
