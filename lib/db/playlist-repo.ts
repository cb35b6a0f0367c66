import type { CompanionDb, PlaylistVideoRecord } from './database';
import type { PlaylistSnapshot } from '../protocol/messages';
import { indexTables, updateIndex } from './progress-index';

/**
 * Stores what a playlist page or panel showed: its title, length and videos by position. One
 * read of the playlist's rows and one write of the changes, whatever its length: a 1000-video
 * playlist must not hold up the progress reports queued behind it. A video that moved leaves
 * its old place; a video the page shows at a position displaces the one stored there.
 */
export async function learnPlaylist(
  db: CompanionDb,
  snapshot: PlaylistSnapshot,
  now: number,
): Promise<void> {
  await db.transaction('rw', indexTables(db), async () => {
    const { playlistId } = snapshot;
    const [existing, rows] = await Promise.all([
      db.playlists.get(playlistId),
      db.playlistVideos.where('playlistId').equals(playlistId).toArray(),
    ]);
    let maxPosition = 0;
    for (const item of snapshot.items) maxPosition = Math.max(maxPosition, item.position);
    const total = snapshot.total ?? existing?.total;
    await db.playlists.put({
      playlistId,
      ...((snapshot.title ?? existing?.title) ? { title: snapshot.title ?? existing?.title } : {}),
      // A count the page gave wins; else the furthest position seen is a lower bound.
      ...(total !== undefined || maxPosition > 0 ? { total: total ?? maxPosition } : {}),
      updatedAt: now,
    });
    // Where each video ends up: the snapshot's items in order (a later one wins a position).
    const byVideo = new Map(rows.map((row) => [row.videoId, row]));
    const atPosition = new Map(rows.map((row) => [row.position, row.videoId]));
    const changed = new Map<string, PlaylistVideoRecord>();
    const removed = new Set<string>();
    for (const item of snapshot.items) {
      const holder = atPosition.get(item.position);
      if (holder !== undefined && holder !== item.videoId) {
        byVideo.delete(holder);
        changed.delete(holder);
        removed.add(holder);
      }
      const previous = byVideo.get(item.videoId);
      if (previous && atPosition.get(previous.position) === item.videoId)
        atPosition.delete(previous.position);
      const title = item.title ?? previous?.title;
      const row: PlaylistVideoRecord = {
        playlistId,
        videoId: item.videoId,
        position: item.position,
        ...(title !== undefined ? { title } : {}),
        updatedAt: now,
      };
      byVideo.set(item.videoId, row);
      atPosition.set(item.position, item.videoId);
      changed.set(item.videoId, row);
      removed.delete(item.videoId);
    }
    await db.playlistVideos.bulkDelete([...removed].map((videoId) => [playlistId, videoId]));
    await db.playlistVideos.bulkPut([...changed.values()]);
    await updateIndex(db, { playlists: [playlistId] });
  });
}

/** Where a video sits in the playlists the extension has learned. */
export async function positionsOfVideo(db: CompanionDb, videoId: string) {
  return db.playlistVideos.where('videoId').equals(videoId).toArray();
}
