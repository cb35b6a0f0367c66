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
    const position = request.index ?? known?.position;
    return { tracked: true, playlistId: request.playlistId, ...(position ? { position } : {}) };
  }
  const known = roadmapPlacements[0];
  if (known) return { tracked: true, playlistId: known.playlistId, position: known.position };
  if (listedVideos(roadmap).has(request.videoId)) return { tracked: true };
  return { tracked: false };
}
