import { addStudy } from './daily-repo';
import type { CompanionDb, VideoRecord } from './database';
import { getVideo, putVideos } from './video-store';
import {
  boundedUnion,
  coveredSeconds,
  normalizeIntervals,
  sameIntervals,
  type Interval,
} from '../tracking/intervals';
import type { StudyShare } from '../tracking/study-time';
import { LIMITS } from '../protocol/messages';
import { indexTables, isVideoWatched, updateIndex } from './progress-index';
import { getSettings } from './settings-repo';

export interface WatchReport {
  /** Already checked against the roadmap by the caller. */
  videoId: string;
  /** The video's duration as the page last read it from its own source. */
  duration: number;
  /** Parts the page's `played` holds (all of them, or those not delivered before). */
  intervals: Interval[];
  currentTime: number;
}

export interface WatchContext {
  now: number;
  threshold: number;
  /** Study time the report confirmed, per local day (see lib/tracking/study-time). */
  study?: readonly StudyShare[];
}

/**
 * Merges a report into the video's record and the days' study time, in one transaction:
 * either all of it lands or none. Reports are cumulative, so a repeated one changes nothing
 * but the resume point.
 *
 * The duration is the page's latest (a pre-roll's length read at the wrong moment is corrected
 * by the next report): played parts are kept as reported, whatever the duration, and coverage
 * and the watched mark are worked out against the current one. A mark earned under a wrong
 * duration goes when the duration is corrected; under the same duration it stays.
 */
export async function recordWatch(
  db: CompanionDb,
  report: WatchReport,
  context: WatchContext,
): Promise<VideoRecord> {
  return db.transaction('rw', [...indexTables(db), db.videoParts, db.daily], async () => {
    const existing = await getVideo(db, report.videoId);
    const duration = report.duration;
    const intervals = boundedUnion(
      existing?.intervals ?? [],
      report.intervals,
      LIMITS.maxStoredIntervals,
      LIMITS.maxDurationSeconds,
    );
    const covered = coveredSeconds(normalizeIntervals(intervals, duration));
    const reached = covered / duration >= context.threshold;
    // 0 marks a video known only from another browser or a hand tick, never played here.
    const corrected = !!existing?.duration && existing.duration !== duration;
    const watchedAt = corrected
      ? reached
        ? (existing.watchedAt ?? context.now)
        : null
      : (existing?.watchedAt ?? (reached ? context.now : null));
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
      existing.duration === duration &&
      existing.watchedAt === watchedAt &&
      sameIntervals(existing.intervals, intervals) &&
      existing.currentTime === record.currentTime;
    if (!unchanged) {
      await putVideos(db, [record]);
      await updateIndex(db, { videos: [report.videoId] });
    }
    await addStudy(db, context.study ?? []);
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

/**
 * A video marked watched or not by hand from a tick box: the hand override is kept only where
 * it differs from what tracking measured, so unticking a hand tick gives tracking its say back.
 */
export async function markVideo(
  db: CompanionDb,
  videoId: string,
  watched: boolean,
  now: number,
): Promise<void> {
  await db.transaction('rw', [...indexTables(db), db.videoParts], async () => {
    const existing = await getVideo(db, videoId);
    const { watchedThreshold } = await getSettings(db);
    let measured = false;
    if (existing) {
      const { manual: _hand, ...tracked } = existing;
      measured = isVideoWatched(tracked, watchedThreshold);
    }
    await setManualWatched(db, videoId, watched === measured ? undefined : watched, now);
  });
}
