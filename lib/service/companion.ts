import type { Roadmap } from '../../data/roadmap-types';
import type { CompanionInfo } from '../protocol/messages';
import type { ProgressSnapshot } from '../progress/snapshot';
import { rangeView } from '../progress/range-units';
import { nextVideo } from '../plan/next-step';
import { allItems, listedVideos } from '../plan/roadmap-index';

export interface CompanionQuery {
  videoId: string;
  playlistId?: string;
  position?: number;
  coverage: number;
  watched: boolean;
}

/** The item's weeks; past them (the learner is in a later week) it is work carried over. */
function weeksText(from: number, to: number, currentWeek?: number): string {
  const weeks = from === to ? `Week ${from}` : `Weeks ${from}–${to}`;
  return currentWeek !== undefined && currentWeek > to ? `${weeks} · carried over` : weeks;
}

/** What the panel beside a tracked video shows: its item, week, place in the range, and Next. */
export function companionFor(
  roadmap: Roadmap,
  snapshot: ProgressSnapshot,
  q: CompanionQuery,
  /** The learner's week now, when the plan has started. */
  currentWeek?: number,
): CompanionInfo | null {
  const base = { coverage: Math.min(1, Math.max(0, q.coverage)), watched: q.watched };
  if (q.playlistId) {
    for (const { resource, weeks } of allItems(roadmap)) {
      if (resource.completion.type !== 'videos') continue;
      for (const variant of resource.completion.variants) {
        if (variant.playlistId !== q.playlistId || q.position === undefined) continue;
        const { size, videos } = rangeView(resource.id, variant, snapshot);
        const here = videos.find((v) => v.position === q.position);
        if (!here) continue;
        const next = nextVideo(resource, snapshot, q.position);
        return {
          ...base,
          itemTitle: resource.title,
          weeks: weeksText(weeks.from, weeks.to, currentWeek),
          unit: here.unit,
          ...(size !== null ? { unitTotal: size } : {}),
          ...(next ? { next: { url: next.url, label: next.label } } : {}),
        };
      }
    }
  }
  const single = listedVideos(roadmap).get(q.videoId);
  const placed = single && allItems(roadmap).find((i) => i.resource.id === single.id);
  if (placed)
    return {
      ...base,
      itemTitle: placed.resource.title,
      weeks: weeksText(placed.weeks.from, placed.weeks.to, currentWeek),
    };
  return null;
}
