/**
 * The first time an item is complete, the popup says so once. What was already said is kept
 * by the page (its local storage): a list of item ids; the first time the list is read, every
 * item complete then counts as said (no burst of old news after an update).
 */
import type { Roadmap } from '../../data/roadmap-types';
import type { ProgressSnapshot } from '../progress/snapshot';
import { itemProgress } from '../progress/item-progress';
import { allItems } from './roadmap-index';

/** Required items complete now, in the roadmap's order. */
export function completedItems(roadmap: Roadmap, snapshot: ProgressSnapshot): string[] {
  return allItems(roadmap)
    .filter(({ resource }) => !resource.optional && itemProgress(resource, snapshot).complete)
    .map(({ resource }) => resource.id);
}

/** The stored list, or null when none was kept yet (or it is damaged). */
export function readCelebrated(stored: string | null): Set<string> | null {
  if (!stored) return null;
  try {
    const list: unknown = JSON.parse(stored);
    return Array.isArray(list) ? new Set(list.filter((id) => typeof id === 'string')) : null;
  } catch {
    return null;
  }
}

/**
 * What to say now: the items complete and not yet said (the first is named), and the list to
 * keep. With no list kept yet, nothing is said and everything complete is kept.
 */
export function toCelebrate(
  completed: readonly string[],
  said: Set<string> | null,
): { fresh: string[]; keep: string[] } {
  if (!said) return { fresh: [], keep: [...completed] };
  const fresh = completed.filter((id) => !said.has(id));
  return { fresh, keep: [...new Set([...said, ...completed])] };
}
