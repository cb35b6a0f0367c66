import type { Roadmap } from '../../data/roadmap-types';
import type { CompanionDb } from '../db/database';
import { positionsOfVideo } from '../db/playlist-repo';
import { readProgress } from '../db/snapshot-repo';
import { weekStatus } from '../plan/calendar';
import type { ClassifyRequest, ClassifyResponse } from '../protocol/messages';
import type { Progress } from '../progress/snapshot-from-rows';
import { classifyVideo } from '../tracking/classify';
import { placeOfVideo, type VideoPlace } from './companion';

/** Whether a video is the roadmap's, by the request and the placements stored for it. */
export async function classifyStored(
  db: CompanionDb,
  roadmap: Roadmap,
  request: ClassifyRequest,
): Promise<ClassifyResponse> {
  return classifyVideo(roadmap, request, await positionsOfVideo(db, request.videoId));
}

export interface Filing {
  verdict: ClassifyResponse;
  place: VideoPlace;
  /** The learner's plan week now, or the item's first week outside the plan's weeks. */
  week: number;
  progress: Progress;
}

/**
 * Where a roadmap video's notes are filed: its item (loosely: see placeOfVideo) and the week.
 * Null for a video outside the roadmap.
 */
export async function filingOf(
  db: CompanionDb,
  roadmap: Roadmap,
  request: Pick<ClassifyRequest, 'videoId' | 'playlistId'>,
  now: Date,
): Promise<Filing | null> {
  const [verdict, progress] = await Promise.all([
    classifyStored(db, roadmap, {
      videoId: request.videoId,
      ...(request.playlistId ? { playlistId: request.playlistId } : {}),
    }),
    readProgress(db),
  ]);
  if (!verdict.tracked) return null;
  const place = placeOfVideo(
    roadmap,
    progress.snapshot,
    {
      videoId: request.videoId,
      ...(verdict.playlistId ? { playlistId: verdict.playlistId } : {}),
      ...(verdict.position ? { position: verdict.position } : {}),
    },
    true,
  );
  if (!place) return null;
  const { startDate } = progress.settings;
  const status = startDate ? weekStatus(startDate, now, roadmap.totalWeeks) : null;
  const week = status?.state === 'active' ? status.week : place.item.weeks.from;
  return { verdict, place, week, progress };
}
