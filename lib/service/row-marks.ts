/**
 * The marks on a roadmap playlist's own rows on YouTube (its watch page's panel and its
 * /playlist page): watched, the part played of a started video, this week's share. From what
 * is stored (coverage that was played, never an estimate), sent with the reply to the
 * playlist's snapshot the page already sends.
 */
import type { Roadmap } from '../../data/roadmap-types';
import { t } from '../i18n/i18n';
import type { RowMarks } from '../protocol/messages';
import { weekChecklist } from '../plan/checklist';
import type { ProgressSnapshot } from '../progress/snapshot';
import { rangeView } from '../progress/range-units';

/**
 * `coverage`: the share played (0–1) of each started video of the playlist. `week`: the
 * learner's week now, or null before the plan starts and after its end.
 */
export function rowMarks(
  roadmap: Roadmap,
  snapshot: ProgressSnapshot,
  playlistId: string,
  coverage: ReadonlyMap<string, number>,
  week: number | null,
): RowMarks {
  const rows: Record<string, string> = {};
  const add = (videoId: string, token: string) =>
    (rows[videoId] = rows[videoId] ? `${rows[videoId]} ${token}` : token);
  for (const videoId of snapshot.playlistPositions.get(playlistId)?.values() ?? []) {
    if (snapshot.watchedVideos.has(videoId)) add(videoId, 'w');
    else {
      // Tenths, never rounded up to whole: a started video never shows as full.
      const tenths = Math.floor((coverage.get(videoId) ?? 0) * 10);
      if (tenths > 0) add(videoId, `p${tenths * 10}`);
    }
  }
  if (week !== null)
    for (const entry of weekChecklist(roadmap, week, snapshot)) {
      const c = entry.resource.completion;
      if (c.type !== 'videos' || !entry.share) continue;
      for (const variant of c.variants) {
        if (variant.playlistId !== playlistId) continue;
        for (const video of rangeView(entry.resource.id, variant, snapshot).videos)
          if (video.unit >= entry.share.from && video.unit <= entry.share.to)
            add(video.videoId, 't');
      }
    }
  return {
    rows,
    words: {
      watched: t('rowWatched'),
      played: t('rowPlayed', { percent: '{p}' }),
      week: t('rowThisWeek'),
    },
  };
}
