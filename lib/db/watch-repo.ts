import type { CompanionDb, VideoRecord } from './database';
import { getVideo, putVideos } from './video-store';
import {
  coveredSeconds,
  normalizeIntervals,
  sameIntervals,
  type Interval,
} from '../tracking/intervals';
import type { IsoDay } from '../plan/calendar';
import { indexTables, updateIndex } from './progress-index';

export interface WatchReport {
  videoId: string;
  /** Already checked against the roadmap by the caller. */
  playlistId?: string;
  position?: number;
  duration: number;
  intervals: Interval[];
  playedMs: number;
  currentTime: number;
}

/**
 * Merges a report into the video's record, its playlist position and the day's study time,
 * in one transaction: either all of it lands or none. Reports are cumulative, so a repeated
 * one changes nothing but the resume point.
 */
export async function recordWatch(
  db: CompanionDb,
  report: WatchReport,
  context: { now: number; day: IsoDay; threshold: number },
): Promise<VideoRecord> {
  return db.transaction('rw', [...indexTables(db), db.videoParts, db.daily], async () => {
    const existing = await getVideo(db, report.videoId);
    // The first duration seen is the video's; a later different one is an ad or a glitch.
    // (0 marks a video known only from another browser or a hand tick, never played here.)
    const duration = existing?.duration || report.duration;
    const intervals = normalizeIntervals(
      [...(existing?.intervals ?? []), ...report.intervals],
      duration,
    );
    const covered = coveredSeconds(intervals);
    const watchedAt =
      existing?.watchedAt ?? (covered / duration >= context.threshold ? context.now : null);
    const record: VideoRecord = {
      ...existing,
      videoId: report.videoId,
      duration,
      intervals,
      coveredSeconds: covered,
      watchedAt,
      currentTime: Math.min(report.currentTime, duration),
      updatedAt: context.now,
    };
    const unchanged =
      existing &&
      sameIntervals(existing.intervals, intervals) &&
      existing.currentTime === record.currentTime;
    if (!unchanged) await putVideos(db, [record]);

    const moved =
      report.playlistId && report.position
        ? await placeVideo(
            db,
            report.playlistId,
            report.videoId,
            report.position,
            undefined,
            context.now,
          )
        : false;
    if (!unchanged || moved) {
      await updateIndex(db, {
        videos: [report.videoId],
        playlists: moved && report.playlistId ? [report.playlistId] : [],
      });
    }
    if (report.playedMs > 0) {
      const daily = await db.daily.get(context.day);
      await db.daily.put({ day: context.day, studyMs: (daily?.studyMs ?? 0) + report.playedMs });
    }
    return record;
  });
}

/**
 * Records that a playlist position holds a video; a video that moved leaves its old place.
 * Says whether what the index keeps (position, title) changed: the caller updates the index.
 */
export async function placeVideo(
  db: CompanionDb,
  playlistId: string,
  videoId: string,
  position: number,
  title: string | undefined,
  now: number,
): Promise<boolean> {
  const previous = await db.playlistVideos.get([playlistId, videoId]);
  const displaced = await db.playlistVideos
    .where('playlistId')
    .equals(playlistId)
    .filter((row) => row.position === position && row.videoId !== videoId)
    .delete();
  await db.playlistVideos.put({
    playlistId,
    videoId,
    position,
    ...((title ?? previous?.title) !== undefined ? { title: title ?? previous?.title } : {}),
    updatedAt: now,
  });
  return (
    displaced > 0 ||
    previous?.position !== position ||
    (title !== undefined && title !== previous.title)
  );
}

/**
 * Marks a video watched or unwatched by hand (`undefined`: back to what tracking measured).
 * The played parts are kept either way, so undoing loses nothing.
 */
export async function setManualWatched(
  db: CompanionDb,
  videoId: string,
  watched: boolean | undefined,
  now: number,
): Promise<void> {
  await db.transaction('rw', [...indexTables(db), db.videoParts], async () => {
    const existing = await getVideo(db, videoId);
    const base: VideoRecord = existing ?? {
      videoId,
      duration: 0,
      intervals: [],
      coveredSeconds: 0,
      watchedAt: null,
      currentTime: 0,
      updatedAt: now,
    };
    const { manual: _previous, ...rest } = base;
    await putVideos(db, [
      { ...rest, ...(watched === undefined ? {} : { manual: watched }), updatedAt: now },
    ]);
    await updateIndex(db, { videos: [videoId] });
  });
}
