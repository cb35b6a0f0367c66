import { tn } from '../i18n/i18n';
import { sectionTitle, stepTitle } from '../i18n/roadmap-words';
import type { KhanSection, PlaylistVariant, Resource } from '../../data/roadmap-types';
import { chosenVariant } from '../plan/roadmap-index';
import { checkKey, type ProgressSnapshot } from './snapshot';
import { rangeView } from './range-units';

export type ProgressUnit =
  | 'videos'
  | 'video'
  | 'sections'
  | 'lessons'
  | 'items'
  | 'pages'
  | 'exercises'
  | 'chapters'
  | 'task';

export interface ProgressStep {
  id: string;
  title: string;
  done: boolean;
  /** Ticked by hand (as opposed to detected). */
  ticked: boolean;
  optional: boolean;
  /** What was detected, in words ("3 of 7 lessons opened"). */
  detail?: string;
}

export interface ItemProgress {
  unit: ProgressUnit;
  done: number;
  /** null while the size is not known yet (a whole playlist not opened so far). */
  total: number | null;
  complete: boolean;
  /** The item as a whole was ticked done by hand: a hand tick always wins. */
  ticked: boolean;
  /** The learner chose to skip the item: it is neither due nor counted. */
  skipped: boolean;
  /** 1-based units done, in the item's own numbering (video 1 = the range's first video). */
  doneUnits: ReadonlySet<number>;
  /** Sub-steps that can be ticked one by one (Khan sections, book chapters). */
  steps: ProgressStep[];
}

function watchedUnits(
  itemId: string,
  variant: PlaylistVariant,
  snapshot: ProgressSnapshot,
): Set<number> {
  const units = new Set<number>();
  for (const video of rangeView(itemId, variant, snapshot).videos)
    if (snapshot.watchedVideos.has(video.videoId)) units.add(video.unit);
  return units;
}

function videosProgress(
  resource: Resource,
  snapshot: ProgressSnapshot,
): Omit<ItemProgress, 'ticked' | 'skipped'> {
  if (resource.completion.type !== 'videos') throw new Error('not a playlist item');
  const shown = chosenVariant(resource, snapshot.language)!;
  const total = rangeView(resource.id, shown, snapshot).size;
  // Watching either language's playlist counts for the item: units are merged by number.
  const doneUnits = new Set<number>();
  for (const variant of resource.completion.variants) {
    for (const unit of watchedUnits(resource.id, variant, snapshot)) {
      if (total === null || unit <= total) doneUnits.add(unit);
    }
  }
  const done = doneUnits.size;
  return {
    unit: 'videos',
    done,
    total,
    complete: total !== null && total > 0 && done >= total,
    doneUnits,
    steps: [],
  };
}

function pagesOf(snapshot: ProgressSnapshot, resourceId: string) {
  return snapshot.pages.filter((p) => p.resourceId === resourceId);
}

function sectionsProgress(
  resource: Resource,
  sections: KhanSection[],
  snapshot: ProgressSnapshot,
): Omit<ItemProgress, 'ticked' | 'skipped'> {
  const pages = pagesOf(snapshot, resource.id);
  const steps = sections.map((section) => {
    const ticked = snapshot.checks.get(checkKey(resource.id, section.id)) === true;
    const inSection = pages.filter((p) => p.group === section.id);
    // Detected: every lesson seen listed in the section has been opened.
    const detected = inSection.length > 0 && inSection.every((p) => p.visited);
    const opened = inSection.filter((p) => p.visited).length;
    return {
      id: section.id,
      title: sectionTitle(section),
      done: ticked || detected,
      ticked,
      optional: section.optional,
      ...(inSection.length > 0
        ? {
            detail: tn('lessonsOpened', inSection.length, { opened }),
          }
        : {}),
    };
  });
  const required = steps.filter((s) => !s.optional);
  const doneUnits = new Set<number>();
  required.forEach((s, i) => s.done && doneUnits.add(i + 1));
  return {
    unit: 'sections',
    done: doneUnits.size,
    total: required.length,
    complete: doneUnits.size === required.length,
    doneUnits,
    steps,
  };
}

function countedProgress(
  unit: ProgressUnit,
  done: number,
  total: number | null,
): Omit<ItemProgress, 'ticked' | 'skipped'> {
  const capped = total === null ? done : Math.min(done, total);
  return {
    unit,
    done: capped,
    total,
    complete: total !== null && total > 0 && capped >= total,
    doneUnits: new Set(Array.from({ length: capped }, (_, i) => i + 1)),
    steps: [],
  };
}

function detectedProgress(
  resource: Resource,
  snapshot: ProgressSnapshot,
): Omit<ItemProgress, 'ticked' | 'skipped'> {
  const c = resource.completion;
  switch (c.type) {
    case 'videos':
      return videosProgress(resource, snapshot);
    case 'video':
      return countedProgress('video', snapshot.watchedVideos.has(c.videoId) ? 1 : 0, 1);
    case 'khan-sections':
      return sectionsProgress(resource, c.sections, snapshot);
    case 'khan-lessons': {
      const pages = pagesOf(snapshot, resource.id);
      const visited = pages.filter((p) => p.visited).length;
      return countedProgress('lessons', visited, pages.length > 0 ? pages.length : null);
    }
    case 'kaggle': {
      const visited = pagesOf(snapshot, resource.id).filter((p) => p.visited);
      const notebooks = Math.min(
        c.notebooks,
        visited.filter((p) => p.category === 'notebook').length,
      );
      const datasets = Math.min(c.datasets, visited.filter((p) => p.category === 'dataset').length);
      return countedProgress('items', notebooks + datasets, c.notebooks + c.datasets);
    }
    case 'pages':
      return countedProgress(
        'pages',
        pagesOf(snapshot, resource.id).filter((p) => p.visited).length,
        c.target,
      );
    case 'repository':
      // How many exercises exist is not known: opening them is shown, finishing is a tick.
      return { ...countedProgress('exercises', 0, 1), unit: 'task' };
    case 'manual': {
      if (!c.steps) return countedProgress('task', 0, 1);
      const steps = c.steps.map((_english, i) => {
        const id = `step-${i + 1}`;
        const ticked = snapshot.checks.get(checkKey(resource.id, id)) === true;
        const title = stepTitle(c.steps!, c.stepsHi, i);
        return { id, title, done: ticked, ticked, optional: false };
      });
      const doneUnits = new Set<number>();
      steps.forEach((s, i) => s.done && doneUnits.add(i + 1));
      return {
        unit: 'chapters',
        done: doneUnits.size,
        total: steps.length,
        complete: doneUnits.size === steps.length,
        doneUnits,
        steps,
      };
    }
  }
}

/** Nothing more is asked of the item: done, or skipped by choice. */
export function isSettled(progress: ItemProgress): boolean {
  return progress.complete || progress.skipped;
}

/** Where an item stands, in words a learner uses. */
export function itemState(
  progress: ItemProgress,
): 'done' | 'in-progress' | 'skipped' | 'not-started' {
  if (progress.complete) return 'done';
  if (progress.skipped) return 'skipped';
  return progress.done > 0 || progress.steps.some((s) => s.done) ? 'in-progress' : 'not-started';
}

/**
 * Item progress is asked for many times per render (this week, carried-over work, the next
 * step, the overall count, the whole plan): it is computed once per snapshot and item.
 * Snapshots are never changed once read, so a snapshot object is a safe cache key.
 */
const computed = new WeakMap<ProgressSnapshot, Map<string, ItemProgress>>();

export function itemProgress(resource: Resource, snapshot: ProgressSnapshot): ItemProgress {
  let bySnapshot = computed.get(snapshot);
  if (!bySnapshot) {
    bySnapshot = new Map();
    computed.set(snapshot, bySnapshot);
  }
  let progress = bySnapshot.get(resource.id);
  if (!progress) {
    progress = computeItemProgress(resource, snapshot);
    bySnapshot.set(resource.id, progress);
  }
  return progress;
}

function computeItemProgress(resource: Resource, snapshot: ProgressSnapshot): ItemProgress {
  const detected = detectedProgress(resource, snapshot);
  const ticked = snapshot.checks.get(checkKey(resource.id)) === true;
  const skipped = !ticked && snapshot.skipped.has(resource.id);
  if (!ticked) return { ...detected, ticked, skipped };
  const total = detected.total;
  return {
    ...detected,
    ticked,
    skipped: false,
    complete: true,
    done: total ?? detected.done,
    doneUnits:
      total === null ? detected.doneUnits : new Set(Array.from({ length: total }, (_, i) => i + 1)),
  };
}

/** Pages opened for an item, by category (notebooks, datasets, exercises…). */
export function visitedCount(
  resourceId: string,
  snapshot: ProgressSnapshot,
  category?: string,
): number {
  return pagesOf(snapshot, resourceId).filter(
    (p) => p.visited && (category === undefined || p.category === category),
  ).length;
}
