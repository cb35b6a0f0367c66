import type { CompanionDb, VideoSummary } from './database';
import type { ProgressSnapshot } from '../progress/snapshot';
import { getSettings } from './settings-repo';

export function isVideoWatched(video: VideoSummary, threshold: number): boolean {
  if (video.manual !== undefined) return video.manual;
  return (
    video.watchedAt !== null ||
    video.watchedElsewhereAt !== undefined ||
    (video.duration > 0 && video.coveredSeconds / video.duration >= threshold)
  );
}

/** Reads everything item progress needs, in one read-only transaction. */
export async function readSnapshot(db: CompanionDb): Promise<ProgressSnapshot> {
  return db.transaction(
    'r',
    [db.settings, db.videos, db.playlistVideos, db.playlists, db.checks, db.pages],
    async () => {
      const [settings, videos, placed, playlists, checks, pages] = await Promise.all([
        getSettings(db),
        db.videos.toArray(),
        db.playlistVideos.toArray(),
        db.playlists.toArray(),
        db.checks.toArray(),
        db.pages.toArray(),
      ]);
      const playlistPositions = new Map<string, Map<number, string>>();
      const videoTitles = new Map<string, string>();
      for (const row of placed) {
        if (row.title) videoTitles.set(row.videoId, row.title);
        const positions = playlistPositions.get(row.playlistId) ?? new Map<number, string>();
        positions.set(row.position, row.videoId);
        playlistPositions.set(row.playlistId, positions);
      }
      const watchedVideos = new Set<string>();
      const resumeAt = new Map<string, number>();
      for (const video of videos) {
        if (isVideoWatched(video, settings.watchedThreshold)) watchedVideos.add(video.videoId);
        else if (video.currentTime > 5 && video.currentTime < video.duration - 5) {
          resumeAt.set(video.videoId, Math.floor(video.currentTime));
        }
      }
      return {
        language: settings.language,
        watchedVideos,
        videoTitles,
        resumeAt,
        playlistPositions,
        playlistTotals: new Map(
          playlists.filter((p) => p.total !== undefined).map((p) => [p.playlistId, p.total!]),
        ),
        checks: new Map(checks.map((c) => [c.key, c.status === 'done'])),
        skipped: new Set(checks.filter((c) => c.status === 'skipped').map((c) => c.key)),
        pages: pages.map(({ resourceId, category, key, group, visited }) => ({
          resourceId,
          category,
          key,
          visited,
          ...(group !== undefined ? { group } : {}),
        })),
      };
    },
  );
}

/** Clears all progress but keeps the settings (start date, language). */
export async function resetProgress(db: CompanionDb): Promise<void> {
  await db.transaction(
    'rw',
    [db.videos, db.playlistVideos, db.playlists, db.checks, db.pages, db.daily],
    async () => {
      await Promise.all([
        db.videos.clear(),
        db.playlistVideos.clear(),
        db.playlists.clear(),
        db.checks.clear(),
        db.pages.clear(),
        db.daily.clear(),
      ]);
    },
  );
}
