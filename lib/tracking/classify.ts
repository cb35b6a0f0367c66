import type { Roadmap } from '../../data/roadmap-types';
import { listedVideos, playlistUses } from '../plan/roadmap-index';
import type { ClassifyRequest, ClassifyResponse } from '../protocol/messages';

export interface KnownPlacement {
  playlistId: string;
  position: number;
}

/**
 * Whether a watched video belongs to the roadmap: by its playlist, as a listed single video,
 * or because a roadmap playlist was seen to hold it (opened from search or history).
 *
 * Only the playlist itself, as read from YouTube's panel or playlist page, says which video
 * sits at a position: a link's `index=` may be crafted or stale, so a video named by `list=`
 * that the playlist was never seen to hold is tracked in it with its position unknown.
 */
export function classifyVideo(
  roadmap: Roadmap,
  request: ClassifyRequest,
  knownPlacements: KnownPlacement[],
): ClassifyResponse {
  const uses = playlistUses(roadmap);
  const roadmapPlacements = knownPlacements.filter((p) => uses.has(p.playlistId));
  if (request.playlistId && uses.has(request.playlistId)) {
    const known = roadmapPlacements.find((p) => p.playlistId === request.playlistId);
    const position = known?.position;
    return { tracked: true, playlistId: request.playlistId, ...(position ? { position } : {}) };
  }
  const known = roadmapPlacements[0];
  if (known) return { tracked: true, playlistId: known.playlistId, position: known.position };
  if (listedVideos(roadmap).has(request.videoId)) return { tracked: true };
  return { tracked: false };
}
