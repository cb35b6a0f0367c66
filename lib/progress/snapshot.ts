import type { LanguageTrack } from '../../data/roadmap-types';
import type { Spread } from '../plan/replan';

/** A page of a tracked site that belongs to an item (a Khan lesson, a notebook, a tutorial). */
export interface PageRecord {
  resourceId: string;
  /** What the page is, in the item's terms: lesson, notebook, dataset, page, exercise. */
  category: string;
  /** The page's stable key inside the item (lesson slug, `user/slug`, path). */
  key: string;
  /** The group it belongs to (a Khan unit), when the item has groups. */
  group?: string;
  /** Seen listed on the site but not opened yet: counts toward the total, not toward done. */
  visited: boolean;
}

/** Everything item progress is computed from, already read out of storage. */
export interface ProgressSnapshot {
  language: LanguageTrack;
  watchedVideos: ReadonlySet<string>;
  /** playlistId → 1-based position → videoId, learned from the page or while watching. */
  playlistPositions: ReadonlyMap<string, ReadonlyMap<number, string>>;
  /** playlistId → number of videos, once learned. */
  playlistTotals: ReadonlyMap<string, number>;
  /** checkKey(itemId) or checkKey(itemId, stepId) → ticked by hand. */
  checks: ReadonlyMap<string, boolean>;
  /** Items the learner chose to skip. */
  skipped: ReadonlySet<string>;
  pages: readonly PageRecord[];
  /** Video titles learned from playlist pages (only looked up: a Map fits). */
  videoTitles: { get(videoId: string): string | undefined };
  /** Where to resume partly watched (not yet watched) videos, in seconds. */
  resumeAt: ReadonlyMap<string, number>;
  /** Seconds of media left after `resumeAt`, where known (an estimate to show, never stored). */
  resumeLeft?: ReadonlyMap<string, number>;
  /** Carried-over work shared out over the weeks left (a re-plan), when the learner chose it. */
  spread?: Spread;
  /** The learner's latest activity: a video played or a page of an item opened. */
  recent?: { videoId: string } | { resourceId: string };
}

export function checkKey(itemId: string, stepId?: string): string {
  return stepId ? `${itemId}#${stepId}` : itemId;
}

export function emptySnapshot(language: LanguageTrack = 'en'): ProgressSnapshot {
  return {
    language,
    watchedVideos: new Set(),
    playlistPositions: new Map(),
    playlistTotals: new Map(),
    checks: new Map(),
    skipped: new Set(),
    pages: [],
    videoTitles: new Map(),
    resumeAt: new Map(),
  };
}
