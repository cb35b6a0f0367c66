import type {
  LanguageTrack,
  Phase,
  PlaylistVariant,
  Resource,
  Roadmap,
  WeekRange,
} from '../../data/roadmap-types';

export interface PlacedItem {
  phase: Phase;
  resource: Resource;
  /** The weeks the item is spread over (its own narrower weeks, or its phase's). */
  weeks: WeekRange;
}

export function itemWeeks(phase: Phase, resource: Resource): WeekRange {
  return resource.weeks ?? phase.weeks;
}

export function phaseOfWeek(roadmap: Roadmap, week: number): Phase | undefined {
  return roadmap.phases.find((p) => week >= p.weeks.from && week <= p.weeks.to);
}

export function allItems(roadmap: Roadmap): PlacedItem[] {
  return roadmap.phases.flatMap((phase) =>
    phase.resources.map((resource) => ({ phase, resource, weeks: itemWeeks(phase, resource) })),
  );
}

export function itemsOfWeek(roadmap: Roadmap, week: number): PlacedItem[] {
  return allItems(roadmap).filter(({ weeks }) => week >= weeks.from && week <= weeks.to);
}

export function findItem(roadmap: Roadmap, resourceId: string): PlacedItem | undefined {
  return allItems(roadmap).find((item) => item.resource.id === resourceId);
}

export interface PlaylistUse {
  resource: Resource;
  variant: PlaylistVariant;
}

/** Every roadmap use of a YouTube playlist: one playlist can serve several items. */
export function playlistUses(roadmap: Roadmap): Map<string, PlaylistUse[]> {
  const uses = new Map<string, PlaylistUse[]>();
  for (const { resource } of allItems(roadmap)) {
    if (resource.completion.type !== 'videos') continue;
    for (const variant of resource.completion.variants) {
      const list = uses.get(variant.playlistId) ?? [];
      list.push({ resource, variant });
      uses.set(variant.playlistId, list);
    }
  }
  return uses;
}

/** The playlist variant the learner follows for an item: their language, else English. */
export function chosenVariant(
  resource: Resource,
  language: LanguageTrack,
): PlaylistVariant | undefined {
  if (resource.completion.type !== 'videos') return undefined;
  const { variants } = resource.completion;
  return variants.find((v) => v.language === language) ?? variants[0];
}

/** Single listed videos (not in a playlist) by video id. */
export function listedVideos(roadmap: Roadmap): Map<string, Resource> {
  const videos = new Map<string, Resource>();
  for (const { resource } of allItems(roadmap)) {
    if (resource.completion.type === 'video') videos.set(resource.completion.videoId, resource);
  }
  return videos;
}
