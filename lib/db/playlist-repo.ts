import type { CompanionDb } from './database';
import type { PlaylistSnapshot } from '../protocol/messages';
import { placeVideo } from './watch-repo';
import { indexTables, updateIndex } from './progress-index';

/** Stores what a playlist page showed: its title, length and videos by position. */
export async function learnPlaylist(
  db: CompanionDb,
  snapshot: PlaylistSnapshot,
  now: number,
): Promise<void> {
  await db.transaction('rw', indexTables(db), async () => {
    const existing = await db.playlists.get(snapshot.playlistId);
    const maxPosition = Math.max(0, ...snapshot.items.map((i) => i.position));
    const total = snapshot.total ?? existing?.total;
    await db.playlists.put({
      playlistId: snapshot.playlistId,
      ...((snapshot.title ?? existing?.title) ? { title: snapshot.title ?? existing?.title } : {}),
      // A count the page gave wins; else the furthest position seen is a lower bound.
      ...(total !== undefined || maxPosition > 0 ? { total: total ?? maxPosition } : {}),
      updatedAt: now,
    });
    for (const item of snapshot.items) {
      await placeVideo(db, snapshot.playlistId, item.videoId, item.position, item.title, now);
    }
    await updateIndex(db, { playlists: [snapshot.playlistId] });
  });
}

/** Where a video sits in the playlists the extension has learned. */
export async function positionsOfVideo(db: CompanionDb, videoId: string) {
  return db.playlistVideos.where('videoId').equals(videoId).toArray();
}
