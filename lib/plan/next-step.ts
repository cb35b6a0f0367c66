import { t } from '../i18n/i18n';
import { sectionTitle, titleOf } from '../i18n/roadmap-words';
import type { PlaylistVariant, Resource, Roadmap } from '../../data/roadmap-types';
import type { ProgressSnapshot } from '../progress/snapshot';
import { isSettled } from '../progress/item-progress';
import { rangeView, type RangeView } from '../progress/range-units';
import { watchUrl } from '../tracking/youtube-url';
import { carriedOver, weekChecklist, type ChecklistEntry } from './checklist';
import { allItems, chosenVariant } from './roadmap-index';

export type NextReason = 'finish' | 'resume' | 'carried-over' | 'this-week' | 'next-week';

export interface NextStep {
  resource: Resource;
  reason: NextReason;
  /** The week whose plan the step belongs to. */
  week: number;
  url: string;
  /** What Continue will open, in words: "Python tutorial 2 (video 2 of 14)". */
  label: string;
  videoId?: string;
  position?: number;
  resumeAt?: number;
}

interface Target {
  url: string;
  label: string;
  videoId?: string;
  position?: number;
  resumeAt?: number;
}

/**
 * Inside a playlist item, the first video of its range not watched yet; with `after` (a
 * playlist position), the first one after that video (the companion's Next), else the first
 * one before it.
 */
export function nextVideo(
  resource: Resource,
  snapshot: ProgressSnapshot,
  after?: number,
): Target | null {
  const variant = chosenVariant(resource, snapshot.language);
  if (!variant) return null;
  const view = rangeView(resource.id, variant, snapshot);
  if (after === undefined) return nextVideoFrom(resource, variant, view, snapshot);
  const current = view.videos.find((v) => v.position === after)?.unit;
  if (current === undefined) return nextVideoFrom(resource, variant, view, snapshot);
  return (
    nextVideoFrom(resource, variant, view, snapshot, current + 1) ??
    nextVideoFrom(resource, variant, view, snapshot, undefined, current)
  );
}

function nextVideoFrom(
  resource: Resource,
  variant: PlaylistVariant,
  view: RangeView,
  snapshot: ProgressSnapshot,
  start = 1,
  skip?: number,
): Target | null {
  const { size } = view;
  // A whole playlist of unknown length: up to what was learned of it.
  const last = size ?? (snapshot.playlistPositions.get(variant.playlistId)?.size ?? 0) + 1;
  for (let unit = start; unit <= last; unit++) {
    if (unit === skip) continue;
    const videos = view.byUnit.get(unit);
    if (!videos) {
      if (size === null && unit === last) break;
      // Not learned yet: the playlist page teaches the extension its videos.
      const n = view.first + unit - 1;
      const which = t(view.by === 'number' ? 'nextOpenAtNumber' : 'nextOpenAtVideo', { n });
      return {
        url: variant.url,
        label: t('nextOpenPlaylist', { title: titleOf(resource), which }),
      };
    }
    if (videos.some((v) => snapshot.watchedVideos.has(v.videoId))) continue;
    const { videoId, position } = videos[0]!;
    const resumeAt = snapshot.resumeAt.get(videoId);
    const title = snapshot.videoTitles.get(videoId) ?? t('videoNumber', { n: position });
    return {
      url: watchUrl(videoId, variant.playlistId, position, resumeAt),
      label: t('nextVideoLabel', {
        title,
        unit,
        of: size === null ? '' : t('nextVideoOf', { size }),
        from: resumeAt ? t('nextVideoFrom', { clock: formatClock(resumeAt) }) : '',
      }),
      videoId,
      position,
      ...(resumeAt ? { resumeAt } : {}),
    };
  }
  return size === null
    ? { url: variant.url, label: t('nextPlaylist', { title: titleOf(resource) }) }
    : null;
}

export function formatClock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.floor(seconds % 60);
  return `${m}:${String(s).padStart(2, '0')}`;
}

function targetOf(entry: ChecklistEntry, snapshot: ProgressSnapshot): Target | null {
  const { resource, progress } = entry;
  const c = resource.completion;
  if (c.type === 'videos') return nextVideo(resource, snapshot);
  if (c.type === 'khan-sections') {
    const step = progress.steps.find((s) => !s.optional && !s.done);
    const section = c.sections.find((s) => s.id === step?.id);
    if (section) {
      return {
        url: khanSectionUrl(c.coursePath, section),
        label: t('nextSection', { title: titleOf(resource), section: sectionTitle(section) }),
      };
    }
  }
  return { url: resource.url, label: titleOf(resource) };
}

/** A Khan section's first unit, where its lessons are listed. */
export const khanSectionUrl = (coursePath: string, section: { unitSlugs: string[] }) =>
  `https://www.khanacademy.org/${coursePath}/${section.unitSlugs[0]}`;

/** Unfinished for the week: its share up to this week is not done (or, size unknown, not complete). */
function unfinished(entry: ChecklistEntry): boolean {
  if (entry.resource.optional || isSettled(entry.progress)) return false;
  return entry.dueByWeekEnd === null || entry.progress.done < entry.dueByWeekEnd;
}

function first(
  entries: ChecklistEntry[],
  snapshot: ProgressSnapshot,
  reason: NextReason,
  week: number,
): NextStep | null {
  for (const entry of entries) {
    if (!unfinished(entry)) continue;
    const target = targetOf(entry, snapshot);
    if (target) return { resource: entry.resource, reason, week, ...target };
  }
  return null;
}

/** The items the learner's latest activity belongs to. */
function recentItems(roadmap: Roadmap, snapshot: ProgressSnapshot): Set<string> {
  const recent = snapshot.recent;
  const ids = new Set<string>();
  if (!recent) return ids;
  if ('resourceId' in recent) return ids.add(recent.resourceId);
  for (const { resource } of allItems(roadmap)) {
    const c = resource.completion;
    if (c.type === 'video' && c.videoId === recent.videoId) ids.add(resource.id);
    if (c.type !== 'videos') continue;
    for (const variant of c.variants) {
      const view = rangeView(resource.id, variant, snapshot);
      if (view.videos.some((v) => v.videoId === recent.videoId)) ids.add(resource.id);
    }
  }
  return ids;
}

/** A partly watched video of an item with work due, where to resume it and what is left. */
function halfWatched(entry: ChecklistEntry, snapshot: ProgressSnapshot): Target[] {
  const { resource } = entry;
  const c = resource.completion;
  const found: Target[] = [];
  const add = (videoId: string, title: string, url: (at: number) => string, position?: number) => {
    const at = snapshot.resumeAt.get(videoId);
    if (at === undefined || snapshot.watchedVideos.has(videoId)) return;
    const left = snapshot.resumeLeft?.get(videoId);
    found.push({
      url: url(at),
      label: left
        ? t('finishLabel', { title, minutes: Math.max(1, Math.round(left / 60)) })
        : t('finishLabelFrom', { title, clock: formatClock(at) }),
      videoId,
      resumeAt: at,
      ...(position !== undefined ? { position } : {}),
    });
  };
  if (c.type === 'video') {
    add(c.videoId, titleOf(resource), (at) => watchUrl(c.videoId, undefined, undefined, at));
    return found;
  }
  const variant = c.type === 'videos' ? chosenVariant(resource, snapshot.language) : undefined;
  if (!variant) return found;
  for (const { videoId, position } of rangeView(resource.id, variant, snapshot).videos) {
    const title = snapshot.videoTitles.get(videoId) ?? t('videoNumber', { n: position });
    add(videoId, title, (at) => watchUrl(videoId, variant.playlistId, position, at), position);
  }
  return found;
}

/**
 * A roadmap video left half-watched in an item with work due: the one the learner played last
 * if it is one, else the earliest in the plan's order.
 */
function toFinish(
  entries: ChecklistEntry[],
  snapshot: ProgressSnapshot,
  week: number,
): NextStep | null {
  if (snapshot.resumeAt.size === 0) return null;
  const latest = snapshot.recent && 'videoId' in snapshot.recent ? snapshot.recent.videoId : null;
  let earliest: NextStep | null = null;
  for (const entry of entries) {
    if (!unfinished(entry)) continue;
    for (const target of halfWatched(entry, snapshot)) {
      const step: NextStep = { resource: entry.resource, reason: 'finish', week, ...target };
      if (target.videoId === latest) return step;
      earliest ??= step;
    }
  }
  return earliest;
}

/**
 * What to study now: first a roadmap video left half-watched (the latest played, else the
 * earliest), then what the learner was doing (the item of their latest activity, if it still
 * has work due), then the oldest work carried over from past weeks, then the first unfinished
 * item of this week in roadmap order, then the weeks after.
 */
export function nextStep(
  roadmap: Roadmap,
  week: number,
  snapshot: ProgressSnapshot,
): NextStep | null {
  const carriedEntries = carriedOver(roadmap, week, snapshot);
  const weekEntries = weekChecklist(roadmap, week, snapshot);
  const finish = toFinish([...carriedEntries, ...weekEntries], snapshot, week);
  if (finish) return finish;
  const recent = recentItems(roadmap, snapshot);
  if (recent.size > 0) {
    const doing = [...carriedEntries, ...weekEntries].filter((e) => recent.has(e.resource.id));
    const resumed = first(doing, snapshot, 'resume', week);
    if (resumed) return resumed;
  }
  const carried = first(carriedEntries, snapshot, 'carried-over', week);
  if (carried) return carried;
  const current = first(weekEntries, snapshot, 'this-week', week);
  if (current) return current;
  for (let later = week + 1; later <= roadmap.totalWeeks; later++) {
    const step = first(weekChecklist(roadmap, later, snapshot), snapshot, 'next-week', later);
    if (step) return step;
  }
  return null;
}
