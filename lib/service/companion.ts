import type { Roadmap } from '../../data/roadmap-types';
import type { CompanionInfo, PanelWords } from '../protocol/messages';
import { t } from '../i18n/i18n';
import { titleOf } from '../i18n/roadmap-words';
import type { ProgressSnapshot } from '../progress/snapshot';
import { rangeView } from '../progress/range-units';
import { nextVideo, type NextStep } from '../plan/next-step';
import { itemProgress } from '../progress/item-progress';
import { allItems, listedVideos, type PlacedItem } from '../plan/roadmap-index';

export interface CompanionQuery {
  videoId: string;
  playlistId?: string;
  position?: number;
  coverage: number;
  watched: boolean;
  /** Whether focus mode is on (the panel's switch shows it). */
  focus?: boolean;
  /** Whether `watched` is the learner's hand mark rather than what was played. */
  byHand?: boolean;
}

/** The item's weeks; past them (the learner is in a later week) it is work carried over. */
function weeksText(from: number, to: number, currentWeek?: number): string {
  const weeks = from === to ? t('weekOne', { from }) : t('weekRange', { from, to });
  return currentWeek !== undefined && currentWeek > to ? t('weeksCarried', { weeks }) : weeks;
}

/** The panel's fixed words in the current language. */
export function panelWords(): PanelWords {
  return {
    brand: t('panelBrand'),
    region: t('panelRegion'),
    focus: t('panelFocus'),
    note: t('panelAddNote'),
    hide: t('panelHide'),
    show: t('panelShow'),
    hideLabel: t('panelHideLabel'),
    showLabel: t('panelShowLabel'),
    noteAt: t('panelNoteAt', { time: '{t}' }),
    saved: t('panelSaved'),
    notSaved: t('panelNotSaved'),
    mark: t('markWatched'),
    unmark: t('markUnwatched'),
  };
}

/** Where a tracked video sits in the plan: its item, and its unit in the item's range. */
export interface VideoPlace {
  item: PlacedItem;
  unit?: number;
  /** The range's size, when known. */
  size?: number | null;
}

/**
 * The item a video belongs to: by its playlist and position (the range that holds it), else
 * as a listed single video, else, a playlist's video whose position is not known yet, the
 * playlist's first item (`loosely`: what a note may be filed under, never what is counted).
 */
export function placeOfVideo(
  roadmap: Roadmap,
  snapshot: ProgressSnapshot,
  q: Pick<CompanionQuery, 'videoId' | 'playlistId' | 'position'>,
  loosely = false,
): VideoPlace | null {
  const items = allItems(roadmap);
  if (q.playlistId && q.position !== undefined) {
    for (const item of items) {
      const { resource } = item;
      if (resource.completion.type !== 'videos') continue;
      for (const variant of resource.completion.variants) {
        if (variant.playlistId !== q.playlistId) continue;
        const { size, videos } = rangeView(resource.id, variant, snapshot);
        const here = videos.find((v) => v.position === q.position);
        if (here) return { item, unit: here.unit, size };
      }
    }
  }
  const single = listedVideos(roadmap).get(q.videoId);
  const placed = single && items.find((i) => i.resource.id === single.id);
  if (placed) return { item: placed };
  if (!loosely || !q.playlistId) return null;
  const first = items.find(
    ({ resource }) =>
      resource.completion.type === 'videos' &&
      resource.completion.variants.some((v) => v.playlistId === q.playlistId),
  );
  return first ? { item: first } : null;
}

/**
 * What the panel beside a tracked video shows: its item, week, place in the range, and Next.
 * Once the item is complete, Next hands over the plan's next step (`planNext`, what Continue
 * opens), and the item is no longer said to be carried over.
 */
export function companionFor(
  roadmap: Roadmap,
  snapshot: ProgressSnapshot,
  q: CompanionQuery,
  /** The learner's week now, when the plan has started. */
  currentWeek?: number,
  /** The plan's next step (what Continue opens), asked only once the item is complete. */
  planNext?: () => NextStep | null,
): CompanionInfo | null {
  const place = placeOfVideo(roadmap, snapshot, q);
  if (!place) return null;
  const { resource, weeks } = place.item;
  const complete = itemProgress(resource, snapshot).complete;
  const after = complete ? planNext?.() : null;
  const handover =
    after && after.resource.id !== resource.id
      ? {
          url: after.url,
          label: t('panelDoneNext', {
            item: titleOf(resource),
            next: `${titleOf(after.resource)}: ${after.label}`,
          }),
        }
      : null;
  const next = handover
    ? null
    : q.position !== undefined && place.unit !== undefined
      ? nextVideo(resource, snapshot, q.position)
      : null;
  const coverage = Math.min(1, Math.max(0, q.coverage));
  const where = place.unit
    ? place.size
      ? t('panelWhereOf', { unit: place.unit, total: place.size })
      : t('panelWhere', { unit: place.unit })
    : '';
  const watched = q.watched
    ? t('panelProgressWatched')
    : t('panelProgressPercent', { percent: Math.round(coverage * 100) });
  return {
    coverage,
    watched: q.watched,
    progress: `${where}${watched}${q.byHand ? t('setByHand') : ''}`,
    itemTitle: titleOf(resource),
    weeks: weeksText(weeks.from, weeks.to, complete ? undefined : currentWeek),
    ...(place.unit !== undefined ? { unit: place.unit } : {}),
    ...(place.size !== undefined && place.size !== null ? { unitTotal: place.size } : {}),
    ...(handover
      ? { next: handover }
      : next
        ? { next: { url: next.url, label: t('panelNext', { label: next.label }) } }
        : {}),
    ...(q.focus !== undefined ? { focus: q.focus } : {}),
    words: panelWords(),
  };
}
